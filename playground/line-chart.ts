import { svg } from '../taskpane/dom';
import type { ChartData } from './chart-data';
import { chartBox, frame, type Frame } from './chart-frame';
import { formatValue } from './numfmt';
import { linear, monthTicks } from './scale';

// The cumulative net cash flow chart: one line a series over the month numbers (month 0 is the initial period), the
// zero line, and the payback point where the cumulative net crosses it for good, as the .xlsx marks it.

/** Half the size of the payback diamond, px. */
const DIAMOND = 5;
/** Rough width of a character of the bold payback label, px. */
const LABEL_CHAR_PX = 6;

export function lineChart(data: ChartData): SVGElement {
  const { spec, series, valueFormat, marker } = data;
  const months = (series[0]?.categories ?? []).map((c, i) => (typeof c === 'number' ? c : i));
  const first = months[0] ?? 0;
  const last = months[months.length - 1] ?? 1;
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const f = frame(spec, Math.min(0, ...numbers), Math.max(0, ...numbers), valueFormat,
    series.map((s, i) => ({ name: s.name, cls: `pg-line pg-line-${i}`, shape: 'line' })));
  const x = linear([first, last], [f.plot.left, f.plot.right]);
  const y0 = f.y(0);
  const money = (v: number) => formatValue(v, valueFormat).text;
  const end = series[0]?.values[series[0].values.length - 1] ?? 0;
  const payback = marker && marker.months >= first && marker.months <= last ? marker : undefined;
  const summary = `${spec.title}: ${series[0]?.name ?? ''} from ${money(series[0]?.values[0] ?? 0)} in month ${first} to ${money(end)} in month ${last}; ` +
    (payback ? `pays back after ${formatValue(payback.months, payback.format).text}.` : 'no payback within the horizon.');
  return chartBox(spec, summary,
    ...f.nodes,
    svg('g', { class: 'pg-chart-months' },
      ...monthTicks(last).filter((m) => m >= first).map((m) => svg('text', { x: x(m), y: f.plot.bottom + 14, class: 'pg-chart-label', 'text-anchor': 'middle' }, String(m)))),
    svg('line', { x1: f.plot.left, x2: f.plot.right, y1: y0, y2: y0, class: 'pg-chart-zero' }),
    // A cell without a number (an error value) is left out, as a host leaves a gap there.
    ...series.map((s, i) => svg('polyline', {
      class: `pg-line pg-line-${i}`, 'data-series': s.name, 'data-values': s.values.map((v) => v ?? '').join(','),
      points: s.values.flatMap((v, m) => (v === null ? [] : [`${x(months[m]).toFixed(1)},${f.y(v).toFixed(1)}`])).join(' '),
    })),
    payback ? paybackMark(x(payback.months), y0, f.plot, `Payback ${formatValue(payback.months, payback.format).text}`, payback.months) : null,
  );
}

function paybackMark(px: number, y0: number, plot: Frame['plot'], label: string, months: number): SVGElement {
  // Up to payback the cumulative net is below zero, so the space above the zero line and left of the point is free;
  // near the left edge the label reads rightwards, and below the line when the zero line runs along the top.
  const above = y0 - plot.top > 24;
  const rightwards = px - 8 - label.length * LABEL_CHAR_PX < plot.left;
  return svg('g', { class: 'pg-payback', 'data-months': String(months) },
    svg('line', { x1: px, x2: px, y1: plot.top, y2: plot.bottom, class: 'pg-payback-rule' }),
    svg('path', { d: `M${px} ${y0 - DIAMOND}L${px + DIAMOND} ${y0}L${px} ${y0 + DIAMOND}L${px - DIAMOND} ${y0}Z`, class: 'pg-payback-point' }),
    svg('text', { x: px + (rightwards ? 8 : -8), y: above ? y0 - 9 : y0 + 17, class: 'pg-payback-label', 'text-anchor': rightwards ? 'start' : 'end' }, label));
}
