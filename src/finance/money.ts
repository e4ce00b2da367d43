// STUB — to be implemented (issue 2).
/** Exact decimal sum of money amounts (decimal.js), returned as a number. */
export function sumMoney(_values: readonly number[]): number { throw new Error('not implemented'); }
/** Round half away from zero to `places` decimals (default 2, cents). */
export function roundMoney(_value: number, _places = 2): number { throw new Error('not implemented'); }
