import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { Evaluation } from '../../src/case/evaluation';
import { fastEvaluator, type FastEvaluation } from '../../src/case/fast';
import { driversOf, lineType } from '../../src/case/lines';
import { uncertaintyOf } from '../../src/case/scenarios';
import type { RoiCase } from '../../src/case/types';
import { validateCase, type Uncertain } from '../../src/case/validate';
import { isError } from '../../src/finance';
import { arbitraryCase, EXAMPLES, loadExample } from '../plan/fixtures';

// The fast path (doubles) against evaluate() (decimal sums): the same NPV, ROI and payback to 1e-9 relative, on the
// examples and on random cases with three-point estimates on random drivers, at random points of their ranges.

/** Relative to the larger of the value and 1: an absolute 1e-9 for a figure near zero (a ratio, a month count). */
const close = (fast: number, decimal: number) => Math.abs(fast - decimal) <= 1e-9 * Math.max(1, Math.abs(decimal));

function expectAgreement(f: FastEvaluation, e: Evaluation): void {
  const roi = e.roi.presentValue;
  const payback = e.paybackMonths.simple;
  const show = { fast: { npv: f.npv, roi: f.roi, payback: f.paybackMonths }, decimal: { npv: e.npv, roi, payback } };
  expect(close(f.npv, e.npv), JSON.stringify(show)).toBe(true);
  expect(isError(roi) ? f.roi === null : f.roi !== null && close(f.roi, roi), JSON.stringify(show)).toBe(true);
  // evaluate()'s #N/A ("never within the horizon") is the fast path's Infinity.
  expect(isError(payback) ? f.paybackMonths === Infinity : close(f.paybackMonths, payback), JSON.stringify(show)).toBe(true);
  expect(close(f.presentValue.costs, e.presentValue.costs) && close(f.presentValue.benefits, e.presentValue.benefits)).toBe(true);
  expect(close(f.initial.costs, e.initial.costs) && close(f.initial.benefits, e.initial.benefits)).toBe(true);
  expect([...f.monthlyCosts].every((x, i) => close(x, e.monthlyCosts[i])) && [...f.monthlyBenefits].every((x, i) => close(x, e.monthlyBenefits[i]))).toBe(true);
}

/** The expected case with draw[i] written at uncertain[i]'s path: what the fast path evaluates, as a case. */
function caseAt(c: RoiCase, uncertain: readonly Uncertain[], draw: readonly number[]): RoiCase {
  const copy = structuredClone(c);
  uncertain.forEach((u, i) => {
    const [key, index, field] = u.path;
    (copy[key][index] as unknown as Record<string, number>)[field] = draw[i];
  });
  return copy;
}

const fraction = fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000);
const SLOTS = 64;

/**
 * A random case with some single-valued drivers turned into estimates around their value: each driver takes the next
 * slot of [estimate?, how far down, how far up]; a percent stays ≤ 1, and a cost's conservative point is its high one.
 */
const estimatedCase: fc.Arbitrary<unknown> = fc.tuple(arbitraryCase, fc.array(fc.tuple(fc.boolean(), fraction, fraction), { minLength: SLOTS, maxLength: SLOTS })).map(([c, slots]) => {
  const copy = structuredClone(c) as unknown as Record<'costs' | 'benefits', Record<string, unknown>[]>;
  let slot = 0;
  for (const line of [...copy.costs, ...copy.benefits]) {
    const decl = lineType(line.type)!;
    for (const f of driversOf(decl)) {
      const [on, down, up] = slots[slot++ % SLOTS];
      const v = line[f.key];
      if (!on || typeof v !== 'number') continue;
      const [low, high] = [v * (1 - down), f.kind === 'percent' ? v + (1 - v) * up : v * (1 + up)];
      line[f.key] = decl.side === 'benefit' ? { conservative: low, expected: v, optimistic: high } : { conservative: high, expected: v, optimistic: low };
    }
  }
  return copy;
});

describe('fast evaluation (doubles) against evaluate() (decimal)', () => {
  it.each(EXAMPLES)('%s: the expected draw is evaluate() of the case', (name) => {
    const input = loadExample(name);
    const { case: c, uncertain } = uncertaintyOf(input);
    expectAgreement(fastEvaluator(c, uncertain)(uncertain.map((u) => u.expected)), evaluate(input));
  });

  it('agrees to 1e-9 on random cases with estimates, at random points of their ranges', () => {
    let estimates = 0;
    fc.assert(
      fc.property(estimatedCase, fc.array(fraction, { minLength: SLOTS, maxLength: SLOTS }), (input, at) => {
        const checked = validateCase(input);
        if (!checked.ok) throw new Error(`the generator made an invalid case: ${JSON.stringify(checked.issues)}`);
        const { case: c, uncertain } = checked;
        estimates += uncertain.length;
        const draw = uncertain.map((u, i) => {
          const [low, high] = [Math.min(u.conservative, u.optimistic), Math.max(u.conservative, u.optimistic)];
          return low + at[i % SLOTS] * (high - low);
        });
        expectAgreement(fastEvaluator(c, uncertain)(draw), evaluate(caseAt(c, uncertain, draw)));
      }),
      { numRuns: 300 },
    );
    expect(estimates).toBeGreaterThan(300); // the property did exercise estimates
  });

  it('a draw leaves nothing behind: the same draw gives the same figures after others', () => {
    const { case: c, uncertain } = uncertaintyOf(loadExample('enterprise-tei'));
    const run = fastEvaluator(c, uncertain);
    const summary = (draw: number[]) => {
      const r = run(draw);
      return { npv: r.npv, roi: r.roi, payback: r.paybackMonths, costs: [...r.monthlyCosts], benefits: [...r.monthlyBenefits] };
    };
    const low = uncertain.map((u) => u.conservative);
    const first = summary(low);
    summary(uncertain.map((u) => u.optimistic));
    expect(summary(low)).toEqual(first);
    expectAgreement(run(low), evaluate(caseAt(c, uncertain, low)));
  });
});
