import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr, isError, npv, npvFromT0, paybackPeriod, roundMoney, sumMoney, xirr, xnpv } from '../../src/finance';

const money = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const inflow = fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true });
/**
 * A CRM-like series: one outlay, then inflows worth at least `recovered` of it (one sign change, so
 * exactly one IRR exists, and it is far enough above −100 % for a double to hold it precisely).
 */
const investment = (recovered: number) =>
  fc
    .tuple(fc.double({ min: 1e3, max: 1e7, noNaN: true }), fc.array(inflow, { minLength: 1, maxLength: 120 }))
    .filter(([outlay, flows]) => flows.reduce((a, b) => a + b, 0) >= recovered * outlay)
    .map(([outlay, flows]) => [-outlay, ...flows]);

/** Size of the terms of Σ v_i/(1+r)^t_i: the NPV can only be expected to vanish relative to it. */
const scale = (values: number[], times: number[], rate: number) =>
  values.reduce((sum, v, i) => sum + Math.abs(v) * Math.pow(1 + rate, -times[i]), 0);

/**
 * Whether `rate` is a root of Σ v_i (1+r)^−i up to double precision: the NPV is negligible there, or
 * it changes sign within a few ulps (near −100 % the rate itself cannot be stored any closer).
 * Uses Σ v_i (1+r)^(n−1−i), which has the same sign and roots and cannot overflow below 0.
 */
function isRoot(values: number[], rate: number): boolean {
  const n = values.length;
  const f = (r: number) => values.reduce((sum, v, i) => sum + v * Math.pow(1 + r, n - 1 - i), 0);
  const size = values.reduce((sum, v, i) => sum + Math.abs(v) * Math.pow(1 + rate, n - 1 - i), 0);
  if (Math.abs(f(rate)) <= 1e-9 * size) return true;
  const step = Math.min(1e-12 * (1 + Math.abs(rate)), (1 + rate) / 2);
  return f(rate - step) * f(rate + step) <= 0;
}

describe('IRR and XIRR solve their own equations', () => {
  it('NPV at the IRR is 0 for every outlay-then-inflows series', () => {
    fc.assert(
      fc.property(investment(0.5), (values) => {
        const rate = irr(values);
        expect(isError(rate), String(rate)).toBe(false);
        const residual = npvFromT0(rate as number, values) as number;
        expect(Math.abs(residual)).toBeLessThanOrEqual(1e-9 * scale(values, values.map((_, i) => i), rate as number));
      }),
      { numRuns: 300 },
    );
  });

  it('NPV at the IRR is 0 whenever a series with several sign changes solves', () => {
    fc.assert(
      fc.property(fc.array(money, { minLength: 2, maxLength: 60 }), fc.double({ min: -0.9, max: 1, noNaN: true }), (values, guess) => {
        const rate = irr(values, guess);
        if (isError(rate)) {
          expect(rate.code).toBe('#NUM!');
          return;
        }
        expect(rate).toBeGreaterThan(-1);
        expect(isRoot(values, rate), `IRR ${rate} of ${values}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('XNPV at the XIRR is 0', () => {
    const dated = investment(0.9).chain((values) =>
      fc.array(fc.integer({ min: 15, max: 400 }), { minLength: values.length - 1, maxLength: values.length - 1 }).map((gaps) => {
        const dates = [43831];
        for (const gap of gaps) dates.push(dates[dates.length - 1] + gap);
        return { values, dates };
      }),
    );
    fc.assert(
      fc.property(dated, ({ values, dates }) => {
        const rate = xirr(values, dates);
        expect(isError(rate), String(rate)).toBe(false);
        const residual = xnpv(rate as number, values, dates) as number;
        const years = dates.map((d) => (d - dates[0]) / 365);
        expect(Math.abs(residual)).toBeLessThanOrEqual(1e-9 * scale(values, years, rate as number));
      }),
      { numRuns: 300 },
    );
  });
});

describe('NPV', () => {
  it('matches a 40-digit decimal evaluation to within one rounding of the result', () => {
    const D = Decimal.clone({ precision: 40 });
    fc.assert(
      fc.property(fc.array(money, { minLength: 1, maxLength: 120 }), fc.double({ min: -0.5, max: 2, noNaN: true }), (values, rate) => {
        const factor = new D(1).div(new D(1).plus(rate));
        const exact = values.reduceRight((acc, v) => acc.plus(v).times(factor), new D(0));
        const size = values.reduceRight((acc, v) => acc.plus(Math.abs(v)).times(factor), new D(0));
        const error = new D(npv(rate, values) as number).minus(exact).abs();
        expect(error.lte(size.times(1e-15).plus(1e-300))).toBe(true); // 1e-300: subnormal inputs
      }),
      { numRuns: 200 },
    );
  });
});

describe('payback', () => {
  it('never gets shorter when the initial cost grows (simple and discounted)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom(0, 0.01, 0.1),
        (flows, a, b, rate) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const cheap = paybackPeriod(flows, { initial: low, rate });
          const dear = paybackPeriod(flows, { initial: high, rate });
          if (isError(cheap)) {
            expect(isError(dear) && dear.code).toBe('#N/A');
            return;
          }
          if (!isError(dear)) expect(dear).toBeGreaterThanOrEqual(cheap);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('money', () => {
  const cents = fc.integer({ min: -1e11, max: 1e11 });

  it('sums amounts exactly to the cent (checked against integer cents)', () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 200 }), (amounts) => {
        const totalCents = amounts.reduce((a, b) => a + b, 0);
        expect(sumMoney(amounts.map((c) => c / 100))).toBe(totalCents / 100);
      }),
    );
  });

  it('rounds half away from zero (checked against integer thousandths)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (thousandths) => {
        const roundedCents = Math.sign(thousandths) * Math.floor((Math.abs(thousandths) + 5) / 10);
        expect(roundMoney(thousandths / 1000)).toBe(roundedCents / 100 || 0);
      }),
    );
  });
});
