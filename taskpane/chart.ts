import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { svg } from './dom';

// The review step's cumulative net cash flow, drawn as inline SVG: the line from the initial period (month 0) to the
// horizon, money values on the left, months along the bottom, the low point (the funding the case needs) and the
// payback point, each labelled.

const W = 320;
const H = 170;
const PAD = { left: 54, right: 10, top: 14, bottom: 30 };

export interface ChartInput {
  /** The cumulative position at month 0 (the initial period), then at the end of each month. */
  cumulative: number[];
  /** Fractional months to payback, or null when the case never pays back within the horizon. */
  paybackMonths: number | null;
  /** The lowest cumulative position and its month. */
  peak: { amount: number; month: number };
  money: (x: number) => string;
}

/** Month ticks: at most about six labels, on whole years when the horizon is long. */
function monthTicks(n: number): number[] {
  const step = [1, 3, 6, 12, 24, 60].find((s) => n / s <= 6) ?? 120;
  const ticks: number[] = [];
  for (let m = 0; m <= n; m += step) ticks.push(m);
  if (ticks[ticks.length - 1] !== n) ticks.push(n);
  return ticks;
}

export function cumulativeChart({ cumulative, paybackMonths, peak, money }: ChartInput, locale: Locale = 'en'): SVGElement {
  const number = (x: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
  const n = Math.max(1, cumulative.length - 1);
  const lo = Math.min(0, ...cumulative);
  const hi = Math.max(0, ...cumulative);
  const span = hi - lo || 1;
  const valueTicks = [...new Set([hi, 0, lo])];
  // Room for the widest amount on the left: "-38 668 $US" is longer than "-$38,668" (9 px labels, ~5.2 px a glyph).
  const left = Math.max(PAD.left, 6 + Math.max(...valueTicks.map((v) => money(v).length)) * 5.2);
  const x = (m: number) => left + (m / n) * (W - left - PAD.right);
  const y = (v: number) => PAD.top + ((hi - v) / span) * (H - PAD.top - PAD.bottom);
  const points = cumulative.map((v, m) => `${x(m).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = cumulative[cumulative.length - 1] ?? 0;
  const summary =
    t(locale, 'wizard.chart.summary', { start: money(cumulative[0] ?? 0), end: money(last), n }) +
    (peak.amount < 0 ? t(locale, 'wizard.chart.summaryLow', { amount: money(peak.amount), month: peak.month }) : '') +
    (paybackMonths === null ? t(locale, 'wizard.chart.summaryNever') : t(locale, 'wizard.chart.summaryPayback', { months: number(paybackMonths) }));
  const lowLabelLeft = x(peak.month) < W / 2;
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': summary },
    svg('title', {}, summary),
    ...valueTicks.map((v) => svg('text', { x: left - 4, y: y(v) + 3, class: 'chart-label chart-value', 'text-anchor': 'end' }, money(v))),
    ...monthTicks(n).map((m) => svg('text', { x: x(m), y: H - PAD.bottom + 12, class: 'chart-label chart-month', 'text-anchor': 'middle' }, String(m))),
    svg('text', { x: (left + W - PAD.right) / 2, y: H - 4, class: 'chart-label', 'text-anchor': 'middle' }, t(locale, 'wizard.chart.months')),
    svg('line', { x1: left, x2: W - PAD.right, y1: y(0), y2: y(0), class: 'chart-axis' }),
    paybackMonths === null ? null : svg('g', { class: 'chart-payback' },
      svg('line', { x1: x(paybackMonths), x2: x(paybackMonths), y1: PAD.top, y2: H - PAD.bottom, class: 'chart-marker' }),
      svg('text', { x: x(paybackMonths) + 3, y: PAD.top + 8, class: 'chart-label' }, t(locale, 'wizard.chart.payback', { months: number(paybackMonths) }))),
    svg('polyline', { points, class: last >= 0 ? 'chart-line good' : 'chart-line bad', fill: 'none' }),
    peak.amount < 0 ? svg('g', { class: 'chart-low' },
      svg('circle', { cx: x(peak.month), cy: y(peak.amount), r: 3, class: 'chart-point' }),
      svg('text', { x: x(peak.month) + (lowLabelLeft ? 5 : -5), y: Math.min(y(peak.amount) + 12, H - PAD.bottom - 2), class: 'chart-label', 'text-anchor': lowLabelLeft ? 'start' : 'end' },
        t(locale, 'wizard.chart.low', { amount: money(peak.amount), month: peak.month }))) : null,
  );
}
