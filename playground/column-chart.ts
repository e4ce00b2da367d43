import { svg } from '../taskpane/dom';
import type { ChartData } from './chart-data';
import { chartBox, frame } from './chart-frame';
import { formatValue } from './numfmt';

// Costs against benefits per year: clustered columns, one cluster a year, one column a series, as the .xlsx draws them.

/** The space between clusters, as a share of one column's width (the .xlsx's gapWidth of 80 %). */
const GAP = 0.8;

export function columnChart(data: ChartData): SVGElement {
  const { spec, series, valueFormat } = data;
  const categories = series[0]?.categories ?? [];
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const f = frame(spec, Math.min(0, ...numbers), Math.max(0, ...numbers), valueFormat,
    series.map((s, i) => ({ name: s.name, cls: `pg-bar pg-bar-${i}`, shape: 'box' })));
  const band = (f.plot.right - f.plot.left) / Math.max(1, categories.length);
  const bar = band / (series.length + GAP);
  const y0 = f.y(0);
  const label = (c: unknown) => formatValue(c).text;
  const money = (v: number) => formatValue(v, valueFormat).text;
  const summary = `${spec.title}: ` + categories.map((c, i) => `${label(c)}: ${series.map((s) => `${s.name.toLowerCase()} ${money(s.values[i] ?? 0)}`).join(', ')}`).join('; ') + '.';
  return chartBox(spec, summary,
    ...f.nodes,
    svg('g', { class: 'pg-chart-categories' },
      ...categories.map((c, i) => svg('text', { x: f.plot.left + (i + 0.5) * band, y: f.plot.bottom + 14, class: 'pg-chart-label', 'text-anchor': 'middle' }, label(c)))),
    ...series.map((s, j) => svg('g', { class: `pg-bar pg-bar-${j}`, 'data-series': s.name },
      ...s.values.map((v, i) => v === null ? null : svg('rect', {
        x: f.plot.left + i * band + (GAP / 2 + j) * bar, width: bar, y: Math.min(f.y(v), y0), height: Math.abs(f.y(v) - y0), 'data-value': v,
      }, svg('title', {}, `${s.name}, ${label(categories[i])}: ${money(v)}`))))),
    svg('line', { x1: f.plot.left, x2: f.plot.right, y1: y0, y2: y0, class: 'pg-chart-zero' }),
  );
}
