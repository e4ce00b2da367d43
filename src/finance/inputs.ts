import { divZero, FinanceError, got, numError, reason, valueError } from './errors';

// Input checks shared by the primitives. Custom functions hand us raw cell values, so the
// declared `number` types are not trusted: text, blanks, booleans and NaN are all possible.

/** #VALUE! unless `x` is a finite number. */
export function badNumber(fn: string, what: string, x: unknown): FinanceError | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return undefined;
  return valueError(reason('fn.mustBeFinite', { fn, what, got: got(x), at: '' }));
}

/**
 * A rate must be a number above −100 %: at exactly −100 % the discount factor 1/(1+rate)
 * divides by zero (#DIV/0!); below it money would be worth less than nothing (#NUM!).
 */
export function badRate(fn: string, what: string, rate: unknown): FinanceError | undefined {
  const bad = badNumber(fn, what, rate);
  if (bad) return bad;
  if (rate === -1) return divZero(reason('fn.rateIsMinus100', { fn, what }));
  if ((rate as number) < -1) return numError(reason('fn.rateBelowMinus100', { fn, what, value: rate as number }));
  return undefined;
}

/** #VALUE! unless `values` is an array of finite numbers; names the first bad position (1-based). */
export function badSeries(fn: string, what: string, values: unknown, allowEmpty = false): FinanceError | undefined {
  if (!Array.isArray(values)) return valueError(reason('fn.notAList', { fn, what, got: got(values) }));
  if (values.length === 0 && !allowEmpty) return valueError(reason('fn.empty', { fn, what }));
  for (let i = 0; i < values.length; i++) {
    const x: unknown = values[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      return valueError(reason('fn.itemMustBeFinite', { fn, what, item: i + 1, got: got(x) }));
    }
  }
  return undefined;
}

/** Whether the series has at least one positive and one negative value. */
export function changesSign(values: readonly number[]): boolean {
  let pos = false;
  let neg = false;
  for (const v of values) {
    if (v > 0) pos = true;
    else if (v < 0) neg = true;
  }
  return pos && neg;
}
