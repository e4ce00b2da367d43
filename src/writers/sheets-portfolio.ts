// The wizard's Portfolio action in Google Sheets: a few calls per sheet to find and read the ROI sheets, then the
// Portfolio sheet written as every plan is (src/writers/sheets.ts), in a constant number of calls.
import { quoteSheet } from './grid';
import { portfolioTargets, preparePortfolio, type PortfolioResult, type WorkbookIndex } from './portfolio-flow';
import { isProtected, namesOfSheet, protectedError, readSheetsSheet, writePlan, type IsoDateOf, type SheetsEnums } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Adds or refreshes the Portfolio sheet over every ROI sheet of the spreadsheet; other sheets are not touched. */
export function buildSheetsPortfolio(ss: Spreadsheet, enums: SheetsEnums, isoDateOf: IsoDateOf): PortfolioResult {
  const sheets = ss.getSheets();
  const sheetNames = sheets.map((s) => s.getName());
  // Sheets lists named ranges by sheet; a removed sheet's ranges are on none.
  const listed = sheets.map(namesOfSheet);
  const index: WorkbookIndex = { sheetNames, names: listed.flatMap((names, i) => names.map((n) => ({ name: n.name, reference: `${quoteSheet(sheetNames[i])}!${n.ref}` }))) };
  const targets = portfolioTargets(index);
  const byName = new Map(sheets.map((s, i) => [s.getName(), { sheet: s, names: listed[i] }]));
  const cases = targets.cases.map((c) => readSheetsSheet(byName.get(c.sheetName)!.sheet, isoDateOf, byName.get(c.sheetName)!.names));
  const prepared = preparePortfolio(index, targets, cases);
  const previous = targets.portfolioSheet === undefined ? undefined : byName.get(targets.portfolioSheet)!.sheet;
  if (previous && isProtected(previous, enums)) throw protectedError(prepared.plan.sheetName);
  // A new Portfolio sheet goes in front, where a finance lead looks first.
  const sheet = previous ?? ss.insertSheet(prepared.plan.sheetName, 0);
  writePlan(ss, enums, sheet, { ...prepared, keep: [], oldValidations: [] }, previous !== undefined);
  return { sheetName: prepared.plan.sheetName, mode: prepared.mode, cases: prepared.cases };
}
