// `crm-roi actuals` and the plan-against-actual section of `crm-roi evaluate`, in English: the keys of this area.
// The words the sheet uses for the same things are the actuals.* messages (src/i18n/messages/actuals), which the CLI
// reuses where the wording fits. A key ending in .one/.few/.many/.other is one plural form (src/cli/plural.ts).

export const cliActualsEn = {
  // crm-roi evaluate: plan against actual.
  'cli-actuals.heading': 'Plan against actual, through {calendar} (month {month})',
  'cli-actuals.toDate': 'To date',
  'cli-actuals.planned': 'Planned',
  'cli-actuals.actual': 'Actual',
  'cli-actuals.variance': 'Variance',
  'cli-actuals.roi': 'ROI',
  'cli-actuals.filledFromPlan.one': '{count} line-month to date without an actual counts at plan (--json lists them).',
  'cli-actuals.filledFromPlan.few': '{count} line-months to date without an actual count at plan (--json lists them).',
  'cli-actuals.filledFromPlan.many': '{count} line-months to date without an actual count at plan (--json lists them).',
  'cli-actuals.filledFromPlan.other': '{count} line-months to date without an actual count at plan (--json lists them).',
  'cli-actuals.line': 'Line',
  'cli-actuals.side': 'Side',
  'cli-actuals.side.cost': 'cost',
  'cli-actuals.side.benefit': 'benefit',
  'cli-actuals.monthsWithActuals': 'Months with actuals',
  'cli-actuals.reforecast': 'Re-forecast (actuals to date, the plan after)',
  'cli-actuals.reforecastColumn': 'Re-forecast',
  'cli-actuals.realisedRate': 'Realised rate',
  'cli-actuals.annualRoi.one': 'Annual ROI (last {count} month on the system cost of {cost})',
  'cli-actuals.annualRoi.few': 'Annual ROI (last {count} months on the system cost of {cost})',
  'cli-actuals.annualRoi.many': 'Annual ROI (last {count} months on the system cost of {cost})',
  'cli-actuals.annualRoi.other': 'Annual ROI (last {count} months on the system cost of {cost})',
  'cli-actuals.impliedPayback': 'Payback that rate implies',
  'cli-actuals.reforecastPayback': 'Payback from the re-forecast flows',
  'cli-actuals.neverAtThisRate': 'never at this rate',
  'cli-actuals.periodRoi': 'Period ROI',
  'cli-actuals.impliedPaybackShort': 'Implied payback',
  'cli-actuals.quarter': 'Year {year} Q{quarter}',
  'cli-actuals.year': 'Year {year}',
  'cli-actuals.underWay': '{period} (to date)',
  'cli-actuals.kpi.baseline': 'Baseline',
  'cli-actuals.kpi.target': 'Target',
  'cli-actuals.kpi.progress': 'Progress',
  'cli-actuals.kpi.benefitRealised': 'Benefit realised',
  'cli-actuals.kpi.higher': 'higher',
  'cli-actuals.kpi.lower': 'lower',

  // crm-roi actuals.
  'cli-actuals.summary': 'Merge actuals from a CSV (month, line, amount) into a workbook',
  'cli-actuals.usage': `Usage: crm-roi actuals <roi.xlsx> <actuals.csv> -o <out.xlsx> [--lang <language>]

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
  --lang <language>    the language of these messages: {locales} (default: from
                       LC_ALL, LC_MESSAGES or LANG, else en). The ROI sheet keeps the
                       language it was built in, whatever the environment's; given
                       --lang, it is rebuilt in that language, as \`crm-roi workbook
                       --lang\` does
  -h, --help           show this help

Exit codes: 0 merged and written; 1 a file is missing or unreadable, the CSV has
problems or the case is not valid (nothing is written); 2 usage error.`,
  'cli-actuals.usage.files.one': 'expected a workbook and a CSV, got {count} file',
  'cli-actuals.usage.files.few': 'expected a workbook and a CSV, got {count} files',
  'cli-actuals.usage.files.many': 'expected a workbook and a CSV, got {count} files',
  'cli-actuals.usage.files.other': 'expected a workbook and a CSV, got {count} files',
  'cli-actuals.usage.notWorkbook': '{workbook} does not end in .xlsx: the actuals go into a workbook built by crm-roi or the add-in',
  'cli-actuals.usage.missingOutput': 'missing -o <out.xlsx>: where to write the workbook with the actuals',
  'cli-actuals.invalidWorkbook': '{workbook} does not hold a valid case',
  'cli-actuals.cannotMerge': '{csv} cannot be merged',
  'cli-actuals.invalidMerged': 'the case with the actuals of {csv} is not valid',
  'cli-actuals.problems.one': '{what} ({count} problem); nothing written:',
  'cli-actuals.problems.few': '{what} ({count} problems); nothing written:',
  'cli-actuals.problems.many': '{what} ({count} problems); nothing written:',
  'cli-actuals.problems.other': '{what} ({count} problems); nothing written:',
  'cli-actuals.row': 'row {row}: {problem}',
  'cli-actuals.merged.one': 'Merged {count} actual from {csv}{details}.',
  'cli-actuals.merged.few': 'Merged {count} actuals from {csv}{details}.',
  'cli-actuals.merged.many': 'Merged {count} actuals from {csv}{details}.',
  'cli-actuals.merged.other': 'Merged {count} actuals from {csv}{details}.',
  'cli-actuals.replaced.one': ' ({count} replacing an earlier one)',
  'cli-actuals.replaced.few': ' ({count} replacing earlier ones)',
  'cli-actuals.replaced.many': ' ({count} replacing earlier ones)',
  'cli-actuals.replaced.other': ' ({count} replacing earlier ones)',
  'cli-actuals.blank.one': '; {count} blank amount changed nothing',
  'cli-actuals.blank.few': '; {count} blank amounts changed nothing',
  'cli-actuals.blank.many': '; {count} blank amounts changed nothing',
  'cli-actuals.blank.other': '; {count} blank amounts changed nothing',

  // The CSV's problems (src/cli/actuals-csv.ts); a value from the CSV is quoted as JSON ("set-\nup").
  'cli-actuals.csv.unreadable': 'not readable as CSV: {detail}',
  'cli-actuals.csv.quoteNotClosed': 'a quoted value is not closed by the end of the file',
  'cli-actuals.csv.closingQuote': 'a closing quote is followed by {char} instead of the separator or the end of the row',
  'cli-actuals.csv.missingColumns.one': 'the header row has no {columns} column (it needs month, line and amount; found {found})',
  'cli-actuals.csv.missingColumns.few': 'the header row has no {columns} columns (it needs month, line and amount; found {found})',
  'cli-actuals.csv.missingColumns.many': 'the header row has no {columns} columns (it needs month, line and amount; found {found})',
  'cli-actuals.csv.missingColumns.other': 'the header row has no {columns} columns (it needs month, line and amount; found {found})',
  'cli-actuals.csv.foundNothing': 'nothing',
  'cli-actuals.csv.columnTwice': 'the header row has two {column} columns',
  'cli-actuals.csv.month': 'expected a month "YYYY-MM", a date "YYYY-MM-DD" or a month such as "Mar 2025", got {got}',
  'cli-actuals.csv.localDate': 'expected a month "YYYY-MM", a date "YYYY-MM-DD" or a month such as "Mar 2025", got {got} (a local date reads as a different month in different countries)',
  'cli-actuals.csv.monthRange': 'the month {month} is outside the case, which runs from {first} (the initial period) to {last}',
  'cli-actuals.csv.lineBlank': 'the line is blank: give its id or its name',
  'cli-actuals.csv.noLine': 'no line has the id or name {name}',
  'cli-actuals.csv.ambiguousLine.one': '{name} is the name of {count} line ({ids}): give the line\'s id',
  'cli-actuals.csv.ambiguousLine.few': '{name} is the name of {count} lines ({ids}): give the line\'s id',
  'cli-actuals.csv.ambiguousLine.many': '{name} is the name of {count} lines ({ids}): give the line\'s id',
  'cli-actuals.csv.ambiguousLine.other': '{name} is the name of {count} lines ({ids}): give the line\'s id',
  'cli-actuals.csv.kpi': '{name} is a KPI, not a line: a KPI\'s values go in the case\'s kpis, not in this CSV',
  'cli-actuals.csv.measured': 'the benefit line "{line}" is measured by the KPI "{kpi}": its actuals come from the KPI\'s values, not from this CSV',
  'cli-actuals.csv.duplicate': 'the line "{line}" in {month} is already given on row {row}',
  'cli-actuals.csv.twoWays': '{amount} could be read two ways in a ";"-separated file (a thousands separator or a decimal comma): write it without a thousands separator, with a decimal point',
  'cli-actuals.csv.decimalComma': '{amount} has a decimal comma: expected an amount in {currency} such as 1234.56 or 1,234.56, with a decimal point',
  'cli-actuals.csv.amount': 'expected an amount in {currency} such as 1234.56 or 1,234.56, got {got}',
  'cli-actuals.csv.tooLarge': '{amount} is larger than {max} in size, not a plausible amount',
} as const;

/** Another language's messages for this area: every key, no other. */
export type CliActualsMessages = { readonly [K in keyof typeof cliActualsEn]: string };
