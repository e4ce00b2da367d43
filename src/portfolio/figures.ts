import type { Evaluation } from '../case/evaluation';
import { cashFlowMetrics, type CashFlowMetrics } from '../case/metrics';
import { sumMoney } from '../finance';
import type { Result } from '../finance/errors';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';

// A portfolio of ROI cases, as the core computes it: each case's own figures, their sums, and the metrics of the
// combined monthly flows. The Portfolio sheet's formulas compute the same numbers (src/portfolio/plan.ts).

/** One case of a portfolio: its evaluation and where it comes from (a file, or a sheet). */
export interface PortfolioEntry {
  /** What a message calls it: a file's path or a sheet's name. */
  source: string;
  evaluation: Evaluation;
}

/**
 * The calendar alignment of the cases. Period 0 is the earliest case's initial period (the end of the month before
 * its start month); period p ≥ 1 is the p-th calendar month from that start. A case starting `offset` months later
 * has its own month m at period offset + m, and its initial period at period `offset`: the same moment as the end of
 * the month before its start, as every case's initial period is.
 */
export interface Alignment {
  /** The earliest start date, as the case states it (YYYY-MM-DD). */
  startDate: string;
  /** Each case's offset, in calendar months from the earliest start's month. */
  offsets: number[];
  /** The last period: the latest case's last month. */
  periods: number;
}

export interface CombinedFlows extends Alignment {
  /** Period 0 … periods, summed across the cases. */
  costs: number[];
  benefits: number[];
  net: number[];
  /** The annual rate the combined flows are discounted at: the first case's. */
  discountRate: number;
}

/** Calendar months from `from` to `to` (YYYY-MM-DD), by their months only. */
export const monthsBetween = (from: string, to: string): number => {
  const [y0, m0] = from.split('-').map(Number);
  const [y1, m1] = to.split('-').map(Number);
  return (y1 - y0) * 12 + (m1 - m0);
};

function alignmentOf(evaluations: readonly Evaluation[]): Alignment {
  if (!evaluations.length) throw new RangeError('a portfolio needs at least one case');
  const starts = evaluations.map((ev) => ev.case.startDate);
  const startDate = starts.reduce((a, b) => (b < a ? b : a));
  const offsets = starts.map((s) => monthsBetween(startDate, s));
  const periods = Math.max(...evaluations.map((ev, i) => offsets[i] + ev.case.horizonMonths));
  return { startDate, offsets, periods };
}

/** Every case's flows placed at its calendar periods and summed (in decimal, as the cases' own totals are). */
function combinedFlows(evaluations: readonly Evaluation[]): CombinedFlows {
  const a = alignmentOf(evaluations);
  const sum = (series: (ev: Evaluation) => number[]) =>
    Array.from({ length: a.periods + 1 }, (_, p) =>
      sumMoney(evaluations.map((ev, i) => {
        const m = p - a.offsets[i];
        return m >= 0 && m <= ev.case.horizonMonths ? series(ev)[m] : 0;
      })),
    );
  const costs = sum((ev) => [ev.initial.costs, ...ev.monthlyCosts]);
  const benefits = sum((ev) => [ev.initial.benefits, ...ev.monthlyBenefits]);
  return { ...a, costs, benefits, net: benefits.map((b, p) => sumMoney([b, -costs[p]])), discountRate: evaluations[0].case.discountRate };
}

export interface CaseFigures {
  name: string;
  source: string;
  currency: string;
  startDate: string;
  horizonMonths: number;
  costs: number;
  benefits: number;
  npv: number;
  roi: { nominal: Result; presentValue: Result };
  irr: Result;
  paybackMonths: Result;
}

export interface PortfolioFigures {
  currency: string;
  cases: CaseFigures[];
  /** Sums of the cases' own figures; each NPV at its own start and rate. */
  total: { costs: number; benefits: number; npv: number };
  /** The combined monthly flows and their metrics, discounted from the earliest start at the first case's rate. */
  combined: CombinedFlows & { metrics: CashFlowMetrics };
}

/** The portfolio's figures; throws PortfolioError when the cases are not in one currency. */
export function portfolioOf(entries: readonly PortfolioEntry[]): PortfolioFigures {
  const currency = sameCurrency(entries);
  const evaluations = entries.map((e) => e.evaluation);
  const cases = entries.map(({ source, evaluation: ev }): CaseFigures => ({
    name: ev.case.name,
    source,
    currency: ev.case.currency,
    startDate: ev.case.startDate,
    horizonMonths: ev.case.horizonMonths,
    costs: ev.totals.costs,
    benefits: ev.totals.benefits,
    npv: ev.npv,
    roi: ev.roi,
    irr: ev.irr,
    paybackMonths: ev.paybackMonths.simple,
  }));
  const flows = combinedFlows(evaluations);
  const [initialCosts, ...costs] = flows.costs;
  const [initialBenefits, ...benefits] = flows.benefits;
  const metrics = cashFlowMetrics(costs, benefits, flows.discountRate, { costs: initialCosts, benefits: initialBenefits });
  return {
    currency,
    cases,
    total: { costs: sumMoney(cases.map((c) => c.costs)), benefits: sumMoney(cases.map((c) => c.benefits)), npv: cases.reduce((n, c) => n + c.npv, 0) },
    combined: { ...flows, metrics },
  };
}

/** Why a portfolio cannot be made: no case, or cases in two currencies (the params name both). Nothing was written. */
export type PortfolioProblem =
  | { kind: 'noCases' | 'noSheets' }
  | { kind: 'currency'; params: { first: string; firstCurrency: string; other: string; otherCurrency: string } };

export class PortfolioError extends Error {
  constructor(readonly problem: PortfolioProblem) {
    super(portfolioProblemText(problem, 'en'));
    this.name = 'PortfolioError';
  }
}

/** The problem in the reader's language. */
export const portfolioProblemText = (problem: PortfolioProblem, locale: Locale): string =>
  problem.kind === 'currency' ? t(locale, 'portfolio.error.currency', problem.params) : t(locale, `portfolio.error.${problem.kind}`);

/** The one currency of the cases; amounts are never converted, so two currencies are refused, naming both. */
function sameCurrency(entries: readonly PortfolioEntry[]): string {
  if (!entries.length) throw new PortfolioError({ kind: 'noCases' });
  const first = entries[0];
  const other = entries.find((e) => e.evaluation.case.currency !== first.evaluation.case.currency);
  if (other)
    throw new PortfolioError({
      kind: 'currency',
      params: { first: first.source, firstCurrency: first.evaluation.case.currency, other: other.source, otherCurrency: other.evaluation.case.currency },
    });
  return first.evaluation.case.currency;
}
