import { FinanceError, notAvailable, reason, type Result } from './errors';
import { badNumber, badRate, badSeries } from './inputs';
import { Exact } from './money';

export interface PaybackOptions {
  /** Up-front outlay at t0 (positive number = cost), not discounted. Default 0. */
  initial?: number;
  /** Per-period discount rate; flow i (0-based) is discounted (1+rate)^(i+1). Default 0 = simple payback. */
  rate?: number;
}

/**
 * A cumulative position counts as below zero only once rounded to this many decimals (half away from zero, as the
 * sheet's ROUND): a spreadsheet sums in binary floating point and must find the same month as the decimal core.
 */
export const SHORTFALL_PLACES = 6;

/**
 * Index k of the LAST cumulative position below zero (0 = t0), the cumulative there and the next
 * (discounted) flow. Cumulatives are summed in decimal so that e.g. ten flows of 0.1 against an
 * outlay of 1 reach exactly 0 instead of −1.4e−16 ("never pays back").
 */
function lastShortfall(fn: string, flows: number[], options: PaybackOptions): { k: number; shortfall: number; next: number } | FinanceError {
  const initial = options.initial ?? 0;
  const rate = options.rate ?? 0;
  const bad = badSeries(fn, 'flows', flows) ?? badNumber(fn, 'initial outlay', initial) ?? badRate(fn, 'rate', rate);
  if (bad) return bad;
  const discounted = flows.map((flow, i) => (rate === 0 ? flow : flow / Math.pow(1 + rate, i + 1)));
  let cumulative = new Exact(-initial);
  let k = -1;
  let shortfall = cumulative;
  const belowZero = (x: InstanceType<typeof Exact>) => x.toDecimalPlaces(SHORTFALL_PLACES).lt(0);
  if (belowZero(cumulative)) k = 0;
  discounted.forEach((flow, i) => {
    cumulative = cumulative.plus(flow);
    if (belowZero(cumulative)) [k, shortfall] = [i + 1, cumulative];
  });
  if (k === flows.length) {
    return notAvailable(reason('fn.neverPaysBack', { fn, periods: flows.length, remaining: cumulative.toSignificantDigits(6).toNumber() }));
  }
  return { k, shortfall: -shortfall.toNumber(), next: k < 0 ? 0 : discounted[k] };
}

/**
 * Fractional periods until the cumulative (discounted) position is ≥ 0 for good:
 * k = last period whose cumulative is < 0 (0 if none, counting t0), payback = k + (−cum_k)/flow_{k+1}.
 * #N/A when the cumulative position at the horizon is still negative (never extrapolated).
 * A position that dips below zero again after a first crossing moves the payback to the later crossing.
 */
export function paybackPeriod(flows: number[], options: PaybackOptions = {}): Result {
  const at = lastShortfall('Payback', flows, options);
  if (at instanceof FinanceError) return at;
  if (at.k < 0) return 0;
  return at.k + at.shortfall / at.next;
}

/** The first whole period at whose end the cumulative position is ≥ 0 for good (= ceil of payback, min 1). */
export function breakEvenPeriod(flows: number[], options: PaybackOptions = {}): Result {
  const at = lastShortfall('Break-even', flows, options);
  if (at instanceof FinanceError) return at;
  return Math.max(at.k, 0) + 1;
}
