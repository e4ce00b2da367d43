import type { Uniform } from './random';

// The distributions a three-point estimate is drawn from. Both stay inside [min, max] and peak at the expected value;
// PERT puts less weight on the tails than the triangle.

/** A three-point estimate as a range: min ≤ mode ≤ max. */
export interface Range {
  min: number;
  mode: number;
  max: number;
}

export type Distribution = (u: Uniform, range: Range) => number;

/** Rounding may step an ulp outside the range; a drawn driver must stay a valid value (a margin ≤ 100 %). */
const inside = (x: number, { min, max }: Range): number => Math.min(max, Math.max(min, x));

/** Triangular(min, mode, max) by its inverse distribution function: one uniform a draw. Mean (min + mode + max) / 3. */
export const triangular: Distribution = (u, range) => {
  const { min, mode, max } = range;
  if (min === max) return min;
  const p = u();
  const span = max - min;
  const x = p < (mode - min) / span ? min + Math.sqrt(p * span * (mode - min)) : max - Math.sqrt((1 - p) * span * (max - mode));
  return inside(x, range);
};

/**
 * Beta-PERT with λ = 4: min + (max − min) · Beta(α, β), α = 1 + 4 (mode − min) / (max − min),
 * β = 1 + 4 (max − mode) / (max − min). Mean (min + 4 · mode + max) / 6. The Beta draw is X / (X + Y) with
 * X ~ Gamma(α), Y ~ Gamma(β).
 */
export const pert: Distribution = (u, range) => {
  const { min, mode, max } = range;
  if (min === max) return min;
  const span = max - min;
  const x = gamma(u, 1 + (4 * (mode - min)) / span);
  const y = gamma(u, 1 + (4 * (max - mode)) / span);
  return inside(min + (span * x) / (x + y), range);
};

/** Gamma(shape, 1) for shape ≥ 1 (PERT's α and β always are): Marsaglia and Tsang's method (2000). */
function gamma(u: Uniform, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = u();
    // The cheap squeeze accepts most draws; the logarithm decides the rest.
    if (w < 1 - 0.0331 * x * x * x * x || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A standard normal by Box–Muller, from two uniforms (both inside (0, 1), so the logarithm is finite). */
const normal = (u: Uniform): number => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
