// Excel writer (Office.js). Reads what it needs in at most two syncs, decides everything host-neutrally (flow.ts),
// then writes the whole plan in ONE batch: a few 2D range operations, never a sync inside a loop.
import type { RoiCase } from '../case/types';
import type { SheetSnapshot } from '../plan';
import type { CellStyle, ChartSpec, PrintSetup } from '../plan/types';
import { DEFAULT_SHEET_NAME, SheetWriteError, caseFromSheet, namesOnSheet, prepareWrite, snapshotAtA1, targetSheetName, type PreparedWrite, type WriteOptions, type WriteResult } from './flow';
import { inputGrid, numberFormatGrid, styleAreas, widthPoints, widthRuns, writtenRuns } from './grid';

/**
 * The add-in names each chart it draws this prefix followed by the chart's plan id: a rebuild finds its own charts by
 * name, whatever their titles say now, and no others.
 */
export const CHART_PREFIX = 'crm-roi:';
/** RangeAreas addresses are sent in chunks of at most this many characters. */
const AREAS_CHUNK = 2000;
const PX_TO_POINTS = 0.75;

interface SheetReads {
  used: Excel.Range;
  protection: Excel.WorksheetProtection;
  charts: Excel.ChartCollection;
  names: Excel.NamedItemCollection;
}

/**
 * Writes `input` (a case) to the sheet "CRM ROI" (or options.sheetName): rewrites it when the add-in owns it,
 * otherwise adds a sheet under a free name ("CRM ROI (2)"). Syncs: 2 for a new sheet, 3 for a rewrite.
 * Throws SheetWriteError (invalid case, conflicts with your cells, protected sheet) before anything is written.
 */
export async function buildExcelSheet(context: Excel.RequestContext, input: unknown, options: { sheetName?: string } & WriteOptions = {}): Promise<WriteResult> {
  const desired = options.sheetName ?? DEFAULT_SHEET_NAME;
  const { worksheets } = context.workbook;
  worksheets.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();

  const same = worksheets.items.find((s) => s.name.toLowerCase() === desired.toLowerCase());
  let reads: SheetReads | undefined;
  let previous: SheetSnapshot | undefined;
  if (same) {
    reads = loadSheet(context, same);
    await context.sync();
    previous = snapshotOf(same.name, reads);
  }
  const sheetName = targetSheetName(worksheets.items.map((s) => s.name), desired, previous);
  const reuse = same !== undefined && same.name.toLowerCase() === sheetName.toLowerCase();
  const prepared = prepareWrite(input, reuse ? same.name : sheetName, reuse ? previous : undefined, { lang: options.lang });
  if (reuse && reads!.protection.protected) throw protectedError(same.name);

  const sheet = reuse ? same : worksheets.add(sheetName);
  writePlan(context, sheet, prepared, reuse ? reads!.charts.items : [], names.items);
  await context.sync();
  return { sheetName: prepared.plan.sheetName, mode: reuse ? 'updated' : 'created', case: prepared.case };
}

/**
 * Re-reads an owned sheet (the active one, or options.sheetName), keeps the analyst's edits and notes, and rewrites
 * it from the case they describe. Syncs: 2. Throws SheetWriteError for a foreign sheet or invalid edits, writing nothing.
 */
export async function updateExcelSheet(context: Excel.RequestContext, options: { sheetName?: string } & WriteOptions = {}): Promise<WriteResult> {
  const { sheet, reads } = loadTarget(context, options.sheetName);
  await context.sync();
  const snapshot = checkedSnapshot(sheet, reads, options.sheetName);
  const prepared = prepareWrite(caseFromSheet(snapshot), sheet.name, snapshot, { lang: options.lang });
  if (reads.protection.protected) throw protectedError(sheet.name);
  writePlan(context, sheet, prepared, reads.charts.items, reads.names.items);
  await context.sync();
  return { sheetName: sheet.name, mode: 'updated', case: prepared.case };
}

/** The case an owned sheet (the active one, or sheetName) describes now. One sync; writes nothing. */
export async function readExcelSheet(context: Excel.RequestContext, sheetName?: string): Promise<RoiCase> {
  const { sheet, reads } = loadTarget(context, sheetName);
  await context.sync();
  return caseFromSheet(checkedSnapshot(sheet, reads, sheetName));
}

function loadTarget(context: Excel.RequestContext, sheetName: string | undefined) {
  const sheet = sheetName === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load('name');
  return { sheet, reads: loadSheet(context, sheet) };
}

function checkedSnapshot(sheet: Excel.Worksheet, reads: SheetReads, requested: string | undefined): SheetSnapshot {
  if (sheet.isNullObject) throw new SheetWriteError('notOwned', { key: 'write.noSheet', params: { sheet: requested ?? '' } });
  return snapshotOf(sheet.name, reads);
}

function loadSheet(context: Excel.RequestContext, sheet: Excel.Worksheet): SheetReads {
  // Values only: a cell that is merely formatted is not the analyst's data.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values,formulas,rowIndex,columnIndex');
  sheet.protection.load('protected');
  sheet.charts.load('items/name');
  // The layout's anchors: every workbook name with its reference, kept for the names on this sheet.
  const names = context.workbook.names.load('items/name,items/formula');
  return { used, protection: sheet.protection, charts: sheet.charts, names };
}

export function snapshotOf(name: string, { used, names }: Pick<SheetReads, 'used' | 'names'>): SheetSnapshot {
  const onSheet = namesOnSheet(names.items.map((n) => ({ name: n.name, reference: String(n.formula) })), name);
  return used.isNullObject ? { name, values: [], names: onSheet } : { ...snapshotAtA1(name, used.rowIndex, used.columnIndex, used.values, used.formulas), names: onSheet };
}

export const protectedError = (name: string) =>
  new SheetWriteError('protected', { key: 'write.protectedExcel', params: { sheet: name } });

/** Queues the whole plan on `sheet`; the caller's next sync sends it. */
export function writePlan(context: Excel.RequestContext, sheet: Excel.Worksheet, { plan, clear, keep, removeNames, oldValidations }: Omit<PreparedWrite, 'case'>, oldCharts: Excel.Chart[], oldNames: Excel.NamedItem[]): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const chunk of chunks(clear)) sheet.getRanges(chunk).clear('All');
  for (const chart of oldCharts) if (chart.name.startsWith(CHART_PREFIX)) chart.delete();

  // A new sheet takes the plan's rectangle in two 2D writes. An update writes only the cells the plan fills, row by
  // row, around the kept ones (the analyst's, and inputs already holding the plan's value), which Excel then leaves
  // exactly as they were: rich text, links and formats included. Still one batch, one sync.
  const inputs = inputGrid(plan);
  const formats = numberFormatGrid(plan);
  if (!keep.length) {
    const whole = sheet.getRangeByIndexes(0, 0, plan.cells.length, plan.cells[0].length);
    whole.clear('Formats');
    whole.formulas = inputs;
    whole.numberFormat = formats;
  } else {
    for (const run of writtenRuns(plan, keep)) {
      const target = sheet.getRangeByIndexes(run.row, run.from, 1, run.to - run.from + 1);
      target.clear('Formats');
      target.formulas = [inputs[run.row].slice(run.from, run.to + 1)];
      target.numberFormat = [formats[run.row].slice(run.from, run.to + 1)];
    }
  }
  for (const [style, areas] of styleAreas(plan, keep)) {
    for (const chunk of chunks(areas)) applyStyle(sheet.getRanges(chunk), plan.styles[style]);
  }
  for (const run of widthRuns(plan.columnWidths)) sheet.getRangeByIndexes(0, run.start, 1, run.count).format.columnWidth = widthPoints(run.width);

  // Row visibility in the plan's rows is the layout's: the payback helpers hidden, every other row shown.
  sheet.getRangeByIndexes(0, 0, plan.cells.length, 1).rowHidden = false;
  for (const r of plan.hiddenRows ?? []) sheet.getRangeByIndexes(r, 0, 1, 1).rowHidden = true;
  if (plan.print) printSetup(sheet, plan.print);
  for (const ref of oldValidations) sheet.getRange(ref).dataValidation.clear();
  for (const { ref, list } of plan.validations ?? []) {
    const cell = sheet.getRange(ref);
    cell.dataValidation.clear();
    cell.dataValidation.rule = { list: { inCellDropDown: true, source: list.join(',') } };
  }

  sheet.freezePanes.unfreeze();
  const { rows, columns } = plan.frozen;
  if (rows && columns) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows) sheet.freezePanes.freezeRows(rows);
  else if (columns) sheet.freezePanes.freezeColumns(columns);

  const taken = new Set(oldNames.map((n) => n.name.toLowerCase()));
  for (const name of removeNames) if (taken.has(name.toLowerCase())) context.workbook.names.getItem(name).delete();
  for (const { name, ref } of plan.names) {
    if (taken.has(name.toLowerCase())) context.workbook.names.getItem(name).delete();
    context.workbook.names.add(name, sheet.getRange(ref));
  }
  for (const spec of plan.charts) addChart(sheet, spec);
  sheet.activate();
}

/** Landscape, fitted to the plan's pages, its print area (Summary first) and the titles repeated on every page. */
function printSetup(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  if (print.printArea) layout.setPrintArea(print.printArea);
  if (print.printTitles?.rows) layout.setPrintTitleRows(print.printTitles.rows);
  if (print.printTitles?.columns) layout.setPrintTitleColumns(print.printTitles.columns);
}

function chunks(areas: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of areas) {
    if (current && current.length + a.length + 1 > AREAS_CHUNK) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

function applyStyle(target: Excel.RangeAreas, style: CellStyle | undefined): void {
  if (!style) return;
  const { format } = target;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.borderTop) format.borders.getItem('EdgeTop').style = 'Continuous';
  if (style.borderBottom) format.borders.getItem('EdgeBottom').style = 'Continuous';
  if (style.horizontalAlignment) format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.horizontalAlignment];
  if (style.wrap) format.wrapText = true;
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  // A tornado's series run down columns (an estimate a row); the others along rows (a month or year a column).
  const type = ({ line: 'Line', column: 'ColumnClustered', bar: 'BarClustered' } as const)[spec.type];
  const chart = sheet.charts.add(type, sheet.getRange(first.values), spec.type === 'bar' ? 'Columns' : 'Rows');
  chart.name = `${CHART_PREFIX}${spec.id}`;
  chart.title.text = spec.title;
  chart.legend.position = 'Bottom';
  const series = chart.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(sheet.getRange(first.categories));
  for (const s of rest) {
    const added = chart.series.add(s.name);
    added.setValues(sheet.getRange(s.values));
    added.setXAxisValues(sheet.getRange(s.categories));
  }
  chart.setPosition(spec.anchor);
  chart.width = spec.width * PX_TO_POINTS;
  chart.height = spec.height * PX_TO_POINTS;
}
