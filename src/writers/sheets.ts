// Google Sheets writer (Apps Script Spreadsheet service), the server half: it snapshots sheets and applies the writes the
// sidebar prepared (src/writers/sheets-client.ts). Every write is a whole 2D block or a grouped range list,
// so the number of service calls depends on the sheet's fixed structure, never on the months or lines of a case.
import type { SheetName } from '../plan/anchors';
import type { SheetSnapshot } from '../plan/update';
import type { ChartSpec } from '../plan/types';
import { parseRange } from '../plan/a1';
import { fingerprint } from './fingerprint';
import type { Refusal, SheetsSnapshot, SheetsSnapshotReply, SheetsWriteRequest } from './sheets-api';
import { SheetWriteError } from './write-error';
import { inputGrid, numberFormatGrid, styleAreas, styleGrid, widthPixels, widthRuns, withKept, writtenAreas } from './grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SheetRange = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** The enums the writer names, passed in so the writer also runs outside Apps Script (the bench, with a fake service). */
export interface SheetsEnums {
  sheetProtection: GoogleAppsScript.Spreadsheet.ProtectionType;
  chartType: { line: GoogleAppsScript.Charts.ChartType; column: GoogleAppsScript.Charts.ChartType; bar: GoogleAppsScript.Charts.ChartType };
  /** A drop-down of these words that refuses any other (SpreadsheetApp.newDataValidation, a service like the enums). */
  listRule: (list: string[]) => GoogleAppsScript.Spreadsheet.DataValidation;
  mergeRows: GoogleAppsScript.Charts.ChartMergeStrategy;
}

/**
 * Sheet-level developer metadata that names the add-in's charts by id, {"cumulativeNet": 123, …}: an update removes
 * exactly those, whatever their titles say now (translated, or edited by the analyst).
 */
const CHART_IDS_KEY = 'crm-roi-charts';

/** Sheets' defaults, written to unstyled cells so an update also resets what a previous version styled. */
const DEFAULT_FONT_SIZE = 10;
const DEFAULT_FONT_COLOR = '#000000';

const cellsOf = (sheet: Sheet) => {
  const data = sheet.getDataRange();
  return { name: sheet.getName(), values: data.getValues(), formulas: data.getFormulas() };
};

/** The layout's anchors: Sheets lists a sheet's own named ranges (one call, then a few per name). */
export const namesOfSheet = (sheet: Sheet): SheetName[] => sheet.getNamedRanges().map((n) => ({ name: n.getName(), ref: n.getRange().getA1Notation() }));

const snapshotOf = (sheet: Sheet, names = namesOfSheet(sheet)): SheetSnapshot => ({ ...cellsOf(sheet), names });

/** A date cell's Date as the "YYYY-MM-DD" the analyst sees (Apps Script: Utilities.formatDate in the spreadsheet's zone). */
export type IsoDateOf = (date: Date) => string;

/**
 * Sheets returns a date cell as a Date at midnight in the spreadsheet's time zone, and Date getters read it in the
 * script's zone, where that midnight can still be the day before: dates go to the sidebar as ISO text.
 */
const withIsoDates = <S extends Pick<SheetSnapshot, 'values'>>(snapshot: S, isoDateOf: IsoDateOf): S => ({
  ...snapshot,
  values: snapshot.values.map((row) => row.map((v) => (v instanceof Date ? isoDateOf(v) : v))),
});

export const isProtected = (sheet: Sheet, enums: SheetsEnums) => sheet.getProtections(enums.sheetProtection).some((p) => !p.canEdit());

/** The named sheet (the active one by default), as the sidebar reads it, and every sheet's name. */
export function sheetsSnapshot(ss: Spreadsheet, enums: SheetsEnums, isoDateOf: IsoDateOf, sheetName?: string): SheetsSnapshotReply {
  const sheet = sheetName === undefined ? ss.getActiveSheet() : ss.getSheetByName(sheetName);
  const sheetNames = ss.getSheets().map((s) => s.getName());
  if (!sheet) return { sheetNames };
  return { sheetNames, sheet: sidebarSnapshot(sheet, enums, isoDateOf) };
}

/** A sheet as the sidebar reads it; `names`: its names, when listed already. */
export function sidebarSnapshot(sheet: Sheet, enums: SheetsEnums, isoDateOf: IsoDateOf, names?: SheetName[]): SheetsSnapshot {
  const snapshot = withIsoDates(snapshotOf(sheet, names), isoDateOf);
  return { ...snapshot, protected: isProtected(sheet, enums), fingerprint: fingerprint(snapshot) };
}

/**
 * Applies a write the sidebar prepared: rewrites the sheet when it still matches the snapshot the write was prepared
 * from, or inserts a new one. Throws SheetWriteError, writing nothing, when it is protected or changed meanwhile.
 */
export function applySheetsWrite(ss: Spreadsheet, enums: SheetsEnums, isoDateOf: IsoDateOf, request: SheetsWriteRequest): { sheetName: string } {
  const existing = ss.getSheetByName(request.sheetName);
  if (!request.reuse) {
    if (existing) throw changedError(request.sheetName);
    writePlan(ss, enums, ss.insertSheet(request.sheetName), request.write, false);
    return { sheetName: request.sheetName };
  }
  if (!existing) throw changedError(request.sheetName);
  const raw = cellsOf(existing);
  if (fingerprint(withIsoDates(raw, isoDateOf)) !== request.fingerprint) throw changedError(request.sheetName);
  if (isProtected(existing, enums)) throw protectedError(request.sheetName);
  // A kept date (a date typed in a note) goes back as the Date Sheets gave, not as the ISO text the sidebar read.
  const keep = request.write.keep.map((k) => {
    const v = raw.values[k.row]?.[k.col];
    return v instanceof Date && k.input === isoDateOf(v) ? { ...k, input: v } : k;
  });
  writePlan(ss, enums, existing, { ...request.write, keep }, true);
  return { sheetName: existing.getName() };
}

/**
 * A server write whose refusal is a reply, not a throw: google.script.run hands the sidebar a thrown error's message
 * only, so the add-in's own refusal goes back as its key and parameters; any other failure is thrown.
 */
export function refusing<T>(write: () => T): T | Refusal {
  try {
    return write();
  } catch (err) {
    if (err instanceof SheetWriteError) return { refused: { kind: err.kind, text: err.text } };
    throw err;
  }
}

export const protectedError = (name: string) =>
  new SheetWriteError('protected', { key: 'write.protectedSheets', params: { sheet: name } });

const changedError = (name: string) =>
  new SheetWriteError('changed', { key: 'write.changed', params: { sheet: name } });

export function writePlan(ss: Spreadsheet, enums: SheetsEnums, sheet: Sheet, { plan, clear, keep, removeNames, oldValidations }: SheetsWriteRequest['write'], reuse: boolean): void {
  // One call for every cell the previous version wrote and this one leaves empty.
  if (clear.length) sheet.getRangeList(clear).clear();
  const chartRecord = reuse ? sheet.createDeveloperMetadataFinder().withKey(CHART_IDS_KEY).find()[0] : undefined;
  if (reuse) removeOwnCharts(sheet, plan.charts, chartRecord);
  const range = sheet.getRange(1, 1, plan.cells.length, plan.cells[0].length);
  // Kept cells (the analyst's, and inputs already holding the plan's value) keep their formats: each attribute is
  // read once for the whole rectangle and put back in the grid written over it; only the plan's own cells are reset.
  const now = reuse ? currentFormats(range) : undefined;
  const kept = <T>(grid: T[][], pick: (f: CurrentFormats) => readonly (readonly unknown[])[]) => (now ? withKept(grid, keep, (r, c) => pick(now)[r]?.[c] as T | undefined) : grid);
  if (reuse) {
    const written = writtenAreas(plan, keep);
    if (written.length) sheet.getRangeList(written).clearFormat();
  }
  // setValues enters "=…" as formulas and "'…" as text, so one call writes every cell.
  range.setValues(inputGrid(plan, keep));
  if (now) restoreRichText(sheet, keep, now.richText);
  range.setNumberFormats(kept(numberFormatGrid(plan), (f) => f.numberFormats));
  range.setFontWeights(kept(styleGrid(plan, (s) => (s.bold ? 'bold' : undefined), 'normal'), (f) => f.fontWeights));
  range.setFontStyles(kept(styleGrid(plan, (s) => (s.italic ? 'italic' : undefined), 'normal'), (f) => f.fontStyles));
  range.setFontSizes(kept(styleGrid(plan, (s) => s.fontSize, DEFAULT_FONT_SIZE), (f) => f.fontSizes));
  range.setFontColors(kept(styleGrid(plan, (s) => s.fontColor, DEFAULT_FONT_COLOR), (f) => f.fontColors));
  range.setBackgrounds(kept(styleGrid<string | null>(plan, (s) => s.fill, null), (f) => f.backgrounds));
  range.setHorizontalAlignments(kept(styleGrid(plan, (s) => s.horizontalAlignment, null), (f) => f.alignments));
  range.setWraps(kept(styleGrid(plan, (s) => s.wrap, false), (f) => f.wraps));
  const areas = styleAreas(plan, keep);
  for (const [style, list] of areas) {
    const { borderTop, borderBottom } = plan.styles[style] ?? {};
    if (borderTop || borderBottom) sheet.getRangeList(list).setBorder(borderTop ? true : null, null, borderBottom ? true : null, null, null, null);
  }
  for (const run of widthRuns(plan.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, widthPixels(run.width));
  // Row visibility in the plan's rows is the layout's: the payback helpers hidden (Apps Script has no print setup).
  sheet.showRows(1, plan.cells.length);
  for (const r of plan.hiddenRows ?? []) sheet.hideRows(r + 1);
  for (const ref of oldValidations) sheet.getRange(ref).clearDataValidations();
  for (const { ref, list } of plan.validations ?? []) sheet.getRange(ref).setDataValidation(enums.listRule(list));
  sheet.setFrozenRows(plan.frozen.rows);
  sheet.setFrozenColumns(plan.frozen.columns);
  // A removed line's anchor goes; setNamedRange replaces a name that already exists.
  for (const name of removeNames) ss.removeNamedRange(name);
  for (const { name, ref } of plan.names) ss.setNamedRange(name, sheet.getRange(ref));
  insertCharts(sheet, enums, plan.charts, chartRecord);
  sheet.activate();
}

type CurrentFormats = ReturnType<typeof currentFormats>;

/** The rectangle's formats as they are now: one read per attribute, whatever its size. */
const currentFormats = (range: SheetRange) => ({
  numberFormats: range.getNumberFormats(),
  fontWeights: range.getFontWeights(),
  fontStyles: range.getFontStyles(),
  fontSizes: range.getFontSizes(),
  fontColors: range.getFontColors(),
  backgrounds: range.getBackgrounds(),
  alignments: range.getHorizontalAlignments(),
  wraps: range.getWraps(),
  richText: range.getRichTextValues(),
});

/**
 * setValues writes a kept cell back as plain text: a note with bold words or a link gets its rich text back, one
 * call each (few cells have any). A formula has no rich text.
 */
function restoreRichText(sheet: Sheet, keep: SheetsWriteRequest['write']['keep'], richText: (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][]): void {
  for (const { row, col, input } of keep) {
    const rich = richText[row]?.[col];
    if (!rich || (typeof input === 'string' && input.startsWith('='))) continue;
    if (rich.getRuns().length > 1 || rich.getLinkUrl() !== null) sheet.getRange(row + 1, col + 1).setRichTextValue(rich);
  }
}

/** The chart ids in the sheet's record, or undefined when it has no readable one. */
function recordedChartIds(record: DeveloperMetadata | undefined): Set<unknown> | undefined {
  try {
    return record && new Set(Object.values(JSON.parse(record.getValue() ?? '')));
  } catch {
    return undefined;
  }
}

/** Removes the charts the add-in recorded on the sheet; a sheet written before it recorded them has its charts known by title. */
function removeOwnCharts(sheet: Sheet, specs: ChartSpec[], record: DeveloperMetadata | undefined): void {
  const ids = recordedChartIds(record);
  const titles = new Set(specs.map((c) => c.title));
  const ours = (chart: EmbeddedChart) => (ids ? ids.has(chart.getChartId()) : titles.has(String(chart.getOptions().get('title'))));
  for (const chart of sheet.getCharts()) if (ours(chart)) sheet.removeChart(chart);
}

/** Inserts the plan's charts and records their ids in the sheet's metadata (replacing the previous record). */
function insertCharts(sheet: Sheet, enums: SheetsEnums, specs: ChartSpec[], record: DeveloperMetadata | undefined): void {
  const known = new Set(sheet.getCharts().map((c) => c.getChartId()));
  const ids: Record<string, number | null> = {};
  for (const spec of specs) {
    sheet.insertChart(buildChart(sheet, enums, spec));
    // A built chart has no id until it is on the sheet: the one id the sheet did not have before is this chart's.
    const id = sheet.getCharts().map((c) => c.getChartId()).find((i) => !known.has(i)) ?? null;
    known.add(id);
    ids[spec.id] = id;
  }
  if (record) record.setValue(JSON.stringify(ids));
  else sheet.addDeveloperMetadata(CHART_IDS_KEY, JSON.stringify(ids));
}

function buildChart(sheet: Sheet, enums: SheetsEnums, spec: ChartSpec): EmbeddedChart {
  const categories = spec.series[0]?.categories;
  // The plan's series run along rows (one month per column): merge them as rows, then let columns be the points.
  const byRow = categories !== undefined && (() => {
    const r = parseRange(categories);
    return r !== undefined && r.top === r.bottom;
  })();
  let builder = sheet.newChart().setChartType(enums.chartType[spec.type]);
  if (categories) builder = builder.addRange(sheet.getRange(categories));
  for (const s of spec.series) builder = builder.addRange(sheet.getRange(s.values));
  if (byRow) builder = builder.setMergeStrategy(enums.mergeRows).setTransposeRowsAndColumns(true);
  const anchor = parseRange(spec.anchor)!;
  return builder
    .setNumHeaders(0)
    .setPosition(anchor.top + 1, anchor.left + 1, 0, 0)
    .setOption('title', spec.title)
    .setOption('width', spec.width)
    .setOption('height', spec.height)
    .setOption('legend', { position: 'bottom' })
    .setOption('series', Object.fromEntries(spec.series.map((s, i) => [i, { labelInLegend: s.name }])))
    .build();
}
