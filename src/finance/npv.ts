import { finite, FinanceError, got, numError, reason, type Result, valueError } from './errors';
import { discountedSumExact } from './exact-sums';
import { badRate, badSeries } from './inputs';

/** 31 Dec 9999, Excel's last date serial. */
const LAST_DATE = 2958465;

/** Excel NPV: values[i] is discounted (1+rate)^(i+1), so the first value is already one period out. */
export function npv(rate: number, values: number[]): Result {
  const bad = badRate('NPV', 'rate', rate) ?? badSeries('NPV', 'values', values);
  if (bad) return bad;
  return finite(discountedSumExact(rate, values), 'NPV');
}

/** values[0] sits at t0 (undiscounted), values[i] at (1+rate)^i: Excel's =values[0] + NPV(rate, values[1..]). */
export function npvFromT0(rate: number, values: number[]): Result {
  const bad = badRate('NPV', 'rate', rate) ?? badSeries('NPV', 'values', values);
  if (bad) return bad;
  return finite(values[0] + discountedSumExact(rate, values.slice(1)), 'NPV');
}


/** Excel XNPV; dates are Excel serial numbers, 365-day year, relative to dates[0]. */
export function xnpv(rate: number, values: number[], dates: number[]): Result {
  const bad = badRate('XNPV', 'rate', rate);
  if (bad) return bad;
  const years = yearFractions('XNPV', values, dates);
  if (years instanceof FinanceError) return years;
  const logGrowth = Math.log1p(rate);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * Math.exp(-years[i] * logGrowth);
  return finite(sum, 'XNPV');
}

/**
 * Checks values/dates as Excel's XNPV and XIRR do and returns each flow's time in years after dates[0].
 * Dates are truncated to whole days (Excel ignores the time of day).
 */
export function yearFractions(fn: string, values: unknown, dates: unknown): number[] | FinanceError {
  const bad = badSeries(fn, 'values', values) ?? badSeries(fn, 'dates', dates);
  if (bad) return bad;
  const vs = values as number[];
  const ds = dates as number[];
  if (vs.length !== ds.length) return numError(reason('fn.datesDoNotPair', { fn, values: vs.length, dates: ds.length }));
  const start = Math.trunc(ds[0]);
  const years = new Array<number>(ds.length);
  for (let i = 0; i < ds.length; i++) {
    const day = Math.trunc(ds[i]);
    if (day < 0 || day > LAST_DATE) return valueError(reason('fn.notADateSerial', { fn, item: i + 1, got: got(ds[i]) }));
    if (day < start) return numError(reason('fn.dateBeforeFirst', { fn, item: i + 1, day, first: start }));
    years[i] = (day - start) / 365;
  }
  return years;
}
