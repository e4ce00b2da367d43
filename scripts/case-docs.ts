import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENEFIT_FIELDS, typesOf, type FieldDecl, type LineSide } from '../src/case/lines';
import { AMOUNT_HEADING, caseSchemaJson, fieldText, lineText } from '../src/case/schema';

// The case format's generated artefacts, written by `npm run codegen` (functions/codegen.ts calls writeCaseArtefacts):
// schema/crm-roi-case.schema.json, and the line-type tables of docs/case-format.md between its marker comments
// (the prose around them is hand-written). tests/case/schema.test.ts checks both committed files are this output.

export const SCHEMA_FILE = 'schema/crm-roi-case.schema.json';
export const CASE_DOCS_FILE = 'docs/case-format.md';

const code = (s: string) => `\`${s}\``;
/** A table cell: a pipe would end it. */
const cell = (s: string) => s.replace(/\|/g, '\\|');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const fieldName = (f: FieldDecl) => `${code(f.key)}${f.optional ? '?' : ''}`;

function lineTable(side: LineSide): string {
  return [
    row(['`type`', 'Fields', AMOUNT_HEADING[side]]),
    '| --- | --- | --- |',
    ...typesOf(side).map((t) => row([`${code(t.type)} (${t.label})`, t.fields.map((f) => `${fieldName(f)}: ${fieldText(f)}`).join('<br>'), lineText(t)])),
  ].join('\n');
}

const benefitFieldsTable = (): string => [row(['Field', 'Meaning']), '| --- | --- |', ...BENEFIT_FIELDS.map((f) => row([fieldName(f), fieldText(f)]))].join('\n');

/** Each generated block of docs/case-format.md by its marker name. */
export const CASE_DOCS_BLOCKS: Record<string, () => string> = {
  'cost-lines': () => lineTable('cost'),
  'benefit-fields': benefitFieldsTable,
  'benefit-lines': () => lineTable('benefit'),
};

const START = (name: string) => `<!-- generated: ${name} by npm run codegen from src/case/lines.ts; edit there, not here -->`;
const END = '<!-- /generated -->';

/** `markdown` with every generated block replaced by the registry's current text; the prose around them is kept as is. */
export function caseDocsMarkdown(markdown: string): string {
  let out = markdown;
  for (const [name, block] of Object.entries(CASE_DOCS_BLOCKS)) {
    const re = new RegExp(`<!-- generated: ${name}[ >][^\\n]*\\n[\\s\\S]*?${END}`);
    if (!re.test(out)) throw new Error(`${CASE_DOCS_FILE}: no "<!-- generated: ${name} -->" … "${END}" block`);
    out = out.replace(re, () => `${START(name)}\n\n${block()}\n\n${END}`);
  }
  return out;
}

export function writeCaseArtefacts(root: string): void {
  writeFileSync(join(root, SCHEMA_FILE), caseSchemaJson());
  const docs = join(root, CASE_DOCS_FILE);
  writeFileSync(docs, caseDocsMarkdown(readFileSync(docs, 'utf8')));
}
