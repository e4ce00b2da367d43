import { evaluate, formatIssue, validateCase } from '../case';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { DEFAULT_SHEET_NAME } from '../plan';
import { mergeActuals, readActualsCsv } from './actuals-csv';
import { readCaseFile, readTextFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { withoutLang } from './lang';
import { say, warn } from './output';
import { writeCaseWorkbook } from './write-workbook';

// The command's own words are English for now; the messages it shares with the other commands (files, usage,
// validation) come from the catalog in the reader's language.
const USAGE = `Usage: crm-roi actuals <roi.xlsx> <actuals.csv> -o <out.xlsx>

Merges what happened into a case: reads the case from the ROI sheet of a workbook built
by crm-roi or the add-in, sets each line's actual for each month the CSV gives, and
writes the workbook to the output the way \`crm-roi workbook\` does (the ROI sheet
updated, every other sheet and cell of yours kept; into the output if it exists).
An actual replaces the line's risk-adjusted plan in its month; \`crm-roi evaluate\`
then reports plan against actual and a re-forecast.

The CSV has a header row with the columns month, line and amount, in any order and
any case (other columns are ignored), separated by "," or, as Excel writes it where
the decimal separator is a comma, by ";". UTF-8, with or without a byte-order mark.
  month   "YYYY-MM", a date "YYYY-MM-DD" (its month) or "Mar 2025", from the month
          before the start date (the initial period) to the horizon's last month;
          a local date (03/04/2025) or a two-digit year is refused, not guessed
  line    the line's id, else its exact name (any case); a name two lines share is
          refused: give the id. A benefit line a KPI measures takes no actuals here.
  amount  1234.56 or 1,234.56, negative with a minus or in parentheses, the case's
          currency symbol or code allowed ($1,234.56, USD 99, ($50.00)); a decimal comma
          (1.234,56) is refused, and so is 1,234 or 1.234 in a ";"-separated file,
          which reads two ways.
          A blank amount is not known yet: it leaves any actual already there.
A value replaces the line's actual for that month; a (month, line) given twice is an
error. Empty rows are skipped.

Every problem is reported by its row as a spreadsheet numbers it (the header is row 1),
and nothing is written unless the whole CSV is good.

Options:
  -o, --output <file>  the workbook to write, an .xlsx (it may be the input, updated
                       in place); replaced only once the new one is complete
  --lang <language>    the language of the messages shared with the other commands
  -h, --help           show this help

Exit codes: 0 merged and written; 1 a file is missing or unreadable, the CSV has
problems or the case is not valid (nothing is written); 2 usage error.`;

export const actualsCommand: Command = {
  name: 'actuals',
  summary: () => 'Merge actuals from a CSV (month, line, amount) into a workbook',
  usage: () => USAGE,
  async run(args, locale = 'en') {
    const parsed = parseArgs(args, locale);
    if ('help' in parsed) {
      say(USAGE);
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, locale, parsed.problem);
    const { workbook, csv, output } = parsed;

    const input = await readCaseFile(workbook, locale);
    if (input.error !== undefined) return fail(input.error);
    const checked = validateCase(input.value);
    if (!checked.ok) return invalid(`${workbook} does not hold a valid case`, checked.issues.map((issue) => formatIssue(issue, locale)));
    const text = await readTextFile(csv, locale);
    if (text.error !== undefined) return fail(t(locale, 'cli.workbook.notWritten', { problem: text.error }));
    const read = readActualsCsv(text.text, checked.case);
    if (!read.ok) return invalid(`${csv} cannot be merged`, read.problems.map((p) => (p.row === undefined ? p.message : `row ${p.row}: ${p.message}`)));

    const { case: merged, merged: count, replaced } = mergeActuals(checked.case, read.entries);
    const again = validateCase(merged);
    if (!again.ok) return invalid(`the case with the actuals of ${csv} is not valid`, again.issues.map((issue) => formatIssue(issue, locale)));
    const written = await writeCaseWorkbook(again.case, evaluate(again.case), { output, source: workbook, sheetName: input.sheetName ?? DEFAULT_SHEET_NAME }, locale);
    if ('problem' in written) return fail(written.problem);
    const blank = read.entries.length - count;
    say(`Merged ${count} actual${count === 1 ? '' : 's'} from ${csv}${replaced ? ` (${replaced} replacing earlier ones)` : ''}${blank ? `; ${blank} blank amount${blank === 1 ? '' : 's'} changed nothing` : ''}.`);
    say(written.written);
    return EXIT.ok;
  },
};

type Parsed = { help: true } | { problem: string } | { workbook: string; csv: string; output: string };

function parseArgs(all: string[], locale: Locale): Parsed {
  const lang = withoutLang(all, locale);
  const args = 'args' in lang ? lang.args : [];
  if (args.includes('-h') || args.includes('--help')) return { help: true };
  if ('problem' in lang) return lang;
  const files: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '-o' || a === '--output') {
      output = args[++i];
      if (output === undefined || output === '') return { problem: t(locale, 'cli.usage.needsValue', { option: a }) };
    } else if (a.startsWith('-') && a !== '-') return { problem: t(locale, 'cli.usage.unknownOption', { option: a }) };
    else files.push(a);
  }
  if (files.length !== 2) return { problem: `expected a workbook and a CSV, got ${files.length} file${files.length === 1 ? '' : 's'}` };
  const [workbook, csv] = files;
  if (!isWorkbook(workbook)) return { problem: `${workbook} does not end in .xlsx: the actuals go into a workbook built by crm-roi or the add-in` };
  if (output === undefined) return { problem: 'missing -o <out.xlsx>: where to write the workbook with the actuals' };
  if (!isWorkbook(output)) return { problem: t(locale, 'cli.workbook.notXlsx', { output }) };
  return { workbook, csv, output };
}

const isWorkbook = (path: string) => /\.xlsx$/i.test(path);

/** Every problem, one a line under a heading; nothing has been written. */
function invalid(what: string, problems: string[]): number {
  warn(`crm-roi actuals: ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing written:`);
  for (const p of problems) warn(`  ${p}`);
  return EXIT.badInput;
}

function fail(message: string): number {
  warn(`crm-roi actuals: ${message}`);
  return EXIT.badInput;
}
