import type { Evaluation } from '../src/case/evaluation';
import { errorReason, evaluationContext, metricLabel, metricsOf, unadjustedValue, type MetricFormat, type MetricKey } from '../src/case/metric-catalog';
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

/** The Review step's rows: each metric's registry label and its value, or a dash and what its error means. */
export function reviewRows(ev: Evaluation): ReviewRow[] {
  const { currency, startDate } = ev.case;
  const show: Record<MetricFormat, (x: number) => string> = {
    money: moneyFormatter(currency),
    percent,
    ratio,
    months,
    month: (m) => `Month ${m} (${monthLabel(startDate, m)})`,
  };
  const ctx = evaluationContext(ev);
  return metricsOf(REVIEW_METRICS).map((m) => {
    const text = (r: Result): Shown => (isError(r) ? { text: '—', reason: errorReason(m.key, r, ctx) } : { text: show[m.format](r) });
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
