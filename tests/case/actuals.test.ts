import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { validateCase } from '../../src/case/validate';
import { formatIssue } from '../../src/case/issues';
import type { RoiCase } from '../../src/case/types';

// A year from January 2025: 1,200 up front (the initial period, keyed by December 2024), 100 a month of fees, and a
// benefit of 500 a month at 20 % risk, so planned at 400. Actuals are known for January to March.
const base = (): RoiCase => ({
  name: 'Tracked', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0,
  costs: [
    { id: 'setup', type: 'oneTime', name: 'Set-up', amount: 1200, month: 0 },
    { id: 'fees', type: 'recurring', name: 'Fees', amount: 100, frequency: 'monthly', startMonth: 1, actuals: { '2025-02': 110, '2025-01': 120 } },
  ],
  benefits: [{ id: 'sales', type: 'amount', name: 'Sales', category: 'revenue', amount: 500, per: 'month', startMonth: 1, risk: 0.2, actuals: { '2025-01': 300, '2025-03': 450 } }],
});

describe('actuals against the plan', () => {
  const ev = evaluate(base());
  const a = ev.actuals!;

  it('measures to date through the last month with an actual, the plan filling the months without one', () => {
    expect(a.throughMonth).toBe(3);
    expect(a.throughDate).toBe('2025-03');
    // Plan, months 0–3: 1,200 + 3 × 100 of costs; 3 × 400 of benefits.
    expect(a.plannedToDate).toMatchObject({ costs: 1500, benefits: 1200, net: -300 });
    expect(a.plannedToDate.roi).toBeCloseTo(-300 / 1500, 12);
    // Realised: 1,200 + 120 + 110 + 100 (March, from the plan); 300 + 400 (February, from the plan) + 450.
    expect(a.toDate).toMatchObject({ costs: 1530, benefits: 1150, net: -380 });
    expect(a.toDate.roi).toBeCloseTo(-380 / 1530, 12);
    expect(a.toDate.filledFromPlan).toEqual([
      { lineId: 'setup', months: ['2024-12'] },
      { lineId: 'fees', months: ['2025-03'] },
      { lineId: 'sales', months: ['2025-02'] },
    ]);
  });

  it('reports the variance by line and in total', () => {
    expect(a.variance).toMatchObject({ costs: 30, benefits: -50, net: -80 });
    expect(a.variance.lines.map((l) => [l.id, l.planned, l.actual, l.variance, l.monthsWithActuals])).toEqual([
      ['setup', 1200, 1200, 0, 0],
      ['fees', 300, 330, 30, 2],
      ['sales', 1200, 1150, -50, 2],
    ]);
  });

  it('re-forecasts with actuals where known and the plan for the rest', () => {
    const r = ev.reforecast!;
    // 1,530 + 9 × 100 of costs, 1,150 + 9 × 400 of benefits, undiscounted at a 0 % rate.
    expect(r.totals).toEqual({ costs: 2430, benefits: 4750, net: 2320 });
    expect(r.npv).toBeCloseTo(2320, 9);
    expect(r.roi.nominal).toBeCloseTo(2320 / 2430, 12);
    // Cumulative: −1,200, −1,020, −730, −380, −80, then +220 in month 5: 4 + 80 / 300.
    expect(r.paybackMonths.simple).toBeCloseTo(4 + 80 / 300, 12);
    // The plan alone: −1,200 then +300 a month pays back in exactly 4 months.
    expect(ev.paybackMonths.simple).toBe(4);
  });

  it('discounts the re-forecast from the initial period like the plan', () => {
    const c = base();
    c.discountRate = 0.1;
    const r = evaluate(c).reforecast!;
    const rate = Math.pow(1.1, 1 / 12) - 1;
    const flows = [-1200, 180, 290, 350, ...Array(9).fill(300)];
    expect(r.npv).toBeCloseTo(flows.reduce((s, f, m) => s + f / Math.pow(1 + rate, m), 0), 9);
  });

  it('gives each period its ROI on the system\u2019s total cost and the payback that rate implies', () => {
    // Months 1–3 net 1,150 − 330 = 820 on a system cost of 2,430.
    const q1 = a.byPeriod.quarters[0];
    expect(a.byPeriod.quarters).toHaveLength(1);
    expect(q1).toMatchObject({ label: 'Year 1 Q1', from: '2025-01', to: '2025-03', complete: true, costs: 330, benefits: 1150, net: 820 });
    expect(q1.periodRoi).toBeCloseTo(820 / 2430, 12);
    expect(q1.impliedPaybackMonths).toBeCloseTo(3 / (820 / 2430), 9);
    expect(q1.planned.periodRoi).toBeCloseTo((1200 - 300) / 2400, 12);
    const y1 = a.byPeriod.years[0];
    expect(y1).toMatchObject({ label: 'Year 1', complete: false, net: 820 });
    // Three months to date, annualised: 820 × 4 / 2,430, and 12 months ÷ that.
    expect(a.systemCost).toBe(2430);
    expect(a.annualRoi).toBeCloseTo((820 * 4) / 2430, 12);
    expect(a.impliedPaybackMonths).toBeCloseTo(12 / ((820 * 4) / 2430), 9);
  });

  it('30 % a year implies a payback of a bit over three years', () => {
    // 1,000 up front, then 25 a month: a year nets 300 on a system cost of 1,000 + nothing more.
    const c: RoiCase = {
      name: 'Rule of thumb', currency: 'USD', startDate: '2025-01-01', horizonMonths: 48, discountRate: 0,
      costs: [{ id: 'setup', type: 'oneTime', name: 'Set-up', amount: 1000, month: 0 }],
      benefits: [{ id: 'b', type: 'amount', name: 'B', category: 'other', amount: 25, per: 'month', startMonth: 1, actuals: { '2025-12': 25 } }],
    };
    const r = evaluate(c).actuals!;
    expect(r.annualRoi).toBeCloseTo(0.3, 12);
    expect(r.impliedPaybackMonths).toBeCloseTo(40, 9);
    expect(evaluate(c).reforecast!.paybackMonths.simple).toBe(40);
  });

  it('has no actuals report when no line has an actual', () => {
    const c = base();
    delete c.costs[1].actuals;
    delete c.benefits[0].actuals;
    expect(evaluate(c).actuals).toBeUndefined();
    expect(evaluate(c).reforecast).toBeUndefined();
  });
});

describe('KPIs, and benefits measured before and after go-live', () => {
  const withKpis = (): RoiCase => ({
    ...base(),
    kpis: [
      { id: 'resolution', name: 'Ticket resolution time', unit: 'hours', betterWhen: 'lower', baseline: [10, 12, 11], target: 7, actuals: { '2025-01': 9, '2025-02': 8 }, valuePerUnit: 50, benefit: 'service' },
      { name: 'NPS', betterWhen: 'higher', baseline: [20], target: 35 },
    ],
    benefits: [...base().benefits, { id: 'service', type: 'amount', name: 'Faster service', category: 'costSavings', amount: 150, per: 'month', startMonth: 1 }],
  });

  it('values each month\u2019s change on the baseline\u2019s average: the uplift times the value per unit', () => {
    const ev = evaluate(withKpis());
    // Baseline average 11 hours; 9 then 8 after go-live: 2 and 3 hours better, at 50 an hour.
    const line = ev.actuals!.variance.lines.find((l) => l.id === 'service')!;
    expect(line.monthsWithActuals).toBe(2);
    expect(line.actual).toBe(100 + 150 + 150); // March from the plan
    const [resolution, nps] = ev.kpis!;
    expect(resolution).toMatchObject({ id: 'resolution', baseline: 11, target: 7, actual: 8.5, months: 2, uplift: -2.5, benefit: { lineId: 'service', realised: 250 } });
    // The uplift over the months measured × their count × the value per unit is the benefit realised.
    expect(-(resolution.uplift as number) * resolution.months * 50).toBe(resolution.benefit!.realised);
    expect(resolution.progress).toBeCloseTo(2.5 / 4, 12);
    expect(nps).toMatchObject({ id: 'kpi1', name: 'NPS', baseline: 20, target: 35, actual: null, months: 0, uplift: null, progress: null });
    expect(nps.benefit).toBeUndefined();
  });

  it('keeps the case as stated: actuals in calendar order, ids filled in', () => {
    const v = validateCase(withKpis());
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(Object.keys(v.case.costs[1].actuals!)).toEqual(['2025-01', '2025-02']);
    expect(v.case.kpis![1].id).toBe('kpi1');
  });
});

describe('bad actuals and KPIs are named by their path', () => {
  const problems = (edit: (c: RoiCase) => void) => {
    const c = base();
    edit(c);
    const v = validateCase(c);
    return v.ok ? [] : v.issues.map((issue) => formatIssue(issue));
  };

  it('a month outside the case, a malformed month and an unreadable amount', () => {
    expect(problems((c) => (c.costs[1].actuals = { '2026-01': 5 }))).toEqual([
      'costs[1].actuals.2026-01: expected a calendar month "YYYY-MM" of the case, from 2024-12 (the initial period) to 2025-12, got "2026-01"',
    ]);
    expect(problems((c) => (c.costs[1].actuals = { '2025-13': 5 }))[0]).toMatch(/^costs\[1\]\.actuals\.2025-13: expected a calendar month/);
    expect(problems((c) => (c.benefits[0].actuals = { '2025-02': '1,200' as unknown as number }))).toEqual(['benefits[0].actuals.2025-02: expected a number between −1e15 and 1e15, got "1,200"']);
    expect(problems((c) => (c.benefits[0].actuals = [] as unknown as Record<string, number>))).toEqual(['benefits[0].actuals: expected an object, got an array']);
  });

  it('a KPI naming no benefit line, one measuring a line with its own actuals, and a value without a line', () => {
    const kpi = { name: 'Deals per rep', betterWhen: 'higher' as const, baseline: [4], target: 5 };
    expect(problems((c) => (c.kpis = [{ ...kpi, valuePerUnit: 10, benefit: 'nope' }]))).toEqual(['kpis[0].benefit: expected the id of a benefit line: one of "sales", got "nope"']);
    expect(problems((c) => (c.kpis = [{ ...kpi, valuePerUnit: 10, benefit: 'sales' }]))).toEqual([
      "kpis[0].benefit: the benefit line \"sales\" is measured by this KPI, so its actuals come from the KPI: remove the line's own actuals",
    ]);
    expect(problems((c) => (c.kpis = [{ ...kpi, valuePerUnit: 10 }]))).toEqual(['kpis[0].benefit: required together with valuePerUnit']);
    expect(problems((c) => (c.kpis = [{ ...kpi, baseline: [] }]))).toEqual(['kpis[0].baseline: expected a list of 1 to 120 numbers (one per month, oldest first), got an array']);
    expect(problems((c) => (c.kpis = [{ ...kpi, betterWhen: 'up' as 'higher' }]))).toEqual(['kpis[0].betterWhen: expected one of "higher", "lower", got "up"']);
  });

  it('changes nothing it was given', () => {
    const c = base();
    const before = JSON.stringify(c);
    validateCase(c);
    evaluate(c);
    expect(JSON.stringify(c)).toBe(before);
  });
});
