import { realpath } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CaseValidationError, evaluate, formatIssue, type Evaluation } from '../case';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { DEFAULT_SHEET_NAME } from '../plan';
import { cellMessage } from '../plan/issue-text';
import { sheetNameProblem } from '../plan/sheet-name';
import { CASE_SHEET } from '../writers/xlsx';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { say, warn } from './output';
import { plural } from '../i18n/plural';
import { writeCaseWorkbook } from './write-workbook';

const usage = (locale: Locale) => t(locale, 'cli.workbook.usage', { caseSheet: CASE_SHEET, locales: LOCALE_TAGS.join(', ') });

export const workbookCommand: Command = {
  name: 'workbook',
  summary: (locale) => t(locale, 'cli.workbook.summary'),
  usage,
  async run(args, locale = 'en') {
    const parsed = parseArgs(args, locale);
    if ('help' in parsed) {
      say(usage(locale));
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, locale, parsed.problem);
    const { file, output = `${basename(file, extname(file))}.xlsx`, sheet, lang } = parsed;
    if (!isWorkbook(file) && (await sameFile(file, output))) {
      return fail(t(locale, 'cli.workbook.outputIsCase', { output, file }));
    }
    if (!isWorkbook(output)) return usageError(this, locale, t(locale, 'cli.workbook.notXlsx', { output }));

    const input = await readCaseFile(file, locale);
    if (input.error !== undefined) return fail(input.error);
    let ev: Evaluation;
    try {
      ev = evaluate(input.value);
    } catch (err) {
      if (!(err instanceof CaseValidationError)) throw err;
      warn(`crm-roi workbook: ${plural(locale, 'cli.workbook.invalidCase', err.issues.length, { file })}`);
      for (const issue of err.issues) warn(`  ${formatIssue(issue, locale)}`);
      return EXIT.badInput;
    }
    const written = await writeCaseWorkbook(input.value, ev, { output, source: isWorkbook(file) ? file : undefined, sheetName: sheet ?? input.sheetName ?? DEFAULT_SHEET_NAME, lang }, locale);
    if ('problem' in written) return fail(written.problem);
    say(written.written);
    return EXIT.ok;
  },
};

type Parsed = { help: true } | { problem: string } | { file: string; output?: string; sheet?: string; lang?: Locale };

function parseArgs(args: string[], locale: Locale): Parsed {
  const files: string[] = [];
  let output: string | undefined;
  let sheet: string | undefined;
  let lang: Locale | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '-o' || a === '--output' || a === '--sheet' || a === '--lang') {
      const value = args[++i];
      if (value === undefined || value === '') return { problem: t(locale, 'cli.usage.needsValue', { option: a }) };
      // The worksheet's language; what the command prints follows it too (main.ts).
      if (a === '--lang') {
        lang = LOCALE_TAGS.find((l) => l.toLowerCase() === value.toLowerCase());
        if (!lang) return { problem: t(locale, 'cli.usage.lang', { locales: LOCALE_TAGS.join(', '), got: JSON.stringify(value) }) };
      } else if (a === '--sheet') sheet = value;
      else output = value;
    } else if (a.startsWith('-') && a !== '-') return { problem: t(locale, 'cli.usage.unknownOption', { option: a }) };
    else files.push(a);
  }
  if (files.length !== 1) return { problem: files.length === 0 ? t(locale, 'cli.usage.missingFile') : t(locale, 'cli.usage.oneFile', { count: files.length }) };
  const problem = sheet === undefined ? undefined : sheetNameProblem(sheet, [CASE_SHEET]);
  // Quoted as JSON: a line break shows as \n.
  if (problem) return { problem: cellMessage({ key: 'cell.sheetName', params: { name: JSON.stringify(sheet), problem } }, locale) };
  return { file: files[0], output, sheet, lang };
}

const isWorkbook = (path: string) => /\.xlsx$/i.test(path);

/** True when `output` exists and is `input` under another spelling or through a symbolic link. */
async function sameFile(input: string, output: string): Promise<boolean> {
  const [a, b] = await Promise.all([realpath(input).catch(() => undefined), realpath(output).catch(() => undefined)]);
  return a !== undefined && a === b;
}

function fail(message: string): number {
  warn(`crm-roi workbook: ${message}`);
  return EXIT.badInput;
}
