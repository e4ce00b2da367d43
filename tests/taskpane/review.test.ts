import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { evaluateScenarios, sensitivity } from '../../src/case/scenarios';
import { POINTS } from '../../src/case/validate';
import { metricLabel } from '../../src/case/metric-catalog';
import { moneyFormatter, percent, reviewRows, SCENARIO_METRICS, scenarioRows } from '../../taskpane/format';
import { NARROW, niceTicks, tornadoBars, tornadoLayout, wrap } from '../../taskpane/tornado';

// The Review step shows NPV and ROI (PV) before risk adjustment too, where risk changes them as shown; for a case with
// ranges, its three scenarios side by side and the NPV tornado.

const example: RoiCase = JSON.parse(readFileSync(new URL('../../examples/small-business.json', import.meta.url), 'utf8'));
const unadjusted = (c: RoiCase) => Object.fromEntries(reviewRows(evaluate(c)).flatMap((r) => (r.unadjusted ? [[r.key, r.unadjusted.text]] : [])));

describe('the Review step before risk adjustment', () => {
  it('shows NPV and ROI (PV) as the core computes them without risk', () => {
    const ev = evaluate(example);
    expect(unadjusted(example)).toEqual({ NPV: moneyFormatter('USD')(ev.unadjusted.npv), ROI_PV: percent(ev.unadjusted.roi.presentValue as number) });
    expect(ev.unadjusted.npv).toBeGreaterThan(ev.npv);
  });

  it('a cost risk counts too; without any risk there is nothing to add', () => {
    const noRisk = { ...example, benefits: example.benefits.map(({ risk: _risk, ...b }) => b) } as RoiCase;
    expect(unadjusted(noRisk)).toEqual({});
    const costRisk = { ...noRisk, costs: noRisk.costs.map((c, i) => (i === 1 ? { ...c, risk: 0.1 } : c)) } as RoiCase;
    expect(Object.keys(unadjusted(costRisk))).toEqual(['NPV', 'ROI_PV']);
  });
});

describe('the Review of a case with ranges', () => {
  // Four ranges; its conservative case never pays back within the horizon.
  const enterprise = JSON.parse(readFileSync(new URL('../../examples/enterprise-tei.json', import.meta.url), 'utf8'));
  const scenarios = evaluateScenarios(enterprise);
  const money = moneyFormatter('USD');

  it('puts the three scenarios side by side: NPV, ROI (PV), IRR, payback, by their registry labels and formats', () => {
    const rows = scenarioRows(scenarios);
    expect(rows.map((r) => r.label)).toEqual(SCENARIO_METRICS.map(metricLabel));
    expect(rows.map((r) => r.key)).toEqual(['NPV', 'ROI_PV', 'IRR', 'PAYBACK']);
    const [npv, roi, irr, payback] = rows;
    expect(npv.cells.map((c) => c.text)).toEqual(POINTS.map((p) => money(scenarios[p].npv)));
    expect(npv.cells.map((c) => c.negative)).toEqual([true, false, false]);
    expect(roi.cells.map((c) => c.text)).toEqual(POINTS.map((p) => percent(scenarios[p].roi.presentValue as number)));
    expect(irr.cells[2].text).toBe(percent(scenarios.optimistic.irr as number));
    // A scenario that never pays back says so, as the single-case review does.
    expect(payback.cells[0]).toEqual({ text: '—', reason: 'never pays back within 36 months', negative: false });
    expect(payback.cells[1].text).toBe(`${(scenarios.expected.paybackMonths.simple as number).toFixed(1)} months`);
  });

  it('draws one tornado bar per range, widest first, labelled "<line>: <driver>", from NPV at conservative to NPV at optimistic', () => {
    const swings = sensitivity(enterprise);
    const bars = tornadoBars(swings);
    expect(bars.map((b) => b.label)).toEqual([
      'Higher win rate on qualified pipeline: Extra deals per month',
      'Sales rep productivity: less data entry and reporting: Hours saved per person per month',
      'Sales Cloud Enterprise licences: Users',
      'Implementation partner: phase 1 (sales): Amount',
    ]);
    const widths = bars.map((b) => Math.abs(b.optimistic - b.conservative));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(bars[0]).toMatchObject({ conservative: swings[0].npvConservative, optimistic: swings[0].npvOptimistic });
  });

  it.each([300, 360, 536])('at %i px, everything lies within the chart and the tick labels do not overlap', (width) => {
    const bars = tornadoBars(sensitivity(enterprise));
    const l = tornadoLayout(bars, scenarios.expected.npv, width, money);
    expect(l.narrow).toBe(width < NARROW);
    expect(l.plot.left).toBeGreaterThanOrEqual(0);
    expect(l.plot.right).toBeLessThanOrEqual(width);
    for (const r of l.rows) {
      for (const v of [r.conservative, r.optimistic]) expect(l.x(v)).toBeGreaterThanOrEqual(l.plot.left - 1e-9);
      for (const v of [r.conservative, r.optimistic]) expect(l.x(v)).toBeLessThanOrEqual(l.plot.right + 1e-9);
      // Labels above the bars when narrow, beside them (left of the plot) otherwise.
      if (l.narrow) expect(r.labelY + (r.lines.length - 1) * 14).toBeLessThan(r.barY);
      else expect(Math.max(...r.lines.map((line) => line.length)) * 11 * 0.6).toBeLessThan(l.plot.left);
      expect(r.lines.join(' ').replace('…', '')).toBe(r.label.slice(0, r.lines.join(' ').replace('…', '').length));
    }
    expect(l.rows.map((r) => r.barY)).toEqual([...l.rows.map((r) => r.barY)].sort((a, b) => a - b));
    // The widest tick label, at 0.6 em a glyph, fits between two ticks.
    const widest = Math.max(...l.ticks.map((t) => money(t).length * 10 * 0.6));
    expect((l.plot.right - l.plot.left) / (l.ticks.length - 1)).toBeGreaterThanOrEqual(widest);
    expect(l.ticks[0]).toBeLessThanOrEqual(Math.min(...bars.map((b) => b.conservative)));
    expect(l.ticks[l.ticks.length - 1]).toBeGreaterThanOrEqual(Math.max(...bars.map((b) => b.optimistic)));
  });

  it('wraps a long label at spaces, breaks a word longer than a line, and ends what does not fit in "…"', () => {
    expect(wrap('Sales rep productivity: less data entry', 20)).toEqual(['Sales rep', 'productivity: less', 'data entry']);
    expect(wrap('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragili', 'stic']);
    expect(wrap('one two three four five six seven', 9)).toEqual(['one two', 'three', 'four fiv…']);
  });

  it('gives round axis steps', () => {
    expect(niceTicks(699505, 2479198, 3)).toEqual([0, 1000000, 2000000, 3000000]);
    expect(niceTicks(-343609, 120000, 4)).toEqual([-400000, -200000, 0, 200000]);
    expect(niceTicks(80000, 80000, 4)).toEqual([40000, 60000, 80000, 100000, 120000]);
  });
});
