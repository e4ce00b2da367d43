import { benefitCostRatio, breakEvenPeriod, finite, isError, npv, irr, paybackPeriod, roi, sumMoney } from '../finance';
import type { Result } from '../finance';
import { Exact } from '../finance/money';
import type { Evaluation } from './evaluation';

// The headline metrics of two monthly series (flows at the end of each month). Independent of RoiCase so the
// SUMMARY custom function computes exactly what evaluate() reports for the same schedule.

export type CashFlowMetrics = Pick<
  Evaluation,
  'totals' | 'presentValue' | 'npv' | 'roi' | 'benefitCostRatio' | 'irr' | 'paybackMonths' | 'breakEvenMonth' | 'peakFunding'
>;

/** Effective monthly rate with the same annual effect: (1 + r)^(1/12) − 1. */
export const monthlyRate = (annualRate: number): number => Math.pow(1 + annualRate, 1 / 12) - 1;

/**
 * Throws a RangeError naming the problem when the series differ in length, are empty or hold a non-finite number,
 * or when the rate is not a finite number above −1: callers (evaluate, SUMMARY) check their input first.
 */
export function cashFlowMetrics(monthlyCosts: number[], monthlyBenefits: number[], annualRate: number, initial = { costs: 0, benefits: 0 }): CashFlowMetrics {
  checkSeries(monthlyCosts, 'monthlyCosts');
  checkSeries(monthlyBenefits, 'monthlyBenefits');
  if (monthlyCosts.length !== monthlyBenefits.length)
    throw new RangeError(`monthlyCosts has ${monthlyCosts.length} months but monthlyBenefits has ${monthlyBenefits.length}`);
  if (!Number.isFinite(annualRate) || annualRate <= -1) throw new RangeError(`annualRate must be a finite number > −1, got ${annualRate}`);

  const rate = monthlyRate(annualRate);
  const net = monthlyBenefits.map((b, i) => sumMoney([b, -monthlyCosts[i]]));
  // The initial period (t0) is today: counted in full, never discounted, and the start of payback and IRR.
  const initialNet = sumMoney([initial.benefits, -initial.costs]);
  const totals = { costs: sumMoney([initial.costs, ...monthlyCosts]), benefits: sumMoney([initial.benefits, ...monthlyBenefits]), net: 0 };
  totals.net = sumMoney([totals.benefits, -totals.costs]);
  const presentValue = {
    costs: initial.costs + number(npv(rate, monthlyCosts), 'PV of costs'),
    benefits: initial.benefits + number(npv(rate, monthlyBenefits), 'PV of benefits'),
  };
  return {
    totals,
    presentValue,
    npv: presentValue.benefits - presentValue.costs,
    roi: { nominal: roi(totals.benefits, totals.costs), presentValue: roi(presentValue.benefits, presentValue.costs) },
    benefitCostRatio: benefitCostRatio(presentValue.benefits, presentValue.costs),
    // A monthly guess: the default 10 % is a guess per period, far too high for monthly flows.
    irr: annualise(irr(initialNet === 0 ? net : [initialNet, ...net], 0.01)),
    paybackMonths: { simple: paybackPeriod(net, { initial: -initialNet }), discounted: paybackPeriod(net, { initial: -initialNet, rate }) },
    breakEvenMonth: breakEvenPeriod(net, { initial: -initialNet }),
    peakFunding: lowestPosition(initialNet, net),
  };
}

/** The lowest cumulative position (summed in decimal) and its first month; month 0 is the initial period. */
function lowestPosition(initialNet: number, net: number[]): { amount: number; month: number } {
  let running = new Exact(initialNet);
  let low = { amount: initialNet, month: 0 };
  net.forEach((n, i) => {
    const amount = (running = running.plus(n)).toNumber();
    if (amount < low.amount) low = { amount, month: i + 1 };
  });
  return low;
}

function checkSeries(values: number[], what: string): void {
  if (values.length === 0) throw new RangeError(`${what} is empty: at least one month is needed`);
  const bad = values.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad >= 0) throw new RangeError(`${what}[${bad}] is not a finite number: ${String(values[bad])}`);
}

/** NPV of finite flows at a rate > −1 is finite unless it overflows, which checkSeries' inputs cannot reach in practice. */
function number(r: Result, what: string): number {
  if (isError(r)) throw new RangeError(`${what}: ${r.toString()}`);
  return r;
}

/** Monthly IRR → annual: (1 + m)^12 − 1. Errors (no sign change, no convergence) pass through. */
function annualise(monthly: Result): Result {
  return isError(monthly) ? monthly : finite(Math.pow(1 + monthly, 12) - 1, 'annualised IRR');
}
