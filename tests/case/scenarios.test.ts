import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { evaluateScenarios, scenarioCase, sensitivity, uncertaintyOf } from '../../src/case/scenarios';
import { validateCase } from '../../src/case/validate';
import { formatIssue } from '../../src/case/issues';
import { MIXED } from '../plan/fixtures';
import type { RoiCase } from '../../src/case/types';

// Three-point estimates: { conservative, expected, optimistic } on any driver; scenarios and the NPV tornado.

const withEstimates = (): RoiCase => {
  const c = structuredClone(MIXED) as any;
  c.costs[2].users = { conservative: 30, expected: 25, optimistic: 22 }; // Licences
  c.benefits[0].amount = { conservative: 20000, expected: 30000, optimistic: 36000 }; // Savings, per year
  c.benefits[2].margin = { conservative: 0.2, expected: 0.3, optimistic: 0.35 }; // More deals
  return c;
};
const errors = (c: unknown) => {
  const r = validateCase(c);
  return r.ok ? [] : r.issues.map((issue) => formatIssue(issue));
};

describe('three-point estimates', () => {
  it('evaluate() is the expected case; the estimates are listed with their paths', () => {
    const c = withEstimates();
    expect(evaluate(c).npv).toBe(evaluate(MIXED).npv);
    const { uncertain } = uncertaintyOf(c);
    expect(uncertain.map((u) => [u.path, u.side, u.lineName, u.conservative, u.expected, u.optimistic])).toEqual([
      [['costs', 2, 'users'], 'cost', 'Licences', 30, 25, 22],
      [['benefits', 0, 'amount'], 'benefit', 'Savings', 20000, 30000, 36000],
      [['benefits', 2, 'margin'], 'benefit', 'More deals', 0.2, 0.3, 0.35],
    ]);
  });

  it('each scenario is the case with every estimate at that point, evaluated in full', () => {
    const c = withEstimates();
    const s = evaluateScenarios(c);
    const by = (users: number, amount: number, margin: number) => {
      const x = structuredClone(MIXED) as any;
      [x.costs[2].users, x.benefits[0].amount, x.benefits[2].margin] = [users, amount, margin];
      return evaluate(x);
    };
    expect(s.conservative.npv).toBe(by(30, 20000, 0.2).npv);
    expect(s.optimistic.npv).toBe(by(22, 36000, 0.35).npv);
    expect(s.expected.npv).toBe(evaluate(MIXED).npv);
    expect(s.conservative.npv).toBeLessThan(s.expected.npv);
    expect(s.optimistic.npv).toBeGreaterThan(s.expected.npv);
    expect(s.conservative.paybackMonths).toEqual(by(30, 20000, 0.2).paybackMonths);
  });

  it('the tornado swings one estimate at a time, the others expected, widest first', () => {
    const c = withEstimates();
    const swings = sensitivity(c);
    const { case: expected, uncertain } = uncertaintyOf(c);
    for (const s of swings) {
      const i = uncertain.findIndex((u) => u.path.join() === s.path.join());
      // In plain doubles (the fast path), within 1e-9 of evaluate().
      const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
      near(s.npvConservative, evaluate(scenarioCase(expected, uncertain, 'expected', new Map([[i, 'conservative']]))).npv);
      near(s.npvOptimistic, evaluate(scenarioCase(expected, uncertain, 'expected', new Map([[i, 'optimistic']]))).npv);
      expect(s.swing).toBe(Math.abs(s.npvOptimistic - s.npvConservative));
      expect(s.npvConservative, s.label).toBeLessThan(s.npvOptimistic);
    }
    expect(swings.map((s) => s.swing)).toEqual([...swings.map((s) => s.swing)].sort((a, b) => b - a));
    expect(sensitivity(MIXED)).toEqual([]);
  });

  it('names the field whose points are out of order, for its side', () => {
    const c = withEstimates() as any;
    c.benefits[0].amount = { conservative: 40000, expected: 30000, optimistic: 36000 };
    c.costs[2].users = { conservative: 20, expected: 25, optimistic: 22 };
    expect(errors(c)).toEqual([
      'costs[2].users: expected conservative ≥ expected ≥ optimistic (a cost is larger when conservative), got 20, 25, 22',
      'benefits[0].amount: expected conservative ≤ expected ≤ optimistic (a benefit is smaller when conservative), got 40000, 30000, 36000',
    ]);
  });

  it('refuses a point that is not a valid value, a missing or extra point, and an estimate inside a per-year list', () => {
    const c = withEstimates() as any;
    c.benefits[2].margin = { conservative: 0.2, expected: 0.3, optimistic: 1.5 };
    expect(errors(c)).toEqual(['benefits[2].margin.optimistic: expected a fraction between 0 and 1, got 1.5']);
    c.benefits[2].margin = { low: 0.2, expected: 0.3, optimistic: 0.35 };
    expect(errors(c)[0]).toMatch(/^benefits\[2\]\.margin: expected a number, or an estimate \{ "conservative"/);
    c.benefits[2].margin = 0.3;
    c.benefits[0].amount = [{ conservative: 1, expected: 2, optimistic: 3 }, 4];
    expect(errors(c)[0]).toMatch(/^benefits\[0\]\.amount\[0\]: expected a number/);
  });
});
