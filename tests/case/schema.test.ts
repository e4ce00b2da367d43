import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_DOCS_FILE, caseDocsMarkdown, SCHEMA_FILE } from '../../scripts/case-docs';
import { CURRENCIES } from '../../src/case/currencies';
import { fieldsOf, LINE_TYPES, type FieldDecl, type LineTypeDecl } from '../../src/case/lines';
import { caseSchema, caseSchemaJson, timingsOf } from '../../src/case/schema';
import { FIRST_START_DATE, validateCase } from '../../src/case/validate';
import { EXAMPLES } from '../plan/fixtures';

// The schema under test is the committed file (what editors load); the first tests check it is the generator's output.
const schemaText = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(schemaText);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schemaValid = ajv.compile(schema);
const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'));

const good = {
  name: 'Case', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0.1,
  costs: [{ type: 'labour', name: 'Setup', hours: 10, hourlyRate: 50, people: 2, frequency: 'once', startMonth: 1 }],
  benefits: [{ type: 'amount', name: 'Savings', category: 'costSavings', amount: 100, per: 'month', startMonth: 1, fullEffectMonth: 3, risk: 0.1 }],
};
type Mutate = (c: any) => void;
// Bad cases JSON Schema can express: both must reject each one.
const BAD: [string, Mutate][] = [
  ['missing name', (c) => delete c.name],
  ['blank name', (c) => (c.name = '  ')],
  ['lower-case currency', (c) => (c.currency = 'usd')],
  ['impossible date', (c) => (c.startDate = '2025-02-29')],
  ['date in another format', (c) => (c.startDate = '01/02/2025')],
  ['horizon 0', (c) => (c.horizonMonths = 0)],
  ['horizon 241', (c) => (c.horizonMonths = 241)],
  ['fractional horizon', (c) => (c.horizonMonths = 12.5)],
  ['rate as a string', (c) => (c.discountRate = '10%')],
  ['rate above 1', (c) => (c.discountRate = 10)],
  ['costs not an array', (c) => (c.costs = {})],
  ['unknown top-level property', (c) => (c.horizon = 12)],
  ['notes not strings', (c) => (c.notes = [1])],
  ['unknown cost type', (c) => (c.costs[0].type = 'subscription')],
  ['cost line without type', (c) => delete c.costs[0].type],
  ['negative hours', (c) => (c.costs[0].hours = -1)],
  ['boolean people', (c) => (c.costs[0].people = true)],
  ['huge rate', (c) => (c.costs[0].hourlyRate = 2e15)],
  ['misspelt cost property', (c) => (c.costs[0].hourlyrate = 50)],
  ['unknown labour frequency', (c) => (c.costs[0].frequency = 'weekly')],
  ['endMonth on a one-off labour line', (c) => (c.costs[0].endMonth = 3)],
  ['month -1', (c) => (c.costs[0].startMonth = -1)],
  ['non-string note', (c) => (c.costs[0].note = 5)],
  ['unknown category', (c) => (c.benefits[0].category = 'sales')],
  ['unknown per', (c) => (c.benefits[0].per = 'week')],
  ['risk above 1', (c) => (c.benefits[0].risk = 1.5)],
  ['misspelt benefit property', (c) => (c.benefits[0].fullEffectMoth = 3)],
  ['field of another benefit type', (c) => (c.benefits[0].margin = 0.2)],
  ['missing per', (c) => delete c.benefits[0].per],
  ['line is a number', (c) => (c.benefits[0] = 7)],
  ['a currency that is three letters but no ISO code', (c) => (c.currency = 'DOL')],
  ['a non-character in a name', (c) => (c.name = 'Case\uFFFE')],
  ['an escape sequence in a line name', (c) => (c.costs[0].name = '\u001b]0;pwned\u0007')],
  ['a name of invisible characters', (c) => (c.name = '\u00a0\u200b')],
  ['a name over 120 characters', (c) => (c.name = 'x'.repeat(121))],
  ['a note over 2000 characters', (c) => (c.costs[0].note = 'x'.repeat(2001))],
  ['a control character in a note', (c) => (c.costs[0].note = 'a\u0007')],
  ['101 cost lines', (c) => (c.costs = Array(101).fill(c.costs[0]))],
  ['51 notes', (c) => (c.notes = Array(51).fill('n'))],
  ['a lone surrogate in a name', (c) => (c.name = 'Case \uD800')],
  ['a non-character of plane 1 in a note', (c) => (c.costs[0].note = 'a\u{1FFFE}')],
  ['a line id with a space', (c) => (c.costs[0].id = 'set up')],
  ['a line id starting with a digit', (c) => (c.costs[0].id = '1setup')],
  ['a line id that is a number', (c) => (c.costs[0].id = 7)],
  ['a start date in 1899', (c) => (c.startDate = '1899-12-31')],
  ['a start date the day before the first', (c) => (c.startDate = dayBefore(FIRST_START_DATE))],
];

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every line field is a line's own, or one of these (validate.ts, fieldTable). */
const COMMON = ['id', 'name', 'note', 'type', 'actuals'];

/** A valid line of type t from its declaration alone: required months 1, optional ones 12, amounts 10, fractions 0.5. */
function sampleLine(t: LineTypeDecl, withOptional: boolean): Record<string, unknown> {
  const value = (f: FieldDecl) => (f.kind === 'choice' ? f.options![0].value : f.kind === 'percent' ? 0.5 : f.kind === 'money' || f.kind === 'number' ? 10 : f.optional ? 12 : 1);
  const line: Record<string, unknown> = { type: t.type, name: `A ${t.label} line`, ...(withOptional && { id: `${t.type}1`, note: 'a note' }) };
  for (const f of fieldsOf(t)) if (withOptional || !f.optional) line[f.key] = value(f);
  // With every optional field, pick a timing that allows them all (labour "monthly", not "once").
  const free = timingsOf(t).find((v) => v.forbidden.length === 0)?.choice;
  if (withOptional && free) line[free.key] = free.value;
  return line;
}
const caseWith = (t: LineTypeDecl, line: Record<string, unknown>) => ({ ...good, costs: t.side === 'cost' ? [line] : [], benefits: t.side === 'benefit' ? [line] : [] });

describe('generated files', () => {
  it(`${SCHEMA_FILE} is the generator's output (run npm run codegen)`, () => {
    expect(schema, `${SCHEMA_FILE} is out of date: run npm run codegen`).toEqual(caseSchema());
    expect(schemaText, `${SCHEMA_FILE} is not formatted as npm run codegen writes it: run npm run codegen`).toBe(caseSchemaJson());
  });

  it(`${CASE_DOCS_FILE}'s line tables are the generator's output (run npm run codegen)`, () => {
    const docs = readFileSync(CASE_DOCS_FILE, 'utf8');
    expect(docs, `${CASE_DOCS_FILE} is out of date: run npm run codegen`).toBe(caseDocsMarkdown(docs));
  });

  it('the docs name every line type and every field of it', () => {
    const docs = readFileSync(CASE_DOCS_FILE, 'utf8');
    for (const t of LINE_TYPES) {
      const row = docs.split('\n').find((l) => l.startsWith(`| \`${t.type}\` (`));
      expect(row, t.type).toBeDefined();
      for (const f of t.fields) expect(row, `${t.type}.${f.key}`).toContain(`\`${f.key}\`${f.optional ? '?' : ''}:`);
    }
  });

  it('a generated block without its markers is an error, not silently dropped', () => {
    expect(() => caseDocsMarkdown('# The case format\n')).toThrow(/generated: cost-lines/);
  });
});

describe('JSON Schema and validateCase', () => {
  it.each(EXAMPLES)('%s is valid under both', (name) => {
    const c = example(name);
    expect(validateCase(c)).toMatchObject({ ok: true });
    expect(schemaValid(c), JSON.stringify(schemaValid.errors)).toBe(true);
  });

  it('the base case is valid under both', () => {
    expect(validateCase(good).ok).toBe(true);
    expect(schemaValid(good)).toBe(true);
  });

  it('accepts under both what the rules allow: line breaks in notes, names in any script, 100 lines, ids, the first start date', () => {
    const c = structuredClone(good) as any;
    c.name = '客户关系管理 ROI — Zażółć 😀';
    c.startDate = FIRST_START_DATE;
    c.costs[0].id = 'Setup_2';
    c.costs[0].note = 'first line\nsecond line\tand a tab';
    c.notes = ['x'.repeat(2000)];
    c.benefits = Array(100).fill(c.benefits[0]);
    expect(validateCase(c).ok).toBe(true);
    expect(schemaValid(c), JSON.stringify(schemaValid.errors)).toBe(true);
  });

  it('lists the same currencies as the validator', () => {
    expect(schema.properties.currency.enum).toEqual(CURRENCIES);
  });

  it.each(BAD)('both reject: %s', (_label, mutate) => {
    const c = structuredClone(good);
    mutate(c);
    expect(validateCase(c).ok).toBe(false);
    expect(schemaValid(c)).toBe(false);
  });

  describe.each(LINE_TYPES.map((t) => [t.type, t] as const))('a %s line built from its declaration', (_type, t) => {
    it('is valid under both, with only its required fields and with every field', () => {
      for (const withOptional of [false, true]) {
        const c = caseWith(t, sampleLine(t, withOptional));
        expect(validateCase(c), JSON.stringify(c)).toMatchObject({ ok: true });
        expect(schemaValid(c), JSON.stringify(schemaValid.errors)).toBe(true);
      }
    });

    it('is rejected by both without a required field, or with text in any field', () => {
      for (const f of fieldsOf(t)) {
        const line = sampleLine(t, true);
        const bad = [{ ...line, [f.key]: 'x' }];
        if (!f.optional) bad.push(Object.fromEntries(Object.entries(line).filter(([k]) => k !== f.key)));
        for (const l of bad) {
          expect(validateCase(caseWith(t, l)).ok, `${t.type}.${f.key}: ${JSON.stringify(l)}`).toBe(false);
          expect(schemaValid(caseWith(t, l)), `${t.type}.${f.key}: ${JSON.stringify(l)}`).toBe(false);
        }
      }
    });

    it('is rejected by both with a field its timing does not allow (a one-off has no end month)', () => {
      for (const v of timingsOf(t).filter((x) => x.choice && x.forbidden.length > 0)) {
        for (const key of v.forbidden) {
          const c = caseWith(t, { ...sampleLine(t, true), [v.choice!.key]: v.choice!.value, [key]: sampleLine(t, true)[key] });
          expect(validateCase(c), `${t.type}: ${key} with ${v.choice!.key} "${v.choice!.value}"`).toMatchObject({ ok: false, issues: [{ code: 'notAllowedWhen' }] });
          expect(schemaValid(c)).toBe(false);
        }
      }
    });
  });

  it('finds the timing rules of today\'s registry: labour "once" has no endMonth, a monthly amount no timing within the year', () => {
    const rules = LINE_TYPES.flatMap((t) => timingsOf(t).filter((v) => v.forbidden.length > 0).map((v) => [t.type, v.choice, v.forbidden]));
    expect(rules).toEqual([
      ['recurring', { key: 'frequency', value: 'monthly' }, ['timing']],
      ['labour', { key: 'frequency', value: 'once' }, ['endMonth']],
      ['amount', { key: 'per', value: 'month' }, ['timing']],
    ]);
    expect(schema.$defs.labourCost).toMatchObject({ if: { properties: { frequency: { const: 'once' } } }, then: { properties: { endMonth: false } } });
  });

  it('declares each line type as the registry does: fields, required ones, kinds and choices', () => {
    const REF: Record<string, string> = { money: '#/$defs/amount', number: '#/$defs/amount', percent: '#/$defs/fraction', month: '#/$defs/month', rampMonth: '#/$defs/month' };
    for (const t of LINE_TYPES) {
      const def = schema.$defs[`${t.type}${t.side === 'cost' ? 'Cost' : 'Benefit'}`];
      const base = t.side === 'benefit' ? schema.$defs.benefitBase : { properties: {}, required: [] };
      const properties = { ...base.properties, ...def.properties };
      const fields = fieldsOf(t);
      expect(Object.keys(properties).sort(), t.type).toEqual([...COMMON, ...fields.map((f) => f.key)].sort());
      expect([...base.required, ...def.required].sort(), t.type).toEqual(['name', 'type', ...fields.filter((f) => !f.optional).map((f) => f.key)].sort());
      expect(properties.type, t.type).toEqual({ const: t.type });
      for (const f of fields) {
        if (f.kind === 'choice') expect(properties[f.key].enum, `${t.type}.${f.key}`).toEqual(f.options!.map((o) => o.value));
        else {
          // A driver is one value or a three-point estimate of it; a yearly driver also one value per year.
          const one = { $ref: REF[f.kind] };
          const estimate = { type: 'object', required: ['conservative', 'expected', 'optimistic'], properties: { conservative: one, expected: one, optimistic: one }, additionalProperties: false };
          const forms = [one, ...(f.driver ? [estimate] : []), ...(f.yearly ? [{ type: 'array', minItems: 1, maxItems: 20, items: one }] : [])];
          if (forms.length === 1) expect(properties[f.key].$ref, `${t.type}.${f.key}`).toBe(REF[f.kind]);
          else expect(properties[f.key].oneOf, `${t.type}.${f.key}`).toEqual(forms);
        }
      }
    }
    expect(schema.$defs.costLine.properties.type.enum).toEqual(LINE_TYPES.filter((t) => t.side === 'cost').map((t) => t.type));
    expect(schema.$defs.benefitLine.properties.type.enum).toEqual(LINE_TYPES.filter((t) => t.side === 'benefit').map((t) => t.type));
  });
});
