import type { Locale } from '../i18n/locales';
import type { PortfolioFigures } from './figures';
import type { Formats } from '../plan/format';
import type { PortfolioCase } from './plan';

// What the Portfolio sheet's blocks share: the cases, the core's figures, the formats, and where each block's cells
// are, so a block's formulas can refer to the others'.

/** The case table's columns, in order (headed portfolio.col.<key>); each reads one name of the case sheet, or is computed beside them. */
export const CASE_COLUMNS = ['CASE_NAME', 'START_DATE', 'HORIZON', 'TOTAL_COSTS', 'TOTAL_BENEFITS', 'NPV', 'ROI', 'ROI_PV', 'IRR', 'PAYBACK', 'FIRST', 'LAST'] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];
export const caseColumn = (key: CaseColumn): number => CASE_COLUMNS.indexOf(key);

/** The combined metrics, top to bottom, each named CRMPORTFOLIO_COMBINED_<key>. */
export const COMBINED_ROWS = ['START_DATE', 'DISCOUNT_RATE', 'MONTHLY_RATE', 'PERIODS', 'TOTAL_COSTS', 'TOTAL_BENEFITS', 'PV_COSTS', 'PV_BENEFITS', 'NPV', 'ROI', 'ROI_PV', 'IRR', 'PAYBACK', 'IRR_GUESS'] as const;
export type CombinedRow = (typeof COMBINED_ROWS)[number];

export interface Portfolio {
  /** The sheet's language: its words and the words shown for an error. */
  lang: Locale;
  cases: readonly PortfolioCase[];
  figures: PortfolioFigures;
  f: Formats;
  /** A case's name on its sheet: `<prefix>NPV`. */
  name(i: number, key: string): string;
  /** Absolute refs: a case table cell, a case table column, a combined metric's value cell. */
  caseCell(i: number, key: CaseColumn): string;
  caseRange(key: CaseColumn): string;
  combined(key: CombinedRow): string;
}

/** Where the combined flows table's series are: first and last row, and the summed columns. */
export interface FlowsLayout {
  first: number;
  last: number;
  col: { costs: number; benefits: number; net: number; cumulative: number; helper: number };
}
