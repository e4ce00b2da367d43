// The wizard's Portfolio action in Google Sheets: a few calls per sheet to find and read the ROI sheets, then the
// Portfolio sheet written as every plan is (src/writers/sheets.ts), in a constant number of calls.
import { quoteSheet } from './grid';
import { portfolioTargets, preparePortfolio, type PortfolioResult, type WorkbookIndex } from './portfolio-flow';
import { isProtected, protectedError, readSheetsSheet, writePlan, type IsoDateOf, type SheetsEnums } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Adds or refreshes the Portfolio sheet over every ROI sheet of the spreadsheet; other sheets are not touched. */
export function buildSheetsPortfolio(ss: Spreadsheet, enums: SheetsEnums, isoDateOf: IsoDateOf): PortfolioResult {
  const sheets = ss.getSheets();
  // Sheets lists named ranges by sheet; a removed sheet's ranges are on none.
  const index: WorkbookIndex = {
    sheetNames: sheets.map((s) => s.getName()),
    names: sheets.flatMap((s) => s.getNamedRanges().map((n) => ({ name: n.getName(), reference: `${quoteSheet(s.getName())}!${n.getRange().getA1Notation()}` }))),
  };
  const targets = portfolioTargets(index);
  const byName = new Map(sheets.map((s) => [s.getName(), s]));
  const cases = targets.cases.map((c) => readSheetsSheet(byName.get(c.sheetName)!, isoDateOf));
  const prepared = preparePortfolio(index, targets, cases);
  const previous = targets.portfolioSheet === undefined ? undefined : byName.get(targets.portfolioSheet)!;
  if (previous && isProtected(previous, enums)) throw protectedError(prepared.plan.sheetName);
  // A new Portfolio sheet goes in front, where a finance lead looks first.
  const sheet = previous ?? ss.insertSheet(prepared.plan.sheetName, 0);
  writePlan(ss, enums, sheet, { ...prepared, keep: [], oldValidations: [] }, previous !== undefined);
  return { sheetName: prepared.plan.sheetName, mode: prepared.mode, cases: prepared.cases };
}
