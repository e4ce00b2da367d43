import { describe, expect, it } from 'vitest';
import {
  benefitCostRatio, breakEvenPeriod, clv, impliedPayback, irr, isError, mirr, npv, npvFromT0, paybackPeriod, periodRoi, roi, roundMoney, sumMoney,
  uplift, xirr, xnpv,
  type ErrorCode, type Result,
} from '../../src/finance';

/** Asserts an error with this code whose message mentions `words`. */
function expectError(result: Result, code: ErrorCode, words: RegExp) {
  expect(isError(result), `expected ${code}, got ${result}`).toBe(true);
  if (!isError(result)) return;
  expect(result.code).toBe(code);
  expect(result.message).toMatch(words);
}
const close = (result: Result, expected: number, relative = 1e-12) => {
  expect(isError(result), String(result)).toBe(false);
  expect(Math.abs((result as number) - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
};
// Cell values a custom function may receive despite the declared number type.
const junk: [string, unknown][] = [['text', 'abc'], ['blank', null], ['undefined', undefined], ['boolean', true], ['NaN', NaN], ['Infinity', Infinity]];

describe('bad input gives #VALUE! naming the argument and position', () => {
  it.each(junk)('%s in a series', (_, bad) => {
    const values = [-100, 60, bad as number, 70];
    expectError(npv(0.1, values), '#VALUE!', /NPV: values item 3/);
    expectError(npvFromT0(0.1, values), '#VALUE!', /item 3/);
    expectError(irr(values), '#VALUE!', /IRR: values item 3/);
    expectError(mirr(values, 0.1, 0.1), '#VALUE!', /MIRR: values item 3/);
    expectError(xnpv(0.1, values, [1, 2, 3, 4]), '#VALUE!', /XNPV: values item 3/);
    expectError(xirr([-1, 1, 1, 1], [1, 2, bad as number, 4]), '#VALUE!', /XIRR: dates item 3/);
    expectError(paybackPeriod(values, { initial: 10 }), '#VALUE!', /Payback: flows item 3/);
    expectError(uplift([1, 2], values), '#VALUE!', /Uplift: after item 3/);
  });

  it.each(junk)('%s as a scalar', (_, bad) => {
    const x = bad as number;
    expectError(npv(x, [1]), '#VALUE!', /NPV: rate must be a finite number/);
    expectError(xnpv(x, [1], [1]), '#VALUE!', /XNPV: rate/);
    expectError(mirr([-1, 2], x, 0.1), '#VALUE!', /MIRR: finance rate/);
    expectError(mirr([-1, 2], 0.1, x), '#VALUE!', /MIRR: reinvest rate/);
    expectError(roi(x, 5), '#VALUE!', /ROI: benefit/);
    expectError(benefitCostRatio(5, x), '#VALUE!', /cost/);
    expectError(clv(x, 0.8, 0.1), '#VALUE!', /CLV: margin/);
    expectError(clv(10, x, 0.1), '#VALUE!', /CLV: retention/);
  });

  // A blank optional argument means "use the default", as in Excel's =IRR(A1:A5,).
  it.each(junk.filter(([, bad]) => bad !== null && bad !== undefined))('%s as an optional argument', (_, bad) => {
    const x = bad as number;
    expectError(irr([-1, 2], x), '#VALUE!', /IRR: guess/);
    expectError(xirr([-1, 2], [1, 2], x), '#VALUE!', /XIRR: guess/);
    expectError(paybackPeriod([1], { initial: x }), '#VALUE!', /initial outlay/);
    expectError(paybackPeriod([1], { initial: 1, rate: x }), '#VALUE!', /rate/);
  });

  it('a blank optional argument takes its default', () => {
    expect(irr([-100, 110], undefined)).toBe(irr([-100, 110], 0.1));
    expect(irr([-100, 110], null as unknown as number)).toBe(irr([-100, 110], 0.1));
    expect(xirr([-100, 110], [1, 366], null as unknown as number)).toBe(xirr([-100, 110], [1, 366]));
    expect(paybackPeriod([5], { initial: null as unknown as number })).toBe(0);
  });

  it('names a blank cell and quotes text', () => {
    expectError(npv(0.1, [1, null as unknown as number]), '#VALUE!', /got a blank/);
    expectError(npv(0.1, ['12k' as unknown as number]), '#VALUE!', /got text "12k"/);
  });

  it('rejects a series that is not a list, and empty series', () => {
    expectError(npv(0.1, 5 as unknown as number[]), '#VALUE!', /must be a list/);
    expectError(npv(0.1, []), '#VALUE!', /NPV: values is empty/);
    expectError(irr([]), '#VALUE!', /empty/);
    expectError(mirr([], 0.1, 0.1), '#VALUE!', /empty/);
    expectError(paybackPeriod([], { initial: 1 }), '#VALUE!', /flows is empty/);
  });

  it('turns an overflow into #NUM!, never Infinity', () => {
    expectError(npv(0.1, [1e308, 1e308, 1e308]), '#NUM!', /not a finite number/);
    expectError(roi(1e308, 1e-308), '#NUM!', /ROI/);
  });
});

describe('rates at or below -100%', () => {
  it('-100% divides by zero, below it is #NUM!', () => {
    expectError(npv(-1, [1, 2]), '#DIV/0!', /rate is -100%/);
    expectError(npv(-1.5, [1, 2]), '#NUM!', /below -100%/);
    expectError(xnpv(-1, [1, 2], [1, 2]), '#DIV/0!', /XNPV/);
    expectError(irr([-1, 2], -1), '#DIV/0!', /guess/);
    expectError(mirr([-1, 2], -2, 0.1), '#NUM!', /finance rate/);
    expectError(paybackPeriod([1, 1], { initial: 1, rate: -1 }), '#DIV/0!', /Payback: rate/);
  });
});

describe('NPV', () => {
  it('discounts the first value one period (hand-computed)', () => {
    close(npv(0.1, [110, 121]), 200);
    close(npvFromT0(0.1, [-200, 110, 121]), 0);
    close(npvFromT0(0.1, [-200]), -200);
    close(npv(0, [1, 2, 3]), 6);
  });
  it('keeps the digits a plain double sum loses (evaluated in double-double)', () => {
    expect(npv(0, [1e16, 1, -1e16])).toBe(1);
    expect(npvFromT0(0, [5, 1e16, 1, -1e16])).toBe(6);
  });
});

describe('XNPV / XIRR validation', () => {
  it('needs one date per value', () => {
    expectError(xnpv(0.1, [1, 2], [1]), '#NUM!', /2 values but 1 dates/);
    expectError(xirr([-1, 2], [1, 2, 3]), '#NUM!', /2 values but 3 dates/);
  });
  it('rejects dates before the first and invalid serials', () => {
    expectError(xnpv(0.1, [-1, 1, 1], [100, 200, 99]), '#NUM!', /date 3 \(99\) is before the first date \(100\)/);
    expectError(xirr([-1, 1], [-5, 10]), '#VALUE!', /date 1 .* not a valid date/);
    expectError(xirr([-1, 1], [1, 3e6]), '#VALUE!', /date 2/);
  });
  it('truncates dates to whole days and discounts over 365-day years (hand-computed)', () => {
    close(xnpv(0.1, [-100, 110], [1000.9, 1365.2]), 0);
    close(xirr([-100, 121], [1000, 1730]), 0.1);
  });
  it('needs a sign change', () => {
    expectError(xirr([1, 2], [1, 2]), '#NUM!', /at least one negative and one positive/);
  });
});

describe('IRR', () => {
  it('returns the root nearest the guess when there are two (roots 10% and 20%)', () => {
    const values = [-100, 230, -132];
    close(irr(values, 0.05), 0.1);
    close(irr(values, 0.25), 0.2);
  });
  it('solves from a guess where Newton leaves the domain (falls back to bracketing)', () => {
    const values = [-1000, ...Array<number>(24).fill(120)];
    const reference = irr(values) as number;
    close(irr(values, 50), reference);
    close(irr(values, -0.99), reference);
  });
  it('finds a rate close to -100% (hand-computed: 0.001 back on 1000)', () => {
    close(irr([-1000, 0.001]), 0.001 / 1000 - 1, 1e-15);
  });
  it('#NUM! when the flows change sign but no rate zeroes them (1 - 3x + 3x² has no real root)', () => {
    expectError(irr([1, -3, 3]), '#NUM!', /no rate makes the NPV zero/);
  });
  it('#NUM! without a sign change, zeros included', () => {
    expectError(irr([0, 0, 0]), '#NUM!', /at least one negative and one positive/);
  });
});

describe('MIRR', () => {
  it('keeps a later outflow in its own period (hand-computed)', () => {
    // Outflows: -100 at t0 and -110 at t1 → PV at 10% = -200. Inflow 484 at t2 → FV 484. (484/200)^(1/2) − 1 = 0.5556.
    close(mirr([-100, -110, 484], 0.1, 0.2), Math.sqrt(484 / 200) - 1);
  });
  it('#DIV/0! without both signs', () => {
    expectError(mirr([-1, -2], 0.1, 0.1), '#DIV/0!', /negative and one positive/);
  });
});

describe('payback', () => {
  it('interpolates inside the crossing period: 1 back at 0.3 a period = 3⅓', () => {
    close(paybackPeriod([0.3, 0.3, 0.3, 0.3], { initial: 1 }), 10 / 3);
    expect(breakEvenPeriod([0.3, 0.3, 0.3, 0.3], { initial: 1 })).toBe(4);
  });
  it('uses the LAST crossing when the position dips back below zero', () => {
    // Cumulative: -100, -40 (t1), +20 (t2), -30 (t3), +30 (t4). Last negative is t3 → 3 + 30/60.
    close(paybackPeriod([60, 60, -50, 60], { initial: 100 }), 3.5);
    expect(breakEvenPeriod([60, 60, -50, 60], { initial: 100 })).toBe(4);
  });
  it('counts a cumulative of exactly 0 as paid back, despite binary fractions', () => {
    expect(paybackPeriod(Array<number>(10).fill(0.1), { initial: 1 })).toBe(10);
    expect(paybackPeriod([0.1, 0.2], { initial: 0.3 })).toBe(2);
  });
  it('#N/A when the horizon ends below zero, never extrapolated', () => {
    expectError(paybackPeriod([10, 20, 30], { initial: 100 }), '#N/A', /never pays back within the 3-period horizon \(still -40 at the end\)/);
    expectError(breakEvenPeriod([10, 20, 30], { initial: 100 }), '#N/A', /Break-even: never pays back/);
    expectError(paybackPeriod([60, 60, -50], { initial: 100 }), '#N/A', /still -30/);
  });
  it('discounts each flow (i+1) periods (hand-computed at 10%)', () => {
    // Discounted: 110/1.1 = 100, 121/1.21 = 100. Outlay 150 → 1 + 50/100.
    close(paybackPeriod([110, 121], { initial: 150, rate: 0.1 }), 1.5);
    // Undiscounted the same flows pay back in 1 + 40/121.
    close(paybackPeriod([110, 121], { initial: 150 }), 1 + 40 / 121);
  });
  it('is 0 with no outlay and never-negative position; break-even is then period 1', () => {
    expect(paybackPeriod([5, 5])).toBe(0);
    expect(breakEvenPeriod([5, 5])).toBe(1);
  });
  it('with no initial outlay measures from early negative flows', () => {
    close(paybackPeriod([-100, 50, 100]), 2 + 50 / 100);
  });
});

describe('ratios', () => {
  it('ROI and B/C ratio (hand-computed)', () => {
    close(roi(150, 100), 0.5);
    close(roi(50, 100), -0.5);
    close(benefitCostRatio(150, 100), 1.5);
  });
  it('zero cost is #DIV/0!, negative cost is #NUM!', () => {
    expectError(roi(5000, 0), '#DIV/0!', /ROI: cost is 0, so the return cannot be divided by it/);
    expectError(benefitCostRatio(5000, 0), '#DIV/0!', /cost is 0/);
    expectError(roi(5000, -10), '#NUM!', /cost is -10; enter costs as positive amounts/);
    expectError(benefitCostRatio(5000, -10), '#NUM!', /positive/);
  });
  it('CLV = margin × retention / (1 + discount − retention) (hand-computed)', () => {
    close(clv(100, 0.8, 0.1), 80 / 0.3);
    close(clv(100, 0, 0.1), 0);
    close(clv(100, 1, 0.25), 400);
  });
  it('CLV validates retention and discount', () => {
    expectError(clv(100, 1.2, 0.1), '#NUM!', /retention is 1.2; it must be a share from 0 to 1/);
    expectError(clv(100, -0.1, 0.1), '#NUM!', /retention/);
    expectError(clv(100, 0.8, -0.05), '#NUM!', /discount rate is -0.05/);
    expectError(clv(100, 1, 0), '#DIV/0!', /unlimited/);
  });
  it('uplift is the change in the average, exact in decimal', () => {
    expect(uplift([0.1, 0.2], [0.3, 0.3])).toBe(0.15);
    expect(uplift([100], [90, 100])).toBe(-5);
    expectError(uplift([], [1]), '#DIV/0!', /"before" series is empty/);
    expectError(uplift([1], []), '#DIV/0!', /"after" series is empty/);
  });
  it('period ROI is the period\'s net benefit over the total cost of the system (hand-computed)', () => {
    // A year: 450k of benefits, 150k of running costs, a system that cost 1m in all → 300k / 1m.
    close(periodRoi(450000, 150000, 1000000), 0.3);
    // A quarter of the same year: 75k / 1m.
    close(periodRoi(120000, 45000, 1000000), 0.075);
    close(periodRoi(50, 80, 100), -0.3);
    // Summed in decimal: (0.3 − 0.1) / 1 is 0.2, not 0.19999999999999998.
    expect(periodRoi(0.3, 0.1, 1)).toBe(0.2);
  });
  it('period ROI: zero system cost is #DIV/0!, negative is #NUM!, non-finite input is #VALUE!', () => {
    expectError(periodRoi(100, 50, 0), '#DIV/0!', /Period ROI: the total cost of the system is 0/);
    expectError(periodRoi(100, 50, -1000), '#NUM!', /system is -1000; enter costs as positive amounts/);
    expectError(periodRoi(NaN, 50, 1000), '#VALUE!', /Period ROI: benefits must be a finite number/);
    expectError(periodRoi(100, Infinity, 1000), '#VALUE!', /Period ROI: costs/);
    expectError(periodRoi(100, 50, -Infinity), '#VALUE!', /Period ROI: system cost/);
    expectError(periodRoi(1e308, -1e308, 1e-308), '#NUM!', /not a finite number/);
  });
  it('implied payback is 1 ÷ period ROI: 30 % a year pays back in 3⅓ years', () => {
    close(impliedPayback(0.3), 10 / 3);
    close(impliedPayback(0.075), 40 / 3);
    expect(impliedPayback(2)).toBe(0.5);
  });
  it('implied payback: ROI ≤ 0 is #N/A (never at that rate), non-finite is #VALUE!', () => {
    expectError(impliedPayback(0), '#N/A', /Implied payback: a period ROI of 0 never pays back/);
    expectError(impliedPayback(-0.1), '#N/A', /-0.1 never pays back/);
    expectError(impliedPayback(NaN), '#VALUE!', /period ROI must be a finite number/);
    expectError(impliedPayback(Infinity), '#VALUE!', /period ROI/);
    expectError(impliedPayback(Number.MIN_VALUE), '#NUM!', /not a finite number/);
  });
});

describe('money', () => {
  it('sums exactly and rounds half away from zero', () => {
    expect(sumMoney([0.1, 0.2])).toBe(0.3);
    expect(sumMoney([])).toBe(0);
    expect(roundMoney(1.005)).toBe(1.01);
    expect(roundMoney(-1.005)).toBe(-1.01);
    expect(roundMoney(2.5, 0)).toBe(3);
    expect(roundMoney(-2.5, 0)).toBe(-3);
    expect(roundMoney(1250, -2)).toBe(1300);
    expect(Object.is(roundMoney(-0.001), 0)).toBe(true);
  });
  it('throws a precise RangeError on bad amounts or places', () => {
    expect(() => sumMoney([1, NaN])).toThrow(/sumMoney: item 2 must be a finite number, got NaN/);
    expect(() => sumMoney(['1' as unknown as number])).toThrow(/item 1 .* got "1"/);
    expect(() => roundMoney(Infinity)).toThrow(/roundMoney: value must be a finite number/);
    expect(() => roundMoney(1, 1.5)).toThrow(/places must be a whole number/);
  });
});
