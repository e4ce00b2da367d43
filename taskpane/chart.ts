import { svg } from './dom';

// The review step's cumulative net cash flow: one line, a zero axis and the break-even point, drawn as inline SVG.

const W = 300;
const H = 140;
const PAD = { left: 8, right: 8, top: 12, bottom: 18 };

export function cumulativeChart(cumulative: number[], breakEvenMonth: number | null, money: (x: number) => string): SVGElement {
  const n = cumulative.length;
  const lo = Math.min(0, ...cumulative);
  const hi = Math.max(0, ...cumulative);
  const span = hi - lo || 1;
  const x = (m: number) => PAD.left + ((m - 1) / Math.max(1, n - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((hi - v) / span) * (H - PAD.top - PAD.bottom);
  const points = cumulative.map((v, i) => `${x(i + 1).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = cumulative[n - 1] ?? 0;
  const summary = `Cumulative net cash flow: ${money(cumulative[0] ?? 0)} in month 1, ${money(last)} in month ${n}` +
    (breakEvenMonth ? `; breaks even in month ${breakEvenMonth}.` : '; does not break even.');
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': summary },
    svg('title', {}, summary),
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: 'chart-axis' }),
    breakEvenMonth ? svg('line', { x1: x(breakEvenMonth), x2: x(breakEvenMonth), y1: PAD.top, y2: H - PAD.bottom, class: 'chart-marker' }) : null,
    svg('polyline', { points, class: last >= 0 ? 'chart-line good' : 'chart-line bad', fill: 'none' }),
    svg('text', { x: PAD.left, y: H - 4, class: 'chart-label' }, 'Month 1'),
    svg('text', { x: W - PAD.right, y: H - 4, class: 'chart-label', 'text-anchor': 'end' }, `Month ${n}`),
    svg('text', { x: W - PAD.right, y: 10, class: 'chart-label', 'text-anchor': 'end' }, money(hi)),
  );
}
