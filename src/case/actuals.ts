import { impliedPayback, isError, notAvailable, periodRoi, reason, roi, sumMoney, uplift, type Result } from '../finance';
import { monthKey, monthOfKey } from './calendar';
import type { LineSchedule } from './evaluation';
import { Exact } from '../finance/money';
import { cashFlowMetrics, type CashFlowMetrics } from './metrics';
import type { Actuals, Kpi, RoiCase } from './types';

// Value realisation: the case's plan (risk-adjusted, as evaluate() schedules it) against what happened. An actual is a
// fact, so it replaces the line's risk-adjusted plan for its month; a month without one is not known yet and keeps the
// plan. docs/finance.md#value-realisation has the definitions.

/** Costs, benefits, net and ROI ((benefits − costs) / costs) of a stretch of months. */
export interface PeriodFigures {
  costs: number;
  benefits: number;
  net: number;
  roi: Result;
}

export interface LineVariance {
  id: string;
  name: string;
  side: 'cost' | 'benefit';
  /** The risk-adjusted plan to date. */
  planned: number;
  /** Actuals where known, the plan for the other months to date. */
  actual: number;
  /** actual − planned: above zero is more cost or more benefit than planned. */
  variance: number;
  /** Months to date with an actual. */
  monthsWithActuals: number;
}

/** A quarter or a year of the case (Year 1 = months 1–12), realised to date. */
export interface PeriodRealisation extends PeriodFigures {
  label: string;
  firstMonth: number;
  lastMonth: number;
  /** Calendar months "YYYY-MM". */
  from: string;
  to: string;
  /** false for the period under way: its figures stop at throughMonth. */
  complete: boolean;
  /** The period's net ÷ the system's total cost (the practitioners' periodic ROI). */
  periodRoi: Result;
  /** The payback in months that periodRoi implies if every such period returned as much. */
  impliedPaybackMonths: Result;
  planned: PeriodFigures & { periodRoi: Result };
}

export interface Realisation {
  /** The last month with any actual (0 = the initial period) and its calendar month. */
  throughMonth: number;
  throughDate: string;
  /** The initial period and months 1 … throughMonth: actuals where known, the plan where not. */
  toDate: PeriodFigures & { filledFromPlan: { lineId: string; months: string[] }[] };
  plannedToDate: PeriodFigures;
  variance: { lines: LineVariance[]; costs: number; benefits: number; net: number };
  /** The total cost of the system over the horizon, actuals where known: periodic ROI's denominator. */
  systemCost: number;
  /** Realised over the last twelve months to date (fewer early on), per year: net × 12 / months ÷ systemCost. */
  annualRoi: Result;
  /** 12 ÷ annualRoi: the payback that rate implies, beside the reforecast's payback from the cumulative flows. */
  impliedPaybackMonths: Result;
  byPeriod: { quarters: PeriodRealisation[]; years: PeriodRealisation[] };
}

/** The case re-run with actuals where known and the plan for the rest. */
export type Reforecast = CashFlowMetrics & { monthlyCosts: number[]; monthlyBenefits: number[]; initial: { costs: number; benefits: number } };

export interface KpiReport {
  id: string;
  name: string;
  unit?: string;
  betterWhen: 'higher' | 'lower';
  /** The baseline's monthly average. */
  baseline: number;
  target: number;
  /** The average of the values after go-live; null before the first. */
  actual: number | null;
  months: number;
  /** actual − baseline (the core's uplift); null before the first value. */
  uplift: Result | null;
  /** (actual − baseline) ÷ (target − baseline): 1 = on target; null before the first value or for a target equal to the baseline. */
  progress: number | null;
  /** A KPI that carries money: the benefit line it measures and the benefit realised so far. */
  benefit?: { lineId: string; realised: number };
}

/** Each line's actual series, month 0 … horizon, null where not known; a measured line's comes from its KPI. */
export function actualSeries(c: RoiCase): { costs: (number | null)[][]; benefits: (number | null)[][] } {
  const series = (actuals: Actuals | undefined) => {
    const out: (number | null)[] = Array.from({ length: c.horizonMonths + 1 }, () => null);
    for (const [key, amount] of Object.entries(actuals ?? {})) out[monthOfKey(c.startDate, key)!] = amount;
    return out;
  };
  const measured = new Map((c.kpis ?? []).filter((k) => k.benefit !== undefined).map((k) => [k.benefit!.toLowerCase(), k]));
  return {
    costs: c.costs.map((l) => series(l.actuals)),
    benefits: c.benefits.map((l) => {
      const kpi = measured.get(l.id!.toLowerCase());
      return kpi ? series(measuredBenefits(kpi)) : series(l.actuals);
    }),
  };
}

/** A money KPI's benefit by month: the improvement on the baseline's average × its value per unit. */
export function measuredBenefits(kpi: Kpi): Actuals {
  const sign = kpi.betterWhen === 'higher' ? 1 : -1;
  return Object.fromEntries(Object.entries(kpi.actuals ?? {}).map(([key, value]) => [key, sign * (uplift(kpi.baseline, [value]) as number) * kpi.valuePerUnit!]));
}

const figures = (costs: number, benefits: number): PeriodFigures => ({ costs, benefits, net: sumMoney([benefits, -costs]), roi: roi(benefits, costs) });

/** undefined when no line has an actual. */
export function realise(c: RoiCase, costs: LineSchedule[], benefits: LineSchedule[]): { actuals: Realisation; reforecast: Reforecast } | undefined {
  const actual = actualSeries(c);
  const H = c.horizonMonths;
  const lines = [
    ...costs.map((l, i) => ({ line: c.costs[i], side: 'cost' as const, plan: [l.initial, ...l.monthly], actual: actual.costs[i] })),
    ...benefits.map((l, i) => ({ line: c.benefits[i], side: 'benefit' as const, plan: [l.initial, ...l.monthly], actual: actual.benefits[i] })),
  ];
  const through = Math.max(-1, ...lines.map((l) => lastKnown(l.actual)));
  if (through < 0) return undefined;
  const mixed = lines.map((l) => l.plan.map((p, m) => l.actual[m] ?? p));

  // Sums over months first … last of one side, from the mixed or the planned series.
  const sum = (side: 'cost' | 'benefit', of: number[][], first: number, last: number) =>
    sumMoney(lines.flatMap((l, i) => (l.side === side ? of[i].slice(first, last + 1) : [])));
  const plans = lines.map((l) => l.plan);
  const span = (of: number[][], first: number, last: number) => figures(sum('cost', of, first, last), sum('benefit', of, first, last));

  const monthly = (side: 'cost' | 'benefit') => Array.from({ length: H + 1 }, (_, m) => sum(side, mixed, m, m));
  const [mixedCosts, mixedBenefits] = [monthly('cost'), monthly('benefit')];
  const reforecast: Reforecast = {
    ...cashFlowMetrics(mixedCosts.slice(1), mixedBenefits.slice(1), c.discountRate, { costs: mixedCosts[0], benefits: mixedBenefits[0] }),
    monthlyCosts: mixedCosts.slice(1), monthlyBenefits: mixedBenefits.slice(1), initial: { costs: mixedCosts[0], benefits: mixedBenefits[0] },
  };
  const systemCost = reforecast.totals.costs;
  const plannedSystemCost = sumMoney(costs.map((l) => l.total));

  const toDate = span(mixed, 0, through);
  const plannedToDate = span(plans, 0, through);
  const variances: LineVariance[] = lines.map((l, i) => {
    const planned = sumMoney(l.plan.slice(0, through + 1));
    const act = sumMoney(mixed[i].slice(0, through + 1));
    return { id: l.line.id!, name: l.line.name, side: l.side, planned, actual: act, variance: sumMoney([act, -planned]), monthsWithActuals: l.actual.slice(0, through + 1).filter((x) => x !== null).length };
  });
  const filledFromPlan = lines.flatMap((l) => {
    const months = l.plan.flatMap((p, m) => (m <= through && l.actual[m] === null && p !== 0 ? [monthKey(c.startDate, m)] : []));
    return months.length ? [{ lineId: l.line.id!, months }] : [];
  });

  const period = (label: string, first: number, last: number): PeriodRealisation => {
    const to = Math.min(last, through);
    const realised = span(mixed, first, to);
    // The plan over the same months, so a period under way compares like with like.
    const planned = span(plans, first, to);
    const rate = periodRoi(realised.benefits, realised.costs, systemCost);
    return {
      label, firstMonth: first, lastMonth: last, from: monthKey(c.startDate, first), to: monthKey(c.startDate, last), complete: last <= through,
      ...realised, periodRoi: rate, impliedPaybackMonths: impliedMonths(rate, to - first + 1),
      planned: { ...planned, periodRoi: periodRoi(planned.benefits, planned.costs, plannedSystemCost) },
    };
  };
  const periods = (length: number, label: (k: number) => string) => {
    const out: PeriodRealisation[] = [];
    for (let first = 1, k = 1; first <= Math.min(through, H); first += length, k++) out.push(period(label(k), first, Math.min(first + length - 1, H)));
    return out;
  };
  const lastYearFrom = Math.max(1, through - 11);
  const annualRoi = through < 1 ? notAvailable(reason('fn.noActualYet', {})) : periodRoi(span(mixed, lastYearFrom, through).benefits, span(mixed, lastYearFrom, through).costs, systemCost);
  const annual = isError(annualRoi) ? annualRoi : (annualRoi * 12) / (through - lastYearFrom + 1);

  return {
    actuals: {
      throughMonth: through, throughDate: monthKey(c.startDate, through),
      toDate: { ...toDate, filledFromPlan }, plannedToDate,
      variance: { lines: variances, costs: sumMoney([toDate.costs, -plannedToDate.costs]), benefits: sumMoney([toDate.benefits, -plannedToDate.benefits]), net: sumMoney([toDate.net, -plannedToDate.net]) },
      systemCost,
      annualRoi: annual,
      impliedPaybackMonths: impliedMonths(annual, 12),
      byPeriod: { quarters: periods(3, (k) => `Year ${Math.ceil(k / 4)} Q${((k - 1) % 4) + 1}`), years: periods(12, (k) => `Year ${k}`) },
    },
    reforecast,
  };
}

/** The last month with a value, −1 if none. */
function lastKnown(series: (number | null)[]): number {
  for (let m = series.length - 1; m >= 0; m--) if (series[m] !== null) return m;
  return -1;
}

const average = (xs: number[]): number => xs.reduce((s, x) => s.plus(x), new Exact(0)).div(xs.length).toNumber();

/** A period ROI over `months` months → the months of payback it implies. */
function impliedMonths(rate: Result, months: number): Result {
  if (isError(rate)) return rate;
  const periods = impliedPayback(rate);
  return isError(periods) ? periods : periods * months;
}

export function kpiReports(c: RoiCase): KpiReport[] {
  return (c.kpis ?? []).map((k) => {
    const values = Object.values(k.actuals ?? {});
    const baseline = average(k.baseline);
    const actual = values.length ? average(values) : null;
    const change = values.length ? uplift(k.baseline, values) : null;
    const progress = actual === null || k.target === baseline ? null : (actual - baseline) / (k.target - baseline);
    const benefit = k.benefit === undefined ? undefined : { lineId: c.benefits.find((b) => b.id!.toLowerCase() === k.benefit!.toLowerCase())!.id!, realised: sumMoney(Object.values(measuredBenefits(k))) };
    return { id: k.id!, name: k.name, ...(k.unit !== undefined && { unit: k.unit }), betterWhen: k.betterWhen, baseline, target: k.target, actual, months: values.length, uplift: change, progress, ...(benefit && { benefit }) };
  });
}
