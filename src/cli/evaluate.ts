import { CaseValidationError, evaluate, type Evaluation } from '../case';
import { errorMeaning, evaluationContext, metric, METRIC_KEYS, metricLabel, metricsOf, RISK_HEADINGS, SUMMARY_METRICS, unadjustedValue, type MetricKey } from '../case/metric-catalog';
import { evaluateScenarios, sensitivity, uncertaintyOf, type Scenarios, type Swing } from '../case/scenarios';
import { POINT_LABEL, POINTS } from '../case/validate';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { calendarMonth, metricFormats, moneyFormat, percent, showResult, table } from './format';
import { say, warn } from './output';
import { metricValues, put, realisationJson, realisationText, resultJson } from './realisation';

const USAGE = `Usage: crm-roi evaluate <case.json | roi.xlsx> [--json]

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
  --json      print the metrics as JSON (errors as {"error": "#N/A", "message": "..."});
              "unadjusted", "scenarios" and "sensitivity" sit beside the metrics, and
              "actuals", "reforecast" and "kpis" when the case has them
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
    const { uncertain } = uncertaintyOf(input.value);
    const scenarios = evaluateScenarios(input.value);
    const swings = sensitivity(input.value);
    say(flags.includes('--json')
      ? JSON.stringify({ ...metricsJson(evaluation), scenarios: Object.fromEntries(POINTS.map((p) => [p, metricsAt(scenarios[p])])), sensitivity: swings }, null, 2)
      : [summary(evaluation), realisationText(evaluation), ...(uncertain.length ? [scenarioTable(scenarios), tornado(swings, evaluation)] : [])].filter((part) => part !== undefined).join('\n\n'));
    return EXIT.ok;
  },
};

/** The metrics the text summary lists (all of them), in registry order. */
export const CLI_METRICS: readonly MetricKey[] = METRIC_KEYS;

function summary(e: Evaluation): string {
  const money = moneyFormat(e.case.currency);
  const ctx = evaluationContext(e);
  const c = e.case;
  const header = [
    ['Case', c.name],
    ['Horizon', `${c.horizonMonths} months from ${c.startDate} (${calendarMonth(c.startDate, 1)} – ${calendarMonth(c.startDate, c.horizonMonths)})`],
    ['Discount rate', `${percent(c.discountRate)} a year (${(e.monthlyRate * 100).toFixed(3)} % a month)`],
  ];
  const show = metricFormats(c.currency, c.startDate);
  const shown = (key: MetricKey, r: Parameters<typeof showResult>[0], format: Parameters<typeof showResult>[1]) => showResult(r, format, (error) => errorMeaning(key, error, ctx));
  // Beside a figure that risk changes: the same before risk adjustment, as TEI reports both (once, when they agree).
  const metrics = metricsOf(CLI_METRICS).map((m) => {
    const before = unadjustedValue(m.key, e);
    const value = shown(m.key, m.value(e), show[m.format]);
    const unadjusted = before === undefined ? value : shown(m.key, before, show[m.format]);
    return [metricLabel(m.key), unadjusted === value ? value : `${value}  (${RISK_HEADINGS.unadjusted.toLowerCase()}: ${unadjusted})`];
  });
  const years = table([
    ['Year', 'Months', 'Costs', 'Benefits', 'Net', 'Cumulative net'],
    ['Initial', '0', money(e.initial.costs), money(e.initial.benefits), money(e.initial.net), money(e.initial.net)],
    ...e.years.map((y) => [String(y.year), `${y.firstMonth}–${y.lastMonth}`, money(y.costs), money(y.benefits), money(y.net), money(e.cumulativeNet[y.lastMonth - 1])]),
  ]);
  const labelWidth = Math.max(...[...header, ...metrics].map(([l]) => l.length));
  const labelled = (rows: string[][]) => rows.map(([l, v]) => `${l.padEnd(labelWidth)}  ${v}`).join('\n');
  return [labelled(header), '', labelled(metrics), '', years].join('\n');
}

/** The headline metrics side by side in the three scenarios. */
function scenarioTable(s: Scenarios): string {
  const show = metricFormats(s.expected.case.currency, s.expected.case.startDate);
  const keys: MetricKey[] = ['NPV', 'ROI_PV', 'ROI', 'IRR', 'PAYBACK', 'PEAK_FUNDING'];
  const cell = (key: MetricKey, e: Evaluation) => showResult(metric(key).value(e), show[metric(key).format], (error) => errorMeaning(key, error, evaluationContext(e)));
  return table([['Scenario', ...POINTS.map((p) => POINT_LABEL[p])], ...keys.map((k) => [metricLabel(k), ...POINTS.map((p) => cell(k, s[p]))])]);
}

/** NPV as each estimate runs from conservative to optimistic, the others expected: widest swing first. */
function tornado(swings: Swing[], e: Evaluation): string {
  const money = moneyFormat(e.case.currency);
  return table([['NPV sensitivity', 'Conservative', 'Optimistic', 'Swing'], ...swings.map((s) => [`${s.lineName}: ${s.label}`, money(s.npvConservative), money(s.npvOptimistic), money(s.swing)])]);
}


/** Every metric at its registry JSON path. */
const metricsAt = (e: Evaluation) => metricValues(e, evaluationContext(e));

/** Everything a script needs, without the monthly schedule. Every metric sits at its registry JSON path (a published shape). */
function metricsJson(e: Evaluation) {
  const ctx = evaluationContext(e);
  const c = e.case;
  const metrics = metricsAt(e);
  const unadjusted: Record<string, unknown> = {};
  for (const m of SUMMARY_METRICS) {
    const before = unadjustedValue(m.key, e);
    if (before !== undefined) put(unadjusted, m.json, resultJson(before, (err) => errorMeaning(m.key, err, ctx)));
  }
  return {
    case: c.name,
    currency: c.currency,
    startDate: c.startDate,
    horizonMonths: c.horizonMonths,
    discountRate: c.discountRate,
    monthlyRate: e.monthlyRate,
    ...metrics,
    // The same figures before risk adjustment (benefits not cut, costs not raised).
    unadjusted,
    // The initial period (month 0) before the years.
    initial: { ...e.initial, cumulativeNet: e.initial.net },
    years: e.years.map((y) => ({ ...y, cumulativeNet: e.cumulativeNet[y.lastMonth - 1] })),
    lines: {
      costs: e.costs.map((l) => ({ name: l.terms.name, type: l.terms.kind, total: l.total })),
      benefits: e.benefits.map((l) => ({ name: l.terms.name, type: l.terms.kind, category: l.terms.category, total: l.total })),
    },
    // Plan against actual, the re-forecast and the KPIs, when the case has them.
    ...realisationJson(e),
  };
}
