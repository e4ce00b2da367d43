// The `crm-roi` command's words, in English: the keys of this area. A key ending in .one/.few/.many/.other is one
// plural form, chosen by Intl.PluralRules (src/i18n/plural.ts); every language lists all four, English repeats "other".

export const cliEn = {
  'cli.help': `crm-roi: CRM business cases (costs, benefits, NPV, ROI, payback) from the command line.

Usage: crm-roi <command> [options]

Commands:
{commands}

Run "crm-roi <command> --help" for the options of a command. The text is in the language
of --lang (en, de, fr, pl, zh-CN) or else of the environment (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'unknown command "{name}"',
  'cli.internalError': 'internal error: {detail}',

  'cli.usage.unknownOption': 'unknown option {option}',
  'cli.usage.missingFile': 'missing the case file',
  'cli.usage.oneFile': 'expected one case file, got {count}',
  'cli.usage.needsValue': '{option} needs a value',
  'cli.usage.givenTwice': '{option} is given twice',
  'cli.usage.wholeNumber': '{option} must be a whole number from {min} to {max}, got {got}',
  'cli.usage.lang': '--lang must be one of {locales}, got {got}',

  'cli.invalidCase.one': '{file} is not a valid case ({count} problem):',
  'cli.invalidCase.few': '{file} is not a valid case ({count} problems):',
  'cli.invalidCase.many': '{file} is not a valid case ({count} problems):',
  'cli.invalidCase.other': '{file} is not a valid case ({count} problems):',

  'cli.file.empty': '{path} is empty',
  'cli.file.notJson': '{path} is not valid JSON: {reason} (line {line}, column {column})',
  'cli.file.jsonEnd': 'Unexpected end of JSON input',
  'cli.file.jsonUnexpected': 'Unexpected character {char}, expected {expected}',
  'cli.file.jsonWant.value': 'a value: an object, an array, a string in double quotes, a number, true, false or null',
  'cli.file.jsonWant.key': 'a property name in double quotes',
  'cli.file.jsonWant.colon': '":" after the property name',
  'cli.file.jsonWant.nextInObject': '"," or "{close}" after the property value',
  'cli.file.jsonWant.nextInArray': '"," or "{close}" after the value',
  'cli.file.jsonWant.end': 'nothing more after the value',
  'cli.file.jsonWant.digit': 'a digit',
  'cli.file.jsonWant.escape': 'an escape such as \\n or \\u00e9',
  'cli.file.jsonWant.stringChar': 'the text of a string, in which a line break or another control character is written as an escape (\\n)',
  'cli.file.utf16': '{path} is UTF-16 text; save it as UTF-8',
  'cli.file.notUtf8': '{path} is not UTF-8 text: invalid byte sequence at byte offset {offset} (line {line}); save it as UTF-8',
  'cli.file.notZip': '{path} is not an .xlsx workbook: it is not a zip archive, which every .xlsx is',
  'cli.file.badXlsx': '{path} is not a readable .xlsx workbook: {detail}',
  'cli.file.noRoiSheet': '{path}: the workbook has no CRM ROI sheet built by crm-roi or the add-in',
  'cli.file.sheetInputs': '{path}: the sheet has invalid inputs:',
  'cli.file.cannotRead': 'cannot read {path}: {reason}',
  'cli.file.cannotWrite': 'cannot write {path}: {reason}',
  'cli.fs.noSuchFile': 'no such file',
  'cli.fs.noFolder': 'its folder does not exist',
  'cli.fs.permission': 'permission denied',
  'cli.fs.isDirectory': 'it is a directory',
  'cli.fs.notDirectory': 'a part of its path is a file, not a folder',
  'cli.fs.noSpace': 'no space left on the disk',
  'cli.fs.quota': 'the disk quota is used up',
  'cli.fs.tooBig': 'the file would exceed the size limit for files',
  'cli.fs.readOnly': 'the file system is read-only',
  'cli.fs.nameTooLong': 'the name is too long',
  'cli.fs.loop': 'too many symbolic links',

  // Figures: the number itself is formatted by Intl.NumberFormat for the language.
  'cli.percent': '{value} %',
  'cli.months': '{value} months',
  'cli.monthNumber': 'month {month} ({calendar})',
  'cli.never': 'never',
  'cli.notAvailable': 'n/a',

  'cli.metric.TOTAL_COSTS': 'Total costs',
  'cli.metric.TOTAL_BENEFITS': 'Total benefits',
  'cli.metric.NET_BENEFIT': 'Net benefit',
  'cli.metric.PV_COSTS': 'Present value of costs',
  'cli.metric.PV_BENEFITS': 'Present value of benefits',
  'cli.metric.ROI': 'ROI (nominal, undiscounted)',
  'cli.metric.ROI_PV': 'ROI (present value, TEI basis)',
  'cli.metric.BCR': 'Benefit/cost ratio (PV)',
  'cli.metric.IRR': 'IRR (annualised)',
  'cli.metric.PAYBACK': 'Payback (months, simple)',
  'cli.metric.PAYBACK_DISCOUNTED': 'Payback (months, discounted)',
  'cli.metric.BREAK_EVEN': 'Break-even month',
  'cli.metric.PEAK_FUNDING_MONTH': 'Peak funding month',

  'cli.evaluate.summary': 'Evaluate a case file and print its NPV, ROI, IRR and payback',
  'cli.evaluate.usage': `Usage: crm-roi evaluate <case.json | roi.xlsx> [--json] [--lang <language>]

Validates a case file, builds its monthly schedule and prints the metrics:
totals, present values, NPV, ROI (nominal and present-value basis), benefit/cost ratio,
IRR, payback (simple and discounted), break-even month and a per-year table, each total
also before risk adjustment. With three-point estimates it adds the conservative, expected
and optimistic scenarios side by side and the NPV sensitivity (tornado), widest first.
With actuals (\`crm-roi actuals\` merges them from a CSV) it adds plan against actual:
the figures to date and their variance, by line; a re-forecast (actuals where known, the
plan after) beside the plan; the realised annual ROI and the payback it implies; quarters
and years with their periodic ROI; and the KPIs against baseline and target.
The case format is described in docs/case-format.md; examples/ holds sample cases.
An .xlsx written by \`crm-roi workbook\` is read from its ROI sheet, with your edits.

Options:
  --json             print the metrics as JSON (errors as {errorJson});
                     "unadjusted", "scenarios" and "sensitivity" sit beside the metrics,
                     and "actuals", "reforecast" and "kpis" when the case has them.
                     The same in every language
  --lang <language>  the language of the text: {locales} (default: from
                     LC_ALL, LC_MESSAGES or LANG, else en)
  -h, --help         show this help

Exit codes: 0 evaluated; 1 the file is missing, not JSON or not a valid case
(every problem is listed on stderr); 2 usage error.`,
  'cli.evaluate.case': 'Case',
  'cli.evaluate.horizon.one': '{count} month from {start} ({first} – {last})',
  'cli.evaluate.horizon.few': '{count} months from {start} ({first} – {last})',
  'cli.evaluate.horizon.many': '{count} months from {start} ({first} – {last})',
  'cli.evaluate.horizon.other': '{count} months from {start} ({first} – {last})',
  'cli.evaluate.rate': '{annual} a year ({monthly} a month)',
  'cli.evaluate.withUnadjusted': '{value}  (before risk adjustment: {unadjusted})',
  'cli.evaluate.year': 'Year',
  'cli.evaluate.months': 'Months',
  'cli.evaluate.costs': 'Costs',
  'cli.evaluate.benefits': 'Benefits',
  'cli.evaluate.net': 'Net',
  'cli.evaluate.cumulativeNet': 'Cumulative net',
  'cli.evaluate.initial': 'Initial',
  'cli.evaluate.scenario': 'Scenario',
  'cli.evaluate.conservative': 'Conservative',
  'cli.evaluate.expected': 'Expected',
  'cli.evaluate.optimistic': 'Optimistic',
  'cli.evaluate.sensitivity': 'NPV sensitivity',
  'cli.evaluate.swing': 'Swing',

  'cli.simulate.summary': 'Monte Carlo over the three-point estimates: NPV, ROI and payback at P10/P50/P90',
  'cli.simulate.usage': `Usage: crm-roi simulate <case.json | roi.xlsx> [--iterations N] [--seed S] [--pert] [--json] [--lang <language>]

Monte Carlo over the case's three-point estimates (a driver given as
{estimate}): each draw gives every estimate a
value from its range, independently of the others, and evaluates the case. Prints the NPV,
the ROI (present-value basis) and the simple payback at P10, P50 and P90 with their means,
and the share of draws with a positive NPV and that pay back within the horizon.
A case without estimates gives its expected case in every draw. The method is described in
docs/finance.md ("Monte Carlo simulation").

Options:
  --iterations N     the number of draws, a whole number from 1 to {maxIterations} (default {iterations})
  --seed S           the random generator's seed, a whole number from 0 to {maxSeed} (default {seed});
                     the same seed gives the same figures
  --pert             draw from Beta-PERT distributions instead of triangular ones
  --json             print the figures as JSON (null: a payback that never happens within the
                     horizon, or an ROI without costs). The same in every language
  --lang <language>  the language of the text: {locales} (default: from
                     LC_ALL, LC_MESSAGES or LANG, else en)
  -h, --help         show this help

Exit codes: 0 simulated; 1 the file is missing, not JSON or not a valid case (every problem
is listed on stderr); 2 usage error.`,
  'cli.simulate.draws': 'Draws',
  'cli.simulate.drawsValue': '{count}, seed {seed}',
  'cli.simulate.estimates': 'Three-point estimates',
  'cli.simulate.estimatesTriangular': '{count}, each drawn from a triangular distribution, independently',
  'cli.simulate.estimatesPert': '{count}, each drawn from a Beta-PERT distribution, independently',
  'cli.simulate.estimatesNone': 'none in the case: every draw is its expected case, and so is every figure below',
  'cli.simulate.mean': 'Mean',
  'cli.simulate.npvPositive': 'NPV above zero',
  'cli.simulate.paysBack.one': 'Pays back within {count} month',
  'cli.simulate.paysBack.few': 'Pays back within {count} months',
  'cli.simulate.paysBack.many': 'Pays back within {count} months',
  'cli.simulate.paysBack.other': 'Pays back within {count} months',
  'cli.simulate.share': '{share} of draws ({hits} of {total})',

  'cli.workbook.summary': 'Write a case as an .xlsx workbook with live formulas',
  'cli.workbook.usage': `Usage: crm-roi workbook <case.json | roi.xlsx> [-o <file.xlsx>] [--sheet <name>]

Writes the case as an Excel workbook: the ROI sheet (inputs, a monthly schedule of live
formulas, the summary metrics, named ranges, two charts: cumulative net cash flow with the
payback point, costs against benefits per year) and a "{caseSheet}" sheet holding the case
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
                       first or last, not "History", not "{caseSheet}"
  --lang <language>    the language of the worksheet and of these messages: {locales}.
                       Default: the sheet's own when it is updated or rebuilt, else en.
  -h, --help           show this help

Exit codes: 0 written; 1 the case file is missing, not JSON or not a valid case (every
problem is listed on stderr, nothing is written), the output is the case file, or the file
cannot be written; 2 usage error.`,
  'cli.workbook.invalidCase.one': '{file} is not a valid case ({count} problem); nothing written:',
  'cli.workbook.invalidCase.few': '{file} is not a valid case ({count} problems); nothing written:',
  'cli.workbook.invalidCase.many': '{file} is not a valid case ({count} problems); nothing written:',
  'cli.workbook.invalidCase.other': '{file} is not a valid case ({count} problems); nothing written:',
  'cli.workbook.outputIsCase': 'the output {output} is the case file {file}; writing the workbook there would replace your case. Choose another -o.',
  'cli.workbook.notXlsx': 'the output {output} does not end in .xlsx; Excel, and crm-roi itself, tell a workbook by that extension',
  'cli.workbook.notWritten': '{problem}; nothing written',
  'cli.workbook.sheet': 'sheet "{sheet}" ({owned}, {formulas} formulas, {names} named ranges)',
  'cli.workbook.updated': 'Updated {sheet} in {output}; everything else in the workbook is as it was.',
  'cli.workbook.added': 'Added {sheet} in {output}; everything else in the workbook is as it was.',
  'cli.workbook.wrote': 'Wrote {output}: {sheet} and sheet "{caseSheet}".',
} as const;

/** Another language's messages for this area: every key, no other. */
export type CliMessages = { readonly [K in keyof typeof cliEn]: string };
