import type { Evaluation } from '../src/case/evaluation';
import { errorReason } from '../src/case/metric-reason';
import { evaluationContext, metric, metricsOf, unadjustedValue, type MetricFormat, type MetricKey } from '../src/case/metric-catalog';
import type { Scenarios } from '../src/case/scenarios';
import { POINTS, type Point } from '../src/case/validate';
import { isError, type Result } from '../src/finance/errors';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';

// How the review step shows numbers, in the wizard's language. A FinanceError shows as a dash with its reason, never
// as NaN. (The reasons come from the metric catalog, in English until it has one per language.)

export interface Shown {
  text: string;
  /** Why there is no number, e.g. "never pays back within the horizon". */
  reason?: string;
}

export function moneyFormatter(currency: string, locale: Locale = 'en'): (x: number) => string {
  try {
    const f = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    return (x) => f.format(x);
  } catch {
    const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return (x) => `${f.format(x)} ${currency}`;
  }
}

/** The percent sign as each language sets it: "12.3 %" (this add-in's English), "12,3 %", "12,3 %" (narrow), "12,3%", "12.3%". */
const PERCENT_SIGN: Record<Locale, string> = { en: ' %', de: '\u00a0%', fr: '\u202f%', pl: '%', 'zh-CN': '%' };
const decimals = (locale: Locale, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const percent = (x: number, locale: Locale = 'en') => `${decimals(locale, 1).format(x * 100)}${PERCENT_SIGN[locale]}`;
export const months = (x: number, locale: Locale = 'en') => t(locale, 'wizard.months', { n: decimals(locale, Number.isInteger(x) ? 0 : 1).format(x) });
export const ratio = (x: number, locale: Locale = 'en') => decimals(locale, 2).format(x);

/** "Mar 2026", "März 2026": the calendar month of 1-based model month m. */
export function monthLabel(startDate: string, m: number, locale: Locale = 'en'): string {
  const [y, mo] = startDate.split('-').map(Number);
  const d = new Date(Date.UTC(y, mo - 1 + m - 1, 1));
  return Number.isNaN(d.getTime()) ? String(m) : d.toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "Mar 2025" for the calendar month "2025-03" (an actual's key). */
export function calendarMonth(key: string, locale: Locale): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }) : key;
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
function showFor(ev: Evaluation, locale: Locale): (key: MetricKey, r: Result) => Shown {
  const { currency, startDate } = ev.case;
  const show: Record<MetricFormat, (x: number) => string> = {
    money: moneyFormatter(currency, locale),
    percent: (x) => percent(x, locale),
    ratio: (x) => ratio(x, locale),
    months: (x) => months(x, locale),
    month: (m) => t(locale, 'wizard.month', { n: m, date: monthLabel(startDate, m, locale) }),
  };
  const ctx = evaluationContext(ev);
  return (key, r) => (isError(r) ? { text: '—', reason: errorReason(key, r, ctx, locale) } : { text: show[metric(key).format](r) });
}

/** A metric's name in the wizard's language; the English names are the metric catalog's (tests/taskpane/labels.test.ts). */
export const metricName = (key: MetricKey, locale: Locale): string => t(locale, `wizard.metric.${key}` as 'wizard.metric.NPV');

/** The Review step's rows: each metric's name and its value, or a dash and what its error means. */

export function reviewRows(ev: Evaluation, locale: Locale = 'en'): ReviewRow[] {
  const show = showFor(ev, locale);
  return metricsOf(REVIEW_METRICS).map((m) => {
    const text = (r: Result) => show(m.key, r);
    const r = m.value(ev);
    const shown = text(r);
    const before = REVIEW_UNADJUSTED.includes(m.key) ? unadjustedValue(m.key, ev) : undefined;
    const unadjusted = before === undefined ? undefined : text(before);
    return {
      key: m.key, label: metricName(m.key, locale), negative: !isError(r) && r < 0, shown,
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
export function scenarioRows(s: Scenarios, locale: Locale = 'en'): ScenarioRow[] {
  const show = Object.fromEntries(POINTS.map((p) => [p, showFor(s[p], locale)])) as Record<Point, ReturnType<typeof showFor>>;
  return metricsOf(SCENARIO_METRICS).map((m) => ({
    key: m.key,
    label: metricName(m.key, locale),
    cells: POINTS.map((p) => {
      const r = m.value(s[p]);
      return { ...show[p](m.key, r), negative: !isError(r) && r < 0 };
    }),
  }));
}

/**
 * A figure for a narrow table column: the no-break space before a currency ("67 570 $US", "59.373 $") becomes a
 * plain one, so four amounts side by side in a 300 px pane may wrap before the currency rather than overflow.
 */
export const cellText = (text: string): string => text.replace(/\u00a0(?=\D)/g, ' ');
