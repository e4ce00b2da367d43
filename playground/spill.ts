import { address } from '../src/plan/a1';
import type { PlanCell, SheetPlan } from '../src/plan/types';

// Text runs on over the empty cells to its right, as in a spreadsheet: the title, the subtitle and the "How to read"
// lines are one cell each in column A. A wrapped, centred or right-aligned cell, a number and anything typed into
// (an input or a note) stays in its cell; a cell with a formula, even one showing nothing, stops the text.

const isEmpty = (cell: PlanCell) => cell.formula === undefined && (cell.value === null || cell.value === undefined || cell.value === '');

/** For each cell whose text may run on: its address → how many empty cells follow it in its row (at least one). */
export function spillCounts(plan: SheetPlan, editable: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  plan.cells.forEach((row, r) => row.forEach((cell, c) => {
    const style = cell.style ? plan.styles[cell.style] : undefined;
    const a1 = address(r, c);
    if (typeof cell.value !== 'string' || cell.value === '' || style?.wrap || editable.has(a1)) return;
    if (style?.horizontalAlignment && style.horizontalAlignment !== 'left') return;
    let n = 0;
    while (c + n + 1 < row.length && isEmpty(row[c + n + 1]) && !editable.has(address(r, c + n + 1))) n++;
    if (n > 0) counts.set(a1, n);
  }));
  return counts;
}
