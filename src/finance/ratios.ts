import { divZero, finite, notAvailable, numError, reason, type Result } from './errors';
import { badNumber, badSeries } from './inputs';
import { Exact } from './money';

/** Cost must be a positive amount: a zero cost cannot be divided by, a negative one flips the sign of the answer. */
function badCost(fn: string, benefit: number, cost: number) {
  const bad = badNumber(fn, 'benefit', benefit) ?? badNumber(fn, 'cost', cost);
  if (bad) return bad;
  if (cost === 0) return divZero(reason('fn.costZero', { fn }));
  if (cost < 0) return numError(reason('fn.costNegative', { fn, cost }));
  return undefined;
}

/** (benefit − cost) / cost; #DIV/0! when cost is 0, #NUM! when it is negative. */
export function roi(benefit: number, cost: number): Result {
  return badCost('ROI', benefit, cost) ?? finite((benefit - cost) / cost, 'ROI');
}

/** benefit / cost; #DIV/0! when cost is 0, #NUM! when it is negative. */
export function benefitCostRatio(benefit: number, cost: number): Result {
  return badCost('Benefit/cost ratio', benefit, cost) ?? finite(benefit / cost, 'Benefit/cost ratio');
}

/**
 * Customer lifetime value of a margin earned each period while the customer stays:
 * margin × retention / (1 + discountRate − retention). Retention in [0, 1], discount rate ≥ 0.
 */
export function clv(margin: number, retention: number, discountRate: number): Result {
  const bad = badNumber('CLV', 'margin', margin) ?? badNumber('CLV', 'retention', retention) ?? badNumber('CLV', 'discount rate', discountRate);
  if (bad) return bad;
  if (retention < 0 || retention > 1) return numError(reason('fn.retentionOutside', { fn: 'CLV', retention }));
  if (discountRate < 0) return numError(reason('fn.discountNegative', { fn: 'CLV', rate: discountRate }));
  const denominator = 1 + discountRate - retention;
  if (denominator === 0) return divZero(reason('fn.unlimitedValue', { fn: 'CLV' }));
  return finite((margin * retention) / denominator, 'CLV');
}

/** mean(after) − mean(before): the change in the monthly average, summed in decimal. */
export function uplift(before: number[], after: number[]): Result {
  const bad = badSeries('Uplift', 'before', before, true) ?? badSeries('Uplift', 'after', after, true);
  if (bad) return bad;
  if (before.length === 0) return divZero(reason('fn.beforeEmpty', { fn: 'Uplift' }));
  if (after.length === 0) return divZero(reason('fn.afterEmpty', { fn: 'Uplift' }));
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum.plus(x), new Exact(0)).div(xs.length);
  return finite(mean(after).minus(mean(before)).toNumber(), 'Uplift');
}

/**
 * ROI for one period (a quarter, a year): the period's net benefit ÷ the total cost of the system, as practitioners
 * quote it ("30 % a year"). #DIV/0! for a zero system cost, #NUM! for a negative one.
 */
export function periodRoi(benefits: number, costs: number, systemCost: number): Result {
  const bad = badNumber('Period ROI', 'benefits', benefits) ?? badNumber('Period ROI', 'costs', costs) ?? badNumber('Period ROI', 'system cost', systemCost);
  if (bad) return bad;
  if (systemCost === 0) return divZero(reason('fn.systemCostZero', { fn: 'Period ROI' }));
  if (systemCost < 0) return numError(reason('fn.systemCostNegative', { fn: 'Period ROI', cost: systemCost }));
  return finite(new Exact(benefits).minus(costs).div(systemCost).toNumber(), 'Period ROI');
}

/**
 * The payback a period ROI implies, in periods: 1 ÷ ROI (30 % a year pays back in 3.33 years). The rule of thumb
 * assumes every period returns as much; #N/A when the ROI is 0 or below (never at that rate).
 */
export function impliedPayback(periodReturn: number): Result {
  const bad = badNumber('Implied payback', 'period ROI', periodReturn);
  if (bad) return bad;
  if (periodReturn <= 0) return notAvailable(reason('fn.periodRoiNeverPaysBack', { fn: 'Implied payback', roi: periodReturn }));
  return finite(1 / periodReturn, 'Implied payback');
}
