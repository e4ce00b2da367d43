import { discountedSumExact, sumError } from '../finance/exact-sums';
import { SHORTFALL_PLACES } from '../finance/payback';
import { monthlyRate } from './metrics';
import { isActive, lineTerms, lineYear, occurrenceAmount, rampFactor, riskFactor, type Driver, type LineTerms } from './terms';
import type { RoiCase } from './types';
import type { Uncertain } from './validate';

// The case evaluated in plain doubles, for simulation (thousands of draws) and live previews. Each line's schedule is
// laid out once (its active months, the line's year and the ramp in each); a draw recomputes only the lines whose
// drivers it sets, with the same per-line functions as evaluate() (terms.ts), so every cell is the same double. The
// totals carry their rounding error beside them (TwoSum), as if summed exactly and rounded once, which is what
// evaluate()'s decimal sums do (give or take the last bit): NPV, ROI and payback agree with it far inside 1e-9.

export interface FastEvaluation {
  /** The initial period (month 0), risk-adjusted. */
  initial: { costs: number; benefits: number };
  /** monthlyCosts[m − 1] is month m, risk-adjusted. The evaluator's own buffers: its next call overwrites them. */
  monthlyCosts: Float64Array;
  monthlyBenefits: Float64Array;
  presentValue: { costs: number; benefits: number };
  npv: number;
  /** (PV benefits − PV costs) / PV costs; null without costs (evaluate()'s #DIV/0!). */
  roi: number | null;
  /** Simple payback in months from the initial period; Infinity when it never pays back within the horizon (evaluate()'s #N/A). */
  paybackMonths: number;
}

/** The case with draw[i] as the value of uncertain[i] (its expected case when every draw is the expected value). */
export type FastEvaluator = (draw: ArrayLike<number>) => FastEvaluation;

/** Totals per period (0 = the initial period), each carried as sum + rounding error, as if summed exactly. */
class Totals {
  readonly sum: Float64Array;
  readonly error: Float64Array;
  constructor(periods: number) {
    this.sum = new Float64Array(periods);
    this.error = new Float64Array(periods);
  }
  add(period: number, x: number): void {
    const s = this.sum[period] + x;
    this.error[period] += sumError(this.sum[period], x, s);
    this.sum[period] = s;
  }
  copy(from: Totals): void {
    this.sum.set(from.sum);
    this.error.set(from.error);
  }
  round(into: Float64Array): void {
    for (let p = 0; p < into.length; p++) into[p] = this.sum[p] + this.error[p];
  }
}

/** A line's schedule laid out once: the periods with an amount, the line's year and the ramp in each. */
interface Layout {
  terms: LineTerms;
  periods: Int32Array;
  years: Int32Array;
  ramps: Float64Array;
  risk: number;
  /** occurrence[y]: the amount per occurrence in the line's year y, recomputed when a draw sets a driver. */
  occurrence: Float64Array;
  /** The drivers a draw sets, with their index in the draw. */
  drawn: { driver: Driver; at: number }[];
}

function layout(terms: LineTerms, periods: number): Layout {
  const [active, years, ramps]: number[][] = [[], [], []];
  for (let m = 0; m < periods; m++) {
    if (!isActive(terms, m)) continue;
    active.push(m);
    years.push(lineYear(terms, m));
    ramps.push(rampFactor(terms, m));
  }
  const lastYear = years.length ? years[years.length - 1] : 0;
  return {
    terms, periods: new Int32Array(active), years: new Int32Array(years), ramps: new Float64Array(ramps),
    risk: riskFactor(terms), occurrence: new Float64Array(lastYear + 1), drawn: [],
  };
}

/** monthlyAmount() of every active month, in the same operations: occurrence × ramp × risk. */
function addLine(line: Layout, into: Totals): void {
  for (let y = 1; y < line.occurrence.length; y++) line.occurrence[y] = occurrenceAmount(line.terms, y);
  for (let k = 0; k < line.periods.length; k++) into.add(line.periods[k], line.occurrence[line.years[k]] * line.ramps[k] * line.risk);
}

/** For a validated expected case and its estimates (validateCase or uncertaintyOf). */
export function fastEvaluator(c: RoiCase, uncertain: readonly Uncertain[]): FastEvaluator {
  const periods = c.horizonMonths + 1;
  const rate = monthlyRate(c.discountRate);
  const lines = [...c.costs, ...c.benefits].map((l) => layout(lineTerms(l, c.horizonMonths), periods));
  uncertain.forEach((u, at) => {
    const [key, index, field] = u.path;
    const line = lines[key === 'costs' ? index : c.costs.length + index];
    line.drawn.push({ driver: line.terms.drivers.find((d) => d.key === field)!, at });
  });
  // Lines no estimate touches are the same in every draw: summed once.
  const fixed = { cost: new Totals(periods), benefit: new Totals(periods) };
  for (const line of lines) if (line.drawn.length === 0) addLine(line, fixed[line.terms.side]);
  const drawn = lines.filter((l) => l.drawn.length > 0);
  const totals = { cost: new Totals(periods), benefit: new Totals(periods) };
  const costs = new Float64Array(periods);
  const benefits = new Float64Array(periods);
  const monthlyCosts = costs.subarray(1);
  const monthlyBenefits = benefits.subarray(1);

  return (draw) => {
    totals.cost.copy(fixed.cost);
    totals.benefit.copy(fixed.benefit);
    for (const line of drawn) {
      for (const { driver, at } of line.drawn) driver.value = draw[at];
      addLine(line, totals[line.terms.side]);
    }
    totals.cost.round(costs);
    totals.benefit.round(benefits);
    // As cashFlowMetrics: the initial period undiscounted, month m discounted m months (Excel's NPV).
    const presentValue = { costs: costs[0] + discountedSumExact(rate, monthlyCosts), benefits: benefits[0] + discountedSumExact(rate, monthlyBenefits) };
    const npv = presentValue.benefits - presentValue.costs;
    return {
      initial: { costs: costs[0], benefits: benefits[0] }, monthlyCosts, monthlyBenefits, presentValue, npv,
      roi: presentValue.costs > 0 ? npv / presentValue.costs : null,
      paybackMonths: payback(costs, benefits),
    };
  };
}

/** payback.ts counts a position as below zero once rounded to its places (half away from zero): at or below −0.0000005. */
const BELOW_ZERO = -0.5 / 10 ** SHORTFALL_PLACES;

/**
 * paybackPeriod(net, { initial }) of src/finance/payback.ts on the same net flows: after the last period whose
 * cumulative position is below zero, interpolated inside the next month. The position is carried with its rounding
 * error, as payback.ts carries it in decimal.
 */
function payback(costs: Float64Array, benefits: Float64Array): number {
  const months = costs.length - 1;
  let position = benefits[0] - costs[0];
  let error = 0;
  let last = position <= BELOW_ZERO ? 0 : -1;
  let shortfall = position;
  for (let m = 1; m <= months; m++) {
    const net = benefits[m] - costs[m];
    const s = position + net;
    error += sumError(position, net, s);
    position = s;
    if (position + error <= BELOW_ZERO) {
      last = m;
      shortfall = position + error;
    }
  }
  if (last === months) return Infinity;
  return last < 0 ? 0 : last - shortfall / (benefits[last + 1] - costs[last + 1]);
}
