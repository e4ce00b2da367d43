import type { Evaluation } from '../src/case/evaluation';
import { errorReason } from '../src/case/metric-reason';
import { metric, metricLabel, metricsOf, NEVER, type MetricKey } from '../src/case/metric-catalog';
import { isError, type Result } from '../src/finance/errors';
import { sumMoney } from '../src/finance/money';
import type { Locale } from '../src/i18n/locales';
import { calendarMonth, months, moneyFormatter, percent, type Shown } from './format';

// How the Track step shows plan against actual: the figures of evaluate()'s `actuals` and `reforecast`, formatted.
// A variance is told in words as well as colour: more cost is unfavourable, more benefit (or net, or ROI) favourable.

const TEXT = {
  costs: 'Costs', benefits: 'Benefits', net: 'Net benefit', roi: 'ROI',
  favourable: 'favourable', unfavourable: 'unfavourable', even: 'on plan',
  points: 'pts',
  annualRoi: 'Realised ROI, per year', impliedPayback: 'Payback it implies',
  neverPays: 'a return of zero or less never pays back the system’s cost',
  through: (month: string) => `To date: the initial period to ${month}`,
  throughInitial: 'To date: the initial period',
  noValues: 'no values yet',
  period: (label: string, from: string, to: string) => `${label} (${from} – ${to})`,
  underWay: (label: string, through: string) => `${label}, under way: to ${through}`,
  progress: (p: string) => `${p} of the way to target`,
  kpiLabel: (name: string, unit?: string) => (unit ? `${name} (${unit})` : name),
  filled: (n: number) => `${n} line-month${n === 1 ? '' : 's'} to date without an actual count${n === 1 ? 's' : ''} at plan.`,
};

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

function cell(r: Result, format: (x: number) => string): TrackCell {
  return isError(r) ? { text: '—', reason: r.message, negative: false } : { text: format(r), negative: r < 0 };
}

function variance(difference: number, moreIsBetter: boolean, format: (x: number) => string): VarianceRow['variance'] {
  const tone = toneOf(difference, moreIsBetter);
  return { text: `${difference > 0 ? '+' : ''}${format(difference)}`, tone, word: TEXT[tone] };
}

/** Costs, benefits, net and ROI to date, planned against realised. */
export function toDateRows(ev: Evaluation, locale: Locale): VarianceRow[] {
  const a = ev.actuals!;
  const money = moneyFormatter(ev.case.currency, locale);
  const pct = (x: number) => percent(x, locale);
  const row = (key: 'costs' | 'benefits' | 'net', moreIsBetter: boolean): VarianceRow => ({
    key, label: TEXT[key], plan: cell(a.plannedToDate[key], money), actual: cell(a.toDate[key], money),
    variance: variance(sumMoney([a.toDate[key], -a.plannedToDate[key]]), moreIsBetter, money),
  });
  const [plannedRoi, realisedRoi] = [a.plannedToDate.roi, a.toDate.roi];
  const roiRow: VarianceRow = {
    key: 'roi', label: TEXT.roi, plan: cell(plannedRoi, pct), actual: cell(realisedRoi, pct),
    variance: isError(plannedRoi) || isError(realisedRoi)
      ? { text: '—', tone: 'even', word: '' }
      : variance(realisedRoi - plannedRoi, true, (x) => `${(x * 100).toFixed(1)} ${TEXT.points}`),
  };
  return [row('costs', false), row('benefits', true), row('net', true), roiRow];
}

/** Each line's plan to date against its actuals (the plan where a month has none). */
export function lineRows(ev: Evaluation, locale: Locale): VarianceRow[] {
  const money = moneyFormatter(ev.case.currency, locale);
  return ev.actuals!.variance.lines.map((l) => ({
    key: l.id, label: l.name, plan: cell(l.planned, money), actual: cell(l.actual, money),
    variance: variance(l.variance, l.side === 'benefit', money),
  }));
}

/**
 * The net benefit of each quarter or year to date, planned against realised. A period under way is realised to the
 * last month with an actual, and evaluate()'s byPeriod takes its plan to that month too: like against like.
 */
export function periodRows(ev: Evaluation, of: 'quarters' | 'years', locale: Locale): VarianceRow[] {
  const a = ev.actuals!;
  const money = moneyFormatter(ev.case.currency, locale);
  return a.byPeriod[of].map((p) => {
    const label = TEXT.period(p.label, calendarMonth(p.from, locale), calendarMonth(p.to, locale));
    const planned = p.planned.net;
    return {
      key: p.label, label: p.complete ? label : TEXT.underWay(label, calendarMonth(a.throughDate, locale)),
      plan: cell(planned, money), actual: cell(p.net, money), variance: variance(sumMoney([p.net, -planned]), true, money),
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
    key: m.key, label: metricLabel(m.key), plan: shown(m.key, m.value(ev), ev.monthlyNet), reforecast: shown(m.key, m.value(r), reforecastNet),
  }));
}

/** The realised annual ROI (the last twelve months to date, per year) and the payback that rate implies. */
export function realisedRows(ev: Evaluation, locale: Locale): { key: string; label: string; value: TrackCell }[] {
  const a = ev.actuals!;
  // The core's message quotes the rate unrounded; the rate is shown just above, so words suffice.
  const implied = isError(a.impliedPaybackMonths) && !isError(a.annualRoi) ? { text: NEVER, reason: TEXT.neverPays, negative: false } : cell(a.impliedPaybackMonths, (x) => months(x, locale));
  return [
    { key: 'annualRoi', label: TEXT.annualRoi, value: cell(a.annualRoi, (x) => percent(x, locale)) },
    { key: 'impliedPayback', label: TEXT.impliedPayback, value: implied },
  ];
}

/** The heading over the to-date figures, and the note on months counted at plan. */
export function toDateHeading(ev: Evaluation, locale: Locale): { heading: string; note: string | null } {
  const a = ev.actuals!;
  const filled = a.toDate.filledFromPlan.reduce((n, l) => n + l.months.length, 0);
  return { heading: a.throughMonth === 0 ? TEXT.throughInitial : TEXT.through(calendarMonth(a.throughDate, locale)), note: filled ? TEXT.filled(filled) : null };
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
    key: k.id, label: TEXT.kpiLabel(k.name, k.unit), baseline: metricValue.format(k.baseline), target: metricValue.format(k.target),
    actual: k.actual === null ? '—' : metricValue.format(k.actual),
    progress: k.actual === null ? TEXT.noValues : k.progress === null ? '' : TEXT.progress(percent(k.progress, locale)),
  }));
}
