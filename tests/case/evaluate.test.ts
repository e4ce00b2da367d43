import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseValidationError, cashFlowMetrics, evaluate, type RoiCase } from '../../src/case';
import { sumMoney } from '../../src/finance';

const caseWith = (over: Partial<RoiCase>): RoiCase => ({
  name: 'Test', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0, costs: [], benefits: [], ...over,
});
const zeros = (n: number) => Array<number>(n).fill(0);
/** Independent reference: Σ v_k / (1+r)^k, k = 1.. (flows at month ends). */
const pv = (r: number, flows: number[]) => flows.reduce((s, v, i) => s + v / Math.pow(1 + r, i + 1), 0);
/** Independent IRR by bisection on the monthly NPV. */
function bisectIrr(flows: number[]): number {
  let [lo, hi] = [-0.99, 10];
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(pv(mid, flows)) === Math.sign(pv(lo, flows))) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('evaluate: a small case worked by hand', () => {
  // 1,200 set-up in month 1, 150 a month of benefit from month 1, 12 months.
  const simple = caseWith({
    costs: [{ type: 'oneTime', name: 'Setup', amount: 1200, month: 1 }],
    benefits: [{ type: 'amount', name: 'Savings', category: 'costSavings', amount: 150, per: 'month', startMonth: 1 }],
  });

  it('builds the schedule, totals and cumulative position', () => {
    const e = evaluate(simple);
    expect(e.monthlyCosts).toEqual([1200, ...zeros(11)]);
    expect(e.monthlyBenefits).toEqual(Array(12).fill(150));
    expect(e.monthlyNet).toEqual([-1050, ...Array(11).fill(150)]);
    expect(e.cumulativeNet).toEqual(Array.from({ length: 12 }, (_, i) => -1200 + 150 * (i + 1)));
    expect(e.totals).toEqual({ costs: 1200, benefits: 1800, net: 600 });
    expect(e.costs[0].total).toBe(1200);
    expect(e.benefits[0].total).toBe(1800);
  });

  it('pays back after 8 months: −1,200 + 8 × 150 = 0', () => {
    const e = evaluate(simple);
    expect(e.paybackMonths.simple).toBe(8);
    expect(e.breakEvenMonth).toBe(8);
    // At a 0 % rate discounting changes nothing.
    expect(e.paybackMonths.discounted).toBe(8);
    expect(e.presentValue).toEqual({ costs: 1200, benefits: 1800 });
    expect(e.npv).toBe(600);
    expect(e.roi).toEqual({ nominal: 0.5, presentValue: 0.5 });
    expect(e.benefitCostRatio).toBe(1.5);
  });

  it('discounts monthly at (1+r)^(1/12) − 1, month 1 discounted one month', () => {
    const e = evaluate({ ...simple, discountRate: 0.12 });
    const m = Math.pow(1.12, 1 / 12) - 1;
    expect(e.monthlyRate).toBeCloseTo(m, 15);
    expect(Math.pow(1 + e.monthlyRate, 12)).toBeCloseTo(1.12, 12);
    expect(e.presentValue.costs).toBeCloseTo(1200 / (1 + m), 8);
    expect(e.presentValue.benefits).toBeCloseTo(pv(m, Array(12).fill(150)), 8);
    expect(e.npv).toBeCloseTo(pv(m, e.monthlyNet), 8);
    expect(e.roi.presentValue).toBeCloseTo((e.presentValue.benefits - e.presentValue.costs) / e.presentValue.costs, 12);
    expect(e.roi.nominal).toBe(0.5);
    // Discounted payback: last month with a negative discounted cumulative, plus the fraction of the next month needed.
    const disc = e.monthlyNet.map((v, i) => v / Math.pow(1 + m, i + 1));
    let cum = 0;
    let k = 0;
    disc.forEach((v, i) => ((cum += v), cum < 0 && (k = i + 1)));
    const cumK = disc.slice(0, k).reduce((s, v) => s + v, 0);
    expect(k).toBe(8);
    expect(e.paybackMonths.discounted).toBeCloseTo(k + -cumK / disc[k], 9);
    expect(e.breakEvenMonth).toBe(8);
  });

  it('annualises the monthly IRR: (1 + m)^12 − 1', () => {
    const e = evaluate(simple);
    const monthly = bisectIrr(e.monthlyNet);
    expect(e.irr).toBeCloseTo(Math.pow(1 + monthly, 12) - 1, 7);
  });
});

describe('evaluate: line semantics, cell by cell', () => {
  const monthly = (c: RoiCase, side: 'costs' | 'benefits' = 'costs', i = 0) => evaluate(c)[side][i].monthly;

  it('annual costs are billed in advance at startMonth and every 12 months, within the window', () => {
    const annual = (endMonth?: number) => caseWith({ horizonMonths: 30, costs: [{ type: 'recurring', name: 'Support', amount: 6000, frequency: 'annual', startMonth: 2, endMonth }] });
    const expected = zeros(30);
    [2, 14, 26].forEach((m) => (expected[m - 1] = 6000));
    expect(monthly(annual())).toEqual(expected);
    expected[25] = 0;
    expect(monthly(annual(20))).toEqual(expected);
  });

  it('monthly, per-user and labour costs', () => {
    const c = caseWith({
      costs: [
        { type: 'recurring', name: 'Hosting', amount: 99.5, frequency: 'monthly', startMonth: 11 },
        { type: 'perUser', name: 'Seats', pricePerUserMonth: 50, users: 10, startMonth: 3, endMonth: 5 },
        { type: 'labour', name: 'Migration', hours: 10, hourlyRate: 50, people: 2, frequency: 'once', startMonth: 4 },
        { type: 'labour', name: 'Admin', hours: 5, hourlyRate: 40, people: 1, frequency: 'monthly', startMonth: 2, endMonth: 3 },
      ],
    });
    const e = evaluate(c);
    expect(e.costs.map((l) => l.monthly)).toEqual([
      [...zeros(10), 99.5, 99.5],
      [0, 0, 500, 500, 500, ...zeros(7)],
      [0, 0, 0, 1000, ...zeros(8)],
      [0, 200, 200, ...zeros(9)],
    ]);
    expect(e.monthlyCosts).toEqual([0, 200, 700, 1500, 500, 0, 0, 0, 0, 0, 99.5, 99.5]);
    expect(e.totals.costs).toBe(199 + 1500 + 1000 + 400);
  });

  it('ramps linearly from startMonth to fullEffectMonth and applies the risk haircut', () => {
    const c = caseWith({ benefits: [{ type: 'amount', name: 'Uplift', category: 'revenue', amount: 1200, per: 'month', startMonth: 3, fullEffectMonth: 6, endMonth: 10, risk: 0.25 }] });
    // Ramp 1/4, 2/4, 3/4, 1 of 1,200, each × 0.75.
    expect(monthly(c, 'benefits')).toEqual([0, 0, 225, 450, 675, 900, 900, 900, 900, 900, 0, 0]);
  });

  it('a ramp cut off by endMonth never reaches full effect', () => {
    const c = caseWith({ benefits: [{ type: 'amount', name: 'Short', category: 'other', amount: 1000, per: 'month', startMonth: 1, fullEffectMonth: 10, endMonth: 2 }] });
    expect(monthly(c, 'benefits')).toEqual([100, 200, ...zeros(10)]);
  });

  it('a slow ramp may reach full effect after the horizon: the case never sees 100 %', () => {
    const c = caseWith({ benefits: [{ type: 'amount', name: 'Slow', category: 'other', amount: 2000, per: 'month', startMonth: 11, fullEffectMonth: 30 }] });
    // n = 30 − 11 + 1 = 20: months 11 and 12 get 1/20 and 2/20 of 2,000.
    expect(monthly(c, 'benefits')).toEqual([...zeros(10), 100, 200]);
  });

  it('per-year amounts and churn accrue /12 a month', () => {
    const c = caseWith({
      benefits: [
        { type: 'amount', name: 'Retired tool', category: 'costSavings', amount: 12000, per: 'year', startMonth: 1 },
        { type: 'churn', name: 'Churn', category: 'retention', customers: 500, churnReduction: 0.04, annualValuePerCustomer: 600, churnRate: 1, startMonth: 7 },
      ],
    });
    const e = evaluate(c);
    expect(e.benefits[0].monthly).toEqual(Array(12).fill(1000));
    // 500 × 4 % × 600 = 12,000 a year.
    e.benefits[1].monthly.forEach((v, i) => expect(v).toBeCloseTo(i < 6 ? 0 : 1000, 9));
  });

  it('hours saved and extra deals are products of their drivers', () => {
    const c = caseWith({
      benefits: [
        { type: 'hoursSaved', name: 'Time', category: 'productivity', hoursPerMonth: 10, hourlyRate: 40, people: 3, productivityFactor: 0.5, startMonth: 1 },
        { type: 'deals', name: 'Deals', category: 'revenue', dealsPerMonth: 2, averageDealSize: 5000, margin: 0.2, startMonth: 12, risk: 0.1 },
      ],
    });
    const e = evaluate(c);
    expect(e.benefits[0].monthly).toEqual(Array(12).fill(600));
    expect(e.benefits[1].monthly).toEqual([...zeros(11), 1800]);
  });
});

describe('evaluate: money sums and roll-ups', () => {
  it('sums money exactly: 0.1 + 0.2 a month is 0.3, ten months are 3', () => {
    const c = caseWith({
      horizonMonths: 10,
      costs: [
        { type: 'recurring', name: 'A', amount: 0.1, frequency: 'monthly', startMonth: 1 },
        { type: 'recurring', name: 'B', amount: 0.2, frequency: 'monthly', startMonth: 1 },
      ],
    });
    const e = evaluate(c);
    expect(e.monthlyCosts).toEqual(Array(10).fill(0.3));
    expect(e.totals.costs).toBe(3);
    expect(e.cumulativeNet[9]).toBe(-3);
  });

  it('rolls up by year, the last year partial', () => {
    const c = caseWith({
      horizonMonths: 30,
      costs: [{ type: 'recurring', name: 'Fee', amount: 100, frequency: 'monthly', startMonth: 1 }],
      benefits: [{ type: 'amount', name: 'Gain', category: 'other', amount: 250, per: 'month', startMonth: 7 }],
    });
    expect(evaluate(c).years).toEqual([
      { year: 1, firstMonth: 1, lastMonth: 12, costs: 1200, benefits: 1500, net: 300 },
      { year: 2, firstMonth: 13, lastMonth: 24, costs: 1200, benefits: 3000, net: 1800 },
      { year: 3, firstMonth: 25, lastMonth: 30, costs: 600, benefits: 1500, net: 900 },
    ]);
  });

  const money = fc.integer({ min: 0, max: 50_000_000 }).map((c) => c / 100);
  const lineArb = (h: number) =>
    fc.record({ start: fc.integer({ min: 1, max: h }), amount: money, perYear: fc.boolean(), ramp: fc.integer({ min: 0, max: 12 }), risk: fc.integer({ min: 0, max: 100 }).map((r) => r / 100) });
  const caseArb = fc.integer({ min: 1, max: 60 }).chain((h) => fc.tuple(fc.constant(h), fc.array(lineArb(h), { maxLength: 5 }), fc.array(lineArb(h), { maxLength: 5 })));
  type Line = { start: number; amount: number; perYear: boolean; ramp: number; risk: number };
  const build = (h: number, costLines: Line[], benefitLines: Line[], centsOnly: boolean) =>
    evaluate(caseWith({
      horizonMonths: h,
      costs: costLines.map((l, i) => ({ type: 'recurring' as const, name: `c${i}`, amount: l.amount, frequency: l.perYear ? ('annual' as const) : ('monthly' as const), startMonth: l.start })),
      benefits: benefitLines.map((l, i) => ({
        type: 'amount' as const, name: `b${i}`, category: 'other' as const, amount: l.amount, startMonth: l.start,
        ...(centsOnly ? { per: 'month' as const } : { per: l.perYear ? ('year' as const) : ('month' as const), fullEffectMonth: Math.min(h, l.start + l.ramp), risk: l.risk }),
      })),
    }));
  /** Every way of adding up the schedule, each as one number. */
  const sums = (e: ReturnType<typeof evaluate>) => [
    [sumMoney(e.costs.map((l) => l.total)), e.totals.costs],
    [sumMoney(e.benefits.map((l) => l.total)), e.totals.benefits],
    [sumMoney(e.years.map((y) => y.costs)), e.totals.costs],
    [sumMoney(e.years.map((y) => y.benefits)), e.totals.benefits],
    [sumMoney(e.years.map((y) => y.net)), e.totals.net],
    [e.cumulativeNet.at(-1)!, e.totals.net],
  ];

  it('line totals, years, totals and the cumulative net agree exactly when every cell is in cents', () => {
    fc.assert(
      fc.property(caseArb, ([h, costLines, benefitLines]) => {
        const e = build(h, costLines, benefitLines, true);
        for (const [a, b] of sums(e)) expect(a).toBe(b);
        expect(e.years.at(-1)!.lastMonth).toBe(h);
      }),
      { numRuns: 200 },
    );
  });

  it('they agree to 1e-12 relative when ramps, risk and /12 leave binary noise in the cells', () => {
    fc.assert(
      fc.property(caseArb, ([h, costLines, benefitLines]) => {
        for (const [a, b] of sums(build(h, costLines, benefitLines, false))) expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('evaluate: errors', () => {
  it('throws CaseValidationError listing every problem, without evaluating', () => {
    const bad = { ...caseWith({}), currency: 'usd', costs: [{ type: 'oneTime', name: 'x', amount: 'abc', month: 1 }] };
    expect(() => evaluate(bad)).toThrow(CaseValidationError);
    try {
      evaluate(bad);
    } catch (err) {
      expect((err as CaseValidationError).errors).toEqual([
        'currency: expected an ISO 4217 currency code such as "USD", "EUR" or "PLN", got "usd"',
        'costs[0].amount: expected a number ≥ 0, got "abc"',
      ]);
      expect((err as Error).message).toContain('costs[0].amount');
    }
  });

  it('reports #DIV/0! for ROI with no costs, #N/A when it never pays back, #NUM! IRR without a sign change', () => {
    const free = evaluate(caseWith({ benefits: [{ type: 'amount', name: 'Gain', category: 'other', amount: 10, per: 'month', startMonth: 1 }] }));
    expect(free.roi.nominal).toMatchObject({ code: '#DIV/0!' });
    expect(free.roi.presentValue).toMatchObject({ code: '#DIV/0!' });
    expect(free.benefitCostRatio).toMatchObject({ code: '#DIV/0!' });
    expect(free.irr).toMatchObject({ code: '#NUM!' });
    const loss = evaluate(caseWith({ discountRate: 0.1, costs: [{ type: 'oneTime', name: 'Setup', amount: 5000, month: 1 }], benefits: [{ type: 'amount', name: 'Gain', category: 'other', amount: 100, per: 'month', startMonth: 1 }] }));
    expect(loss.paybackMonths.simple).toMatchObject({ code: '#N/A' });
    expect(loss.paybackMonths.discounted).toMatchObject({ code: '#N/A' });
    expect(loss.breakEvenMonth).toMatchObject({ code: '#N/A' });
    expect(loss.npv).toBeLessThan(0);
  });
});

describe('cashFlowMetrics', () => {
  it('gives what evaluate reports for the same schedule', () => {
    const e = evaluate(caseWith({
      horizonMonths: 24, discountRate: 0.1,
      costs: [{ type: 'oneTime', name: 'Setup', amount: 5000, month: 1 }, { type: 'perUser', name: 'Seats', pricePerUserMonth: 30, users: 8, startMonth: 1 }],
      benefits: [{ type: 'hoursSaved', name: 'Time', category: 'productivity', hoursPerMonth: 6, hourlyRate: 45, people: 8, productivityFactor: 0.5, startMonth: 2, fullEffectMonth: 6 }],
    }));
    const m = cashFlowMetrics(e.monthlyCosts, e.monthlyBenefits, 0.1);
    const { totals, presentValue, npv, roi, benefitCostRatio, irr, paybackMonths, breakEvenMonth, peakFunding } = e;
    expect(m).toEqual({ totals, presentValue, npv, roi, benefitCostRatio, irr, paybackMonths, breakEvenMonth, peakFunding });
  });

  it('names the problem with its input', () => {
    expect(() => cashFlowMetrics([1, 2], [1], 0.1)).toThrow('monthlyCosts has 2 months but monthlyBenefits has 1');
    expect(() => cashFlowMetrics([], [], 0.1)).toThrow('monthlyCosts is empty');
    expect(() => cashFlowMetrics([1, NaN], [1, 2], 0.1)).toThrow('monthlyCosts[1] is not a finite number: NaN');
    expect(() => cashFlowMetrics([1], ['2' as unknown as number], 0.1)).toThrow('monthlyBenefits[0] is not a finite number: 2');
    expect(() => cashFlowMetrics([1], [2], -1)).toThrow('annualRate must be a finite number > −1, got -1');
  });
});
