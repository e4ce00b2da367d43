import type { Result } from './errors';
// STUB — to be implemented (issue 2).
/** Excel IRR (per period). #NUM! with no sign change or no convergence. */
export function irr(_values: number[], _guess = 0.1): Result { throw new Error('not implemented'); }
/** Excel XIRR (annual, 365-day year). */
export function xirr(_values: number[], _dates: number[], _guess = 0.1): Result { throw new Error('not implemented'); }
