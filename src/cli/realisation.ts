import type { Evaluation } from '../case';
import type { KpiReport, PeriodRealisation, Realisation, Reforecast } from '../case/actuals';
import { errorMeaning, metric, SUMMARY_METRICS, type MetricContext, type MetricKey } from '../case/metric-catalog';
import type { CashFlowMetrics } from '../case/metrics';
import { isError, type FinanceError, type Result } from '../finance';
import type { Locale } from '../i18n/locales';
import { calendarMonth, metricFormats, moneyFormat, months, percent, showResult, table } from './format';
import { errorReason } from '../case/metric-reason';
import { metricName } from './words';

// Plan against actual for `crm-roi evaluate`: the JSON a script reads (numbers, codes and ids; no English but error
// messages) and the text section an analyst reads beside the plan's metrics.

/** A result as --json writes it: the number, or {error, message}. */
export const resultJson = (r: Result, why?: (e: FinanceError) => string | undefined) => (isError(r) ? { error: r.code, message: why?.(r) ?? r.message } : r);

/** Every metric of `m` at its registry JSON path ("roi.nominal"), errors explained as the summary explains them. */
export function metricValues(m: CashFlowMetrics, ctx: MetricContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of SUMMARY_METRICS) put(out, spec.json, resultJson(spec.value(m), (e) => errorMeaning(spec.key, e, ctx)));
  return out;
}

/** Sets a dotted path ("roi.nominal") in a plain object, creating the objects on the way. */
export function put(into: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = into;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
}

const reforecastContext = (e: Evaluation, r: Reforecast): MetricContext => ({ horizonMonths: e.case.horizonMonths, monthlyNet: r.monthlyBenefits.map((b, i) => b - r.monthlyCosts[i]) });

/** `actuals`, `reforecast` and `kpis` for --json, each only when the evaluation has it. */
export function realisationJson(e: Evaluation): Record<string, unknown> {
  const a = e.actuals;
  const figures = (f: { costs: number; benefits: number; net: number; roi: Result }) => ({ costs: f.costs, benefits: f.benefits, net: f.net, roi: resultJson(f.roi) });
  // The year and quarter as numbers, not the English label.
  const period = (at: (i: number) => { year: number; quarter?: number }) => (p: PeriodRealisation, i: number) => ({
    ...at(i), firstMonth: p.firstMonth, lastMonth: p.lastMonth, from: p.from, to: p.to, complete: p.complete,
    ...figures(p), periodRoi: resultJson(p.periodRoi), impliedPaybackMonths: resultJson(p.impliedPaybackMonths),
    planned: { ...figures(p.planned), periodRoi: resultJson(p.planned.periodRoi) },
  });
  return {
    ...(a && {
      actuals: {
        throughMonth: a.throughMonth, throughDate: a.throughDate,
        toDate: { ...figures(a.toDate), filledFromPlan: a.toDate.filledFromPlan },
        plannedToDate: figures(a.plannedToDate),
        variance: a.variance,
        systemCost: a.systemCost,
        annualRoi: resultJson(a.annualRoi),
        impliedPaybackMonths: resultJson(a.impliedPaybackMonths),
        byPeriod: {
          quarters: a.byPeriod.quarters.map(period((i) => ({ year: Math.floor(i / 4) + 1, quarter: (i % 4) + 1 }))),
          years: a.byPeriod.years.map(period((i) => ({ year: i + 1 }))),
        },
      },
    }),
    ...(e.reforecast && { reforecast: metricValues(e.reforecast, reforecastContext(e, e.reforecast)) }),
    ...(e.kpis && { kpis: e.kpis.map((k) => ({ ...k, uplift: k.uplift === null ? null : resultJson(k.uplift) })) }),
  };
}

/** The "Plan against actual" section of the text output; undefined when the case has no actuals and no KPIs. */
export function realisationText(e: Evaluation, locale: Locale): string | undefined {
  const parts = [...(e.actuals && e.reforecast ? actualsText(e, e.actuals, e.reforecast, locale) : []), ...(e.kpis ? [kpiTable(e.kpis, moneyFormat(e.case.currency, locale), locale)] : [])];
  return parts.length ? parts.join('\n\n') : undefined;
}

function actualsText(e: Evaluation, a: Realisation, r: Reforecast, locale: Locale): string[] {
  const c = e.case;
  const money = moneyFormat(c.currency, locale);
  const month = (m: number) => calendarMonth(c.startDate, m, locale);
  const pct = (x: number) => percent(x, locale);
  const rate = (x: Result) => showResult(x, pct, (err) => errorReason('ROI', err, { horizonMonths: c.horizonMonths }, locale));
  const inMonths = (x: number) => months(x, locale);
  const never = (err: FinanceError) => (err.code === '#N/A' ? 'never at this rate' : errorReason('PAYBACK', err, { horizonMonths: c.horizonMonths }, locale));
  const filled = a.toDate.filledFromPlan.reduce((n, l) => n + l.months.length, 0);
  const toDate = table([
    ['To date', 'Planned', 'Actual', 'Variance'],
    ['Costs', money(a.plannedToDate.costs), money(a.toDate.costs), money(a.variance.costs)],
    ['Benefits', money(a.plannedToDate.benefits), money(a.toDate.benefits), money(a.variance.benefits)],
    ['Net', money(a.plannedToDate.net), money(a.toDate.net), money(a.variance.net)],
    ['ROI', rate(a.plannedToDate.roi), rate(a.toDate.roi), ''],
  ]);
  const fromPlan = filled ? `\n${filled} line-month${filled === 1 ? '' : 's'} to date without an actual count at plan (--json lists them).` : '';
  const lines = table([
    ['Line', 'Side', 'Planned', 'Actual', 'Variance', 'Months with actuals'],
    ...a.variance.lines.map((l) => [l.name, l.side, money(l.planned), money(l.actual), money(l.variance), String(l.monthsWithActuals)]),
  ]);
  const show = metricFormats(c.currency, c.startDate, locale);
  const ctx = { horizonMonths: c.horizonMonths, monthlyNet: e.monthlyNet };
  const rctx = reforecastContext(e, r);
  const keys: MetricKey[] = ['NPV', 'ROI_PV', 'ROI', 'IRR', 'PAYBACK', 'PAYBACK_DISCOUNTED'];
  const cell = (key: MetricKey, m: CashFlowMetrics, context: MetricContext) => showResult(metric(key).value(m), show[metric(key).format], (err) => errorReason(key, err, context, locale));
  const reforecast = table([['Re-forecast (actuals to date, the plan after)', 'Plan', 'Re-forecast'], ...keys.map((k) => [metricName(k, locale), cell(k, e, ctx), cell(k, r, rctx)])]);
  const window = a.throughMonth - Math.max(1, a.throughMonth - 11) + 1;
  const pace = table([
    ['Realised rate', ''],
    [`Annual ROI (last ${window} month${window === 1 ? '' : 's'} on the system cost of ${money(a.systemCost)})`, rate(a.annualRoi)],
    ['Payback that rate implies', showResult(a.impliedPaybackMonths, inMonths, never)],
    ['Payback from the re-forecast flows', cell('PAYBACK', r, rctx)],
  ]);
  const span = (first: number, last: number) => (first === last ? month(first) : `${month(first)} – ${month(last)}`);
  const period = (p: PeriodRealisation) => [
    p.complete ? p.label : `${p.label} (to date)`,
    span(p.firstMonth, Math.min(p.lastMonth, a.throughMonth)),
    money(p.costs), money(p.benefits), money(p.net),
    rate(p.periodRoi), rate(p.planned.periodRoi), showResult(p.impliedPaybackMonths, inMonths, never),
  ];
  const periods = table([
    ['Period', 'Months', 'Costs', 'Benefits', 'Net', 'Period ROI', 'Planned', 'Implied payback'],
    ...a.byPeriod.quarters.map(period),
    ...a.byPeriod.years.map(period),
  ]);
  const heading = `Plan against actual, through ${month(a.throughMonth)} (month ${a.throughMonth})`;
  return [`${heading}\n\n${toDate}${fromPlan}`, lines, reforecast, pace, periods];
}

/** Each KPI's baseline average, target, average since go-live and progress to target; a money KPI's benefit so far. */
function kpiTable(kpis: KpiReport[], money: (x: number) => string, locale: Locale): string {
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format;
  return table([
    ['KPI', 'Unit', 'Better', 'Baseline', 'Target', 'Actual', 'Progress', 'Months', 'Benefit realised'],
    ...kpis.map((k) => [
      k.name, k.unit ?? '', k.betterWhen, value(k.baseline), value(k.target), k.actual === null ? '–' : value(k.actual),
      k.progress === null ? '–' : percent(k.progress, locale), String(k.months), k.benefit ? money(k.benefit.realised) : '',
    ]),
  ]);
}
