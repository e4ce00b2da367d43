import type { Result } from './errors';
// STUB — to be implemented (issue 2).
/** Excel NPV: values[i] is discounted (1+rate)^(i+1). */
export function npv(_rate: number, _values: number[]): Result { throw new Error('not implemented'); }
/** values[0] sits at t0 (undiscounted), values[i] at (1+rate)^i. */
export function npvFromT0(_rate: number, _values: number[]): Result { throw new Error('not implemented'); }
/** Excel XNPV; dates are Excel serial numbers, 365-day year, relative to dates[0]. */
export function xnpv(_rate: number, _values: number[], _dates: number[]): Result { throw new Error('not implemented'); }
