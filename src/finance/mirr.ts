import type { Result } from './errors';
// STUB — to be implemented (issue 2).
/** Excel MIRR; every flow keeps its position. */
export function mirr(_values: number[], _financeRate: number, _reinvestRate: number): Result { throw new Error('not implemented'); }
