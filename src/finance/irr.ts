import { FinanceError, numError, reason, type Result } from './errors';
import { badRate, badSeries, changesSign } from './inputs';
import { yearFractions } from './npv';
import { solveRate } from './solve';

// IRR and XIRR stay in double arithmetic (IRR: nested multiplication, no Math.pow per period) so a
// sheet full of them recalculates fast; the benchmark checks accuracy against 40-digit decimals.

const noSignChange = (fn: string) => numError(reason('fn.noSignChange', { fn }));
const noRoot = (fn: string) => numError(reason('fn.noRoot', { fn }));

/** Excel IRR (per period): the rate r where Σ values[i]/(1+r)^i = 0. #NUM! with no sign change or no root. */
export function irr(values: number[], guess = 0.1): Result {
  guess ??= 0.1; // a blank cell (null) means the default, as in =IRR(A1:A5,)
  const bad = badSeries('IRR', 'values', values) ?? badRate('IRR', 'guess', guess);
  if (bad) return bad;
  if (!changesSign(values)) return noSignChange('IRR');
  const n = values.length;
  // f(r) = Σ v_i x^i with x = 1/(1+r); f'(r) = −x² Σ i v_i x^(i−1).
  const newtonStep = (rate: number) => {
    const x = 1 / (1 + rate);
    let f = 0;
    let slope = 0;
    for (let i = n - 1; i >= 0; i--) {
      slope = slope * x + f;
      f = f * x + values[i];
    }
    return f / (-x * x * slope);
  };
  // Below 0 use f·(1+r)^(n−1) = Σ v_i (1+r)^(n−1−i): same sign, no overflow near −100 %.
  const scaled = (rate: number) => {
    let f = 0;
    if (rate < 0) {
      const y = 1 + rate;
      for (let i = 0; i < n; i++) f = f * y + values[i];
    } else {
      const x = 1 / (1 + rate);
      for (let i = n - 1; i >= 0; i--) f = f * x + values[i];
    }
    return f;
  };
  return solveRate(newtonStep, scaled, guess) ?? noRoot('IRR');
}

/** Excel XIRR (annual, 365-day year): the rate r where Σ values[i]/(1+r)^((dates[i]−dates[0])/365) = 0. */
export function xirr(values: number[], dates: number[], guess = 0.1): Result {
  guess ??= 0.1;
  const years = yearFractions('XIRR', values, dates);
  if (years instanceof FinanceError) return years;
  const bad = badRate('XIRR', 'guess', guess);
  if (bad) return bad;
  if (!changesSign(values)) return noSignChange('XIRR');
  const n = values.length;
  // Each term is v_i·(1+r)^−t_i with pow on the rounded 1+r, corrected to first order for that
  // rounding, and f is summed with Neumaier compensation: the rate comes out good to the last digits.
  const newtonStep = (rate: number) => {
    const growth = 1 + rate;
    const roundingShare = ((1 - growth) + rate) / growth;
    let f = 0;
    let carry = 0;
    let slope = 0;
    for (let i = 0; i < n; i++) {
      const term = values[i] * Math.pow(growth, -years[i]) * (1 - years[i] * roundingShare);
      const sum = f + term;
      carry += Math.abs(f) >= Math.abs(term) ? f - sum + term : term - sum + f;
      f = sum;
      slope -= years[i] * term;
    }
    return ((f + carry) * growth) / slope;
  };
  // Below 0 multiply by (1+r)^T, T the last flow's time: same sign, no overflow near −100 %.
  const horizon = years.reduce((a, b) => Math.max(a, b), 0);
  const scaled = (rate: number) => {
    const logGrowth = Math.log1p(rate);
    const shift = rate < 0 ? horizon : 0;
    let f = 0;
    for (let i = 0; i < n; i++) f += values[i] * Math.exp((shift - years[i]) * logGrowth);
    return f;
  };
  return solveRate(newtonStep, scaled, guess) ?? noRoot('XIRR');
}
