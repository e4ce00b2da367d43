// Axis arithmetic for the playground's charts, kept free of the DOM so it can be tested on its own.

/** A linear map from a domain to a range; a flat domain maps to the range's start. */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/**
 * Round value ticks covering lo..hi: about `count` steps of 1, 2, 2.5 or 5 times a power of ten, as chart axes use.
 * The first tick is at or below lo and the last at or above hi, so the data never leaves the plot.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (hi < lo) [lo, hi] = [hi, lo];
  // A flat series (all zero, say) still gets an axis with some height; so does one whose span a step cannot resolve.
  if (hi - lo <= 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi))) hi = lo + Math.max(Math.abs(lo), 1);
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const ticks: number[] = [];
  // toPrecision drops the float noise of i × step (0.30000000000000004); `|| 0` turns -0 into 0.
  for (let i = Math.floor(lo / step); i <= Math.ceil(hi / step); i++) ticks.push(Number((i * step).toPrecision(12)) || 0);
  return ticks;
}

/** Month labels along a horizon of `last` months from month 0: as the .xlsx chart does, at most a dozen steps of 1, 3, 6, 12, 24 or 60 months. */
export function monthTicks(last: number): number[] {
  const step = [1, 3, 6, 12, 24, 60].find((s) => last / s <= 12) ?? 120;
  const ticks: number[] = [];
  for (let m = 0; m <= last; m += step) ticks.push(m);
  return ticks;
}
