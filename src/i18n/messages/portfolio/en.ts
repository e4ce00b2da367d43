// The Portfolio sheet (src/portfolio) and its errors. A key ending in .one/.few/.many/.other is one plural form.
export const portfolioEn = {
  'portfolio.title.one': 'Portfolio of {count} CRM ROI case',
  'portfolio.title.few': 'Portfolio of {count} CRM ROI cases',
  'portfolio.title.many': 'Portfolio of {count} CRM ROI cases',
  'portfolio.title.other': 'Portfolio of {count} CRM ROI cases',
  'portfolio.subtitle': 'Amounts in {currency}. Every figure is a formula over the case sheets’ named cells: edit a case sheet and this one follows. Run Portfolio again after adding, renaming or removing a case sheet, or changing a start date or horizon.',
  'portfolio.section.cases': 'Cases',
  'portfolio.col.CASE_NAME': 'Case',
  'portfolio.col.START_DATE': 'Start',
  'portfolio.col.HORIZON': 'Horizon (months)',
  'portfolio.col.TOTAL_COSTS': 'Total costs',
  'portfolio.col.TOTAL_BENEFITS': 'Total benefits',
  'portfolio.col.NPV': 'NPV (at its own start and rate)',
  'portfolio.col.ROI': 'ROI (nominal)',
  'portfolio.col.ROI_PV': 'ROI (present value, TEI)',
  'portfolio.col.IRR': 'IRR (annual)',
  'portfolio.col.PAYBACK': 'Payback (months)',
  'portfolio.col.FIRST': 'Initial period falls in portfolio period',
  'portfolio.col.LAST': 'Last month falls in portfolio period',
  'portfolio.total': 'Total (each NPV at its own start and rate)',
  'portfolio.section.combined': 'The cases combined: their monthly flows added by calendar month',
  'portfolio.combined.START_DATE': 'Portfolio start (the earliest case start)',
  'portfolio.combined.DISCOUNT_RATE': 'Annual discount rate (the first case’s)',
  'portfolio.combined.MONTHLY_RATE': 'Monthly discount rate',
  'portfolio.combined.PERIODS': 'Months after the initial period',
  'portfolio.combined.TOTAL_COSTS': 'Total costs',
  'portfolio.combined.TOTAL_BENEFITS': 'Total benefits',
  'portfolio.combined.PV_COSTS': 'PV of costs (from the portfolio start)',
  'portfolio.combined.PV_BENEFITS': 'PV of benefits (from the portfolio start)',
  'portfolio.combined.NPV': 'NPV of the combined flows',
  'portfolio.combined.ROI': 'ROI (nominal)',
  'portfolio.combined.ROI_PV': 'ROI (present value, TEI)',
  'portfolio.combined.IRR': 'IRR (annual)',
  'portfolio.combined.PAYBACK': 'Payback (months from the portfolio start)',
  'portfolio.combined.IRR_GUESS': 'IRR search start (monthly rate)',
  'portfolio.section.flows': 'Combined monthly flows, aligned by calendar month (net cash flow of each case, then the sums)',
  'portfolio.flows.period': 'Period (0 = the earliest initial period)',
  'portfolio.flows.month': 'Month',
  'portfolio.flows.costs': 'Costs',
  'portfolio.flows.benefits': 'Benefits',
  'portfolio.flows.net': 'Net cash flow',
  'portfolio.flows.cumulative': 'Cumulative net',
  'portfolio.flows.helper': 'Helper: period if cumulative net < 0, else −1',
  'portfolio.flows.initial': 'Initial',
  'portfolio.chart.npv': 'NPV per case (each at its own start)',
  'portfolio.chart.payback': 'Payback per case (months; no bar: never within its horizon)',
  'portfolio.error.noCases': 'There is no ROI case to roll up.',
  'portfolio.error.noSheets': 'This workbook has no ROI sheet built by the add-in; there is nothing to roll up, and nothing was written.',
  'portfolio.error.currency': '{first} is in {firstCurrency} but {other} is in {otherCurrency}; a portfolio adds amounts in one currency and never converts them.',
  'portfolio.cli.summary': 'Roll several cases up into one workbook with a live Portfolio sheet',
  'portfolio.cli.usage': `Usage: crm-roi portfolio <case.json | roi.xlsx>... -o <portfolio.xlsx> [--lang <language>] [--json]

Rolls several ROI cases up into one workbook: a "{sheet}" sheet in front, then each
case's own ROI sheet. Case files (.json) and workbooks (.xlsx written by crm-roi workbook, or
a portfolio: every ROI sheet in it) mix freely. The Portfolio sheet is native formulas over the
case sheets' named cells, so it follows any edit of a case sheet:
  - a row per case: name, start, horizon, costs, benefits, NPV, ROI on both bases, IRR, payback;
  - the totals (each NPV at its own start and discount rate);
  - the cases' monthly flows added by calendar month, from the earliest start to the latest end,
    and the NPV, ROI, IRR and payback of that combination, discounted from the earliest start
    at the first case's discount rate;
  - two charts: NPV per case, payback per case.

All cases must be in one currency: amounts are never converted.

Options:
  -o, --output <file>  the workbook to write, an .xlsx file; replaced whole, once complete
                       (a failed write leaves it as it was); never one of the inputs
  --lang <language>    en, de, fr, pl or zh-CN: the language of every sheet written and of
                       this command's messages. Without it each case sheet read from a
                       workbook keeps its language, a case file's is English, and the
                       Portfolio sheet takes the first case's
  --json               print the figures as JSON: cases, total, combined (then -o is optional);
                       the same in every language
  -h, --help           show this help

Exit codes: 0 written; 1 a file cannot be read or is not a valid case (it is named, and
nothing is written), the cases are in different currencies, or the output cannot be written;
2 usage error.`,
  'portfolio.cli.outputIsInput': 'the output {output} is the input {input}; writing the portfolio there would replace it. Choose another -o.',
  'portfolio.cli.nothingWritten': '{problem} Nothing written.',
  'portfolio.cli.wrote.one': 'Wrote {output}: sheet "{sheet}" over {count} case sheet ({sheets}).',
  'portfolio.cli.wrote.few': 'Wrote {output}: sheet "{sheet}" over {count} case sheets ({sheets}).',
  'portfolio.cli.wrote.many': 'Wrote {output}: sheet "{sheet}" over {count} case sheets ({sheets}).',
  'portfolio.cli.wrote.other': 'Wrote {output}: sheet "{sheet}" over {count} case sheets ({sheets}).',
  'portfolio.cli.missingFiles': 'missing the case files',
  'portfolio.cli.missingOutput': 'missing -o <portfolio.xlsx> (or --json to print the figures only)',
} as const;
