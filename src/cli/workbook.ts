import { realpath } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CaseValidationError, evaluate, type Evaluation } from '../case';
import { DEFAULT_SHEET_NAME } from '../plan';
import { sheetNameProblem } from '../plan/sheet-name';
import { CASE_SHEET } from '../writers/xlsx';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { say, warn } from './output';
import { writeCaseWorkbook } from './write-workbook';

const USAGE = `Usage: crm-roi workbook <case.json | roi.xlsx> [-o <file.xlsx>] [--sheet <name>]

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
    const { file, output = `${basename(file, extname(file))}.xlsx`, sheet } = parsed;
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
    const written = await writeCaseWorkbook(input.value, ev, { output, source: isWorkbook(file) ? file : undefined, sheetName: sheet ?? input.sheetName ?? DEFAULT_SHEET_NAME });
    if ('problem' in written) return fail(written.problem);
    say(written.written);
    return EXIT.ok;
  },
};

type Parsed = { help: true } | { problem: string } | { file: string; output?: string; sheet?: string };

function parseArgs(args: string[]): Parsed {
  const files: string[] = [];
  let output: string | undefined;
  let sheet: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '-o' || a === '--output' || a === '--sheet') {
      const value = args[++i];
      if (value === undefined || value === '') return { problem: `${a} needs a value` };
      if (a === '--sheet') sheet = value;
      else output = value;
    } else if (a.startsWith('-') && a !== '-') return { problem: `unknown option ${a}` };
    else files.push(a);
  }
  if (files.length !== 1) return { problem: files.length === 0 ? 'missing the case file' : `expected one case file, got ${files.length}` };
  const problem = sheet === undefined ? undefined : sheetNameProblem(sheet, [CASE_SHEET]);
  if (problem) return { problem: `--sheet ${JSON.stringify(sheet)} ${problem}` }; // quoted as JSON: a line break shows as \n
  return { file: files[0], output, sheet };
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
