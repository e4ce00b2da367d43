// .xlsx writer (ExcelJS): renders a SheetPlan cell by cell plus a sheet holding the case as JSON. ExcelJS cannot
// write charts: the part-level patcher adds the plan's charts to the package ExcelJS wrote.
import ExcelJS from 'exceljs';
import type { RoiCase } from '../case/types';
import type { CellStyle, PlanCell, PrintSetup, SheetPlan, StyleName } from '../plan/types';
import { address, parseRange } from '../plan/a1';
import { isOwnedSheet, readSheet, type ReadResult, type SheetSnapshot } from '../plan';
import { quoteSheet } from './grid';
import { namesOnSheet } from './flow';
import { sheetLocale, type SheetName } from '../plan/anchors';
import { t } from '../i18n/t';
import { patchXlsx, type NamesEdit } from './xlsx-patch';
import type { SheetChart } from './xlsx-patch/chart';

export const CASE_SHEET = 'CRM ROI case';
/** The case sheet's A1: how an update tells its own case sheet from a user's sheet of the same name. */
export const CASE_SHEET_TITLE = 'CRM ROI case';
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

/**
 * The case sheet prints its title and what it holds, not its JSON: pages of it are for tools, not readers of the case.
 * Landscape, as its one wide column needs (LibreOffice does not fit it to an upright page).
 */
export const CASE_SHEET_PRINT: PrintSetup = { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printArea: '$A$1:$A$2' };
/** Points a line of text takes, at the default 11 pt. */
const LINE_HEIGHT = 15;

export async function writeXlsx(plan: SheetPlan, roiCase: RoiCase, options: XlsxOptions = {}): Promise<Buffer> {
  const data = await buildWorkbook(plan, roiCase, options).xlsx.writeBuffer();
  // ExcelJS writes a print area of several ranges as several names, which Excel rejects: the patcher writes them.
  const charted = await patchXlsx(new Uint8Array(data as ArrayBuffer), [{ sheetName: plan.sheetName, styles: plan.styles, edits: [], charts: chartsOf(plan) }], {
    remove: () => false,
    add: [...printNames(plan.sheetName, plan.print), ...printNames(CASE_SHEET, CASE_SHEET_PRINT)],
  });
  return Buffer.from(charted);
}

export function buildWorkbook(plan: SheetPlan, roiCase: RoiCase, options: XlsxOptions = {}): ExcelJS.Workbook {
  const workbook = newWorkbook();
  addPlanSheet(workbook, plan, options);
  writeCaseSheet(workbook.addWorksheet(CASE_SHEET), plan, roiCase);
  return workbook;
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'crm-roi';
  // Excel recalculates on open: the cached results are a courtesy for viewers, never the truth.
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

/** Appends the plan's sheet to the workbook: cells, names, page setup and rows (charts and print names come after, by patch). */
function addPlanSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, options: XlsxOptions): void {
  const sheet = workbook.addWorksheet(plan.sheetName, frozenView(plan));
  plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const styleOf = sharedStyles(plan);
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      // Blank padding cells have nothing to write, and an ExcelJS cell costs memory even when blank.
      if (cell.formula !== undefined || (cell.value ?? null) !== null || cell.style || cell.numberFormat) writeCell(sheet.getCell(r + 1, c + 1), cell, styleOf, options);
    }),
  );
  for (const { name, ref } of plan.names) workbook.definedNames.add(`${quoteSheet(plan.sheetName)}!${ref}`, name);
  if (plan.print) pageSetup(sheet, plan.print);
  for (const [r, height] of wrappedRowHeights(plan)) sheet.getRow(r + 1).height = height;
  for (const r of plan.hiddenRows ?? []) Object.assign(sheet.getRow(r + 1), { outlineLevel: 1, hidden: true });
  if (plan.hiddenRows?.length) sheet.properties.outlineLevelRow = 1;
  // The drop-down's refusal in the sheet's language, as its list is.
  const lang = sheetLocale(plan.names);
  for (const { ref, list } of plan.validations ?? [])
    sheet.getCell(ref.replace(/\$/g, '')).dataValidation = {
      type: 'list', allowBlank: false, formulae: [`"${list.join(',')}"`], showErrorMessage: true,
      errorTitle: t(lang, 'sheet.validation.title'), error: t(lang, 'sheet.validation.error', { choices: list.join(', ') }),
    };
}

/**
 * A workbook of several plans' sheets, in the order given (a portfolio: its summary sheet, then each case's ROI
 * sheet), with their charts and print setups. No case sheet: each ROI sheet reads back into its case by its names.
 */
export async function writeSheetsXlsx(plans: SheetPlan[], options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = newWorkbook();
  for (const plan of plans) addPlanSheet(workbook, plan, options);
  const data = await workbook.xlsx.writeBuffer();
  const charted = await patchXlsx(new Uint8Array(data as ArrayBuffer), plans.map((plan) => ({ sheetName: plan.sheetName, styles: plan.styles, edits: [], charts: chartsOf(plan) })), {
    remove: () => false,
    add: plans.flatMap((plan) => printNames(plan.sheetName, plan.print)),
  });
  return Buffer.from(charted);
}

function pageSetup(sheet: ExcelJS.Worksheet, { orientation, fitToWidth, fitToHeight }: PrintSetup): void {
  sheet.pageSetup = { ...sheet.pageSetup, orientation, fitToPage: true, fitToWidth, fitToHeight };
}

/** A sheet's print area and titles, as the sheet-level names Excel keeps them in. */
export function printNames(sheetName: string, print: PrintSetup | undefined): NamesEdit['add'] {
  const { printArea, printTitles } = print ?? {};
  const titles = [printTitles?.columns, printTitles?.rows].filter((t) => t !== undefined).join(',');
  return [
    ...(printArea ? [{ name: '_xlnm.Print_Area', sheetName, ref: printArea, local: true }] : []),
    ...(titles ? [{ name: '_xlnm.Print_Titles', sheetName, ref: titles, local: true }] : []),
  ];
}

/**
 * The height (points) of each row whose wrapped text needs more than one line. Neither Excel nor LibreOffice fits rows
 * to their text when opening a file, so without it wrapped lines overlap the rows below.
 */
export function wrappedRowHeights(plan: SheetPlan): Map<number, number> {
  const heights = new Map<number, number>();
  const hidden = new Set(plan.hiddenRows);
  plan.cells.forEach((row, r) =>
    hidden.has(r) || row.forEach((cell, c) => {
      const style = cell.style && plan.styles[cell.style];
      if (typeof cell.value !== 'string' || !style?.wrap) return;
      const lines = wrappedLines(cell.value, plan.columnWidths[c]);
      if (lines > 1) heights.set(r, Math.max(heights.get(r) ?? 0, (lines * LINE_HEIGHT * (style.fontSize ?? 11)) / 11));
    }),
  );
  return heights;
}

/** Lines `text` wraps to in a column `width` wide, word by word: a unit of width holds about one character. */
function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = width; // a full line: the first word starts one
    for (const word of paragraph.split(' ')) {
      if (used + 1 + word.length <= width) used += 1 + word.length;
      else [lines, used] = [lines + (Math.ceil(word.length / width) || 1), word.length];
    }
  }
  return lines;
}

/**
 * The plan's charts as the .xlsx draws them: value axes in the plan's number format, and no payback marker when the
 * case never pays back (Excel would plot a point whose x is the text "never" at month 1).
 */
export function chartsOf(plan: SheetPlan): SheetChart[] {
  const cellAt = (a1: string) => {
    const at = parseRange(a1);
    return at && plan.cells[at.top]?.[at.left];
  };
  return plan.charts.map(({ marker, ...spec }) => ({
    ...spec,
    ...(marker && typeof cellAt(marker)?.value === 'number' && { marker }),
    valueFormat: cellAt(spec.series[0]?.values ?? '')?.numberFormat,
  }));
}

function frozenView(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  const { rows, columns } = plan.frozen;
  if (!rows && !columns) return {};
  return { views: [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: address(rows, columns) }] };
}

function writeCell(target: ExcelJS.Cell, cell: PlanCell, styleOf: (cell: PlanCell) => Partial<ExcelJS.Style> | undefined, options: XlsxOptions): void {
  if (cell.formula !== undefined) {
    const formula = cell.formula.replace(/^=/, '').replace(FUTURE_RE, '_xlfn.$1(');
    const result = options.formulaResults === 'none' ? undefined : formulaResult(cell.value);
    target.value = result === undefined ? { formula } : ({ formula, result } as ExcelJS.CellFormulaValue);
  } else if (cell.value !== undefined && cell.value !== null) {
    target.value = cell.value;
  }
  const style = styleOf(cell);
  if (style) target.style = style;
}

function formulaResult(value: PlanCell['value']): ExcelJS.CellFormulaValue['result'] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && ERROR_VALUES.has(value)) return { error: value as ExcelJS.CellErrorValue['error'] };
  return value;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * One ExcelJS style object per (style, number format) pair, shared by every cell that has it. ExcelJS otherwise keeps a
 * style object per cell and registers each one when writing; a shared object is registered once (it caches by object).
 * So restyle one cell of the workbook by assigning its whole `style`: setting `cell.font` would change all its peers.
 */
function sharedStyles(plan: SheetPlan): (cell: PlanCell) => Partial<ExcelJS.Style> | undefined {
  const cache = new Map<StyleName | undefined, Map<string | undefined, Partial<ExcelJS.Style>>>();
  return (cell) => {
    if (!cell.style && !cell.numberFormat) return undefined;
    const byFormat = cache.get(cell.style) ?? cache.set(cell.style, new Map()).get(cell.style)!;
    let style = byFormat.get(cell.numberFormat);
    if (!style) byFormat.set(cell.numberFormat, (style = excelStyle(cell.style && plan.styles[cell.style], cell.numberFormat)));
    return style;
  };
}

function excelStyle(style: CellStyle | undefined, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const target: Partial<ExcelJS.Style> = numFmt ? { numFmt } : {};
  if (!style) return target;
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
  return target;
}

function writeCaseSheet(sheet: ExcelJS.Worksheet, plan: SheetPlan, roiCase: RoiCase): void {
  sheet.getColumn(1).width = CASE_SHEET_WIDTH;
  const rows = caseSheetRows(plan, roiCase);
  sheet.addRows(rows);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  // The sentence saying what the sheet holds wraps (a note), rather than running off the printed page.
  sheet.getCell(2, 1).style = excelStyle(plan.styles.note, undefined);
  sheet.getRow(2).height = caseSheetIntroHeight(rows);
  pageSetup(sheet, CASE_SHEET_PRINT);
}

export const CASE_SHEET_WIDTH = 100;
/** The height of the case sheet's second row, its introduction, wrapped. */
export const caseSheetIntroHeight = (rows: string[][]): number => wrappedLines(rows[1][0], CASE_SHEET_WIDTH) * LINE_HEIGHT;

/** The rows of the "CRM ROI case" sheet: a title, what it is, and the case as JSON. */
export function caseSheetRows(plan: SheetPlan, roiCase: RoiCase): string[][] {
  const rows: string[][] = [
    [CASE_SHEET_TITLE],
    [`The case sheet "${plan.sheetName}" was built from, as JSON (one line per row), for other tools. Edits belong in that sheet's inputs: \`crm-roi evaluate\` and \`crm-roi workbook\` read them from there.`],
    [],
    [CASE_JSON_HEADER],
  ];
  for (const line of JSON.stringify(roiCase, null, 2).split('\n')) rows.push(chunk(line));
  return rows;
}

function chunk(line: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < line.length || i === 0; i += CELL_TEXT_LIMIT) parts.push(line.slice(i, i + CELL_TEXT_LIMIT));
  return parts;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A worksheet as readSheet sees it: displayed values (formula results, dates as serials) and formulas. */
function snapshotOf(sheet: ExcelJS.Worksheet, names: SheetName[]): SheetSnapshot {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    values[r - 1] = [];
    formulas[r - 1] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const shown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      values[r - 1][c - 1] = shown instanceof Date ? (shown.getTime() - EXCEL_EPOCH) / 86_400_000 : shown;
      formulas[r - 1][c - 1] = cell.formula ? `=${cell.formula}` : '';
    });
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: sheet.name, values, formulas, names };
}

/** Every sheet of a workbook as readSheet sees it, each with the defined names that refer to it. */
export function sheetSnapshots(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  // ExcelJS lists a name with one reference per area; the add-in's names have one area each.
  const entries = workbook.definedNames.model.flatMap((n) => n.ranges.map((reference) => ({ name: n.name, reference })));
  return workbook.worksheets.map((sheet) => snapshotOf(sheet, namesOnSheet(entries, sheet.name)));
}

/** The case behind the add-in's ROI sheet in an .xlsx, with the analyst's edits to inputs and notes. */
export async function readRoiWorkbook(data: Buffer): Promise<ReadResult & { sheetName?: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const owned = sheetSnapshots(workbook).find(isOwnedSheet);
  if (!owned) return { ok: false, issues: [{ address: 'A1', message: 'the workbook has no CRM ROI sheet built by crm-roi or the add-in' }] };
  return { ...readSheet(owned), sheetName: owned.name };
}

/** Every ROI sheet of an .xlsx (a portfolio workbook holds several), in sheet order, each read back into its case. */
export async function readRoiSheets(data: Buffer): Promise<(ReadResult & { sheetName: string })[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return sheetSnapshots(workbook).filter(isOwnedSheet).map((s) => ({ ...readSheet(s), sheetName: s.name }));
}
