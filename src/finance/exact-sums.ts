// Error-free transformations (Dekker, Knuth) so NPV keeps its last digits: it is evaluated in
// double-double. Still pure double arithmetic, so still fast (see bench/finance.bench.ts).

/** 2^27 + 1: Dekker's constant for splitting a double into two 26-bit halves. */
const SPLITTER = 134217729;

/** a·b = product + error exactly (Dekker's TwoProduct without FMA). */
function productError(a: number, b: number, product: number): number {
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  return aLo * bLo - (((product - aHi * bHi) - aLo * bHi) - aHi * bLo);
}

/** a + b = sum + error exactly (Knuth's TwoSum). */
export function sumError(a: number, b: number, sum: number): number {
  const bVirtual = sum - a;
  return (a - (sum - bVirtual)) + (b - bVirtual);
}

/**
 * Σ values[i] / (1+rate)^(i+1) in double-double arithmetic (about 32 digits), rounded once at the end.
 * Horner's scheme with x = 1/(1+rate), where both 1+rate and x are carried as double-doubles.
 */
export function discountedSumExact(rate: number, values: ArrayLike<number>): number {
  const gHi = 1 + rate;
  const gLo = sumError(1, rate, gHi);
  const xHi = 1 / gHi;
  // x = 1/g: correct xHi by the residual 1 − xHi·g, divided by g.
  const p = xHi * gHi;
  const xLo = ((1 - p) - productError(xHi, gHi, p) - xHi * gLo) / gHi;
  let hi = 0;
  let lo = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    // (hi, lo) += values[i]
    const s = hi + values[i];
    lo += sumError(hi, values[i], s);
    // (hi, lo) ×= (xHi, xLo)
    const m = s * xHi;
    const mLo = productError(s, xHi, m) + (s * xLo + lo * xHi);
    hi = m + mLo;
    lo = mLo - (hi - m);
  }
  return hi + lo;
}
