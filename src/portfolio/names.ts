import { findLayout, LAYOUT_VERSION, type SheetName } from '../plan/anchors';
import { chooseSheetName, namePrefixFor } from '../plan/update';
import { namesOnSheet } from '../writers/flow';

// The Portfolio sheet's defined names, and how a workbook's case sheets are found: by their layout names, never by
// sheet title. The portfolio's prefix is not "CRMROI_…": a case sheet's prefix is CRMROI_<its name>_, so a case sheet
// titled "Portfolio" could otherwise share names with it, and the layout pattern would take this sheet for a case.

export { DEFAULT_PORTFOLIO_SHEET, isPortfolioName, PORTFOLIO_LAYOUT, PORTFOLIO_PREFIX, PORTFOLIO_VERSION } from './prefix';
import { DEFAULT_PORTFOLIO_SHEET, PORTFOLIO_LAYOUT } from './prefix';

/** The names a case sheet must have for the Portfolio sheet's formulas (a layout-3 sheet written by this version has all). */
export const CASE_NAMES_USED = ['CASE_NAME', 'START_DATE', 'HORIZON', 'DISCOUNT_RATE', 'TOTAL_COSTS', 'TOTAL_BENEFITS', 'NPV', 'ROI', 'ROI_PV', 'IRR', 'PAYBACK', 'MONTHLY_COSTS', 'MONTHLY_BENEFITS', 'NET_CASH_FLOW'] as const;

/** A workbook's defined name as hosts list them: "='CRM ROI'!$B$4" (Office.js), "'CRM ROI'!$B$4" (ExcelJS). */
export interface WorkbookName {
  name: string;
  reference: string;
}

/** The Portfolio sheet's own names start with the prefix. */

/** The sheet holding the Portfolio layout name, if any: the one a refresh rewrites. */
export function portfolioSheetOf(names: readonly WorkbookName[], sheetNames: readonly string[]): string | undefined {
  return sheetNames.find((sheet) => namesOnSheet([...names], sheet).some((n) => n.name.toUpperCase() === PORTFOLIO_LAYOUT && n.ref !== '#REF!'));
}

export interface CaseSheet {
  sheetName: string;
  prefix: string;
  /** Its layout version: the portfolio reads sheets of the current one (LAYOUT_VERSION). */
  version: number;
  /** The sheet's live names (a removed sheet's "#REF!" names are left out). */
  names: SheetName[];
}

/** The ROI sheets of a workbook in sheet order: each sheet with a live layout name, its prefix and version. */
export function caseSheetsOf(names: readonly WorkbookName[], sheetNames: readonly string[]): CaseSheet[] {
  return sheetNames.flatMap((sheetName) => {
    // A name whose sheet was deleted refers to "#REF!" and is listed for every sheet: it belongs to none.
    const live = namesOnSheet([...names], sheetName).filter((n) => n.ref !== '#REF!');
    const layout = findLayout(live);
    return layout ? [{ sheetName, prefix: layout.prefix, version: layout.version, names: live }] : [];
  });
}

/**
 * The names a case sheet lacks for the portfolio: a sheet built before the portfolio existed lacks its monthly series;
 * one of an older layout may lack more, and is not read (an update in the wizard brings it to the current layout).
 */
export function missingNames(sheet: CaseSheet): string[] {
  if (sheet.version !== LAYOUT_VERSION) return [`LAYOUT_V${LAYOUT_VERSION}`];
  const have = new Set(sheet.names.map((n) => n.name.toUpperCase()));
  return CASE_NAMES_USED.filter((key) => !have.has(`${sheet.prefix}${key}`.toUpperCase()));
}

/**
 * Sheet names and name prefixes for cases written into a new portfolio workbook, in order: each case's desired name
 * made valid and unique ("Harbor ROI (2)"), never the Portfolio sheet's, and a prefix no other case shares
 * ("Harbor ROI" and "Harbor-ROI" would both be CRMROI_HARBOR_ROI_).
 */
export function placeCases(desired: readonly string[], portfolioSheet = DEFAULT_PORTFOLIO_SHEET): { sheetName: string; prefix: string }[] {
  const taken = [{ name: portfolioSheet, owned: false }];
  const prefixes = new Set<string>();
  return desired.map((want) => {
    const sheetName = chooseSheetName(taken, want);
    taken.push({ name: sheetName, owned: false });
    const base = namePrefixFor(sheetName);
    let prefix = base;
    for (let n = 2; prefixes.has(prefix); n++) prefix = `${base}${n}_`;
    prefixes.add(prefix);
    return { sheetName, prefix };
  });
}
