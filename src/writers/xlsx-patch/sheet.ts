// A worksheet part, edited cell by cell: every <c> the edit does not name keeps its exact text, and so does everything
// outside <sheetData>, <dimension>, <cols>, the first <sheetView> and the page setup (<sheetPr>'s fit to page,
// <sheetFormatPr>'s outline level, <pageSetup>).
import type { PlanCell } from '../../plan/types';
import { address, columnName, parseAddress, parseRange, rectToA1, type Rect } from '../../plan/a1';
import { cellXml } from './cells';
import type { StringTable } from './strings';
import { applySplices, child, children, escapeAttr, escapeText, followersOf, insertionPoint, parseXml, prefixOf, retag, tag, withAttrs, type Element, type Splice } from './xml';
import type { RowFormat, SheetEdit } from '../xlsx-patch';

/** ECMA-376's order of a worksheet's children (CT_Worksheet); mc:AlternateContent wraps oleObjects and controls. */
const ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios',
  'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst', 'AlternateContent',
];
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

interface Cell {
  el: Element;
  col: number;
}
interface Row {
  el: Element;
  row: number;
  cells: Cell[];
}

/** `xml` with `edit` applied; `styleOf` gives a cell's cellXfs index, `strings` holds its texts. */
export function patchSheet(xml: string, edit: SheetEdit, styleOf: (cell: PlanCell) => number | undefined, strings: StringTable): string {
  const root = parseXml(xml);
  const p = prefixOf(root);
  const sheetData = child(root, 'sheetData');
  if (!sheetData) throw new Error(`sheet "${edit.sheetName}" has no <sheetData>`);
  const rows = readRows(sheetData);
  const edits = byRow(edit);
  const formats = new Map((edit.rows ?? []).map((f) => [f.row, rowFormat(f)]));
  checkFormulaGroups(rows, edits, edit.sheetName);

  const splices: Splice[] = [];
  let used: Rect | undefined;
  const use = (row: number, col: number) => {
    used = used
      ? { top: Math.min(used.top, row), left: Math.min(used.left, col), bottom: Math.max(used.bottom, row), right: Math.max(used.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  };
  const render = (row: number, col: number, cell: PlanCell | null) => {
    const text = cell ? cellXml(address(row, col), cell, styleOf(cell), p, (s) => strings.use(s)) : '';
    if (text) use(row, col);
    return text;
  };
  // A row or cell without r sits after its predecessor: give it one, so nothing inserted before it can move it.
  const pinRef = (el: Element, ref: string) => el.attrs.r === undefined && splices.push({ start: el.start + 1 + el.name.length, end: el.start + 1 + el.name.length, text: ` r="${ref}"` });

  for (const row of rows) {
    const rowEdits = edits.get(row.row);
    edits.delete(row.row);
    const texts = new Map<number, string>();
    for (const [col, cell] of rowEdits ?? []) texts.set(col, render(row.row, col, cell));
    for (const c of row.cells) if (!texts.has(c.col)) use(row.row, c.col);
    const changes = [...texts.values()].some(Boolean) || row.cells.some((c) => texts.has(c.col));
    const format = formats.get(row.row);
    if (!changes) {
      if (format) splices.push(...retag(row.el, { r: String(row.row + 1), ...format }));
      else pinRef(row.el, String(row.row + 1));
      for (const c of row.cells) pinRef(c.el, address(row.row, c.col));
      continue;
    }
    // spans is an optional hint of the row's columns; a stale one is worse than none.
    const rowAttrs = { r: String(row.row + 1), spans: undefined, ...format };
    if (row.el.selfClosing) {
      splices.push({ start: row.el.start, end: row.el.end, text: `${tag(row.el.name, withAttrs(row.el.attrs, rowAttrs))}${[...texts.values()].join('')}</${row.el.name}>` });
      continue;
    }
    splices.push(...retag(row.el, rowAttrs));
    let i = 0;
    for (const [col, text] of texts) {
      for (; i < row.cells.length && row.cells[i].col < col; i++) pinRef(row.cells[i].el, address(row.row, row.cells[i].col));
      const existing = row.cells[i]?.col === col ? row.cells[i++].el : undefined;
      if (existing?.attrs.t === 's') strings.release();
      // A new last cell goes right after the last one: a row may end with an <extLst>.
      const at = existing ? existing.start : (row.cells[i]?.el.start ?? row.cells.at(-1)?.el.end ?? row.el.openEnd);
      splices.push({ start: at, end: existing ? existing.end : at, text });
    }
    for (; i < row.cells.length; i++) pinRef(row.cells[i].el, address(row.row, row.cells[i].col));
  }

  // Rows that do not exist yet, each before the first existing row below it.
  const fresh = [...edits].sort(([a], [b]) => a - b);
  const added: Splice[] = [];
  for (const [r, cells] of fresh) {
    const text = [...cells].map(([col, cell]) => render(r, col, cell)).join('');
    if (!text) continue;
    const at = rows.find((row) => row.row > r)?.el.start ?? sheetData.closeStart;
    added.push({ start: at, end: at, text: `${tag(`${p}row`, withAttrs({ r: String(r + 1) }, formats.get(r) ?? {}))}${text}</${p}row>` });
  }
  if (sheetData.selfClosing && added.length) {
    splices.push({ start: sheetData.start, end: sheetData.end, text: `${tag(sheetData.name, sheetData.attrs)}${added.map((s) => s.text).join('')}</${sheetData.name}>` });
  } else splices.push(...added);

  // In schema order, since elements inserted at one point keep the order they are given in.
  if (edit.print) splices.push(...fitToPage(root, p));
  if (edit.edits.length) splices.push(...dimension(root, p, used));
  splices.push(...frozen(root, p, edit));
  if (edit.rows?.some((f) => f.hidden)) splices.push(...outlined(root, p));
  splices.push(...columns(xml, root, p, edit));
  if (edit.validations) splices.push(...validations(xml, root, p, edit.validations));
  if (edit.print) splices.push(...pageSetup(root, p, edit.print));
  return applySplices(xml, splices);
}

/** <dataValidations>: the add-in's lists (known by their words) replaced by the plan's; the analyst's kept as written. */
function validations(xml: string, root: Element, p: string, v: NonNullable<SheetEdit['validations']>): Splice[] {
  const quoted = (list: string[]) => `"${list.join(',')}"`;
  const ours = new Set(v.lists.map(quoted));
  const existing = child(root, 'dataValidations');
  // A formula's text as written, its quotes possibly escaped.
  const formulaOf = (d: Element) => {
    const f = child(d, 'formula1');
    return f ? xml.slice(f.openEnd, f.closeStart).replace(/&quot;/g, '"').replace(/&amp;/g, '&') : undefined;
  };
  const kept = (existing?.children ?? []).filter((d) => !(d.attrs.type === 'list' && ours.has(formulaOf(d) ?? '')));
  const added = v.cells.map((c) =>
    `<${p}dataValidation type="list" allowBlank="0" showErrorMessage="1" sqref="${escapeAttr(c.ref.replace(/\$/g, ''))}"><${p}formula1>${escapeText(quoted(c.list))}</${p}formula1></${p}dataValidation>`);
  const items = [...kept.map((d) => xml.slice(d.start, d.end)), ...added];
  const text = items.length ? `<${p}dataValidations count="${items.length}">${items.join('')}</${p}dataValidations>` : '';
  if (existing) return [{ start: existing.start, end: existing.end, text }];
  const at = insertionPoint(root, followersOf(ORDER, 'dataValidations'));
  return text ? [{ start: at, end: at, text }] : [];
}

/** A row's attributes for its format; undefined removes one. A hidden row is grouped, so Excel offers to show it. */
const rowFormat = ({ height, hidden }: RowFormat): Record<string, string | undefined> => ({
  ht: height === undefined ? undefined : String(height),
  customHeight: height === undefined ? undefined : '1',
  hidden: hidden ? '1' : undefined,
  outlineLevel: hidden ? '1' : undefined,
});

/** <sheetPr><pageSetUpPr fitToPage="1"/>: without it, <pageSetup>'s fitToWidth and fitToHeight are ignored. */
function fitToPage(root: Element, p: string): Splice[] {
  const sheetPr = child(root, 'sheetPr');
  const text = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (!sheetPr) {
    const at = insertionPoint(root, followersOf(ORDER, 'sheetPr'));
    return [{ start: at, end: at, text: `<${p}sheetPr>${text}</${p}sheetPr>` }];
  }
  const setUp = child(sheetPr, 'pageSetUpPr');
  if (setUp) return retag(setUp, { fitToPage: '1' });
  // pageSetUpPr is the last child of <sheetPr>.
  if (sheetPr.selfClosing) return [{ start: sheetPr.start, end: sheetPr.end, text: `${tag(sheetPr.name, sheetPr.attrs)}${text}</${sheetPr.name}>` }];
  return [{ start: sheetPr.closeStart, end: sheetPr.closeStart, text }];
}

/** <sheetFormatPr outlineLevelRow>: the outline's depth, so Excel draws the buttons that show grouped rows again. */
function outlined(root: Element, p: string): Splice[] {
  const format = child(root, 'sheetFormatPr');
  if (format) return Number(format.attrs.outlineLevelRow ?? 0) >= 1 ? [] : retag(format, { outlineLevelRow: '1' });
  const at = insertionPoint(root, followersOf(ORDER, 'sheetFormatPr'));
  return [{ start: at, end: at, text: `<${p}sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>` }];
}

/** <pageSetup>: orientation and fit; its other settings (paper size, the printer's settings…) stay. */
function pageSetup(root: Element, p: string, print: NonNullable<SheetEdit['print']>): Splice[] {
  const attrs = { orientation: print.orientation, fitToWidth: String(print.fitToWidth), fitToHeight: String(print.fitToHeight) };
  const existing = child(root, 'pageSetup');
  if (existing) return retag(existing, attrs);
  const at = insertionPoint(root, followersOf(ORDER, 'pageSetup'));
  return [{ start: at, end: at, text: tag(`${p}pageSetup`, attrs, true) }];
}

function readRows(sheetData: Element): Row[] {
  let row = -1;
  return children(sheetData, 'row').map((el) => {
    row = el.attrs.r === undefined ? row + 1 : Number(el.attrs.r) - 1;
    if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new Error(`a row has an invalid r="${el.attrs.r}"`);
    let col = -1;
    const cells = children(el, 'c').map((c) => {
      const at = c.attrs.r === undefined ? { row, col: col + 1 } : parseAddress(c.attrs.r);
      if (!at || at.row !== row) throw new Error(`row ${row + 1} has a cell with an invalid r="${c.attrs.r}"`);
      col = at.col;
      return { el: c, col };
    });
    return { el, row, cells };
  });
}

/** The edits by row, then by column, both in order; an address edited twice is a mistake. */
function byRow(edit: SheetEdit): Map<number, Map<number, PlanCell | null>> {
  const rows = new Map<number, Map<number, PlanCell | null>>();
  for (const { address: a1, cell } of edit.edits) {
    const at = parseAddress(a1);
    if (!at || at.row >= MAX_ROWS || at.col >= MAX_COLUMNS) throw new Error(`sheet "${edit.sheetName}": "${a1}" is not a cell address`);
    const row = rows.get(at.row) ?? rows.set(at.row, new Map()).get(at.row)!;
    if (row.has(at.col)) throw new Error(`sheet "${edit.sheetName}": ${address(at.row, at.col)} is edited twice`);
    row.set(at.col, cell);
  }
  const sorted = new Map([...rows].sort(([a], [b]) => a - b));
  for (const [r, cells] of sorted) sorted.set(r, new Map([...cells].sort(([a], [b]) => a - b)));
  return sorted;
}

/**
 * Formulas that span cells must stay whole. A shared formula is written once, in its first cell, and the others
 * refer to it: that cell may change only along with every cell using it. An array formula (or data table) fills a
 * range: it changes only as a whole. Anything else would leave cells pointing at a formula that is gone.
 */
function checkFormulaGroups(rows: Row[], edits: Map<number, Map<number, PlanCell | null>>, sheetName: string): void {
  const edited = (row: number, col: number) => edits.get(row)?.has(col) ?? false;
  const shared = new Map<string, { anchor?: string; anchorEdited?: boolean; kept: string[] }>();
  for (const { row, cells } of rows) {
    for (const { el, col } of cells) {
      const f = child(el, 'f');
      if (!f) continue;
      const { t, ref, si } = f.attrs;
      if (t === 'shared' && si !== undefined) {
        const group = shared.get(si) ?? shared.set(si, { kept: [] }).get(si)!;
        if (ref !== undefined) Object.assign(group, { anchor: address(row, col), anchorEdited: edited(row, col) });
        else if (!edited(row, col)) group.kept.push(address(row, col));
      } else if ((t === 'array' || t === 'dataTable') && ref !== undefined) {
        const range = parseRange(ref);
        if (!range) continue;
        let inside = 0;
        for (const [r, cols] of edits) for (const c of cols.keys()) if (r >= range.top && r <= range.bottom && c >= range.left && c <= range.right) inside++;
        const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
        if (inside && inside !== area) throw new Error(`sheet "${sheetName}": the ${t === 'array' ? 'array formula' : 'data table'} in ${ref} can only be edited as a whole`);
      }
    }
  }
  for (const { anchor, anchorEdited, kept } of shared.values()) {
    if (anchorEdited && kept.length) throw new Error(`sheet "${sheetName}": ${anchor} holds a shared formula that ${kept.join(', ')} still use; edit them together`);
  }
}

/** <dimension>: the range the sheet's cells now cover. */
function dimension(root: Element, p: string, used: Rect | undefined): Splice[] {
  const ref = used ? rectToA1(used) : 'A1';
  const el = child(root, 'dimension');
  if (el) return retag(el, { ref });
  const at = insertionPoint(root, followersOf(ORDER, 'dimension'));
  return [{ start: at, end: at, text: `<${p}dimension ref="${ref}"/>` }];
}

/** Frozen panes live in the first sheet view: its <pane> is replaced (selections name panes, so they go too). */
function frozen(root: Element, p: string, edit: SheetEdit): Splice[] {
  if (!edit.frozen) return [];
  const { rows, columns } = edit.frozen;
  const pane = rows || columns
    ? tag(`${p}pane`, {
        ...(columns && { xSplit: String(columns) }),
        ...(rows && { ySplit: String(rows) }),
        topLeftCell: address(rows, columns),
        activePane: rows && columns ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight',
        state: 'frozen',
      }, true)
    : '';
  const views = child(root, 'sheetViews');
  const view = views && child(views, 'sheetView');
  if (!view) {
    if (!pane) return [];
    const text = `<${p}sheetViews><${p}sheetView workbookViewId="0">${pane}</${p}sheetView></${p}sheetViews>`;
    const at = insertionPoint(root, followersOf(ORDER, 'sheetViews'));
    return [views ? { start: views.start, end: views.end, text } : { start: at, end: at, text }];
  }
  const old = child(view, 'pane');
  const wasFrozen = old?.attrs.state === 'frozen' || old?.attrs.state === 'frozenSplit';
  const same = pane ? wasFrozen && Number(old!.attrs.xSplit ?? 0) === columns && Number(old!.attrs.ySplit ?? 0) === rows : !wasFrozen;
  if (same) return [];
  if (view.selfClosing) return [{ start: view.start, end: view.end, text: `${tag(view.name, view.attrs)}${pane}</${view.name}>` }];
  return [
    { start: view.openEnd, end: view.openEnd, text: pane },
    ...view.children.filter((c) => c.local === 'pane' || c.local === 'selection').map((c) => ({ start: c.start, end: c.end, text: '' })),
  ];
}

interface ColumnSpan {
  min: number;
  max: number;
  /** Attributes but min and max. */
  attrs: Record<string, string>;
  text: string;
  /** Written by this edit (so it may merge with a neighbour); false: the user's <col>, kept as it was. */
  fresh: boolean;
}

/** <cols>: widths set column by column, splitting a <col> that spans others; the other <col>s keep their text. */
function columns(xml: string, root: Element, p: string, edit: SheetEdit): Splice[] {
  if (!edit.columnWidths?.length) return [];
  const span = (min: number, max: number, attrs: Record<string, string>): ColumnSpan => ({ min, max, attrs, fresh: true, text: tag(`${p}col`, { min: String(min), max: String(max), ...attrs }, true) });
  const cols = child(root, 'cols');
  let spans: ColumnSpan[] = (cols ? children(cols, 'col') : []).map((el) => ({
    min: Number(el.attrs.min),
    max: Number(el.attrs.max),
    attrs: withAttrs(el.attrs, { min: undefined, max: undefined }),
    text: xml.slice(el.start, el.end),
    fresh: false,
  }));
  let changed = false;
  for (const { column, width } of edit.columnWidths) {
    if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS) throw new Error(`sheet "${edit.sheetName}": column ${column} does not exist (columns are 1 to ${MAX_COLUMNS})`);
    if (!(width >= 0 && width <= 255)) throw new Error(`sheet "${edit.sheetName}": column ${columnName(column - 1)} width ${width} is not between 0 and 255`);
    const hit = spans.find((s) => s.min <= column && column <= s.max);
    if (hit && Number(hit.attrs.width) === width && (hit.attrs.customWidth === '1' || hit.attrs.customWidth === 'true')) continue;
    changed = true;
    spans = spans.filter((s) => s !== hit);
    if (hit && hit.min < column) spans.push(span(hit.min, column - 1, hit.attrs));
    spans.push(span(column, column, withAttrs(hit?.attrs ?? {}, { width: String(width), customWidth: '1' })));
    if (hit && hit.max > column) spans.push(span(column + 1, hit.max, hit.attrs));
    spans.sort((a, b) => a.min - b.min);
  }
  if (!changed) return [];
  // Neighbouring columns of one width become one <col>, as Excel writes them.
  const merged: ColumnSpan[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last?.fresh && s.fresh && last.max + 1 === s.min && JSON.stringify(last.attrs) === JSON.stringify(s.attrs)) merged[merged.length - 1] = span(last.min, s.max, s.attrs);
    else merged.push(s);
  }
  const text = merged.map((s) => s.text).join('');
  if (cols) return [{ start: cols.start, end: cols.end, text: `${tag(cols.name, cols.attrs)}${text}</${cols.name}>` }];
  const at = insertionPoint(root, followersOf(ORDER, 'cols'));
  return [{ start: at, end: at, text: `<${p}cols>${text}</${p}cols>` }];
}
