// The slice of the Apps Script Spreadsheet service the Sheets writer uses (no @types/google-apps-script dependency).
// Method names and argument shapes follow https://developers.google.com/apps-script/reference/spreadsheet.

export type GasValue = string | number | boolean | Date | null;

export interface GasRange {
  getValues(): GasValue[][];
  getFormulas(): string[][];
  setValues(values: (string | number | boolean)[][]): GasRange;
  setNumberFormats(formats: string[][]): GasRange;
  setFontWeights(weights: string[][]): GasRange;
  setFontStyles(styles: string[][]): GasRange;
  setFontSizes(sizes: number[][]): GasRange;
  setFontColors(colors: string[][]): GasRange;
  setBackgrounds(colors: (string | null)[][]): GasRange;
  setHorizontalAlignments(alignments: (string | null)[][]): GasRange;
  setWraps(wraps: boolean[][]): GasRange;
  clear(): GasRange;
  clearFormat(): GasRange;
  getA1Notation(): string;
}

export interface GasNamedRange {
  getName(): string;
  getRange(): GasRange;
  remove(): void;
}

export interface GasRangeList {
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): GasRangeList;
  clear(): GasRangeList;
}

export interface GasChart {
  getOptions(): { get(option: string): unknown };
}

export interface GasChartBuilder {
  setChartType(type: unknown): GasChartBuilder;
  addRange(range: GasRange): GasChartBuilder;
  setMergeStrategy(strategy: unknown): GasChartBuilder;
  setTransposeRowsAndColumns(transpose: boolean): GasChartBuilder;
  setNumHeaders(headers: number): GasChartBuilder;
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): GasChartBuilder;
  setOption(option: string, value: unknown): GasChartBuilder;
  build(): GasChart;
}

export interface GasProtection {
  canEdit(): boolean;
}

export interface GasSheet {
  getName(): string;
  getNamedRanges(): GasNamedRange[];
  getRange(a1: string): GasRange;
  getRange(row: number, column: number, rows: number, columns: number): GasRange;
  getDataRange(): GasRange;
  getRangeList(a1s: string[]): GasRangeList;
  getProtections(type: unknown): GasProtection[];
  setColumnWidths(startColumn: number, count: number, width: number): GasSheet;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  getCharts(): GasChart[];
  removeChart(chart: GasChart): void;
  newChart(): GasChartBuilder;
  insertChart(chart: GasChart): void;
  activate(): GasSheet;
}

export interface GasSpreadsheet {
  getSheets(): GasSheet[];
  getSheetByName(name: string): GasSheet | null;
  getActiveSheet(): GasSheet;
  insertSheet(name: string): GasSheet;
  setNamedRange(name: string, range: GasRange): void;
  removeNamedRange(name: string): void;
}

/** The enums the writer names, passed in so tests can load the bundle with a fake service. */
export interface GasEnums {
  sheetProtection: unknown;
  chartType: { line: unknown; column: unknown };
  mergeRows: unknown;
}
