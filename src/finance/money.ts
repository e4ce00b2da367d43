import Decimal from 'decimal.js-light';

/**
 * A private decimal class: 40 significant digits, unaffected by anyone else's Decimal.set(). decimal.js-light, not
 * decimal.js: the same arithmetic for the few operations money needs, at a third of the size in every bundle (Code.js
 * is loaded on each Sheets custom-function call).
 */
export const Exact = Decimal.clone({ precision: 40 });

// Money is summed and rounded in decimal so that 0.1 + 0.2 is 0.3 to the cent, like the analyst's
// ledger; each double converts through its shortest decimal form (0.1 → "0.1"), i.e. what was typed.

function checkAmount(fn: string, x: unknown, index?: number): void {
  if (typeof x === 'number' && Number.isFinite(x)) return;
  const where = index === undefined ? 'value' : `item ${index + 1}`;
  throw new RangeError(`${fn}: ${where} must be a finite number, got ${typeof x === 'string' ? `"${x}"` : String(x)}`);
}

/** Exact decimal sum of money amounts, returned as a number. Throws RangeError on non-finite input. */
export function sumMoney(values: readonly number[]): number {
  let total = new Exact(0);
  values.forEach((v, i) => {
    checkAmount('sumMoney', v, i);
    total = total.plus(v);
  });
  return total.toNumber();
}

/** Round half away from zero to `places` decimals (default 2, cents); negative places round to tens, hundreds… */
export function roundMoney(value: number, places = 2): number {
  checkAmount('roundMoney', value);
  if (!Number.isInteger(places) || Math.abs(places) > 15) {
    throw new RangeError(`roundMoney: places must be a whole number from -15 to 15, got ${places}`);
  }
  // Negative places round a scaled copy to whole units: −2 rounds value / 100, then scales it back.
  const scale = new Exact(10).pow(Math.max(0, -places));
  return new Exact(value).div(scale).toDecimalPlaces(Math.max(0, places), Exact.ROUND_HALF_UP).times(scale).toNumber() || 0;
}
