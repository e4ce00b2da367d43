import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { svg } from './dom';
import { niceTicks } from './tornado';

// The Risk step's NPV histogram: how many of the draws fall in each of its bins. Drawn at its box's width (one SVG unit
// per pixel) so its text keeps its size from a 300 px sidebar to a wide pane; the x axis takes as many round money
// ticks as fit side by side, and a line marks NPV 0 when it lies within the draws.

export interface Bin {
  from: number;
  to: number;
  count: number;
}

const SMALL = 10;
/** Average glyph width as a share of the font size, rounded up (as in tornado.ts). */
const GLYPH = 0.6;
const HEIGHT = 180;
const TOP = 18;
const AXIS = 30;

const textWidth = (text: string) => text.length * SMALL * GLYPH;

export interface HistogramLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  x: (npv: number) => number;
  y: (count: number) => number;
  ticks: number[];
  maxCount: number;
  /** Where NPV 0 is, if within the draws. */
  zero: number | null;
}

export function histogramLayout(bins: readonly Bin[], width: number, money: (x: number) => string): HistogramLayout {
  const lo = bins[0].from;
  const hi = bins[bins.length - 1].to;
  const maxCount = Math.max(...bins.map((b) => b.count));
  const countRoom = textWidth(String(maxCount)) + 8;
  // The most ticks whose labels fit side by side within the plot.
  let ticks: number[] = [];
  let left = 0;
  let right = 0;
  for (let n = 6; n >= 1; n--) {
    ticks = niceTicks(lo, hi, n);
    const widest = Math.max(...ticks.map((t) => textWidth(money(t))));
    [left, right] = [Math.max(countRoom, widest / 2 + 4), width - widest / 2 - 4];
    if ((right - left) / (ticks.length - 1) >= widest + 8) break;
  }
  const [first, last] = [ticks[0], ticks[ticks.length - 1]];
  const plot = { left, right, top: TOP, bottom: HEIGHT - AXIS };
  const x = (v: number) => left + ((v - first) / (last - first)) * (right - left);
  const y = (c: number) => plot.bottom - (c / maxCount) * (plot.bottom - plot.top);
  return { width, height: HEIGHT, plot, x, y, ticks, maxCount, zero: lo <= 0 && 0 <= hi ? x(0) : null };
}

export function histogramChart(bins: readonly Bin[], width: number, money: (x: number) => string, locale: Locale = 'en'): SVGElement {
  const l = histogramLayout(bins, width, money);
  const { plot, x, y } = l;
  const draws = bins.reduce((n, b) => n + b.count, 0);
  const list = bins.map((b) => `${t(locale, 'wizard.chart.range', { from: money(b.from), to: money(b.to) })}, ${b.count}`).join('; ');
  const summary = t(locale, 'wizard.chart.histogramSummary', { draws, bins: bins.length, list });
  return svg('svg', { viewBox: `0 0 ${l.width} ${l.height}`, width: l.width, height: l.height, class: 'chart risk-histogram', role: 'img', 'aria-label': summary },
    svg('title', {}, summary),
    svg('text', { x: 4, y: 12, class: 'tornado-small' }, t(locale, 'wizard.risk.draws')),
    svg('text', { x: plot.left - 4, y: plot.top + 4, class: 'tornado-small', 'text-anchor': 'end' }, l.maxCount),
    svg('text', { x: plot.left - 4, y: plot.bottom, class: 'tornado-small', 'text-anchor': 'end' }, 0),
    ...bins.map((b) => svg('rect', {
      x: x(b.from) + 0.5, y: y(b.count), width: Math.max(x(b.to) - x(b.from) - 1, 1), height: plot.bottom - y(b.count),
      class: b.to <= 0 ? 'tornado-down' : 'tornado-up', 'data-count': b.count,
    }, svg('title', {}, t(locale, 'wizard.chart.bin', { from: money(b.from), to: money(b.to), count: b.count })))),
    svg('line', { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, class: 'tornado-axis' }),
    ...l.ticks.map((t) => svg('line', { x1: x(t), x2: x(t), y1: plot.bottom, y2: plot.bottom + 3, class: 'tornado-axis' })),
    ...l.ticks.map((t) => svg('text', { x: x(t), y: plot.bottom + 14, class: 'tornado-small', 'text-anchor': 'middle' }, money(t))),
    l.zero === null ? null : svg('line', { x1: l.zero, x2: l.zero, y1: plot.top - 4, y2: plot.bottom, class: 'tornado-expected', 'data-zero': '' }),
    svg('text', { x: (plot.left + plot.right) / 2, y: l.height - 2, class: 'tornado-small', 'text-anchor': 'middle' }, t(locale, 'wizard.chart.npv')),
  );
}
