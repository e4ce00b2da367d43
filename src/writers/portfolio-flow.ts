// The decisions every host makes the same way for the wizard's Portfolio action, before it writes anything: which
// sheets are ROI cases (by their layout names), which sheet is the Portfolio (by its own layout name), the plan,
// and what of the previous Portfolio sheet goes. A host that throws here has not changed the workbook.
import { evaluate } from '../case/evaluate';
import type { RoiCase } from '../case/types';
import { chooseSheetName, type SheetSnapshot } from '../plan';
import type { SheetPlan } from '../plan/types';
import { caseSheetsOf, DEFAULT_PORTFOLIO_SHEET, isPortfolioName, missingNames, planPortfolio, portfolioSheetOf, PORTFOLIO_LAYOUT, PortfolioError, type CaseSheet, type WorkbookName } from '../portfolio';
import { namesOnSheet, SheetWriteError } from './flow';

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
  if (!cases.length) throw new PortfolioError('noCases', 'This workbook has no ROI sheet built by the add-in (or one of an older layout only: open it in the wizard and update it first); there is nothing to roll up, and nothing was written.');
  const old = cases.filter((c) => missingNames(c).length);
  if (old.length)
    throw new SheetWriteError('invalidSheet', `${old.map((c) => `"${c.sheetName}"`).join(', ')} ${old.length === 1 ? 'was' : 'were'} built before portfolios: open ${old.length === 1 ? 'it' : 'each'} in the wizard and update it once, then run Portfolio again. Nothing was written.`);
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

/**
 * The Portfolio sheet's plan over the cases read from their sheets (`read`, in the order of targets.cases), onto the
 * previous Portfolio sheet or a new one under a free name: a sheet called "Portfolio" that is not the add-in's is
 * never touched ("Portfolio (2)"). Throws PortfolioError for cases in different currencies.
 */
export function preparePortfolio(index: WorkbookIndex, targets: PortfolioTargets, read: RoiCase[]): PreparedPortfolio {
  const sheetName = targets.portfolioSheet ?? chooseSheetName(index.sheetNames.map((name) => ({ name, owned: false })), DEFAULT_PORTFOLIO_SHEET);
  const plan = planPortfolio(
    targets.cases.map((c, i) => ({ source: `Sheet "${c.sheetName}"`, prefix: c.prefix, evaluation: evaluate(read[i]) })),
    { sheetName },
  );
  const previous = targets.portfolioSheet === undefined ? [] : namesOnSheet(index.names, targets.portfolioSheet);
  const region = previous.find((n) => n.name.toUpperCase() === PORTFOLIO_LAYOUT)?.ref;
  const current = new Set(plan.names.map((n) => n.name.toUpperCase()));
  return {
    plan,
    mode: targets.portfolioSheet === undefined ? 'created' : 'updated',
    clear: region ? [region] : [],
    removeNames: index.names.filter((n) => isPortfolioName(n.name) && !current.has(n.name.toUpperCase())).map((n) => n.name),
    cases: targets.cases.map((c) => c.sheetName),
  };
}

/** A case sheet's snapshot carries only its live names: a removed sheet's "#REF!" names are no line of it. */
export const withNames = (snapshot: SheetSnapshot, sheet: CaseSheet): SheetSnapshot => ({ ...snapshot, names: sheet.names });
