import { CaseValidationError, evaluate, type Evaluation } from '../case';
import { isError, type Result } from '../finance';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { calendarMonth, moneyFormat, months, percent, ratio, showResult, table } from './format';
import { say, warn } from './output';

const USAGE = `Usage: crm-roi evaluate <case.json | roi.xlsx> [--json]

Validates a case file, builds its monthly schedule and prints the metrics:
totals, present values, NPV, ROI (nominal and present-value basis), benefit/cost ratio,
IRR, payback (simple and discounted), break-even month and a per-year table.
The case format is described in docs/case-format.md; examples/ holds sample cases.
An .xlsx written by \`crm-roi workbook\` is read from its ROI sheet, with your edits.

Options:
  --json      print the metrics as JSON (errors as {"error": "#N/A", "message": "..."})
  -h, --help  show this help

Exit codes: 0 evaluated; 1 the file is missing, not JSON or not a valid case
(every problem is listed on stderr); 2 usage error.`;

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'Evaluate a case file and print its NPV, ROI, IRR and payback',
  usage: USAGE,
  async run(args) {
    const flags = args.filter((a) => a.startsWith('-') && a !== '-');
    const files = args.filter((a) => !flags.includes(a));
    if (flags.includes('--help') || flags.includes('-h')) {
      say(USAGE);
      return EXIT.ok;
    }
    const unknown = flags.find((f) => f !== '--json');
    if (unknown) return usageError(this, `unknown option ${unknown}`);
    if (files.length !== 1) return usageError(this, files.length === 0 ? 'missing the case file' : `expected one case file, got ${files.length}`);

    const input = await readCaseFile(files[0]);
    if (input.error) {
      warn(`crm-roi evaluate: ${input.error}`);
      return EXIT.badInput;
    }
    let evaluation: Evaluation;
    try {
      evaluation = evaluate(input.value);
    } catch (err) {
      if (!(err instanceof CaseValidationError)) throw err;
      warn(`crm-roi evaluate: ${files[0]} is not a valid case (${err.errors.length} problem${err.errors.length === 1 ? '' : 's'}):`);
      for (const e of err.errors) warn(`  ${e}`);
      return EXIT.badInput;
    }
    say(flags.includes('--json') ? JSON.stringify(metricsJson(evaluation), null, 2) : summary(evaluation));
    return EXIT.ok;
  },
};

/** The analyst's reading of each error code, given the case. */
const explain = (e: Evaluation) => ({
  payback: (code: string) => (code === '#N/A' ? `never pays back within ${e.case.horizonMonths} months` : undefined),
  noCosts: (code: string) => (code === '#DIV/0!' ? 'no costs to compare against' : undefined),
  irr: (code: string) => (code === '#NUM!' && e.monthlyNet.every((n) => n <= 0) ? 'net cash flow is never positive' : code === '#NUM!' && e.monthlyNet.every((n) => n >= 0) ? 'net cash flow is never negative' : undefined),
});

function summary(e: Evaluation): string {
  const money = moneyFormat(e.case.currency);
  const why = explain(e);
  const c = e.case;
  const breakEven = showResult(e.breakEvenMonth, (m) => `month ${m} (${calendarMonth(c.startDate, m)})`, why.payback);
  const totals = table([
    ['', 'Nominal', 'Present value'],
    ['Costs', money(e.totals.costs), money(e.presentValue.costs)],
    ['Benefits', money(e.totals.benefits), money(e.presentValue.benefits)],
    ['Net (PV: NPV)', money(e.totals.net), money(e.npv)],
  ]);
  const header = [
    ['Case', c.name],
    ['Horizon', `${c.horizonMonths} months from ${c.startDate} (${calendarMonth(c.startDate, 1)} – ${calendarMonth(c.startDate, c.horizonMonths)})`],
    ['Discount rate', `${percent(c.discountRate)} a year (${(e.monthlyRate * 100).toFixed(3)} % a month)`],
  ];
  const metrics = [
    ['ROI, nominal', showResult(e.roi.nominal, percent, why.noCosts)],
    ['ROI, present-value basis (TEI)', showResult(e.roi.presentValue, percent, why.noCosts)],
    ['Benefit/cost ratio (PV)', showResult(e.benefitCostRatio, ratio, why.noCosts)],
    ['IRR, annualised', showResult(e.irr, percent, why.irr)],
    ['Payback, simple', showResult(e.paybackMonths.simple, months, why.payback)],
    ['Payback, discounted', showResult(e.paybackMonths.discounted, months, why.payback)],
    ['Break-even', breakEven],
  ];
  const years = table([
    ['Year', 'Months', 'Costs', 'Benefits', 'Net', 'Cumulative net'],
    ...e.years.map((y) => [String(y.year), `${y.firstMonth}–${y.lastMonth}`, money(y.costs), money(y.benefits), money(y.net), money(e.cumulativeNet[y.lastMonth - 1])]),
  ]);
  const labelWidth = Math.max(...[...header, ...metrics].map(([l]) => l.length));
  const labelled = (rows: string[][]) => rows.map(([l, v]) => `${l.padEnd(labelWidth)}  ${v}`).join('\n');
  return [labelled(header), '', totals, '', labelled(metrics), '', years].join('\n');
}

const jsonResult = (r: Result, why: (code: string) => string | undefined) => (isError(r) ? { error: r.code, message: why(r.code) ?? r.message } : r);

/** Everything a script needs, without the monthly schedule. */
function metricsJson(e: Evaluation) {
  const why = explain(e);
  const c = e.case;
  return {
    case: c.name,
    currency: c.currency,
    startDate: c.startDate,
    horizonMonths: c.horizonMonths,
    discountRate: c.discountRate,
    monthlyRate: e.monthlyRate,
    totals: e.totals,
    presentValue: e.presentValue,
    npv: e.npv,
    roi: { nominal: jsonResult(e.roi.nominal, why.noCosts), presentValue: jsonResult(e.roi.presentValue, why.noCosts) },
    benefitCostRatio: jsonResult(e.benefitCostRatio, why.noCosts),
    irr: jsonResult(e.irr, why.irr),
    paybackMonths: { simple: jsonResult(e.paybackMonths.simple, why.payback), discounted: jsonResult(e.paybackMonths.discounted, why.payback) },
    breakEvenMonth: jsonResult(e.breakEvenMonth, why.payback),
    years: e.years.map((y) => ({ ...y, cumulativeNet: e.cumulativeNet[y.lastMonth - 1] })),
    lines: {
      costs: e.costs.map((l) => ({ name: l.terms.name, type: l.terms.kind, total: l.total })),
      benefits: e.benefits.map((l) => ({ name: l.terms.name, type: l.terms.kind, category: l.terms.category, total: l.total })),
    },
  };
}
