// The wizard's Portfolio action in Google Sheets, in two server calls around the sidebar: the server lists and reads
// the ROI sheets; the sidebar plans the Portfolio sheet (src/writers/portfolio-prepare.ts), which keeps the planner out
// of Code.js; the server checks that the plan writes only the Portfolio sheet, then writes it as every plan is written.
import type { RoiCase } from '../case/types';
import { isPortfolioName, PORTFOLIO_LAYOUT } from '../portfolio/names';
import { SheetWriteError } from './flow';
import { quoteSheet } from './grid';
import { portfolioTargets, type PortfolioResult, type PortfolioTargets, type PreparedPortfolio, type WorkbookIndex } from './portfolio-flow';
import { isProtected, namesOfSheet, protectedError, readSheetsSheet, writePlan, type IsoDateOf, type SheetsEnums } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sidebar plans the Portfolio sheet from. */
export interface PortfolioRead {
  index: WorkbookIndex;
  targets: PortfolioTargets;
  /** Each ROI sheet's case, in the order of targets.cases. */
  cases: RoiCase[];
}

/** Every ROI sheet of the spreadsheet, read back into its case, and the previous Portfolio sheet, if any. */
export function readSheetsPortfolio(ss: Spreadsheet, isoDateOf: IsoDateOf): PortfolioRead {
  const sheets = ss.getSheets();
  const sheetNames = sheets.map((s) => s.getName());
  // Sheets lists named ranges by sheet; a removed sheet's ranges are on none.
  const listed = sheets.map(namesOfSheet);
  const index: WorkbookIndex = { sheetNames, names: listed.flatMap((names, i) => names.map((n) => ({ name: n.name, reference: `${quoteSheet(sheetNames[i])}!${n.ref}` }))) };
  const targets = portfolioTargets(index);
  const cases = targets.cases.map((c) => {
    const i = sheetNames.indexOf(c.sheetName);
    return readSheetsSheet(sheets[i], isoDateOf, listed[i]);
  });
  return { index, targets, cases };
}

/**
 * Writes a prepared Portfolio sheet: onto the sheet holding the Portfolio layout name (an update) or a new sheet in
 * front (created). Refuses, writing nothing, a plan that would write any other sheet or name, or a workbook that
 * changed since it was read.
 */
export function writeSheetsPortfolio(ss: Spreadsheet, enums: SheetsEnums, prepared: PreparedPortfolio): PortfolioResult {
  const { plan, mode } = prepared;
  const existing = ss.getSheetByName(plan.sheetName);
  const ours = existing !== null && namesOfSheet(existing).some((n) => n.name.toUpperCase() === PORTFOLIO_LAYOUT);
  const names = [...plan.names.map((n) => n.name), ...prepared.removeNames];
  if ((mode === 'updated' ? !ours : existing !== null) || !names.every(isPortfolioName))
    throw new SheetWriteError('notOwned', `The workbook changed while the Portfolio sheet was being prepared; run Portfolio again. Nothing was written.`);
  if (existing && isProtected(existing, enums)) throw protectedError(plan.sheetName);
  // A new Portfolio sheet goes in front, where a finance lead looks first.
  const sheet = existing ?? ss.insertSheet(plan.sheetName, 0);
  writePlan(ss, enums, sheet, { ...prepared, keep: [], oldValidations: [] }, existing !== null);
  return { sheetName: plan.sheetName, mode, cases: prepared.cases };
}
