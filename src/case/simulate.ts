import { pert, triangular, type Range } from './distributions';
import { fastEvaluator } from './fast';
import { sfc32 } from './random';
import { uncertaintyOf } from './scenarios';

// Monte Carlo over a case's three-point estimates: each draw gives every estimate a value from its range,
// independently of the others, and evaluates the case in doubles (fast.ts). The answer is a spread, not one figure:
// the NPV, ROI and payback at P10, P50 and P90, and how likely the case is to pay off. docs/finance.md has the method.

export interface SimulationOptions {
  iterations: number;
  seed: number;
  distribution?: 'triangular' | 'pert';
}

/** null: no value (an ROI without costs in every draw), or +∞ (a payback that never happens within the horizon). */
export interface Percentiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  mean: number | null;
}

export interface Simulation {
  iterations: number;
  seed: number;
  distribution: 'triangular' | 'pert';
  npv: Percentiles;
  /** On the PV basis; draws without costs (no ROI) are left out. */
  roi: Percentiles;
  /** Simple payback; a draw that never pays back within the horizon counts as +∞. */
  paybackMonths: Percentiles;
  /** Share of draws with NPV > 0. */
  probabilityNpvPositive: number;
  /** Share of draws that pay back within the horizon. */
  probabilityPayback: number;
  /** Every draw's NPV, in draw order, for histograms. */
  npvSamples: number[];
}

export const MAX_ITERATIONS = 1_000_000;
export const MAX_SEED = 0xffffffff;
const DISTRIBUTIONS = { triangular, pert };

/** Throws CaseValidationError for an invalid case, RangeError for invalid options. Same seed, same result. */
export function simulate(input: unknown, options: SimulationOptions): Simulation {
  const s = simulator(input, options);
  s.run(options.iterations);
  return s.result();
}

/** A simulation run a slice of draws at a time, for a caller that must not block (the wizard without a Worker). */
export interface Simulator {
  /** Draws up to `count` more; true once every draw is done. */
  run(count: number): boolean;
  /** The figures, once every draw is done. */
  result(): Simulation;
}

/** Validates like simulate(); the slices together draw exactly what simulate() draws. */
export function simulator(input: unknown, options: SimulationOptions): Simulator {
  const { iterations, seed, distribution = 'triangular' } = options;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS)
    throw new RangeError(`simulate: iterations must be a whole number from 1 to ${MAX_ITERATIONS}, got ${iterations}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`simulate: seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
  if (distribution !== 'triangular' && distribution !== 'pert') throw new RangeError(`simulate: distribution must be "triangular" or "pert", got ${String(distribution)}`);
  const { case: c, uncertain } = uncertaintyOf(input);

  const evaluateDraw = fastEvaluator(c, uncertain);
  // Conservative is the low end of a benefit's driver and the high end of a cost's.
  const ranges: Range[] = uncertain.map((u) => ({ min: Math.min(u.conservative, u.optimistic), mode: u.expected, max: Math.max(u.conservative, u.optimistic) }));
  const sample = DISTRIBUTIONS[distribution];
  const uniform = sfc32(seed);
  const draw = new Float64Array(ranges.length);
  const npv = new Float64Array(iterations);
  const payback = new Float64Array(iterations);
  const roi: number[] = [];
  let npvPositive = 0;
  let paysBack = 0;
  let i = 0;
  return {
    run(count) {
      for (const end = Math.min(iterations, i + count); i < end; i++) {
        for (let j = 0; j < ranges.length; j++) draw[j] = sample(uniform, ranges[j]);
        const r = evaluateDraw(draw);
        npv[i] = r.npv;
        payback[i] = r.paybackMonths;
        if (r.roi !== null) roi.push(r.roi);
        if (r.npv > 0) npvPositive++;
        if (r.paybackMonths !== Infinity) paysBack++;
      }
      return i === iterations;
    },
    result() {
      if (i < iterations) throw new Error(`simulate: ${iterations - i} draws are still to run`);
      return {
        iterations, seed, distribution,
        npv: percentiles(npv), roi: percentiles(roi), paybackMonths: percentiles(payback),
        probabilityNpvPositive: npvPositive / iterations, probabilityPayback: paysBack / iterations,
        npvSamples: Array.from(npv),
      };
    },
  };
}

/**
 * P10, P50, P90 as Excel's PERCENTILE.INC: with the n values sorted, the p-th percentile sits at rank h = (n − 1) · p
 * (0-based) and is interpolated linearly between the values either side of it. +∞ (a payback that never happens)
 * sorts last; a percentile or mean that is +∞ is null, as is every figure of an empty sample.
 */
export function percentiles(values: ArrayLike<number>): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const finite = (x: number) => (x === Infinity ? null : x);
  const at = (percent: number): number | null => {
    if (n === 0) return null;
    // (n − 1) · percent is a whole number, so a rank that falls on a value is exact.
    const h = ((n - 1) * percent) / 100;
    const below = Math.floor(h);
    const fraction = h - below;
    if (fraction === 0 || sorted[below] === Infinity) return finite(sorted[below]);
    return finite(sorted[below] + fraction * (sorted[below + 1] - sorted[below]));
  };
  // A running mean: n equal values give that value exactly, where a sum divided by n may not.
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (sorted[i] - mean) / (i + 1);
  return { p10: at(10), p50: at(50), p90: at(90), mean: n === 0 || sorted[n - 1] === Infinity ? null : mean };
}

/**
 * `bins` bins of equal width from the smallest value to the largest; each bin holds the values from its `from` up to
 * but not including its `to`, the last one its `to` as well. When every value is the same, one bin holds them all.
 */
export function histogram(values: readonly number[], bins: number): { from: number; to: number; count: number }[] {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`histogram: bins must be a whole number ≥ 1, got ${bins}`);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('histogram: every value must be a finite number');
  if (values.length === 0) return [];
  let [low, high] = [values[0], values[0]];
  for (const v of values) [low, high] = [Math.min(low, v), Math.max(high, v)];
  if (low === high) return [{ from: low, to: high, count: values.length }];
  const width = (high - low) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : low + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    // The arithmetic guess, moved to the bin whose edges really hold v when rounding put it one off.
    let i = Math.min(bins - 1, Math.floor((v - low) / width));
    while (i > 0 && v < edges[i]) i--;
    while (i < bins - 1 && v >= edges[i + 1]) i++;
    counts[i]++;
  }
  return counts.map((count, i) => ({ from: edges[i], to: edges[i + 1], count }));
}
