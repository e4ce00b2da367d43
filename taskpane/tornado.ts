import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import type { Swing } from '../src/case/scenarios';
import { svg } from './dom';

// The Review's tornado chart: NPV as one range runs from its conservative to its optimistic value, every other driver
// expected; a bar per range, widest first, around the expected NPV. It is drawn at the width of its box (one SVG unit
// per pixel), so its text keeps its size in a 300 px sidebar and in a wide pane; when narrow, the labels go above the
// bars. SVG text does not wrap: labels are broken into lines by an estimate of their width that errs on the wide side.

export interface TornadoBar {
  /** "<line>: <driver>". */
  label: string;
  conservative: number;
  optimistic: number;
}

/** The bars in the order the core sorts the swings: widest first. */
export const tornadoBars = (swings: readonly Swing[], fieldLabel: (s: Swing) => string = (s) => s.label): TornadoBar[] =>
  swings.map((s) => ({ label: `${s.lineName}: ${fieldLabel(s)}`, conservative: s.npvConservative, optimistic: s.npvOptimistic }));

/** Below this width the labels go above their bars; beside them, they would be squeezed into a narrow column. */
export const NARROW = 480;
const FONT = { label: 11, small: 10 };
/** Average glyph width as a share of the font size, rounded up: a label estimated this way never runs past its room. */
const GLYPH = 0.6;
const LINE = 14;
const BAR = 12;
const GAP = 10;
const MAX_LINES = 3;

const textWidth = (text: string, size: number) => text.length * size * GLYPH;

/** Greedy word wrap into at most MAX_LINES lines of `chars` characters; what does not fit ends in "…". */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest; ) {
      const room = chars - (line ? line.length + 1 : 0);
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        // A word longer than a whole line is broken.
        lines.push(rest.slice(0, chars));
        rest = rest.slice(chars);
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= MAX_LINES) return lines;
  const last = lines[MAX_LINES - 1];
  return [...lines.slice(0, MAX_LINES - 1), `${last.slice(0, Math.max(0, chars - 1))}…`];
}

/** About `count` round steps (1, 2, 2.5 or 5 × 10ⁿ) covering lo..hi; a single value in the middle of its axis. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  // Ranges just switched on have all three points equal: every bar is empty, and the expected NPV is all there is.
  const pad = lo === hi ? Math.abs(hi) / 2 || 1 : 0;
  [lo, hi] = [lo - pad, hi + pad];
  const raw = (hi - lo) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw)!;
  const first = Math.floor(lo / step);
  const last = Math.max(first + 1, Math.ceil(hi / step));
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

/** The most ticks whose labels fit side by side, and the plot between half a label's room at either end. */
function axis(min: number, max: number, from: number, width: number, money: (x: number) => string) {
  for (let count = 6; ; count--) {
    const ticks = niceTicks(min, max, count);
    const widest = Math.max(...ticks.map((t) => textWidth(money(t), FONT.small)));
    const [left, right] = [from + widest / 2 + 4, width - widest / 2 - 4];
    if ((right - left) / (ticks.length - 1) >= widest + 8 || count === 1) return { ticks, left, right };
  }
}

export interface TornadoRow extends TornadoBar {
  lines: string[];
  /** The NPVs at both ends, in words under the label. */
  range: string;
  /** Baseline of the first label line. */
  labelY: number;
  barY: number;
}

export interface TornadoLayout {
  width: number;
  height: number;
  narrow: boolean;
  labelX: number;
  plot: { left: number; right: number; top: number; bottom: number };
  x: (npv: number) => number;
  ticks: number[];
  rows: TornadoRow[];
}

export function tornadoLayout(bars: readonly TornadoBar[], expected: number, width: number, money: (x: number) => string, locale: Locale = 'en'): TornadoLayout {
  const narrow = width < NARROW;
  const values = [expected, ...bars.flatMap((b) => [b.conservative, b.optimistic])];
  const labelColumn = narrow ? 0 : Math.min(Math.round(width * 0.4), 240);
  const { ticks, left, right } = axis(Math.min(...values), Math.max(...values), labelColumn, width, money);
  const [lo, hi] = [ticks[0], ticks[ticks.length - 1]];
  const x = (v: number) => left + ((v - lo) / (hi - lo)) * (right - left);

  const labelChars = Math.floor(((narrow ? width : labelColumn) - 8) / (FONT.label * GLYPH));
  // Two lines above the bars: the legend, and the expected NPV over its line.
  const top = 2 * LINE + 8;
  let y = top;
  const rows = bars.map((b): TornadoRow => {
    const lines = wrap(b.label, labelChars);
    const range = t(locale, 'wizard.chart.range', { from: money(b.conservative), to: money(b.optimistic) });
    const textHeight = (lines.length + 1) * LINE;
    const row = narrow
      ? { labelY: y + FONT.label, barY: y + textHeight }
      : { labelY: y + FONT.label, barY: y + Math.max(0, (textHeight - BAR) / 2) };
    y += (narrow ? textHeight + BAR : Math.max(textHeight, BAR)) + GAP;
    return { ...b, lines, range, ...row };
  });
  const bottom = y - GAP / 2;
  return { width, height: bottom + LINE + 6, narrow, labelX: 4, plot: { left, right, top, bottom }, x, ticks, rows };
}

export interface TornadoInput {
  bars: readonly TornadoBar[];
  expected: number;
  width: number;
  money: (x: number) => string;
}

export function tornadoChart({ bars, expected, width, money }: TornadoInput, locale: Locale = 'en'): SVGElement {
  const l = tornadoLayout(bars, expected, width, money, locale);
  const { plot, x } = l;
  const summary = t(locale, 'wizard.chart.tornadoSummary', { npv: money(expected), rows: l.rows.map((r) => `${r.label}, ${r.range}`).join('; ') });
  const ex = x(expected);
  const expectedLabel = t(locale, 'wizard.chart.expectedNpv', { amount: money(expected) });
  // The expected label is centred on its line unless that would run it off either side.
  const labelHalf = textWidth(expectedLabel, FONT.small) / 2;
  const anchor = ex - labelHalf < 0 ? 'start' : ex + labelHalf > l.width ? 'end' : 'middle';
  const segment = (from: number, to: number, y: number, cls: string) =>
    svg('rect', { x: Math.min(x(from), x(to)), y, width: Math.max(Math.abs(x(to) - x(from)), 1), height: BAR, class: cls });
  return svg('svg', { viewBox: `0 0 ${l.width} ${l.height}`, width: l.width, height: l.height, class: 'chart tornado', role: 'img', 'aria-label': summary },
    svg('title', {}, summary),
    svg('g', {},
      svg('rect', { x: l.labelX, y: 4, width: 10, height: 10, class: 'tornado-down' }),
      svg('text', { x: l.labelX + 14, y: 13, class: 'tornado-small' }, t(locale, 'wizard.chart.conservative')),
      svg('rect', { x: l.labelX + 124, y: 4, width: 10, height: 10, class: 'tornado-up' }),
      svg('text', { x: l.labelX + 138, y: 13, class: 'tornado-small' }, t(locale, 'wizard.chart.optimistic'))),
    svg('line', { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, class: 'tornado-axis' }),
    ...l.ticks.map((t) => svg('line', { x1: x(t), x2: x(t), y1: plot.bottom, y2: plot.bottom + 3, class: 'tornado-axis' })),
    ...l.ticks.map((t) => svg('text', { x: x(t), y: plot.bottom + LINE, class: 'tornado-small', 'text-anchor': 'middle' }, money(t))),
    ...l.rows.map((r) => svg('g', { class: 'tornado-row', 'data-label': r.label },
      svg('title', {}, t(locale, 'wizard.chart.tornadoRow', { label: r.label, conservative: money(r.conservative), optimistic: money(r.optimistic) })),
      svg('text', { x: l.labelX, y: r.labelY, class: 'tornado-label' },
        ...r.lines.map((line, i) => svg('tspan', { x: l.labelX, dy: i === 0 ? 0 : LINE }, line)),
        svg('tspan', { x: l.labelX, dy: LINE, class: 'tornado-small' }, r.range)),
      segment(r.conservative, expected, r.barY, 'tornado-down'),
      segment(expected, r.optimistic, r.barY, 'tornado-up'))),
    // Labels above the bars would be crossed by one long line: the expected NPV is marked across each bar instead.
    ...(l.narrow
      ? l.rows.map((r) => svg('line', { x1: ex, x2: ex, y1: r.barY - 3, y2: r.barY + BAR + 3, class: 'tornado-expected' }))
      : [svg('line', { x1: ex, x2: ex, y1: plot.top - 4, y2: plot.bottom, class: 'tornado-expected' })]),
    svg('text', { x: ex, y: LINE + 16, class: 'tornado-small tornado-expected-label', 'text-anchor': anchor }, expectedLabel),
  );
}
