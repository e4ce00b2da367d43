import { address, columnName, parseRange } from '../src/plan/a1';
import { findLayout, namesOf } from '../src/plan/anchors';
import type { PlanCell, SheetPlan } from '../src/plan/types';
import { h, replaceChildren } from '../taskpane/dom';
import { drawCharts } from './charts';
import { formatValue } from './numfmt';
import { spillCounts } from './spill';

// The playground's stand-in for a worksheet: the sheet plan as a table with its values, formats and styles.
// Input cells and line notes are editable; the formula bar shows the focused cell and follows typing; Enter commits
// and moves down a row, as in a spreadsheet. Text runs on over empty neighbours, and the plan's charts sit over the cells.

export interface GridView {
  show(plan: SheetPlan): void;
}

export function gridView(container: HTMLElement, formulaBar: { address: HTMLElement; content: HTMLElement }, onEdit: (row: number, col: number, text: string) => void): GridView {
  /** The cell to focus once the sheet is drawn again after an edit (Enter moves down a row). */
  let focusNext: string | undefined;
  const select = (row: number, col: number, cell: PlanCell) => {
    formulaBar.address.textContent = `${address(row, col)}`;
    formulaBar.content.textContent = cell.formula ?? (cell.value === null || cell.value === undefined ? '' : String(cell.value));
  };

  /** `spill`: how many empty cells to the right the cell's text may run over. */
  function cellElement(plan: SheetPlan, row: number, col: number, editable: boolean, spill = 0): HTMLTableCellElement {
    const cell = plan.cells[row][col];
    const style = cell.style ? plan.styles[cell.style] : undefined;
    const shown = formatValue(cell.value, cell.numberFormat);
    const td = h('td', { 'data-address': `${address(row, col)}`, class: cell.style ? `s-${cell.style}` : null });
    if (style) {
      if (style.bold) td.style.fontWeight = '600';
      if (style.italic) td.style.fontStyle = 'italic';
      if (style.fontSize) td.style.fontSize = `${Math.max(6, style.fontSize - 1)}px`;
      if (style.fontColor) td.style.color = style.fontColor;
      if (style.fill) td.style.background = style.fill;
      if (style.borderTop) td.style.borderTop = '1px solid #000';
      if (style.borderBottom) td.style.borderBottom = '1px solid #000';
      if (style.horizontalAlignment) td.style.textAlign = style.horizontalAlignment;
      if (style.wrap) td.style.whiteSpace = 'normal';
    }
    if (typeof cell.value === 'number' && !style?.horizontalAlignment) td.style.textAlign = 'right';
    if (shown.red) td.style.color = '#C00000';
    if (cell.formula) td.classList.add('formula');
    if (editable) {
      // Shows the formatted value; while focused, the text one would edit in Excel (a date as yyyy-mm-dd, a rate as 8%).
      const input = h('input', { value: shown.text, 'aria-label': `Input ${address(row, col)}` });
      input.addEventListener('focus', () => {
        select(row, col, cell);
        input.value = editText(cell);
        input.select();
      });
      input.addEventListener('input', () => (formulaBar.content.textContent = input.value));
      input.addEventListener('blur', () => (input.value = shown.text));
      input.addEventListener('change', () => onEdit(row, col, input.value));
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        focusNext = address(row + 1, col);
        input.blur();
        if (focusNext) focus(focusNext); // no edit, so no redraw: move now
      });
      td.append(input);
    } else {
      if (spill) {
        // The text overflows its cell into the next ones, no further than they reach; clicks go to the cells under it.
        const text = h('span', { class: 'spill-text' }, shown.text);
        const reach = plan.columnWidths.slice(col, col + spill + 1).reduce((sum, w) => sum + columnPixels(w), 0);
        text.style.maxWidth = `${reach - CELL_PADDING_PX}px`;
        td.classList.add('spill');
        td.append(text);
      } else td.textContent = shown.text;
      td.tabIndex = -1;
      td.addEventListener('focus', () => select(row, col, cell));
    }
    return td;
  }

  return {
    show(plan) {
      const width = plan.cells[0]?.length ?? 0;
      const cols = h('colgroup', {}, h('col', { class: 'rowhead' }),
        ...plan.columnWidths.map((w) => {
          const col = h('col');
          col.style.width = `${columnPixels(w)}px`;
          return col;
        }));
      const head = h('thead', {}, h('tr', {}, h('th', {}), ...Array.from({ length: width }, (_, c) => h('th', { scope: 'col' }, columnName(c)))));
      const editable = editableCells(plan);
      const spills = spillCounts(plan, editable);
      const rows = plan.cells.map((cells, r) => h('tr', {}, h('th', { scope: 'row' }, String(r + 1)),
        ...cells.map((_, c) => cellElement(plan, r, c, editable.has(address(r, c)), spills.get(address(r, c))))));
      const table = h('table', { class: 'sheet', 'aria-label': `Worksheet ${plan.sheetName}` }, cols, head, h('tbody', {}, ...rows));
      // A fixed-layout table keeps the plan's column widths only with an explicit total width, as a spreadsheet does.
      table.style.width = `${plan.columnWidths.reduce((sum, w) => sum + columnPixels(w), ROW_HEADER_PX)}px`;
      // The charts are placed on a canvas inside the scrolled box, so they scroll with the cells, once the cells have their sizes.
      const canvas = h('div', { class: 'sheet-canvas' }, table);
      replaceChildren(container, canvas);
      drawCharts(plan, canvas);
      if (focusNext) focus(focusNext);
    },
  };

  function focus(a1: string): void {
    const td = container.querySelector<HTMLElement>(`[data-address="${a1}"]`);
    if (!td) return;
    focusNext = undefined;
    (td.querySelector('input') ?? td).focus();
  }
}

/** Inputs, and each line's note (found by the layout's names: the Notes column across every line row). */
function editableCells(plan: SheetPlan): Set<string> {
  const cells = new Set<string>();
  plan.cells.forEach((row, r) => row.forEach((cell, c) => cell.style === 'input' && cells.add(address(r, c))));
  const layout = findLayout(plan.names);
  if (!layout) return cells;
  const names = namesOf(plan.names, layout.prefix);
  const note = parseRange(names.get('COL_NOTE') ?? '');
  if (note) for (const [key, ref] of names) if (key.startsWith('LINE_')) cells.add(address(parseRange(ref)!.top, note.left));
  return cells;
}

/** The text of a cell as Excel's edit mode shows it. */
function editText(cell: PlanCell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') return String(v);
  const format = cell.numberFormat ?? '';
  if (/^yyyy-mm-dd$/i.test(format)) return formatValue(v, format).text;
  if (format.includes('%')) return `${Number((v * 100).toPrecision(12))}%`;
  return String(v);
}

const ROW_HEADER_PX = 40;
/** A cell's padding left and right (playground/styles.ts). */
const CELL_PADDING_PX = 8;
/** Excel's rule of thumb: a character of the default font is about 7 px, plus padding. */
const columnPixels = (chars: number): number => Math.round(chars * 7 + 8);
