import type { Evaluation } from '../case';
import type { KpiReport, PeriodRealisation, Realisation, Reforecast } from '../case/actuals';
import { errorMeaning, metric, SUMMARY_METRICS, type MetricContext, type MetricKey } from '../case/metric-catalog';
import type { CashFlowMetrics } from '../case/metrics';
import { isError, type FinanceError, type Result } from '../finance';
import type { Locale } from '../i18n/locales';
import type { MessageKey, MessageParams } from '../i18n/messages/types';
import { plural } from '../i18n/plural';
import { t } from '../i18n/t';
import { errorReason } from '../case/metric-reason';
import { calendarMonth, decimal, decimalUpTo, metricFormats, moneyFormat, months, percent, showResult, table } from './format';
import { metricName } from './words';

// Plan against actual for `crm-roi evaluate`: the JSON a script reads (numbers, codes and ids; no English but error
// messages) and the text section an analyst reads beside the plan's metrics, in the reader's language (the
// cli-actuals.* messages, and the sheet's actuals.* words where they fit).

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

/** A message without placeholders. */
type PlainKey = { [K in MessageKey]: keyof MessageParams<K> extends never ? K : never }[MessageKey];

const SIDE_KEYS = { cost: 'cli-actuals.side.cost', benefit: 'cli-actuals.side.benefit' } as const;
const BETTER_KEYS = { higher: 'cli-actuals.kpi.higher', lower: 'cli-actuals.kpi.lower' } as const;

function actualsText(e: Evaluation, a: Realisation, r: Reforecast, locale: Locale): string[] {
  const c = e.case;
  const say = (key: PlainKey) => t(locale, key);
  const money = moneyFormat(c.currency, locale);
  const month = (m: number) => calendarMonth(c.startDate, m, locale);
  const pct = (x: number) => percent(x, locale);
  const rate = (x: Result) => showResult(x, pct, (err) => errorReason('ROI', err, { horizonMonths: c.horizonMonths }, locale));
  const inMonths = (x: number) => months(x, locale);
  const never = (err: FinanceError) => (err.code === '#N/A' ? t(locale, 'cli-actuals.neverAtThisRate') : errorReason('PAYBACK', err, { horizonMonths: c.horizonMonths }, locale));
  const filled = a.toDate.filledFromPlan.reduce((n, l) => n + l.months.length, 0);
  const [planned, actual, variance] = [say('cli-actuals.planned'), say('cli-actuals.actual'), say('cli-actuals.variance')];
  const [costs, benefits, net] = [say('cli.evaluate.costs'), say('cli.evaluate.benefits'), say('cli.evaluate.net')];
  const toDate = table([
    [say('cli-actuals.toDate'), planned, actual, variance],
    [costs, money(a.plannedToDate.costs), money(a.toDate.costs), money(a.variance.costs)],
    [benefits, money(a.plannedToDate.benefits), money(a.toDate.benefits), money(a.variance.benefits)],
    [net, money(a.plannedToDate.net), money(a.toDate.net), money(a.variance.net)],
    [say('cli-actuals.roi'), rate(a.plannedToDate.roi), rate(a.toDate.roi), ''],
  ]);
  const fromPlan = filled ? `\n${plural(locale, 'cli-actuals.filledFromPlan', filled, {})}` : '';
  const lines = table([
    [say('cli-actuals.line'), say('cli-actuals.side'), planned, actual, variance, say('cli-actuals.monthsWithActuals')],
    ...a.variance.lines.map((l) => [l.name, t(locale, SIDE_KEYS[l.side]), money(l.planned), money(l.actual), money(l.variance), decimal(l.monthsWithActuals, locale)]),
  ]);
  const show = metricFormats(c.currency, c.startDate, locale);
  const ctx = { horizonMonths: c.horizonMonths, monthlyNet: e.monthlyNet };
  const rctx = reforecastContext(e, r);
  const keys: MetricKey[] = ['NPV', 'ROI_PV', 'ROI', 'IRR', 'PAYBACK', 'PAYBACK_DISCOUNTED'];
  const cell = (key: MetricKey, m: CashFlowMetrics, context: MetricContext) => showResult(metric(key).value(m), show[metric(key).format], (err) => errorReason(key, err, context, locale));
  const reforecast = table([
    [say('cli-actuals.reforecast'), say('actuals.chart.plan'), say('cli-actuals.reforecastColumn')],
    ...keys.map((k) => [metricName(k, locale), cell(k, e, ctx), cell(k, r, rctx)]),
  ]);
  const window = a.throughMonth - Math.max(1, a.throughMonth - 11) + 1;
  const pace = table([
    [say('cli-actuals.realisedRate'), ''],
    [plural(locale, 'cli-actuals.annualRoi', window, { cost: money(a.systemCost) }), rate(a.annualRoi)],
    [say('cli-actuals.impliedPayback'), showResult(a.impliedPaybackMonths, inMonths, never)],
    [say('cli-actuals.reforecastPayback'), cell('PAYBACK', r, rctx)],
  ]);
  const span = (first: number, last: number) => (first === last ? month(first) : `${month(first)} – ${month(last)}`);
  // The period's name from its place, not the case's English label: quarters count on through the years.
  const period = (name: (i: number) => string) => (p: PeriodRealisation, i: number) => [
    p.complete ? name(i) : t(locale, 'cli-actuals.underWay', { period: name(i) }),
    span(p.firstMonth, Math.min(p.lastMonth, a.throughMonth)),
    money(p.costs), money(p.benefits), money(p.net),
    rate(p.periodRoi), rate(p.planned.periodRoi), showResult(p.impliedPaybackMonths, inMonths, never),
  ];
  const periods = table([
    [say('actuals.kpi.period'), say('cli.evaluate.months'), costs, benefits, net, say('cli-actuals.periodRoi'), planned, say('cli-actuals.impliedPaybackShort')],
    ...a.byPeriod.quarters.map(period((i) => t(locale, 'cli-actuals.quarter', { year: Math.floor(i / 4) + 1, quarter: (i % 4) + 1 }))),
    ...a.byPeriod.years.map(period((i) => t(locale, 'cli-actuals.year', { year: i + 1 }))),
  ]);
  const heading = t(locale, 'cli-actuals.heading', { calendar: month(a.throughMonth), month: a.throughMonth });
  return [`${heading}\n\n${toDate}${fromPlan}`, lines, reforecast, pace, periods];
}

/** Each KPI's baseline average, target, average since go-live and progress to target; a money KPI's benefit so far. */
function kpiTable(kpis: KpiReport[], money: (x: number) => string, locale: Locale): string {
  const value = (x: number) => decimalUpTo(x, locale, 2);
  return table([
    [
      t(locale, 'actuals.kpi.name'), t(locale, 'actuals.kpi.unit'), t(locale, 'actuals.kpi.betterWhen'), t(locale, 'cli-actuals.kpi.baseline'), t(locale, 'cli-actuals.kpi.target'),
      t(locale, 'cli-actuals.actual'), t(locale, 'cli-actuals.kpi.progress'), t(locale, 'cli.evaluate.months'), t(locale, 'cli-actuals.kpi.benefitRealised'),
    ],
    ...kpis.map((k) => [
      k.name, k.unit ?? '', t(locale, BETTER_KEYS[k.betterWhen]), value(k.baseline), value(k.target), k.actual === null ? '–' : value(k.actual),
      k.progress === null ? '–' : percent(k.progress, locale), decimal(k.months, locale), k.benefit ? money(k.benefit.realised) : '',
    ]),
  ]);
}
