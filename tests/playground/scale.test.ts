import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linear, monthTicks, niceTicks } from '../../playground/scale';

// The playground charts' axes: round values that cover the data, month labels as the .xlsx spaces them.

describe('niceTicks', () => {
  it.each([
    [-38668, 98596, [-50000, 0, 50000, 100000]],
    [0, 93448, [0, 20000, 40000, 60000, 80000, 100000]],
    [0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [-3, 7, [-4, -2, 0, 2, 4, 6, 8]],
    [0, 12.5e6, [0, 2.5e6, 5e6, 7.5e6, 10e6, 12.5e6]],
  ])('%s..%s → %j', (lo, hi, ticks) => expect(niceTicks(lo, hi)).toEqual(ticks));

  it('gives a flat series an axis with height, and takes its ends in either order', () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(5000, 5000)).toEqual([5000, 6000, 7000, 8000, 9000, 10000]);
    expect(niceTicks(100, -100)).toEqual(niceTicks(-100, 100));
  });

  it('covers the data with evenly spaced round ticks, zero among them when the data spans it', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (a, b) => {
      const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
      const ticks = niceTicks(lo, hi);
      // Covered to within float rounding of a tick (0.1 × 3 is not 0.3): far under a pixel.
      const slack = 1e-9 * (ticks[ticks.length - 1] - ticks[0]);
      expect(ticks[0]).toBeLessThanOrEqual(lo + slack);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(hi - slack);
      expect(ticks.length).toBeLessThanOrEqual(12);
      const step = ticks[1] - ticks[0];
      ticks.forEach((t, i) => expect(t).toBeCloseTo(ticks[0] + i * step, 6));
      if (lo <= 0 && hi >= 0) expect(ticks).toContain(0);
      expect(ticks.some((t) => Object.is(t, -0))).toBe(false);
    }));
  });
});

describe('monthTicks', () => {
  it.each([
    [6, [0, 1, 2, 3, 4, 5, 6]],
    [12, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    [36, [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36]],
    [60, [0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60]],
    [240, [0, 24, 48, 72, 96, 120, 144, 168, 192, 216, 240]],
  ])('%s months → %j', (last, ticks) => expect(monthTicks(last)).toEqual(ticks));
});

describe('linear', () => {
  it('maps the domain onto the range, reversed ranges included (SVG y grows downwards)', () => {
    const y = linear([-50, 100], [250, 30]);
    expect(y(-50)).toBe(250);
    expect(y(100)).toBe(30);
    expect(y(0)).toBeCloseTo(250 - (50 / 150) * 220, 10);
  });

  it('maps a flat domain to the range start', () => expect(linear([3, 3], [10, 20])(3)).toBe(10));
});
