import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { byId, SUMMARY_ROWS } from '../../functions/catalog';
import { invoke } from '../../functions/invoke';
import { evaluate } from '../../src/case/evaluate';
import type { Evaluation } from '../../src/case/evaluation';
import {
  errorMeaning,
  errorWord,
  evaluationContext,
  METRIC_KEYS,
  metric,
  metricExplanation,
  metricLabel,
  metricsOf,
  NEVER,
  NOT_AVAILABLE,
  RISK_HEADINGS,
  SUMMARY_METRICS,
  unadjustedValue,
  type MetricKey,
} from '../../src/case/metric-catalog';
import { errorReason } from '../../src/case/metric-reason';
import { t } from '../../src/i18n/t';
import { cashFlowMetrics } from '../../src/case/metrics';
import type { RoiCase } from '../../src/case/types';
import { CLI_METRICS } from '../../src/cli/evaluate';
import { FinanceError, isError, reason, type Result } from '../../src/finance/errors';
import { planSheet, type SheetPlan } from '../../src/plan';
import { formats } from '../../src/plan/format';
import { SHEET_METRICS } from '../../src/plan/summary';
import { REVIEW_METRICS, reviewRows } from '../../taskpane/format';
import { buildCli, cli } from '../cli/run-cli';
import { EXAMPLES, loadExample, MIXED } from '../plan/fixtures';

// One registry of summary metrics: every consumer (sheet, CLI, wizard review, SUMMARY) lists its metrics from it,
// under its labels, in its order.

const labels = (keys: readonly MetricKey[]) => metricsOf(keys).map((m) => metricLabel(m.key));
const NO_COSTS: RoiCase = { ...MIXED, costs: [] };

/** Wordings the consumers used before the registry: none may come back. */
const OLD_WORDINGS = [
  'ROI, nominal', 'ROI, present-value basis (TEI)', 'IRR, annualised', 'Payback, simple', 'Payback, discounted', 'Net (PV: NPV)',
  'ROI (undiscounted)', 'ROI (present value)', 'IRR (per year)', 'Discounted payback', 'Total benefits (risk-adjusted)',
  'PV of costs', 'PV of benefits', 'Benefit-cost ratio', 'IRR (annual)', 'Payback (months)', 'Discounted payback (months)',
];
const oldWordingsIn = (texts: string[]) => OLD_WORDINGS.filter((w) => texts.some((t) => t === w || t.startsWith(`${w} `) || t.startsWith(`${w}\u00a0`)));

describe('the metric registry', () => {
  it('declares each metric once, with a unique key, label, explanation and JSON path, in METRIC_KEYS order', () => {
    expect(SUMMARY_METRICS.map((m) => m.key)).toEqual([...METRIC_KEYS]);
    expect(METRIC_KEYS).toEqual([
      'TOTAL_COSTS', 'TOTAL_BENEFITS', 'NET_BENEFIT', 'PV_COSTS', 'PV_BENEFITS', 'NPV', 'ROI', 'ROI_PV', 'BCR', 'IRR', 'PAYBACK', 'PAYBACK_DISCOUNTED', 'BREAK_EVEN',
      'PEAK_FUNDING', 'PEAK_FUNDING_MONTH',
    ]);
    const all = METRIC_KEYS.map(metricLabel);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(SUMMARY_METRICS.map((m) => m.json)).size).toBe(SUMMARY_METRICS.length);
    for (const k of METRIC_KEYS) {
      expect(metricLabel(k).trim()).toBe(metricLabel(k));
      expect(metricExplanation(k, 24)).toMatch(/^[A-Z(].*\.$/);
      expect(metricExplanation(k, 24)).not.toMatch(/[{}]/);
    }
    expect(metricLabel('ROI')).toBe('ROI (nominal, undiscounted)');
    expect(metricLabel('ROI_PV')).toBe('ROI (present value, TEI basis)');
    expect(metricExplanation('TOTAL_COSTS', 36)).toBe('All costs over 36 months, undiscounted.');
    // One line beside the values: the Summary's explanation column is 50 characters wide.
    for (const k of METRIC_KEYS) expect(metricExplanation(k, 240).length, k).toBeLessThanOrEqual(50);
  });

  it('picks a subset in registry order, whatever order the keys come in', () => {
    expect(metricsOf(['BREAK_EVEN', 'NPV', 'TOTAL_COSTS']).map((m) => m.key)).toEqual(['TOTAL_COSTS', 'NPV', 'BREAK_EVEN']);
    expect(() => metric('NOPE' as MetricKey)).toThrow(/no summary metric NOPE/);
  });

  it('reads each value off an Evaluation and off cashFlowMetrics alike', () => {
    for (const name of EXAMPLES) {
      const ev = evaluate(loadExample(name));
      const m = cashFlowMetrics(ev.monthlyCosts, ev.monthlyBenefits, ev.case.discountRate, ev.initial);
      for (const spec of SUMMARY_METRICS) expect(spec.value(m), `${name} ${spec.key}`).toEqual(spec.value(ev));
    }
    const ev = evaluate(MIXED);
    expect([metric('NPV').value(ev), metric('ROI_PV').value(ev), metric('PAYBACK_DISCOUNTED').value(ev)]).toEqual([ev.npv, ev.roi.presentValue, ev.paybackMonths.discounted]);
  });

  it('says what an error means: never within the horizon, no costs, no sign change', () => {
    const never = evaluate(loadExample('never-pays-back'));
    const ctx = evaluationContext(never);
    for (const k of ['PAYBACK', 'PAYBACK_DISCOUNTED', 'BREAK_EVEN'] as const) {
      const r = metric(k).value(never) as FinanceError;
      expect(r.code).toBe('#N/A');
      expect(errorReason(k, r, ctx, 'en')).toBe('never pays back within 24 months');
      expect(errorWord(k)).toBe(NEVER);
    }
    expect(errorReason('IRR', never.irr as FinanceError, ctx, 'en')).toBe('net cash flow is never positive');
    const free = evaluate(NO_COSTS);
    for (const k of ['ROI', 'ROI_PV', 'BCR'] as const) {
      expect((metric(k).value(free) as FinanceError).code).toBe('#DIV/0!');
      expect(errorReason(k, metric(k).value(free) as FinanceError, evaluationContext(free), 'en')).toBe('no costs to compare against');
      expect(errorWord(k)).toBe(NOT_AVAILABLE);
    }
    expect(errorReason('IRR', free.irr as FinanceError, evaluationContext(free), 'en')).toBe('net cash flow is never negative');
    // A code without a meaning, or an IRR that fails though the flow changes sign, keeps the core's message.
    const other = new FinanceError('#NUM!', reason('fn.noRoot', { fn: 'IRR' }));
    expect(errorMeaning('ROI', other, ctx)).toBeUndefined();
    expect(errorReason('IRR', other, { horizonMonths: 3, monthlyNet: [-1, 3, -3] }, 'en')).toBe('no numeric solution');
    expect(errorReason('IRR', other, { horizonMonths: 3 }, 'en')).toBe('no numeric solution');
    // In the reader's language, with the horizon's plural form.
    expect(errorReason('PAYBACK', metric('PAYBACK').value(never) as FinanceError, ctx, 'de')).toBe('keine Amortisation innerhalb von 24 Monaten');
    expect(errorReason('ROI', metric('ROI').value(free) as FinanceError, evaluationContext(free), 'pl')).toBe(t('pl', 'reason.noCosts'));
    expect(errorWord('IRR')).toBe(NOT_AVAILABLE);
  });
});

// ---- the consumers ----

const IRR_GUESS_LABEL = 'IRR search start (monthly rate)';

function summaryRows(plan: SheetPlan): SheetPlan['cells'] {
  const top = plan.cells.findIndex((r) => r[0].value === 'Summary' && r[0].style === 'section');
  // A header row (risk-adjusted, before risk), the metric rows; the IRR's starting-guess row follows them.
  expect(plan.cells[top + 1].slice(1, 3).map((c) => c.value)).toEqual([RISK_HEADINGS.adjusted, RISK_HEADINGS.unadjusted]);
  const end = plan.cells.findIndex((r, i) => i > top + 1 && (r[0].value === undefined || r[0].style === 'section' || r[0].value === IRR_GUESS_LABEL));
  return plan.cells.slice(top + 2, end);
}

/** The label column of the CLI's metric block: the block after the case header. */
function cliMetricLabels(stdout: string): string[] {
  const block = stdout.split('\n\n')[1];
  return block.split('\n').map((line) => line.split(/ {2,}/)[0]);
}

const showsValue = (r: Result, text: string) => (isError(r) ? text.startsWith(r.code) : !text.startsWith('#'));

describe('every consumer draws its metric labels from the registry', () => {
  beforeAll(buildCli);

  const cases: [string, RoiCase][] = [...EXAMPLES.map((n): [string, RoiCase] => [n, loadExample(n)]), ['no costs', NO_COSTS]];

  it.each(cases)('the sheet Summary of %s: registry rows, labels, explanations, formats and named ranges', (_name, c) => {
    const plan = planSheet(c);
    const ev = evaluate(c);
    const rows = summaryRows(plan);
    const specs = metricsOf(SHEET_METRICS);
    expect(rows.map((r) => r[0].value)).toEqual(labels(SHEET_METRICS));
    expect(rows.map((r) => r[3].value)).toEqual(specs.map((m) => metricExplanation(m.key, c.horizonMonths)));
    const f = formats(c.currency);
    rows.forEach((r, i) => {
      const m = specs[i];
      expect(r[1].numberFormat, m.key).toBe(f[m.format]);
      const v = m.value(ev);
      expect(r[1].value, m.key).toBe(isError(v) ? errorWord(m.key) : v);
      // Before risk adjustment, beside it, for the metrics risk changes; blank for the others.
      const before = unadjustedValue(m.key, ev);
      expect(r[2].value, `${m.key} before risk`).toBe(before === undefined ? undefined : isError(before) ? errorWord(m.key) : before);
      const ref = plan.names.find((n) => n.name === `CRMROI_${m.key}`)!.ref;
      expect(ref, m.key).toBe(`$B$${plan.cells.indexOf(r) + 1}`);
    });
    expect(oldWordingsIn(plan.cells.map((r) => String(r[0].value ?? '')))).toEqual([]);
    // FAST: IRR's starting guess is a labelled cell under the metrics, never a number typed into the formula.
    const guess = plan.cells[plan.cells.indexOf(rows[rows.length - 1]) + 1];
    expect(guess[0].value).toBe(IRR_GUESS_LABEL);
    const irr = rows[specs.findIndex((m) => m.key === 'IRR')][1].formula!;
    expect(irr).toContain(`,$B$${plan.cells.indexOf(guess) + 1})`);
    expect(irr.replace(/\$?[A-Z]+\$?\d+/g, '')).not.toMatch(/\d\.\d/);
  });

  it.each(cases)('crm-roi evaluate on %s: the metric block is the registry labels, each with its value or meaning', (name, c) => {
    const path = join(mkdtempSync(join(tmpdir(), 'crm-roi-metrics-')), `${name.replace(/\W/g, '-')}.json`);
    writeFileSync(path, JSON.stringify(c));
    const { code, stdout } = cli('evaluate', path);
    expect(code).toBe(0);
    expect(cliMetricLabels(stdout)).toEqual(labels(CLI_METRICS));
    const ev = evaluate(c);
    const lines = stdout.split('\n\n')[1].split('\n');
    metricsOf(CLI_METRICS).forEach((m, i) => {
      const value = lines[i].slice(lines[i].search(/ {2,}/)).trim();
      const r = m.value(ev);
      expect(showsValue(r, value), `${m.key}: ${value}`).toBe(true);
      if (isError(r)) expect(value).toBe(`${r.code} — ${errorReason(m.key, r, evaluationContext(ev), 'en')}`);
    });
    expect(oldWordingsIn(stdout.split('\n').map((l) => l.split(/ {2,}/)[0]))).toEqual([]);
  });

  it.each(cases)('the wizard review of %s: registry labels in registry order, keyed by metric key', (_name, c) => {
    const ev = evaluate(c);
    const rows = reviewRows(ev);
    expect(rows.map((r) => r.label)).toEqual(labels(REVIEW_METRICS));
    expect(rows.map((r) => r.key)).toEqual(metricsOf(REVIEW_METRICS).map((m) => m.key));
    for (const row of rows) {
      const r = metric(row.key).value(ev);
      expect(row.shown, row.key).toEqual(isError(r) ? { text: '—', reason: errorReason(row.key, r, evaluationContext(ev), 'en') } : { text: expect.not.stringMatching(/NaN|^—$/) });
    }
    expect(oldWordingsIn(rows.map((r) => r.label))).toEqual([]);
  });

  it.each(cases)('SUMMARY on the schedule of %s: registry labels, and the values evaluate() reports', (_name, c) => {
    const ev: Evaluation = evaluate(c);
    const table = invoke(byId('SUMMARY'), [[ev.monthlyCosts], [ev.monthlyBenefits], c.discountRate, ev.initial.costs, ev.initial.benefits]) as [string, Result][];
    expect(table.map(([label]) => label)).toEqual(labels(SUMMARY_ROWS));
    metricsOf(SUMMARY_ROWS).forEach((m, i) => {
      const want = m.value(ev);
      const got = table[i][1];
      if (isError(want)) expect((got as FinanceError).code, m.key).toBe(want.code);
      else expect(got, m.key).toBeCloseTo(want, 6);
    });
    expect(oldWordingsIn(table.map(([label]) => label))).toEqual([]);
  });

  it('byId(SUMMARY) documents its example under the registry labels', () => {
    const [example] = byId('SUMMARY').examples;
    expect((example.expected as [string, unknown][]).map(([label]) => label)).toEqual(labels(SUMMARY_ROWS));
  });
});

// The published --json shape: these key paths, in this order, for every example. An error value is {error, message}.
const JSON_SHAPE = [
  'case', 'currency', 'startDate', 'horizonMonths', 'discountRate', 'monthlyRate',
  'totals', 'totals.costs', 'totals.benefits', 'totals.net', 'presentValue', 'presentValue.costs', 'presentValue.benefits', 'npv',
  'roi', 'roi.nominal', 'roi.presentValue', 'benefitCostRatio', 'irr', 'paybackMonths', 'paybackMonths.simple', 'paybackMonths.discounted', 'breakEvenMonth',
  // Added by the TEI issue: today's keys stay, the peak funding need and the initial period join them.
  'peakFunding', 'peakFunding.amount', 'peakFunding.month',
  // The same totals before risk adjustment, at the same paths under "unadjusted".
  'unadjusted', 'unadjusted.totals', 'unadjusted.totals.costs', 'unadjusted.totals.benefits', 'unadjusted.totals.net', 'unadjusted.presentValue',
  'unadjusted.presentValue.costs', 'unadjusted.presentValue.benefits', 'unadjusted.npv', 'unadjusted.roi', 'unadjusted.roi.nominal', 'unadjusted.roi.presentValue',
  'initial', 'initial.costs', 'initial.benefits', 'initial.net', 'initial.cumulativeNet',
  'years', 'years[].year', 'years[].firstMonth', 'years[].lastMonth', 'years[].costs', 'years[].benefits', 'years[].net', 'years[].cumulativeNet',
  'lines', 'lines.costs', 'lines.costs[].name', 'lines.costs[].type', 'lines.costs[].total',
  'lines.benefits', 'lines.benefits[].name', 'lines.benefits[].type', 'lines.benefits[].category', 'lines.benefits[].total',
];

const isErrorJson = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).join() === 'error,message';

/** Dotted key paths in document order; arrays as "[]" (their first element); an {error, message} value is a leaf. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? keyPaths(value[0], `${prefix}[]`) : [];
  if (typeof value !== 'object' || value === null || isErrorJson(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return [path, ...keyPaths(v, path)];
  });
}

const at = (o: unknown, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);

describe('crm-roi evaluate --json keeps its keys', () => {
  beforeAll(buildCli);

  it.each(EXAMPLES)('%s: the same key paths, in the same order, and each metric at its registry path', (name) => {
    const { code, stdout } = cli('evaluate', `examples/${name}.json`, '--json');
    expect(code).toBe(0);
    const { scenarios, sensitivity: swings, ...out } = JSON.parse(stdout);
    expect(keyPaths(out)).toEqual(JSON_SHAPE);
    const ev = evaluate(loadExample(name));
    // Added by the uncertainty issue: each scenario has the top level's metrics; expected is the top level.
    expect(Object.keys(scenarios)).toEqual(['conservative', 'expected', 'optimistic']);
    const metricPaths = keyPaths(out).filter((p) => SUMMARY_METRICS.some((m) => m.json === p || m.json.startsWith(`${p}.`)));
    for (const point of Object.keys(scenarios)) expect(keyPaths(scenarios[point]), point).toEqual(metricPaths);
    for (const m of SUMMARY_METRICS) expect(at(scenarios.expected, m.json), m.key).toEqual(at(out, m.json));
    expect(Array.isArray(swings)).toBe(true);
    for (const m of SUMMARY_METRICS) {
      const r = m.value(ev);
      expect(at(out, m.json), m.key).toEqual(isError(r) ? { error: r.code, message: errorReason(m.key, r, evaluationContext(ev), 'en') } : r);
      const before = unadjustedValue(m.key, ev);
      if (before !== undefined) expect(at(out, `unadjusted.${m.json}`), `${m.key} before risk`).toEqual(isError(before) ? { error: before.code, message: errorReason(m.key, before, evaluationContext(ev), 'en') } : before);
    }
  });

  it('the wizard review marks negative amounts, as the sheet shows them in red', () => {
    const rows = (name: string) => Object.fromEntries(reviewRows(evaluate(loadExample(name))).map((r) => [r.key, r.negative]));
    expect(rows('never-pays-back').NPV).toBe(true);
    expect(rows('small-business').NPV).toBe(false);
    expect(rows('small-business').TOTAL_COSTS).toBe(false);
  });
});
