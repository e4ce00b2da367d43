import type { ChartSpec } from '../src/plan/types';
import { svg, type Child } from '../taskpane/dom';
import { formatValue } from './numfmt';
import { linear, niceTicks } from './scale';

// What both playground charts share: a white box with the spec's title, a value axis (round values in the sheet's
// number format, with gridlines) and a legend along the bottom. Sizes are in px, the spec's own.

export interface LegendEntry {
  name: string;
  /** CSS class of the series, which gives its swatch its colour. */
  cls: string;
  shape: 'line' | 'box';
}

export interface Frame {
  plot: { left: number; right: number; top: number; bottom: number };
  y: (v: number) => number;
  /** Background, title, gridlines, value labels and legend, to go under the series. */
  nodes: SVGElement[];
}

/** Rough width of a character of the 10 px label font: enough to size the value axis before anything is drawn. */
const CHAR_PX = 5.6;
const TITLE_BAND = 30;
/** Month or year labels under the plot, then the legend. */
const BOTTOM_BAND = 44;

/** The chart's own <svg>, its size the spec's, described in words for a screen reader. */
export function chartBox(spec: ChartSpec, summary: string, ...children: Child[]): SVGElement {
  return svg('svg', { width: spec.width, height: spec.height, viewBox: `0 0 ${spec.width} ${spec.height}`, class: 'pg-chart', 'data-chart': spec.id, role: 'img', 'aria-label': summary },
    svg('title', {}, summary), ...children);
}

export function frame({ width, height, title }: ChartSpec, lo: number, hi: number, format: string | undefined, legend: LegendEntry[]): Frame {
  const ticks = niceTicks(lo, hi);
  const labels = ticks.map((t) => formatValue(t, format).text);
  const left = Math.ceil(12 + Math.max(...labels.map((l) => l.length)) * CHAR_PX);
  const plot = { left, right: width - 16, top: TITLE_BAND, bottom: height - BOTTOM_BAND };
  const y = linear([ticks[0], ticks[ticks.length - 1]], [plot.bottom, plot.top]);
  return {
    plot,
    y,
    nodes: [
      svg('rect', { x: 0.5, y: 0.5, width: width - 1, height: height - 1, class: 'pg-chart-bg' }),
      svg('text', { x: width / 2, y: 19, class: 'pg-chart-title', 'text-anchor': 'middle' }, title),
      svg('g', { class: 'pg-chart-values' },
        ...ticks.map((t, i) => svg('g', {},
          svg('line', { x1: plot.left, x2: plot.right, y1: y(t), y2: y(t), class: 'pg-chart-grid' }),
          svg('text', { x: plot.left - 6, y: y(t) + 3.5, class: 'pg-chart-label', 'text-anchor': 'end' }, labels[i])))),
      legendOf(legend, width, height - 12),
    ],
  };
}

function legendOf(entries: LegendEntry[], width: number, baseline: number): SVGElement {
  const widths = entries.map((e) => 24 + e.name.length * CHAR_PX + 16);
  let x = (width - widths.reduce((a, b) => a + b, 0)) / 2;
  return svg('g', { class: 'pg-chart-legend' },
    ...entries.map((e, i) => {
      const at = x;
      x += widths[i];
      const swatch = e.shape === 'line'
        ? svg('line', { x1: at, x2: at + 18, y1: baseline - 3.5, y2: baseline - 3.5, class: e.cls })
        : svg('rect', { x: at + 4, y: baseline - 9, width: 10, height: 10, class: e.cls });
      return svg('g', {}, swatch, svg('text', { x: at + 24, y: baseline, class: 'pg-chart-label' }, e.name));
    }));
}
