import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metricLabel } from '../../src/case/metric-catalog';
import { histogram, simulate, type Simulation } from '../../src/case/simulate';
import type { RoiCase } from '../../src/case/types';
import { moneyFormatter, months } from '../../taskpane/format';
import { histogramLayout } from '../../taskpane/histogram-chart';
import { riskFacts, riskRows, shareOfDraws } from '../../taskpane/risk-format';

// The Risk step's words and chart layout: the percentiles as the Review writes amounts, "never" and "n/a" where a
// percentile has no value, the chances with their counts, and a histogram whose axis fits from 320 to 1400 px.

const enterprise: RoiCase = JSON.parse(readFileSync(new URL('../../examples/enterprise-tei.json', import.meta.url), 'utf8'));
const money = moneyFormatter('USD');

describe('the Risk step', () => {
  const sim = simulate(enterprise, { iterations: 2000, seed: 1 });

  it('lists P10, P50, P90 and the mean of NPV, ROI (PV) and payback', () => {
    const rows = riskRows(sim, 'USD');
    expect(rows.map((r) => r.label)).toEqual([metricLabel('NPV'), metricLabel('ROI_PV'), metricLabel('PAYBACK')]);
    expect(rows[0].cells.map((c) => c.text)).toEqual([sim.npv.p10, sim.npv.p50, sim.npv.p90, sim.npv.mean].map((x) => money(x as number)));
    expect(rows[1].cells[1].text).toBe(`${((sim.roi.p50 as number) * 100).toFixed(1)} %`);
    expect(rows[2].cells[1].text).toBe(months(sim.paybackMonths.p50 as number));
  });

  it('a payback that never happens is "never", an ROI without costs "n/a", a negative amount marked', () => {
    const none: Simulation = { ...sim, npv: { p10: -5, p50: 1, p90: 2, mean: 0 }, roi: { p10: null, p50: null, p90: null, mean: null }, paybackMonths: { p10: 12, p50: 30, p90: null, mean: null } };
    const [npv, roi, payback] = riskRows(none, 'EUR');
    expect(npv.cells.map((c) => c.negative)).toEqual([true, false, false, false]);
    expect(roi.cells.map((c) => c.text)).toEqual(['n/a', 'n/a', 'n/a', 'n/a']);
    expect(payback.cells.map((c) => c.text)).toEqual(['12 months', '30 months', 'never', 'never']);
  });

  it('the chances come with their counts, and a near-certainty is never rounded to certain', () => {
    expect(shareOfDraws(0.9321, 10_000)).toBe('93.2 % of draws (9,321 of 10,000)');
    expect(shareOfDraws(0.9999, 10_000)).toBe('> 99.9 % of draws (9,999 of 10,000)');
    expect(shareOfDraws(0.0001, 10_000)).toBe('< 0.1 % of draws (1 of 10,000)');
    expect(shareOfDraws(1, 10_000)).toBe('100.0 % of draws (10,000 of 10,000)');
    expect(riskFacts(sim, 36).map((f) => f.label)).toEqual(['NPV above zero', 'Pays back within 36 months', 'Draws']);
    expect(riskFacts(sim, 36)[2].text).toBe('2,000, seed 1, triangular distributions');
  });

  it('the histogram fits its width: ticks apart, inside the chart, a zero line only when 0 is on the axis', () => {
    for (const [values, hasZero] of [[sim.npvSamples, false], [sim.npvSamples.map((v) => v - 1_500_000), true]] as const) {
      const bins = histogram([...values], 12);
      for (const width of [300, 320, 1400]) {
        const l = histogramLayout(bins, width, money);
        const xs = l.ticks.map(l.x);
        const widest = Math.max(...l.ticks.map((t) => money(t).length * 6));
        expect(xs[0] - widest / 2).toBeGreaterThanOrEqual(0);
        expect(xs[xs.length - 1] + widest / 2).toBeLessThanOrEqual(width);
        xs.slice(1).forEach((x, i) => expect(x - xs[i]).toBeGreaterThanOrEqual(widest));
        expect(l.x(bins[0].from)).toBeGreaterThanOrEqual(l.plot.left);
        expect(l.x(bins[11].to)).toBeLessThanOrEqual(l.plot.right);
        expect(l.zero !== null).toBe(hasZero);
      }
    }
  });
});
