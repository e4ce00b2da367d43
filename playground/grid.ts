import { address, columnName } from '../src/plan/a1';
import type { PlanCell, SheetPlan } from '../src/plan/types';
import { h, replaceChildren } from '../taskpane/dom';
import { formatValue } from './numfmt';

// The playground's stand-in for a worksheet: the sheet plan as a table with its values, formats and styles.
// Input cells are editable; focusing any cell shows its address and formula in the formula bar.


export interface GridView {
  show(plan: SheetPlan): void;
}

export function gridView(container: HTMLElement, formulaBar: { address: HTMLElement; content: HTMLElement }, onEdit: (row: number, col: number, text: string) => void): GridView {
  const select = (row: number, col: number, cell: PlanCell) => {
    formulaBar.address.textContent = `${address(row, col)}`;
    formulaBar.content.textContent = cell.formula ?? (cell.value === null || cell.value === undefined ? '' : String(cell.value));
  };

  function cellElement(plan: SheetPlan, row: number, col: number): HTMLTableCellElement {
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
    if (cell.style === 'input') {
      // Shows the formatted value; while focused, the text one would edit in Excel (a date as yyyy-mm-dd, a rate as 8%).
      const input = h('input', { value: shown.text, 'aria-label': `Input ${address(row, col)}` });
      input.addEventListener('focus', () => {
        select(row, col, cell);
        input.value = editText(cell);
        input.select();
      });
      input.addEventListener('blur', () => (input.value = shown.text));
      input.addEventListener('change', () => onEdit(row, col, input.value));
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') input.blur();
      });
      td.append(input);
    } else {
      td.textContent = shown.text;
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
      const rows = plan.cells.map((cells, r) => {
        const tr = h('tr', {}, h('th', { scope: 'row' }, String(r + 1)), ...cells.map((_, c) => cellElement(plan, r, c)));
        return tr;
      });
      const table = h('table', { class: 'sheet', 'aria-label': `Worksheet ${plan.sheetName}` }, cols, head, h('tbody', {}, ...rows));
      // A fixed-layout table keeps the plan's column widths only with an explicit total width, as a spreadsheet does.
      table.style.width = `${plan.columnWidths.reduce((sum, w) => sum + columnPixels(w), ROW_HEADER_PX)}px`;
      replaceChildren(container, table);
    },
  };
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
/** Excel's rule of thumb: a character of the default font is about 7 px, plus padding. */
const columnPixels = (chars: number): number => Math.round(chars * 7 + 8);
