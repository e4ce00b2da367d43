import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { Evaluation } from '../../src/case/evaluation';
import { isError, type Result } from '../../src/finance/errors';
import { NEVER, NOT_AVAILABLE, parseAddress, planSheet, type SheetPlan } from '../../src/plan';
import { riskFactor, unadjustedAmount } from '../../src/case/terms';
import { evaluateScenarios } from '../../src/case/scenarios';
import { arbitraryCase, EXAMPLES, loadExample, MIXED, TEI_FEATURES } from './fixtures';
import { computePlan, type Computed } from './hf';

// The invariant: every formula the sheet carries computes, in a spreadsheet engine, what the core computes.

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The one tolerated difference: when the core's monthly IRR sits at the edge of its search (≤ −99.999 % or ≥ 100,000 %
 * a month), (1+r)^n under/overflows in a spreadsheet's IRR and the sheet shows "n/a". No business case lives there.
 */
const unreachableIrr = (ev: Evaluation) => typeof ev.irr === 'number' && (Math.pow(1 + ev.irr, 1 / 12) - 1 <= -0.99999 || Math.pow(1 + ev.irr, 1 / 12) - 1 >= 1000);

/**
 * Where the core finds no IRR, an engine may still return a rate that solves nothing (HyperFormula's IRR stops on
 * a step limit and reports where it got to). A rate whose NPV is not zero is no answer, and no disagreement.
 */
function isRoot(ev: Evaluation, annual: number): boolean {
  const monthly = Math.pow(1 + annual, 1 / 12) - 1;
  const flows = [ev.initial.net, ...ev.monthlyNet];
  // Measured against the discounted flows themselves: at a huge rate every flow discounts to almost nothing.
  const discounted = flows.map((f, m) => f / Math.pow(1 + monthly, m));
  return Math.abs(discounted.reduce((s, d) => s + d, 0)) <= 1e-6 * discounted.reduce((s, d) => s + Math.abs(d), 0);
}

function mismatches(plan: SheetPlan, computed: Computed[][], ev: Evaluation): string[] {
  const out: string[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.formula) return;
      const got = computed[r][c];
      const want = cell.value;
      const irrCell = cell.formula.includes('IRR(');
      const ok = typeof got === 'number' && typeof want === 'number' ? close(got, want)
        : got === want || (irrCell && got === NOT_AVAILABLE && unreachableIrr(ev)) || (irrCell && want === NOT_AVAILABLE && typeof got === 'number' && !isRoot(ev, got));
      if (!ok) out.push(`R${r + 1}C${c + 1} ${cell.formula.slice(0, 80)}: engine ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
    }),
  );
  return out;
}

/** The named metric's computed value against the core's Result (errors show as text). */
function metric(plan: SheetPlan, computed: Computed[][], name: string): Computed {
  const ref = plan.names.find((n) => n.name === `CRMROI_${name}`)!.ref;
  const { row, col } = parseAddress(ref)!;
  return computed[row][col];
}
/** The value beside a metric: the same before risk adjustment. */
function metricBeside(plan: SheetPlan, computed: Computed[][], name: string): Computed {
  const { row, col } = parseAddress(plan.names.find((n) => n.name === `CRMROI_${name}`)!.ref)!;
  return computed[row][col + 1];
}
const expectResult = (got: Computed, want: Result, otherwise: string) =>
  isError(want) ? expect(got).toBe(otherwise) : expect(typeof got === 'number' && close(got, want), `${JSON.stringify(got)} vs ${want}`).toBe(true);

function checkCase(c: Parameters<typeof planSheet>[0]) {
  const plan = planSheet(c);
  const computed = computePlan(plan);
  const ev = evaluate(c);
  expect(mismatches(plan, computed, ev)).toEqual([]);
  const num = (name: string, want: number) => expectResult(metric(plan, computed, name), want, NOT_AVAILABLE);
  num('TOTAL_COSTS', ev.totals.costs);
  num('TOTAL_BENEFITS', ev.totals.benefits);
  num('PV_COSTS', ev.presentValue.costs);
  num('PV_BENEFITS', ev.presentValue.benefits);
  num('NPV', ev.npv);
  expectResult(metric(plan, computed, 'ROI'), ev.roi.nominal, NOT_AVAILABLE);
  expectResult(metric(plan, computed, 'ROI_PV'), ev.roi.presentValue, NOT_AVAILABLE);
  expectResult(metric(plan, computed, 'BCR'), ev.benefitCostRatio, NOT_AVAILABLE);
  const irrCell = metric(plan, computed, 'IRR');
  if (!unreachableIrr(ev) && !(isError(ev.irr) && typeof irrCell === 'number' && !isRoot(ev, irrCell))) expectResult(irrCell, ev.irr, NOT_AVAILABLE);
  expectResult(metric(plan, computed, 'PAYBACK'), ev.paybackMonths.simple, NEVER);
  expectResult(metric(plan, computed, 'PAYBACK_DISCOUNTED'), ev.paybackMonths.discounted, NEVER);
  expectResult(metric(plan, computed, 'BREAK_EVEN'), ev.breakEvenMonth, NEVER);
  return { plan, computed, ev };
}

describe('sheet formulas = core (HyperFormula)', () => {
  it.each(EXAMPLES)('examples/%s.json', (name) => {
    checkCase(loadExample(name));
  });

  it.each([['the mixed fixture', MIXED], ['every TEI feature', TEI_FEATURES]] as const)('%s, schedule cell by cell against the core', (_name, c) => {
    const { plan, computed, ev } = checkCase(c);
    // Each line row of the schedule holds the line's amounts before risk: × (1 ∓ risk) they are the evaluator's.
    const lines = [...ev.costs, ...ev.benefits];
    for (const l of lines) {
      const r = plan.cells.findIndex((row) => row[0].formula && row[0].value === l.terms.name);
      const monthCol = plan.cells[r].length - c.horizonMonths;
      const initialCol = monthCol - 1;
      expect(close((computed[r][initialCol] as number) * riskFactor(l.terms), l.initial), `${l.terms.name} initial`).toBe(true);
      l.monthly.forEach((want, i) => expect(close((computed[r][monthCol + i] as number) * riskFactor(l.terms), want), `${l.terms.name} month ${i + 1}`).toBe(true));
      l.monthly.forEach((_, i) => expect(close(computed[r][monthCol + i] as number, unadjustedAmount(l.terms, i + 1)), `${l.terms.name} month ${i + 1} before risk`).toBe(true));
    }
    // Before risk adjustment, beside the risk-adjusted figures.
    expectResult(metricBeside(plan, computed, 'NPV'), ev.unadjusted.npv, NOT_AVAILABLE);
    expectResult(metricBeside(plan, computed, 'PV_COSTS'), ev.unadjusted.presentValue.costs, NOT_AVAILABLE);
    expectResult(metricBeside(plan, computed, 'ROI_PV'), ev.unadjusted.roi.presentValue, NOT_AVAILABLE);
  });

  it('a case that never pays back shows "never" and an IRR error as "n/a"', () => {
    const c = { ...MIXED, benefits: [] };
    const { plan, computed } = checkCase(c);
    expect(metric(plan, computed, 'PAYBACK')).toBe(NEVER);
    expect(metric(plan, computed, 'BREAK_EVEN')).toBe(NEVER);
    expect(metric(plan, computed, 'IRR')).toBe(NOT_AVAILABLE);
  });

  it('a case without costs: ROI and B/C are "n/a", payback 0, break-even month 1', () => {
    const { plan, computed } = checkCase({ ...MIXED, costs: [] });
    expect(metric(plan, computed, 'ROI')).toBe(NOT_AVAILABLE);
    expect(metric(plan, computed, 'BCR')).toBe(NOT_AVAILABLE);
    expect(metric(plan, computed, 'PAYBACK')).toBe(0);
    expect(metric(plan, computed, 'BREAK_EVEN')).toBe(1);
  });

  it('a ramp that reaches full effect after the horizon', () => {
    checkCase({ ...MIXED, benefits: MIXED.benefits.map((b) => ({ ...b, fullEffectMonth: MIXED.horizonMonths + 7 })) });
  });

  it('a 240-month horizon', () => {
    const { plan } = checkCase({ ...MIXED, horizonMonths: 240 });
    expect(plan.cells[0].length).toBe(2 + 20 + 1 + 240); // label, total, years, the initial period, months
  });

  it('an IRR near −100 % a month (cents against a later cent): everything else matches, IRR n/a', () => {
    checkCase({
      name: 'A', currency: 'USD', startDate: '2025-01-01', horizonMonths: 68, discountRate: 0,
      costs: [{ name: 'a', type: 'perUser', pricePerUserMonth: 0.01, users: 1, startMonth: 16, endMonth: 24 }],
      benefits: [{ name: 'a', category: 'revenue', startMonth: 26, endMonth: 26, type: 'amount', amount: 0.01, per: 'month' }],
    });
  });

  it('a cumulative that lands on zero in decimal but at −3e-13 in floating point breaks even in the same month', () => {
    const { plan, computed, ev } = checkCase({
      name: 'Zero crossing', currency: 'USD', startDate: '2025-01-01', horizonMonths: 24, discountRate: 0,
      costs: [{ name: 'Set-up', type: 'oneTime', amount: 1001, month: 1 }],
      benefits: [{ name: 'Savings', category: 'costSavings', startMonth: 1, type: 'amount', amount: 50.05, per: 'month' }],
    });
    expect(ev.breakEvenMonth).toBe(20);
    expect(metric(plan, computed, 'BREAK_EVEN')).toBe(20);
    expect(metric(plan, computed, 'PAYBACK')).toBe(20);
  });

  it('random valid cases', () => {
    fc.assert(fc.property(arbitraryCase, (c) => void checkCase(c)), { numRuns: 30 });
  });
});

describe('the scenario selector switches every formula between the scenarios (HyperFormula)', () => {
  it.each(['Conservative', 'Expected', 'Optimistic'] as const)('%s: the sheet recalculates to the core\'s scenario', (label) => {
    const c = loadExample('enterprise-tei');
    const plan = planSheet(c);
    const at = parseAddress(plan.names.find((n) => n.name === 'CRMROI_SCENARIO')!.ref)!;
    expect(plan.cells[at.row][at.col].value).toBe('Expected');
    plan.cells[at.row][at.col] = { ...plan.cells[at.row][at.col], value: label };
    const computed = computePlan(plan);
    const want = evaluateScenarios(c)[label.toLowerCase() as 'conservative' | 'expected' | 'optimistic'];
    expectResult(metric(plan, computed, 'NPV'), want.npv, NOT_AVAILABLE);
    expectResult(metric(plan, computed, 'ROI_PV'), want.roi.presentValue, NOT_AVAILABLE);
    expectResult(metric(plan, computed, 'IRR'), want.irr, NOT_AVAILABLE);
    expectResult(metric(plan, computed, 'PAYBACK'), want.paybackMonths.simple, NEVER);
    expectResult(metric(plan, computed, 'TOTAL_COSTS'), want.totals.costs, NOT_AVAILABLE);
  });
});
