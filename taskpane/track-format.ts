import type { Evaluation } from '../src/case/evaluation';
import { errorReason } from '../src/case/metric-reason';
import { errorWord, metric, metricsOf, type MetricKey } from '../src/case/metric-catalog';
import { isError, type FinanceError, type Result } from '../src/finance/errors';
import { sumMoney } from '../src/finance/money';
import type { Locale } from '../src/i18n/locales';
import { plural } from '../src/i18n/plural';
import { t } from '../src/i18n/t';
import { calendarMonth, metricName, months, moneyFormatter, percent, type Shown } from './format';

// How the Track step shows plan against actual: the figures of evaluate()'s `actuals` and `reforecast`, formatted.
// A variance is told in words as well as colour: more cost is unfavourable, more benefit (or net, or ROI) favourable.


export type Tone = 'favourable' | 'unfavourable' | 'even';

export interface TrackCell extends Shown {
  negative: boolean;
}

export interface VarianceRow {
  key: string;
  label: string;
  plan: TrackCell;
  actual: TrackCell;
  variance: { text: string; tone: Tone; word: string };
}

/** A difference's tone: `more` says whether more is better (benefits) or worse (costs). */
const toneOf = (difference: number, moreIsBetter: boolean): Tone => (difference === 0 ? 'even' : difference > 0 === moreIsBetter ? 'favourable' : 'unfavourable');

/** A figure, or a dash and why there is none: in the metric's words (ROI without costs), else its error code's. */
function cell(r: Result, format: (x: number) => string, locale: Locale, why?: (e: FinanceError) => string): TrackCell {
  return isError(r) ? { text: '—', reason: why ? why(r) : t(locale, `reason.${r.code}`), negative: false } : { text: format(r), negative: r < 0 };
}

function variance(difference: number, moreIsBetter: boolean, format: (x: number) => string, locale: Locale): VarianceRow['variance'] {
  const tone = toneOf(difference, moreIsBetter);
  return { text: `${difference > 0 ? '+' : ''}${format(difference)}`, tone, word: t(locale, `track.tone.${tone}`) };
}

/** A period's name from its place ("Year 2 Q1"), in the language: the case's own labels are English. */
const periodName = (of: 'quarters' | 'years', i: number, locale: Locale) =>
  of === 'quarters' ? t(locale, 'cli-actuals.quarter', { year: Math.floor(i / 4) + 1, quarter: (i % 4) + 1 }) : t(locale, 'cli-actuals.year', { year: i + 1 });

/** Costs, benefits, net and ROI to date, planned against realised. */
export function toDateRows(ev: Evaluation, locale: Locale): VarianceRow[] {
  const a = ev.actuals!;
  const money = moneyFormatter(ev.case.currency, locale);
  const pct = (x: number) => percent(x, locale);
  const label = { costs: t(locale, 'actuals.side.costs'), benefits: t(locale, 'actuals.side.benefits'), net: t(locale, 'track.net') };
  const row = (key: 'costs' | 'benefits' | 'net', moreIsBetter: boolean): VarianceRow => ({
    key, label: label[key], plan: cell(a.plannedToDate[key], money, locale), actual: cell(a.toDate[key], money, locale),
    variance: variance(sumMoney([a.toDate[key], -a.plannedToDate[key]]), moreIsBetter, money, locale),
  });
  const [plannedRoi, realisedRoi] = [a.plannedToDate.roi, a.toDate.roi];
  const roiWhy = (e: FinanceError) => errorReason('ROI', e, { horizonMonths: ev.case.horizonMonths }, locale);
  const roiRow: VarianceRow = {
    key: 'roi', label: t(locale, 'track.roi'), plan: cell(plannedRoi, pct, locale, roiWhy), actual: cell(realisedRoi, pct, locale, roiWhy),
    variance: isError(plannedRoi) || isError(realisedRoi)
      ? { text: '—', tone: 'even', word: '' }
      : variance(realisedRoi - plannedRoi, true, (x) => t(locale, 'track.points', { value: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100) }), locale),
  };
  return [row('costs', false), row('benefits', true), row('net', true), roiRow];
}

/** Each line's plan to date against its actuals (the plan where a month has none). */
export function lineRows(ev: Evaluation, locale: Locale): VarianceRow[] {
  const money = moneyFormatter(ev.case.currency, locale);
  return ev.actuals!.variance.lines.map((l) => ({
    key: l.id, label: l.name, plan: cell(l.planned, money, locale), actual: cell(l.actual, money, locale),
    variance: variance(l.variance, l.side === 'benefit', money, locale),
  }));
}

/**
 * The net benefit of each quarter or year to date, planned against realised. A period under way is realised to the
 * last month with an actual, and evaluate()'s byPeriod takes its plan to that month too: like against like.
 */
export function periodRows(ev: Evaluation, of: 'quarters' | 'years', locale: Locale): VarianceRow[] {
  const a = ev.actuals!;
  const money = moneyFormatter(ev.case.currency, locale);
  return a.byPeriod[of].map((p, i) => {
    const label = t(locale, 'track.period', { label: periodName(of, i, locale), from: calendarMonth(p.from, locale), to: calendarMonth(p.to, locale) });
    const planned = p.planned.net;
    return {
      key: p.label, label: p.complete ? label : t(locale, 'track.underWay', { label, through: calendarMonth(a.throughDate, locale) }),
      plan: cell(planned, money, locale), actual: cell(p.net, money, locale), variance: variance(sumMoney([p.net, -planned]), true, money, locale),
    };
  });
}

/** The headline metrics the Track step re-forecasts beside the plan. */
export const REFORECAST_METRICS: readonly MetricKey[] = ['NPV', 'ROI', 'IRR', 'PAYBACK'];

export interface ReforecastRow {
  key: MetricKey;
  label: string;
  plan: TrackCell;
  reforecast: TrackCell;
}

/** NPV, ROI, IRR and payback as planned and re-forecast (actuals where known, the plan for the rest). */
export function reforecastRows(ev: Evaluation, locale: Locale): ReforecastRow[] {
  const r = ev.reforecast!;
  const format = { money: moneyFormatter(ev.case.currency, locale), percent: (x: number) => percent(x, locale), months: (x: number) => months(x, locale), ratio: String, month: String };
  const horizonMonths = ev.case.horizonMonths;
  const shown = (key: MetricKey, v: Result, monthlyNet: readonly number[]): TrackCell =>
    isError(v) ? { text: '—', reason: errorReason(key, v, { horizonMonths, monthlyNet }, locale), negative: false } : { text: format[metric(key).format](v), negative: v < 0 };
  const reforecastNet = r.monthlyBenefits.map((b, i) => b - r.monthlyCosts[i]);
  return metricsOf(REFORECAST_METRICS).map((m) => ({
    key: m.key, label: metricName(m.key, locale), plan: shown(m.key, m.value(ev), ev.monthlyNet), reforecast: shown(m.key, m.value(r), reforecastNet),
  }));
}

/** The realised annual ROI (the last twelve months to date, per year) and the payback that rate implies. */
export function realisedRows(ev: Evaluation, locale: Locale): { key: string; label: string; value: TrackCell }[] {
  const a = ev.actuals!;
  // The core's message quotes the rate unrounded; the rate is shown just above, so words suffice.
  const implied = isError(a.impliedPaybackMonths) && !isError(a.annualRoi) ? { text: errorWord('PAYBACK', locale), reason: t(locale, 'track.neverPays'), negative: false } : cell(a.impliedPaybackMonths, (x) => months(x, locale), locale);
  return [
    { key: 'annualRoi', label: t(locale, 'track.annualRoi'), value: cell(a.annualRoi, (x) => percent(x, locale), locale, (e) => (e.code === '#N/A' ? t(locale, 'track.noMonthYet') : t(locale, `reason.${e.code}`))) },
    { key: 'impliedPayback', label: t(locale, 'track.impliedPayback'), value: implied },
  ];
}

/** The heading over the to-date figures, and the note on months counted at plan. */
export function toDateHeading(ev: Evaluation, locale: Locale): { heading: string; note: string | null } {
  const a = ev.actuals!;
  const filled = a.toDate.filledFromPlan.reduce((n, l) => n + l.months.length, 0);
  return { heading: a.throughMonth === 0 ? t(locale, 'track.throughInitial') : t(locale, 'track.through', { month: calendarMonth(a.throughDate, locale) }), note: filled ? plural(locale, 'track.filled', filled, {}) : null };
}

export interface KpiRow {
  key: string;
  label: string;
  baseline: string;
  target: string;
  /** The average of the values after go-live, or a dash before the first. */
  actual: string;
  /** How far the actual has come from the baseline towards the target, in words. */
  progress: string;
}


/** Each KPI's baseline (its monthly average), target and the average of its values after go-live. */
export function kpiRows(ev: Evaluation, locale: Locale): KpiRow[] {
  const metricValue = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (ev.kpis ?? []).map((k) => ({
    key: k.id, label: k.unit ? t(locale, 'track.kpiLabel', { name: k.name, unit: k.unit }) : k.name, baseline: metricValue.format(k.baseline), target: metricValue.format(k.target),
    actual: k.actual === null ? '—' : metricValue.format(k.actual),
    progress: k.actual === null ? t(locale, 'track.noValues') : k.progress === null ? '' : t(locale, 'track.progress', { percent: percent(k.progress, locale) }),
  }));
}
