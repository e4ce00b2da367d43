import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CaseValidationError, evaluate, type Evaluation } from '../case';
import { planSheet } from '../plan';
import { CASE_SHEET, writeXlsx } from '../writers/xlsx';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';

const USAGE = `Usage: crm-roi workbook <case.json | roi.xlsx> [-o <file.xlsx>] [--sheet <name>]

Writes the case as an Excel workbook: the ROI sheet (inputs, a monthly schedule of live
formulas, the summary metrics, named ranges) and a "${CASE_SHEET}" sheet holding the case as
JSON. The file opens in Excel, LibreOffice and Google Sheets and recalculates there.
Charts are not embedded (the .xlsx writer cannot draw them): the "${CASE_SHEET}" sheet lists
their source ranges, and the add-in draws them when it rebuilds the sheet.
Given an .xlsx it built before, it reads the ROI sheet back (with your edits to inputs
and notes) and rebuilds it.

Options:
  -o, --output <file>  where to write (default: the case file's name with .xlsx, here)
  --sheet <name>       name of the ROI sheet (default "CRM ROI")
  -h, --help           show this help

Exit codes: 0 written; 1 the case file is missing, not JSON or not a valid case (every
problem is listed on stderr, nothing is written) or the file cannot be written; 2 usage error.`;

export const workbookCommand: Command = {
  name: 'workbook',
  summary: 'Write a case as an .xlsx workbook with live formulas',
  usage: USAGE,
  async run(args) {
    const parsed = parseArgs(args);
    if ('help' in parsed) {
      console.log(USAGE);
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, parsed.problem);
    const { file, output = `${basename(file, extname(file))}.xlsx`, sheet } = parsed;

    const input = await readCaseFile(file);
    if (input.error !== undefined) return fail(input.error);
    let ev: Evaluation;
    try {
      ev = evaluate(input.value);
    } catch (err) {
      if (!(err instanceof CaseValidationError)) throw err;
      console.error(`crm-roi workbook: ${file} is not a valid case (${err.errors.length} problem${err.errors.length === 1 ? '' : 's'}); nothing written:`);
      for (const e of err.errors) console.error(`  ${e}`);
      return EXIT.badInput;
    }
    const plan = planSheet(ev.case, { evaluation: ev, ...(sheet !== undefined && { sheetName: sheet }) });
    const data = await writeXlsx(plan, ev.case);
    try {
      await writeFile(output, data);
    } catch (err) {
      return fail(`cannot write ${output}: ${(err as Error).message}`);
    }
    const formulas = plan.cells.reduce((n, row) => n + row.filter((c) => c.formula).length, 0);
    console.log(`Wrote ${output}: sheet "${plan.sheetName}" (${plan.owned}, ${formulas} formulas, ${plan.names.length} named ranges) and sheet "${CASE_SHEET}".`);
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
  if (sheet !== undefined && (sheet.length > 31 || /[[\]:*?/\\]/.test(sheet) || sheet === CASE_SHEET)) {
    return { problem: `--sheet "${sheet}" is not a usable sheet name (at most 31 characters, none of [ ] : * ? / \\, not "${CASE_SHEET}")` };
  }
  return { file: files[0], output, sheet };
}

function fail(message: string): number {
  console.error(`crm-roi workbook: ${message}`);
  return EXIT.badInput;
}
