import { readFile, realpath } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CaseValidationError, evaluate, formatIssue, type Evaluation } from '../case';
import type { RoiCase } from '../case/types';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { DEFAULT_SHEET_NAME, planSheet, type SheetPlan } from '../plan';
import { sheetNameProblem } from '../plan/sheet-name';
import { SheetWriteError } from '../writers/flow';
import { CASE_SHEET, writeXlsx } from '../writers/xlsx';
import { buildIntoWorkbook } from '../writers/xlsx-update';
import { writeFileAtomic } from './atomic-write';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { fileError } from './file-error';
import { say, warn } from './output';
import { plural } from './plural';

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
    // The workbook to write into: the output when it exists, else the input workbook being rebuilt, else a new one.
    let base: Buffer | undefined;
    try {
      base = (await readIfExists(output)) ?? (isWorkbook(file) ? await readFile(file) : undefined);
    } catch (err) {
      return fail(t(locale, 'cli.workbook.notWritten', { problem: fileError('read', output, err, locale) }));
    }
    const desired = sheet ?? input.sheetName ?? DEFAULT_SHEET_NAME;
    let data: Uint8Array;
    let plan: SheetPlan;
    let mode: 'created' | 'updated' = 'created';
    try {
      // The case as stated: its three-point estimates have their own cells in the sheet.
      if (base) ({ data, mode, prepared: { plan } } = await buildIntoWorkbook(base, input.value, desired, { lang }));
      else {
        plan = planSheet(input.value as RoiCase, { evaluation: ev, sheetName: desired, lang });
        data = await writeXlsx(plan, ev.case);
      }
    } catch (err) {
      if (!(err instanceof SheetWriteError)) throw err;
      return fail(`${output}: ${err.message}`);
    }
    try {
      await writeFileAtomic(output, data);
    } catch (err) {
      return fail(t(locale, 'cli.workbook.notWritten', { problem: fileError('write', output, err, locale) }));
    }
    const formulas = plan.cells.reduce((n, row) => n + row.filter((c) => c.formula).length, 0);
    const sheetText = t(locale, 'cli.workbook.sheet', { sheet: plan.sheetName, owned: plan.owned, formulas, names: plan.names.length });
    say(base ? t(locale, mode === 'updated' ? 'cli.workbook.updated' : 'cli.workbook.added', { sheet: sheetText, output }) : t(locale, 'cli.workbook.wrote', { output, sheet: sheetText, caseSheet: CASE_SHEET }));
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
  if (problem) return { problem: `--sheet ${JSON.stringify(sheet)} ${problem}` }; // quoted as JSON: a line break shows as \n
  return { file: files[0], output, sheet, lang };
}

const isWorkbook = (path: string) => /\.xlsx$/i.test(path);

/** The workbook at `path` to write into, or undefined when there is no file there (the write then says why it can't). */
async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes((err as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw err;
  }
}

/** True when `output` exists and is `input` under another spelling or through a symbolic link. */
async function sameFile(input: string, output: string): Promise<boolean> {
  const [a, b] = await Promise.all([realpath(input).catch(() => undefined), realpath(output).catch(() => undefined)]);
  return a !== undefined && a === b;
}

function fail(message: string): number {
  warn(`crm-roi workbook: ${message}`);
  return EXIT.badInput;
}
