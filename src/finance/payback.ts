import type { Result } from './errors';
// STUB — to be implemented (issue 2).
export interface PaybackOptions {
  /** Up-front outlay at t0 (positive number = cost), not discounted. Default 0. */
  initial?: number;
  /** Per-period discount rate; flow i (0-based) is discounted (1+rate)^(i+1). Default 0 = simple payback. */
  rate?: number;
}
/**
 * Fractional periods until the cumulative (discounted) position is ≥ 0 for good:
 * k = last period whose cumulative is < 0 (0 if none, counting t0), payback = k + (−cum_k)/flow_{k+1}.
 * #N/A when the cumulative position at the horizon is still negative.
 */
export function paybackPeriod(_flows: number[], _options: PaybackOptions = {}): Result { throw new Error('not implemented'); }
/** The first whole period at whose end the cumulative position is ≥ 0 for good (= ceil of payback, min 1). */
export function breakEvenPeriod(_flows: number[], _options: PaybackOptions = {}): Result { throw new Error('not implemented'); }
