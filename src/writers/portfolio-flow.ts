// The wizard's Portfolio action, as every host finds its way: which sheets are ROI cases (by their layout names) and
// which is the Portfolio (by its own layout name). The plan itself is made by preparePortfolio (portfolio-prepare.ts),
// in the task pane or the sidebar, so the Apps Script bundle stays small. A host that throws here has written nothing.
import type { SheetSnapshot } from '../plan';
import type { SheetPlan } from '../plan/types';
import { PortfolioError } from '../portfolio/figures';
import { caseSheetsOf, missingNames, portfolioSheetOf, type CaseSheet, type WorkbookName } from '../portfolio/names';
import { SheetWriteError } from './flow';

/** What a host reports: the Portfolio sheet, whether it was added or rewritten, and the ROI sheets it rolls up. */
export interface PortfolioResult {
  sheetName: string;
  mode: 'created' | 'updated';
  cases: string[];
}

/** The workbook as a host lists it: its sheets in order and every defined name with its reference. */
export interface WorkbookIndex {
  sheetNames: string[];
  names: WorkbookName[];
}

export interface PortfolioTargets {
  /** The sheet holding the Portfolio layout name, when there is one. */
  portfolioSheet?: string;
  /** The ROI sheets to roll up, in sheet order. */
  cases: CaseSheet[];
}

/** The sheets the action reads: every ROI sheet of the current layout, and the previous Portfolio sheet. */
export function portfolioTargets({ sheetNames, names }: WorkbookIndex): PortfolioTargets {
  const portfolioSheet = portfolioSheetOf(names, sheetNames);
  const cases = caseSheetsOf(names, sheetNames).filter((c) => c.sheetName !== portfolioSheet);
  if (!cases.length) throw new PortfolioError({ kind: 'noSheets' });
  const old = cases.filter((c) => missingNames(c).length);
  if (old.length)
    throw new SheetWriteError('invalidSheet', { key: 'write.oldSheets', params: { sheets: old.map((c) => `"${c.sheetName}"`).join(', '), count: old.length } });
  return { portfolioSheet, cases };
}

export interface PreparedPortfolio {
  plan: SheetPlan;
  mode: 'created' | 'updated';
  /** The previous Portfolio sheet's whole region, where it is now: cleared before the plan is written. */
  clear: string[];
  /** The previous Portfolio names the plan no longer has. */
  removeNames: string[];
  cases: string[];
}

/** A case sheet's snapshot carries only its live names: a removed sheet's "#REF!" names are no line of it. */
export const withNames = (snapshot: SheetSnapshot, sheet: CaseSheet): SheetSnapshot => ({ ...snapshot, names: sheet.names });
