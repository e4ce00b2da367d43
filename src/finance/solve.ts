// Root finding for IRR and XIRR: Newton–Raphson from the analyst's guess (what Excel does, so the
// same root comes back when there are several), then a bracketing fallback (grid scan + Brent) that
// solves what Newton cannot: flat starts, overshoots below −100 %, oscillation.

/** Rates scanned for a sign change when Newton fails; 0 is a grid point so no bracket straddles it. */
const SCAN_RATES = [
  -0.999999999, -0.9999999, -0.99999, -0.9999, -0.999, -0.99, -0.97, -0.95, -0.9, -0.85, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.25, -0.2, -0.15, -0.1, -0.075, -0.05,
  -0.03, -0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 1.5, 2,
  3, 5, 10, 20, 50, 100, 1e3, 1e4, 1e6,
];
const NEWTON_ITERATIONS = 50;
/** Newton stops when the step is below this, relative to 1 + |rate|. */
const NEWTON_TOLERANCE = 1e-13;
const BRENT_ITERATIONS = 200;
const EPSILON = Number.EPSILON;

/**
 * Finds a rate r > −1 where the cash flows are worth zero.
 * @param newtonStep f(r)/f'(r) for the present value f; may be non-finite where f' vanishes or overflows.
 * @param scaled a function with f's sign and roots on (−1, ∞) that stays finite there (f times a positive factor).
 * @returns the rate, or undefined when neither method finds one.
 */
export function solveRate(newtonStep: (rate: number) => number, scaled: (rate: number) => number, guess: number): number | undefined {
  return newton(newtonStep, guess) ?? bracketed(scaled, guess);
}

function newton(step: (rate: number) => number, guess: number): number | undefined {
  let rate = guess;
  for (let i = 0; i < NEWTON_ITERATIONS; i++) {
    const delta = step(rate);
    if (!Number.isFinite(delta)) return undefined;
    const next = rate - delta;
    if (!(next > -1)) return undefined;
    if (Math.abs(delta) <= NEWTON_TOLERANCE * (1 + Math.abs(next))) return next;
    rate = next;
  }
  return undefined;
}

/** Scans SCAN_RATES for sign changes and solves the bracket nearest the guess with Brent's method. */
function bracketed(f: (rate: number) => number, guess: number): number | undefined {
  let best: [number, number, number, number] | undefined;
  let bestDistance = Infinity;
  let lo = SCAN_RATES[0];
  let fLo = f(lo);
  for (let i = 1; i < SCAN_RATES.length; i++) {
    const hi = SCAN_RATES[i];
    const fHi = f(hi);
    if (fLo === 0) return lo;
    if ((fLo < 0 && fHi > 0) || (fLo > 0 && fHi < 0)) {
      const distance = guess < lo ? lo - guess : guess > hi ? guess - hi : 0;
      if (distance < bestDistance) {
        best = [lo, hi, fLo, fHi];
        bestDistance = distance;
      }
    }
    lo = hi;
    fLo = fHi;
  }
  if (fLo === 0) return lo;
  return best && brent(f, ...best);
}

/** Brent's method (as in Numerical Recipes' zbrent) on a bracket [a, b] with f(a)·f(b) < 0. */
export function brent(f: (x: number) => number, a: number, b: number, fa: number, fb: number): number {
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let i = 0; i < BRENT_ITERATIONS; i++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * EPSILON * Math.abs(b) + 1e-17;
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Inverse quadratic interpolation (secant when only two points are distinct).
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : half > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}
