import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { planSheet } from '../../src/plan';
import { chartData, rangeValues } from '../../playground/chart-data';
import { defaultCase } from '../../taskpane/default-case';
import { exampleCase } from '../writers/xlsx-charts';

// The playground charts read what a host reads: the cached values of the cells the chart's series refer to.

describe('chartData', () => {
  it('reads the cumulative lines, the years and the payback month from the plan', () => {
    const c = defaultCase(new Date(Date.UTC(2025, 0, 15)));
    const ev = evaluate(c);
    const plan = planSheet(c);
    const [line, columns] = plan.charts.map((spec) => chartData(plan, spec));

    expect(line.series.map((s) => s.name)).toEqual(['Cumulative net', 'Cumulative discounted net']);
    expect(line.series[0].categories).toEqual(Array.from({ length: c.horizonMonths + 1 }, (_, m) => m));
    const cumulative = line.series[0].values as number[];
    expect(cumulative).toHaveLength(c.horizonMonths + 1);
    expect(cumulative[cumulative.length - 1]).toBeCloseTo(ev.totals.benefits - ev.totals.costs, 6);
    expect(line.marker?.months).toBeCloseTo(ev.paybackMonths.simple as number, 10);
    expect(line.valueFormat).toBe('"$"#,##0;[Red]-"$"#,##0');

    expect(columns.series[0].categories).toEqual(['Year 1', 'Year 2', 'Year 3']);
    const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(sum(columns.series[0].values)).toBeCloseTo(ev.totals.costs, 6);
    expect(sum(columns.series[1].values)).toBeCloseTo(ev.totals.benefits, 6);
    expect(columns.marker).toBeUndefined();
  });

  it('has no payback marker when the marker cell says "never"', () => {
    const plan = planSheet(exampleCase('never-pays-back'));
    const spec = plan.charts.find((s) => s.id === 'cumulativeNet')!;
    expect(rangeValues(plan, spec.marker!)).toEqual(['never']);
    expect(chartData(plan, spec).marker).toBeUndefined();
  });

  it('reads a range row by row, a malformed one as nothing, and text in a value cell as a gap', () => {
    const plan = planSheet(defaultCase(new Date(Date.UTC(2025, 0, 15))));
    expect(rangeValues(plan, 'A5:B6')).toEqual([null, 'Risk-adjusted', 'Total costs', plan.cells[5][1].value]);
    expect(rangeValues(plan, 'not a range')).toEqual([]);
    const spec = { ...plan.charts[0], series: [{ name: 'Labels', categories: 'A6:A7', values: 'A6:B6' }] };
    expect(chartData(plan, spec).series[0].values).toEqual([null, plan.cells[5][1].value]);
  });
});
