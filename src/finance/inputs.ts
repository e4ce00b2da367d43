import { divZero, FinanceError, numError, valueError } from './errors';

// Input checks shared by the primitives. Custom functions hand us raw cell values, so the
// declared `number` types are not trusted: text, blanks, booleans and NaN are all possible.

/** How a bad cell value reads in an error message. */
export function describe(x: unknown): string {
  if (x === null || x === undefined || x === '') return 'a blank';
  if (typeof x === 'string') return `the text "${x.length > 20 ? `${x.slice(0, 20)}…` : x}"`;
  if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
  if (typeof x === 'number') return String(x);
  return `a ${typeof x}`;
}

/** #VALUE! unless `x` is a finite number. */
export function badNumber(fn: string, what: string, x: unknown): FinanceError | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return undefined;
  return valueError(`${fn}: ${what} must be a finite number, got ${describe(x)}`);
}

/**
 * A rate must be a number above −100 %: at exactly −100 % the discount factor 1/(1+rate)
 * divides by zero (#DIV/0!); below it money would be worth less than nothing (#NUM!).
 */
export function badRate(fn: string, what: string, rate: unknown): FinanceError | undefined {
  const bad = badNumber(fn, what, rate);
  if (bad) return bad;
  if (rate === -1) return divZero(`${fn}: ${what} is -100%, so 1/(1+rate) divides by zero`);
  if ((rate as number) < -1) return numError(`${fn}: ${what} is ${rate}, below -100%`);
  return undefined;
}

/** #VALUE! unless `values` is an array of finite numbers; names the first bad position (1-based). */
export function badSeries(fn: string, what: string, values: unknown, allowEmpty = false): FinanceError | undefined {
  if (!Array.isArray(values)) return valueError(`${fn}: ${what} must be a list of numbers, got ${describe(values)}`);
  if (values.length === 0 && !allowEmpty) return valueError(`${fn}: ${what} is empty`);
  for (let i = 0; i < values.length; i++) {
    const x: unknown = values[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      return valueError(`${fn}: ${what} item ${i + 1} must be a finite number, got ${describe(x)}`);
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
