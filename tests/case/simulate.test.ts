import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, CaseValidationError } from '../../src/case/evaluate';
import { pert, triangular, type Distribution, type Range } from '../../src/case/distributions';
import { sfc32 } from '../../src/case/random';
import { uncertaintyOf } from '../../src/case/scenarios';
import { histogram, percentiles, simulate, simulator } from '../../src/case/simulate';
import type { RoiCase } from '../../src/case/types';
import { loadExample } from '../plan/fixtures';

// Monte Carlo: the generator, the two distributions, percentiles, histograms and simulate() itself. Every random
// figure comes from a fixed seed, so the statistical checks give the same answer on every run.

describe('sfc32', () => {
  // The first outputs after seeding, from a C transcription of PractRand's sfc32 (raw32 and seed(Uint64)).
  it.each([
    [0, [1363572419, 145230303, 808754475, 4216505632, 947923937]],
    [1, [2012149540, 1872316204, 1707632675, 1779833415, 2026416846]],
    [42, [1264412219, 1947509147, 3919439299, 1251167922, 656401615]],
    [4294967295, [1984736529, 3747275468, 1287205723, 2021412065, 2215341480]],
  ])('seed %i gives the reference outputs', (seed, outputs) => {
    const u = sfc32(seed);
    // u() is the middle of the output's step: (x + 0.5) / 2^32.
    expect(outputs.map(() => u() * 2 ** 32 - 0.5)).toEqual(outputs);
  });

  it('refuses a seed that is not a whole number from 0 to 2^32 − 1', () => {
    for (const seed of [-1, 2 ** 32, 1.5, NaN]) expect(() => sfc32(seed)).toThrow(RangeError);
  });
});

describe('distributions', () => {
  const N = 200_000;
  const ranges: Range[] = [
    { min: 10, mode: 60, max: 100 },
    { min: 0, mode: 0, max: 1 }, // the mode at an end
    { min: 0.2, mode: 0.3, max: 0.35 },
    { min: 330, mode: 350, max: 380 },
  ];
  // Mean and variance of each: triangular (a²+b²+c²−ab−ac−bc)/18; PERT (λ = 4) (μ − min)(max − μ)/7.
  const cases: [string, Distribution, (r: Range) => number, (r: Range, mean: number) => number][] = [
    ['triangular', triangular, ({ min: a, mode: c, max: b }) => (a + c + b) / 3, ({ min: a, mode: c, max: b }) => (a * a + b * b + c * c - a * b - a * c - b * c) / 18],
    ['pert', pert, ({ min, mode, max }) => (min + 4 * mode + max) / 6, ({ min, max }, mean) => ((mean - min) * (max - mean)) / 7],
  ];

  it.each(cases)('%s: every draw in [min, max], the sample mean within 5 standard errors of the mean', (_, draw, mean, variance) => {
    const u = sfc32(7);
    for (const r of ranges) {
      let sum = 0;
      for (let i = 0; i < N; i++) {
        const x = draw(u, r);
        if (!(x >= r.min && x <= r.max)) throw new Error(`${x} is outside [${r.min}, ${r.max}]`);
        sum += x;
      }
      const m = mean(r);
      expect(Math.abs(sum / N - m)).toBeLessThan(5 * Math.sqrt(variance(r, m) / N));
    }
  });

  it.each(cases)('%s: a range of one value gives that value', (_, draw) => {
    expect(draw(sfc32(1), { min: 5, mode: 5, max: 5 })).toBe(5);
  });
});

describe('percentiles (PERCENTILE.INC) and histogram', () => {
  it('interpolates between order statistics as Excel does', () => {
    // PERCENTILE.INC({1…10}, 0.1) = 1.9: rank 0.9, between 1 and 2.
    expect(percentiles([10, 3, 1, 7, 5, 2, 9, 4, 8, 6])).toEqual({ p10: 1.9, p50: 5.5, p90: 9.1, mean: 5.5 });
    expect(percentiles([4, 4, 4])).toEqual({ p10: 4, p50: 4, p90: 4, mean: 4 });
    expect(percentiles([])).toEqual({ p10: null, p50: null, p90: null, mean: null });
  });

  it('+∞ sorts last; a percentile or mean that reaches it is null', () => {
    expect(percentiles([2, Infinity, 1, 3])).toEqual({ p10: 1.3, p50: 2.5, p90: null, mean: null });
    expect(percentiles([Infinity, Infinity])).toEqual({ p10: null, p50: null, p90: null, mean: null });
  });

  it('bins cover every value once, edge to edge, and the counts add up to n', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (values, bins) => {
        const h = histogram(values, bins);
        const [low, high] = [Math.min(...values), Math.max(...values)];
        expect(h.length).toBe(low === high ? 1 : bins);
        expect([h[0].from, h[h.length - 1].to]).toEqual([low, high]);
        h.forEach((bin, i) => {
          if (i > 0) expect(bin.from).toBe(h[i - 1].to);
          const last = i === h.length - 1;
          expect(bin.count).toBe(values.filter((v) => v >= bin.from && (v < bin.to || (last && v <= bin.to))).length);
        });
        expect(h.reduce((n, b) => n + b.count, 0)).toBe(values.length);
      }),
    );
    expect(histogram([], 10)).toEqual([]);
    expect(() => histogram([1], 0)).toThrow(RangeError);
    expect(() => histogram([1, Infinity], 2)).toThrow(RangeError);
  });
});

/** Pays back within 20 months when the monthly benefit is at least 50 (of 10 … 100): about 64 % of triangular draws. */
const SOMETIMES: RoiCase = {
  name: 'Sometimes pays back', currency: 'EUR', startDate: '2025-01-01', horizonMonths: 20, discountRate: 0,
  costs: [{ type: 'oneTime', name: 'Set-up', amount: 1000, month: 0 }],
  benefits: [{ type: 'amount', name: 'Savings', category: 'other', amount: { conservative: 10, expected: 60, optimistic: 100 }, per: 'month', startMonth: 1 } as never],
};

describe('simulate', () => {
  const enterprise = loadExample('enterprise-tei');

  it('the same seed gives the same result; another seed other draws', () => {
    const a = simulate(enterprise, { iterations: 2000, seed: 42 });
    expect(simulate(enterprise, { iterations: 2000, seed: 42 })).toEqual(a);
    const b = simulate(enterprise, { iterations: 2000, seed: 43 });
    expect(b.npvSamples).not.toEqual(a.npvSamples);
    expect(b.npv.p50).not.toBe(a.npv.p50);
    expect(simulate(enterprise, { iterations: 2000, seed: 42, distribution: 'pert' }).npvSamples).not.toEqual(a.npvSamples);
  });

  it('run in slices, it draws exactly what one call draws', () => {
    const s = simulator(enterprise, { iterations: 1000, seed: 7 });
    expect(() => s.result()).toThrow(/still to run/);
    const slices = [s.run(300), s.run(300), s.run(300), s.run(300)];
    expect(slices).toEqual([false, false, false, true]);
    expect(s.result()).toEqual(simulate(enterprise, { iterations: 1000, seed: 7 }));
  });

  it('each draw is the case with its estimates drawn in order from sfc32(seed), evaluated', () => {
    const s = simulate(enterprise, { iterations: 3, seed: 9 });
    const { case: c, uncertain } = uncertaintyOf(enterprise);
    const u = sfc32(9);
    for (const npv of s.npvSamples) {
      const drawn = structuredClone(c);
      for (const e of uncertain) {
        const [key, index, field] = e.path;
        const range = { min: Math.min(e.conservative, e.optimistic), mode: e.expected, max: Math.max(e.conservative, e.optimistic) };
        (drawn[key][index] as unknown as Record<string, number>)[field] = triangular(u, range);
      }
      expect(npv).toBeCloseTo(evaluate(drawn).npv, 6);
    }
  });

  it('reports the percentiles of its draws and the shares of them', () => {
    const s = simulate(enterprise, { iterations: 5000, seed: 1 });
    expect(s).toMatchObject({ iterations: 5000, seed: 1, distribution: 'triangular' });
    expect(s.npvSamples).toHaveLength(5000);
    expect(s.npv).toEqual(percentiles(s.npvSamples));
    expect(s.probabilityNpvPositive).toBe(s.npvSamples.filter((x) => x > 0).length / 5000);
    const [p10, p50, p90] = [s.npv.p10!, s.npv.p50!, s.npv.p90!];
    expect(p10).toBeLessThan(p50);
    expect(p50).toBeLessThan(p90);
    // The expected case lies inside the spread.
    expect(evaluate(enterprise).npv).toBeGreaterThan(p10);
    expect(evaluate(enterprise).npv).toBeLessThan(p90);
  });

  it('a draw that never pays back counts as +∞: the shares and the null percentiles say so', () => {
    const s = simulate(SOMETIMES, { iterations: 20_000, seed: 3 });
    // P(benefit ≥ 50) = 1 − 40² / (90 × 50) = 0.644…
    expect(s.probabilityPayback).toBeCloseTo(1 - 1600 / 4500, 1);
    expect(s.paybackMonths.p10).toBeGreaterThan(10);
    expect(s.paybackMonths.p50).toBeLessThanOrEqual(20);
    expect(s.paybackMonths.p90).toBeNull();
    expect(s.paybackMonths.mean).toBeNull();
    expect(s.roi.p50).not.toBeNull();
  });

  it('a case without estimates is a point mass at its expected case', () => {
    const small = loadExample('small-business');
    const e = evaluate(small);
    const s = simulate(small, { iterations: 500, seed: 5 });
    expect(s.npv).toEqual({ p10: e.npv, p50: e.npv, p90: e.npv, mean: e.npv });
    expect(s.roi).toEqual({ p10: e.roi.presentValue, p50: e.roi.presentValue, p90: e.roi.presentValue, mean: e.roi.presentValue });
    expect(s.paybackMonths.p50).toBe(e.paybackMonths.simple);
    expect([s.probabilityNpvPositive, s.probabilityPayback]).toEqual([1, 1]);
  });

  it('draws without costs are left out of the ROI percentiles', () => {
    const free = { ...SOMETIMES, costs: [] };
    const s = simulate(free, { iterations: 100, seed: 1 });
    expect(s.roi).toEqual({ p10: null, p50: null, p90: null, mean: null });
    expect(s.paybackMonths).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0 });
  });

  it('throws RangeError for bad options and CaseValidationError for a bad case', () => {
    for (const options of [{ iterations: 0, seed: 1 }, { iterations: 1_000_001, seed: 1 }, { iterations: 2.5, seed: 1 }, { iterations: 10, seed: -1 }, { iterations: 10, seed: 2 ** 32 }, { iterations: 10, seed: 1, distribution: 'normal' }])
      expect(() => simulate(enterprise, options as never), JSON.stringify(options)).toThrow(RangeError);
    expect(() => simulate({ ...enterprise, horizonMonths: 0 }, { iterations: 10, seed: 1 })).toThrow(CaseValidationError);
  });
});
