// .xlsx writer (ExcelJS): renders a SheetPlan cell by cell plus a sheet holding the case as JSON.
// ExcelJS cannot draw charts, so the file lists each chart's source ranges instead of faking one.
import ExcelJS from 'exceljs';
import type { RoiCase } from '../case/types';
import type { CellStyle, PlanCell, SheetPlan } from '../plan/types';
import { address } from '../plan/a1';
import { quoteSheet } from './grid';

export const CASE_SHEET = 'CRM ROI case';
/** The row header after which the case JSON starts, one text line per row. */
export const CASE_JSON_HEADER = 'case.json';

export interface XlsxOptions {
  /**
   * 'plan' (default) stores the core's value as each formula's cached result, so viewers that never
   * recalculate still show the right numbers; 'none' stores bare formulas (tests use it to force a recalculation).
   */
  formulaResults?: 'plan' | 'none';
}

const ERROR_VALUES = new Set(['#DIV/0!', '#NUM!', '#VALUE!', '#N/A', '#REF!', '#NAME?', '#NULL!']);
/** Functions newer than Excel 2007 are stored with the _xlfn. prefix in the file format. */
const FUTURE_FUNCTIONS = ['IFS', 'SWITCH', 'XLOOKUP', 'XMATCH', 'LET', 'SEQUENCE', 'FILTER', 'MAXIFS', 'MINIFS', 'CONCAT', 'TEXTJOIN', 'RRI', 'PDURATION'];
const FUTURE_RE = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join('|')})\\(`, 'g');
/** Excel's limit on the text in one cell; longer JSON lines continue in the next column. */
const CELL_TEXT_LIMIT = 32_000;

export async function writeXlsx(plan: SheetPlan, roiCase: RoiCase, options: XlsxOptions = {}): Promise<Buffer> {
  const data = await buildWorkbook(plan, roiCase, options).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export function buildWorkbook(plan: SheetPlan, roiCase: RoiCase, options: XlsxOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'crm-roi';
  // Excel recalculates on open: the cached results are a courtesy for viewers, never the truth.
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet(plan.sheetName, frozenView(plan));
  plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  plan.cells.forEach((row, r) => row.forEach((cell, c) => writeCell(sheet.getCell(r + 1, c + 1), cell, plan, options)));
  for (const { name, ref } of plan.names) workbook.definedNames.add(`${quoteSheet(plan.sheetName)}!${ref}`, name);
  writeCaseSheet(workbook.addWorksheet(CASE_SHEET), plan, roiCase);
  return workbook;
}

function frozenView(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  const { rows, columns } = plan.frozen;
  if (!rows && !columns) return {};
  return { views: [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: address(rows, columns) }] };
}

function writeCell(target: ExcelJS.Cell, cell: PlanCell, plan: SheetPlan, options: XlsxOptions): void {
  if (cell.formula !== undefined) {
    const formula = cell.formula.replace(/^=/, '').replace(FUTURE_RE, '_xlfn.$1(');
    const result = options.formulaResults === 'none' ? undefined : formulaResult(cell.value);
    target.value = result === undefined ? { formula } : ({ formula, result } as ExcelJS.CellFormulaValue);
  } else if (cell.value !== undefined && cell.value !== null) {
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.style) applyStyle(target, plan.styles[cell.style]);
}

function formulaResult(value: PlanCell['value']): ExcelJS.CellFormulaValue['result'] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && ERROR_VALUES.has(value)) return { error: value as ExcelJS.CellErrorValue['error'] };
  return value;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function applyStyle(target: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length) target.font = font;
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.borderTop || style.borderBottom) {
    target.border = { ...(style.borderTop && { top: { style: 'thin' } }), ...(style.borderBottom && { bottom: { style: 'thin' } }) };
  }
  if (style.horizontalAlignment || style.wrap) target.alignment = { horizontal: style.horizontalAlignment, wrapText: style.wrap };
}

function writeCaseSheet(sheet: ExcelJS.Worksheet, plan: SheetPlan, roiCase: RoiCase): void {
  sheet.getColumn(1).width = 100;
  const rows: string[][] = [
    ['CRM ROI case'],
    [`The case behind sheet "${plan.sheetName}", as JSON (one line per row). crm-roi and the add-in read it back to rebuild or update the sheet.`],
    [],
  ];
  if (plan.charts.length) {
    rows.push(['Charts: none are embedded in this file (the .xlsx writer cannot draw charts). The add-in adds them when it rebuilds the sheet; to add them by hand, chart these ranges:']);
    rows.push(['Chart', 'Type', 'Series', 'Categories', 'Values', 'Anchor']);
    for (const chart of plan.charts) {
      for (const s of chart.series) rows.push([chart.title, chart.type, s.name, `${quoteSheet(plan.sheetName)}!${s.categories}`, `${quoteSheet(plan.sheetName)}!${s.values}`, chart.anchor]);
    }
    rows.push([]);
  }
  rows.push([CASE_JSON_HEADER]);
  for (const line of JSON.stringify(roiCase, null, 2).split('\n')) rows.push(chunk(line));
  sheet.addRows(rows);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
}

function chunk(line: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < line.length || i === 0; i += CELL_TEXT_LIMIT) parts.push(line.slice(i, i + CELL_TEXT_LIMIT));
  return parts;
}

/** Reads the case back from a workbook this writer produced. Throws with a precise message otherwise. */
export async function readCaseFromXlsx(data: Buffer | ArrayBuffer): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return readCaseSheet(workbook);
}

export function readCaseSheet(workbook: ExcelJS.Workbook): unknown {
  const sheet = workbook.getWorksheet(CASE_SHEET);
  if (!sheet) throw new Error(`the workbook has no "${CASE_SHEET}" sheet`);
  const lines: string[] = [];
  let started = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    if (started) lines.push(cells.join(''));
    else if (cells[0] === CASE_JSON_HEADER) started = true;
  });
  if (!started) throw new Error(`sheet "${CASE_SHEET}" has no "${CASE_JSON_HEADER}" row`);
  try {
    return JSON.parse(lines.join('\n'));
  } catch (err) {
    throw new Error(`sheet "${CASE_SHEET}" does not hold valid JSON: ${(err as Error).message}`);
  }
}
