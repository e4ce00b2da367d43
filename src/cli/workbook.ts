import { readFile, realpath } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CaseValidationError, evaluate, type Evaluation } from '../case';
import type { RoiCase } from '../case/types';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
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

const USAGE = `Usage: crm-roi workbook <case.json | roi.xlsx> [-o <file.xlsx>] [--sheet <name>] [--lang <language>]

Writes the case as an Excel workbook: the ROI sheet (inputs, a monthly schedule of live
formulas, the summary metrics, named ranges, two charts: cumulative net cash flow with the
payback point, costs against benefits per year) and a "${CASE_SHEET}" sheet holding the case
as JSON. The file opens in Excel, LibreOffice and Google Sheets and recalculates there.

When the output workbook exists, it is edited in place, as the add-in edits an open
workbook: the ROI sheet of that name is updated if crm-roi wrote it, otherwise a new ROI
sheet is added; every other sheet, chart, name and property is kept, and so is every cell
of yours, even inside the ROI sheet. A cell of yours where the sheet needs room stops the
write, and is named. Given an .xlsx it built before, it reads the ROI sheet back (with your
edits to inputs and notes) and rebuilds it there, under the sheet's current name.

Options:
  -o, --output <file>  where to write, an .xlsx file (default: the case file's name with
                       .xlsx, here); never the case file itself, unless that is an .xlsx
                       being rebuilt in place. The old file is replaced only once the new
                       one is complete: a failed write leaves it as it was.
  --sheet <name>       name of the ROI sheet (default "CRM ROI"), by Excel's rules: 1 to 31
                       characters, none of : \\ / ? * [ ] or control characters, no apostrophe
                       first or last, not "History", not "${CASE_SHEET}"
  --lang <language>    the language of the ROI sheet's labels, explanations and choice
                       words: ${LOCALE_TAGS.join(', ')}. Default: the sheet's own when it is
                       updated or rebuilt, else en. A new language changes no input.
  -h, --help           show this help

Exit codes: 0 written; 1 the case file is missing, not JSON or not a valid case (every
problem is listed on stderr, nothing is written), the output is the case file, or the file
cannot be written; 2 usage error.`;

export const workbookCommand: Command = {
  name: 'workbook',
  summary: 'Write a case as an .xlsx workbook with live formulas',
  usage: USAGE,
  async run(args) {
    const parsed = parseArgs(args);
    if ('help' in parsed) {
      say(USAGE);
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, parsed.problem);
    const { file, output = `${basename(file, extname(file))}.xlsx`, sheet, lang } = parsed;
    if (!isWorkbook(file) && (await sameFile(file, output))) {
      return fail(`the output ${output} is the case file ${file}; writing the workbook there would replace your case. Choose another -o.`);
    }
    if (!isWorkbook(output)) return usageError(this, `the output ${output} does not end in .xlsx; Excel, and crm-roi itself, tell a workbook by that extension`);

    const input = await readCaseFile(file);
    if (input.error !== undefined) return fail(input.error);
    let ev: Evaluation;
    try {
      ev = evaluate(input.value);
    } catch (err) {
      if (!(err instanceof CaseValidationError)) throw err;
      warn(`crm-roi workbook: ${file} is not a valid case (${err.errors.length} problem${err.errors.length === 1 ? '' : 's'}); nothing written:`);
      for (const e of err.errors) warn(`  ${e}`);
      return EXIT.badInput;
    }
    // The workbook to write into: the output when it exists, else the input workbook being rebuilt, else a new one.
    let base: Buffer | undefined;
    try {
      base = (await readIfExists(output)) ?? (isWorkbook(file) ? await readFile(file) : undefined);
    } catch (err) {
      return fail(`${fileError('read', output, err)}; nothing written`);
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
      return fail(`${fileError('write', output, err)}; nothing written`);
    }
    const formulas = plan.cells.reduce((n, row) => n + row.filter((c) => c.formula).length, 0);
    const what = `sheet "${plan.sheetName}" (${plan.owned}, ${formulas} formulas, ${plan.names.length} named ranges)`;
    say(base ? `${mode === 'updated' ? 'Updated' : 'Added'} ${what} in ${output}; everything else in the workbook is as it was.` : `Wrote ${output}: ${what} and sheet "${CASE_SHEET}".`);
    return EXIT.ok;
  },
};

type Parsed = { help: true } | { problem: string } | { file: string; output?: string; sheet?: string; lang?: Locale };

function parseArgs(args: string[]): Parsed {
  const files: string[] = [];
  let output: string | undefined;
  let sheet: string | undefined;
  let lang: Locale | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '-o' || a === '--output' || a === '--sheet' || a === '--lang') {
      const value = args[++i];
      if (value === undefined || value === '') return { problem: `${a} needs a value` };
      if (a === '--lang') {
        lang = LOCALE_TAGS.find((l) => l.toLowerCase() === value.toLowerCase());
        if (!lang) return { problem: `--lang ${JSON.stringify(value)} is not one of ${LOCALE_TAGS.join(', ')}` };
      } else if (a === '--sheet') sheet = value;
      else output = value;
    } else if (a.startsWith('-') && a !== '-') return { problem: `unknown option ${a}` };
    else files.push(a);
  }
  if (files.length !== 1) return { problem: files.length === 0 ? 'missing the case file' : `expected one case file, got ${files.length}` };
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
