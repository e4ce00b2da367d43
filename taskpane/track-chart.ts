import type { Evaluation } from '../src/case/evaluation';
import { sumMoney } from '../src/finance/money';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { svg } from './dom';

// The Track step's chart: the cumulative net as planned, as realised to date, and re-forecast from there to the
// horizon. Each line has its own dash pattern and a legend, so the chart reads without colour; the summary in its
// aria-label says the same in words.


const W = 320;
const H = 180;
const PAD = { left: 54, right: 10, top: 24, bottom: 30 };

const cumulate = (initial: number, monthly: readonly number[]): number[] => {
  const out = [initial];
  for (const x of monthly) out.push(sumMoney([out[out.length - 1], x]));
  return out;
};

export function trackChart(ev: Evaluation, money: (x: number) => string, locale: Locale): SVGElement {
  const r = ev.reforecast!;
  const through = ev.actuals!.throughMonth;
  const plan = [ev.initial.net, ...ev.cumulativeNet];
  const mixed = cumulate(sumMoney([r.initial.benefits, -r.initial.costs]), r.monthlyBenefits.map((b, i) => sumMoney([b, -r.monthlyCosts[i]])));
  const n = Math.max(1, plan.length - 1);
  const lo = Math.min(0, ...plan, ...mixed);
  const hi = Math.max(0, ...plan, ...mixed);
  const span = hi - lo || 1;
  const x = (m: number) => PAD.left + (m / n) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((hi - v) / span) * (H - PAD.top - PAD.bottom);
  const line = (values: readonly number[], from: number, cls: string) =>
    svg('polyline', { points: values.map((v, i) => `${x(from + i).toFixed(1)},${y(v).toFixed(1)}`).join(' '), class: `track-line ${cls}`, fill: 'none' });
  const summary = t(locale, 'track.chart.summary', { through, actual: money(mixed[through]), plan: money(plan[through]), end: money(mixed[n]), planEnd: money(plan[n]) });
  const legend = (['plan', 'actual', 'reforecast'] as const).map((cls, i) => {
    const label = t(locale, `track.col.${cls}`);
    const x0 = PAD.left + i * 82;
    return svg('g', {}, svg('line', { x1: x0, x2: x0 + 16, y1: 9, y2: 9, class: `track-line ${cls}` }), svg('text', { x: x0 + 20, y: 12, class: 'chart-label' }, label));
  });
  // The last month with an actual is marked on the axis unless its label would run into the ends'.
  const ticks = [0, ...(x(through) - x(0) >= 16 && x(n) - x(through) >= 16 ? [through] : []), n];
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart track-chart', role: 'img', 'aria-label': summary },
    svg('title', {}, summary),
    ...legend,
    ...[...new Set([hi, 0, lo])].map((v) => svg('text', { x: PAD.left - 4, y: y(v) + 3, class: 'chart-label', 'text-anchor': 'end' }, money(v))),
    ...ticks.map((m) => svg('text', { x: x(m), y: H - PAD.bottom + 12, class: 'chart-label', 'text-anchor': m === n ? 'end' : 'middle' }, String(m))),
    svg('text', { x: (PAD.left + W - PAD.right) / 2, y: H - 4, class: 'chart-label', 'text-anchor': 'middle' }, t(locale, 'wizard.chart.months')),
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: 'chart-axis' }),
    svg('line', { x1: x(through), x2: x(through), y1: PAD.top, y2: H - PAD.bottom, class: 'track-today' }),
    line(plan, 0, 'plan'),
    line(mixed.slice(through), through, 'reforecast'),
    line(mixed.slice(0, through + 1), 0, 'actual'),
  );
}
