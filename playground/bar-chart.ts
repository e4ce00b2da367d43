import { tornadoChart } from '../taskpane/tornado';
import { parseAddress } from '../src/plan/a1';
import type { SheetPlan } from '../src/plan/types';
import type { ChartData } from './chart-data';
import { formatValue } from './numfmt';

// The sheet's tornado (a horizontal bar chart of NPV changes from the expected NPV), drawn by the wizard's tornado:
// each bar runs from the NPV at an estimate's conservative value to that at its optimistic one.

export function barChart(plan: SheetPlan, data: ChartData): SVGElement {
  // The bars are changes from the Summary's NPV, which its defined name finds.
  const at = parseAddress(plan.names.find((n) => /_NPV$/.test(n.name))?.ref.replace(/\$/g, '') ?? '');
  const expectedValue = at ? plan.cells[at.row]?.[at.col]?.value : undefined;
  const expected = typeof expectedValue === 'number' ? expectedValue : 0;
  const [conservative, optimistic] = data.series;
  const bars = (conservative?.categories ?? []).map((label, i) => ({
    label: String(label ?? ''),
    conservative: expected + ((conservative.values[i] as number | null) ?? 0),
    optimistic: expected + ((optimistic?.values[i] as number | null) ?? 0),
  }));
  const chart = tornadoChart({ bars, expected, width: data.spec.width, money: (x) => formatValue(x, data.valueFormat).text });
  // The wizard's tornado fills its box; here it takes the size the sheet gives the chart, on a white ground.
  chart.setAttribute('width', String(data.spec.width));
  chart.setAttribute('height', String(data.spec.height));
  chart.style.width = `${data.spec.width}px`;
  chart.style.height = `${data.spec.height}px`;
  chart.style.background = '#fff';
  chart.classList.add('pg-chart');
  chart.setAttribute('data-chart', data.spec.id);
  return chart;
}
