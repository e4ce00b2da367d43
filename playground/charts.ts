import { address, parseAddress } from '../src/plan/a1';
import type { SheetPlan } from '../src/plan/types';
import { chartData } from './chart-data';
import { barChart } from './bar-chart';
import { columnChart } from './column-chart';
import { lineChart } from './line-chart';

// The plan's charts over the drawn grid, each with its top-left corner on its anchor cell, as Excel and Sheets place
// them. They go inside the scrolled canvas, so they move with the cells under them.

export function drawCharts(plan: SheetPlan, canvas: HTMLElement): void {
  for (const spec of plan.charts) {
    const at = parseAddress(spec.anchor);
    const cell = at && canvas.querySelector<HTMLElement>(`td[data-address="${address(at.row, at.col)}"]`);
    if (!cell) continue;
    const data = chartData(plan, spec);
    const chart = spec.type === 'line' ? lineChart(data) : spec.type === 'bar' ? barChart(plan, data) : columnChart(data);
    const { left, top } = offsetWithin(cell, canvas);
    chart.style.left = `${left}px`;
    chart.style.top = `${top}px`;
    canvas.append(chart);
  }
}

/** Where an element sits inside a positioned ancestor, in px; the offsets are layout positions, unaffected by scrolling. */
function offsetWithin(el: HTMLElement, ancestor: HTMLElement): { left: number; top: number } {
  let left = 0;
  let top = 0;
  for (let e: HTMLElement | null = el; e && e !== ancestor; e = e.offsetParent as HTMLElement | null) {
    left += e.offsetLeft;
    top += e.offsetTop;
  }
  return { left, top };
}
