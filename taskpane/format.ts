import type { Evaluation } from '../src/case/evaluation';
import { errorReason, evaluationContext, metric, metricLabel, metricsOf, unadjustedValue, type MetricFormat, type MetricKey } from '../src/case/metric-catalog';
import type { Scenarios } from '../src/case/scenarios';
import { POINTS, type Point } from '../src/case/validate';
import { isError, type Result } from '../src/finance/errors';

// How the review step shows numbers. A FinanceError shows as a dash with its reason, never as NaN.

export interface Shown {
  text: string;
  /** Why there is no number, e.g. "never pays back within the horizon". */
  reason?: string;
}

export function moneyFormatter(currency: string): (x: number) => string {
  try {
    const f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    return (x) => f.format(x);
  } catch {
    const f = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    return (x) => `${f.format(x)} ${currency}`;
  }
}

export const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
export const months = (x: number) => `${Number.isInteger(x) ? x : x.toFixed(1)} months`;
export const ratio = (x: number) => x.toFixed(2);

/** "Mar 2026": the calendar month of 1-based model month m. */
export function monthLabel(startDate: string, m: number): string {
  const [y, mo] = startDate.split('-').map(Number);
  const d = new Date(Date.UTC(y, mo - 1 + m - 1, 1));
  return Number.isNaN(d.getTime()) ? `Month ${m}` : d.toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "Mar 2025" for the calendar month "2025-03" (an actual's key). */
export function calendarMonth(key: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }) : key;
}

/** The metrics the Review step lists, in registry order. */
export const REVIEW_METRICS: readonly MetricKey[] = ['TOTAL_COSTS', 'TOTAL_BENEFITS', 'NPV', 'ROI', 'ROI_PV', 'IRR', 'PAYBACK', 'PAYBACK_DISCOUNTED', 'BREAK_EVEN', 'PEAK_FUNDING', 'PEAK_FUNDING_MONTH'];

/** The headline metrics that also show their value before risk adjustment, as TEI reports both. */
export const REVIEW_UNADJUSTED: readonly MetricKey[] = ['NPV', 'ROI_PV'];

export interface ReviewRow {
  /** Shown in red, the sheet's convention for negative amounts (a red minus, from its number formats). */
  negative: boolean;
  key: MetricKey;
  label: string;
  shown: Shown;
  /** The value before risk adjustment, where risk changes it as shown. */
  unadjusted?: Shown;
}

/** A value of metric `key` of the evaluation `ev` as the review shows it: formatted, or a dash and what its error means. */
function showFor(ev: Evaluation): (key: MetricKey, r: Result) => Shown {
  const { currency, startDate } = ev.case;
  const show: Record<MetricFormat, (x: number) => string> = {
    money: moneyFormatter(currency),
    percent,
    ratio,
    months,
    month: (m) => `Month ${m} (${monthLabel(startDate, m)})`,
  };
  const ctx = evaluationContext(ev);
  return (key, r) => (isError(r) ? { text: '—', reason: errorReason(key, r, ctx) } : { text: show[metric(key).format](r) });
}

/** The Review step's rows: each metric's registry label and its value, or a dash and what its error means. */
export function reviewRows(ev: Evaluation): ReviewRow[] {
  const show = showFor(ev);
  return metricsOf(REVIEW_METRICS).map((m) => {
    const text = (r: Result) => show(m.key, r);
    const r = m.value(ev);
    const shown = text(r);
    const before = REVIEW_UNADJUSTED.includes(m.key) ? unadjustedValue(m.key, ev) : undefined;
    const unadjusted = before === undefined ? undefined : text(before);
    return {
      key: m.key, label: metricLabel(m.key), negative: !isError(r) && r < 0, shown,
      ...(unadjusted && unadjusted.text !== shown.text && { unadjusted }),
    };
  });
}

/** The headline metrics the Review compares across the three scenarios of a case with ranges. */
export const SCENARIO_METRICS: readonly MetricKey[] = ['NPV', 'ROI_PV', 'IRR', 'PAYBACK'];

export interface ScenarioRow {
  key: MetricKey;
  label: string;
  /** Conservative, expected, optimistic. */
  cells: (Shown & { negative: boolean })[];
}

/** The scenario table: a row per metric, its value in each scenario side by side. */
export function scenarioRows(s: Scenarios): ScenarioRow[] {
  const show = Object.fromEntries(POINTS.map((p) => [p, showFor(s[p])])) as Record<Point, ReturnType<typeof showFor>>;
  return metricsOf(SCENARIO_METRICS).map((m) => ({
    key: m.key,
    label: metricLabel(m.key),
    cells: POINTS.map((p) => {
      const r = m.value(s[p]);
      return { ...show[p](m.key, r), negative: !isError(r) && r < 0 };
    }),
  }));
}
