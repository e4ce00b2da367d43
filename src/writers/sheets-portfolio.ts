// The wizard's Portfolio action in Google Sheets, in two server calls around the sidebar: the server lists the
// workbook's names and snapshots the sheets that carry an ROI layout; the sidebar reads them back and plans the
// Portfolio sheet (src/writers/sheets-client.ts), which keeps the planner out of Code.js; the server checks that the
// plan writes only the Portfolio sheet, then writes it as every plan is written.
import { isPortfolioName, PORTFOLIO_LAYOUT } from '../portfolio/prefix';
import { quoteSheet } from './grid';
import type { PortfolioResult, PreparedPortfolio, WorkbookIndex } from './portfolio-flow';
import type { SheetsSnapshot } from './sheets-api';
import { isProtected, namesOfSheet, protectedError, sidebarSnapshot, writePlan, type IsoDateOf, type SheetsEnums } from './sheets';
import { SheetWriteError } from './write-error';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sidebar plans the Portfolio sheet from: every name, and a snapshot of each sheet with an ROI layout. */
export interface PortfolioRead {
  index: WorkbookIndex;
  snapshots: Record<string, SheetsSnapshot>;
}

/** A case sheet's layout name (src/plan/anchors.ts), matched here without the planner. */
const CASE_LAYOUT = /^CRMROI_(?:[A-Z0-9_]*_)?LAYOUT_V\d+$/i;

/** The workbook's names, and each sheet that carries an ROI layout as the sidebar reads it. */
export function readSheetsPortfolio(ss: Spreadsheet, enums: SheetsEnums, isoDateOf: IsoDateOf): PortfolioRead {
  const sheets = ss.getSheets();
  const sheetNames = sheets.map((s) => s.getName());
  // Sheets lists named ranges by sheet; a removed sheet's ranges are on none.
  const listed = sheets.map(namesOfSheet);
  const index: WorkbookIndex = { sheetNames, names: listed.flatMap((names, i) => names.map((n) => ({ name: n.name, reference: `${quoteSheet(sheetNames[i])}!${n.ref}` }))) };
  const snapshots: Record<string, SheetsSnapshot> = {};
  sheets.forEach((sheet, i) => {
    if (listed[i].some((n) => CASE_LAYOUT.test(n.name))) snapshots[sheetNames[i]] = sidebarSnapshot(sheet, enums, isoDateOf, listed[i]);
  });
  return { index, snapshots };
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
    throw new SheetWriteError('notOwned', { key: 'write.portfolioChanged', params: {} });
  if (existing && isProtected(existing, enums)) throw protectedError(plan.sheetName);
  // A new Portfolio sheet goes in front, where a finance lead looks first.
  const sheet = existing ?? ss.insertSheet(plan.sheetName, 0);
  writePlan(ss, enums, sheet, { ...prepared, keep: [], oldValidations: [] }, existing !== null);
  return { sheetName: plan.sheetName, mode, cases: prepared.cases };
}
