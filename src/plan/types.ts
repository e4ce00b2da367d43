import type { CellText } from './issue-text';
import type { CaseIssue } from '../case/issues';
import type { ErrorCode } from '../finance/errors';

// A host-neutral description of one ROI worksheet. Writers (xlsx, Office.js, Apps Script) render it as is.

export type CellValue = string | number | boolean | null;

export type StyleName = 'title' | 'subtitle' | 'section' | 'header' | 'label' | 'input' | 'calc' | 'total' | 'note' | 'prose';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  fill?: string;
  borderTop?: boolean;
  borderBottom?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export interface PlanCell {
  /** A constant; for a formula cell, the core's result (cached value: what the formula must compute). */
  value?: CellValue;
  /** Native formula in A1 notation, English function names, starting with "=". */
  formula?: string;
  /** Excel number format, e.g. '"$"#,##0;[Red]-"$"#,##0', '0.0%', '0.0 "months"'. */
  numberFormat?: string;
  style?: StyleName;
}

export interface ChartSeries {
  name: string;
  /** A1 range (same sheet) of the category labels. */
  categories: string;
  /** A1 range (same sheet) of the values. */
  values: string;
}

export interface ChartSpec {
  id: 'cumulativeNet' | 'annualCostsBenefits' | 'realisation' | 'npvSensitivity' | 'npvHistogram' | 'portfolioNpv' | 'portfolioPayback';
  title: string;
  /** bar: horizontal bars, one category a row (series run down columns), as a tornado is drawn. */
  type: 'line' | 'column' | 'bar';
  series: ChartSeries[];
  /** Top-left cell where the chart is anchored, e.g. "B40". */
  anchor: string;
  width: number;
  height: number;
  /** Optional A1 cell holding the payback point (months), shown in the title/legend. */
  marker?: string;
  /** The payback point's name in the legend, in the sheet's language. */
  markerName?: string;
}

export interface NamedRange {
  /** Workbook-valid name, e.g. "CRMROI_NPV". */
  name: string;
  /** A1 reference on this sheet without the sheet name, e.g. "$C$40" or "$B$10:$B$14". */
  ref: string;
}

export interface SheetPlan {
  sheetName: string;
  /** cells[r][c]: a dense rows × columns grid starting at A1; every row has the same length. */
  cells: PlanCell[][];
  /** Widths in characters, one per column. */
  columnWidths: number[];
  frozen: { rows: number; columns: number };
  names: NamedRange[];
  charts: ChartSpec[];
  styles: Record<StyleName, CellStyle>;
  /** A1 range of the region the plan lays out (its <prefix>LAYOUT_V2 name); the add-in writes nothing outside. */
  owned: string;
  /** How the sheet prints. */
  print?: PrintSetup;
  /** Rows (0-based) that formulas need but a reader does not: grouped at outline level 1 and hidden, so never printed. */
  hiddenRows?: number[];
  /** Cells limited to a list of words, offered as a drop-down: the scenario selector. */
  validations?: { ref: string; list: string[] }[];
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Pages wide and tall each print range is scaled to fit; 0: as many as it needs. */
  fitToWidth: number;
  fitToHeight: number;
  /** Ranges printed in this order, each from a new page, comma-separated as Excel writes them: "$A$60:$N$90,$A$1:$T$30". */
  printArea?: string;
  /** Rows and columns repeated on every printed page, e.g. { rows: "$1:$2", columns: "$A:$A" }. */
  printTitles?: { rows?: string; columns?: string };
}

/** A problem found while reading a sheet back: where it is and what is wrong. */
export interface SheetIssue {
  address: string;
  message: string;
  code?: ErrorCode;
  /** The case's own issue, when the cell is a case field: told in the reader's language where it is shown. */
  caseIssue?: CaseIssue;
  /** The words as keys and parameters (src/plan/issue-text.ts); `message` is their English. */
  text?: CellText;
}
