import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';

// TEI's Initial period: month 0 is today, counted in full, never discounted, and where payback and IRR start.

const base = (over: Partial<RoiCase> = {}): RoiCase => ({
  name: 'Initial', currency: 'USD', startDate: '2025-01-01', horizonMonths: 24, discountRate: 0.1,
  costs: [{ type: 'oneTime', name: 'Up-front licence and implementation', amount: 100, month: 0 }],
  benefits: [{ type: 'amount', name: 'Savings', category: 'costSavings', amount: 150, per: 'month', startMonth: 1 }],
  ...over,
});
const i = Math.pow(1.1, 1 / 12) - 1;
const annuity = (n: number) => (1 - Math.pow(1 + i, -n)) / i;

describe('the initial period (month 0)', () => {
  it('is counted in full and never discounted', () => {
    const e = evaluate(base());
    expect(e.initial).toEqual({ costs: 100, benefits: 0, net: -100 });
    expect(e.monthlyCosts.every((x) => x === 0)).toBe(true);
    expect(e.totals).toEqual({ costs: 100, benefits: 3600, net: 3500 });
    expect(e.presentValue.costs).toBe(100);
    expect(e.presentValue.benefits).toBeCloseTo(150 * annuity(24), 9);
    expect(e.npv).toBeCloseTo(150 * annuity(24) - 100, 9);
    expect(e.roi.presentValue).toBeCloseTo((150 * annuity(24) - 100) / 100, 12);
  });

  it('month-1 benefits above the up-front cost give a payback above 0 and a numeric IRR', () => {
    const e = evaluate(base());
    expect(e.paybackMonths.simple).toBeCloseTo(100 / 150, 12);
    expect(e.paybackMonths.discounted).toBeCloseTo(100 / (150 / (1 + i)), 12);
    expect(e.breakEvenMonth).toBe(1);
    expect(typeof e.irr).toBe('number');
    // The same cost in month 1 is netted against month 1's benefit: no outlay is ever visible.
    const inMonth1 = evaluate(base({ costs: [{ type: 'oneTime', name: 'Up-front', amount: 100, month: 1 }] }));
    expect(inMonth1.paybackMonths.simple).toBe(0);
    expect(typeof inMonth1.irr).toBe('object');
  });

  it('reports the peak funding need and its month', () => {
    expect(evaluate(base()).peakFunding).toEqual({ amount: -100, month: 0 });
    const later = evaluate(base({ costs: [...base().costs, { type: 'oneTime', name: 'Wave 2', amount: 1000, month: 3 }] }));
    expect(later.peakFunding).toEqual({ amount: -100 + 3 * 150 - 1000, month: 3 });
  });

  it('an annual cost from month 0 is paid today and every 12 months after, in advance', () => {
    const e = evaluate(base({ costs: [{ type: 'recurring', name: 'Support', amount: 1200, frequency: 'annual', startMonth: 0 }] }));
    expect(e.initial.costs).toBe(1200);
    expect(e.monthlyCosts.flatMap((x, m) => (x ? [m + 1] : []))).toEqual([12, 24]);
    expect(e.costs[0].total).toBe(3600);
  });

  it('a case with nothing in month 0 has a zero initial period and the metrics it always had', () => {
    const e = evaluate(base({ costs: [{ type: 'oneTime', name: 'Up-front', amount: 100, month: 1 }] }));
    expect(e.initial).toEqual({ costs: 0, benefits: 0, net: 0 });
    expect(e.presentValue.costs).toBeCloseTo(100 / (1 + i), 12);
  });
});
