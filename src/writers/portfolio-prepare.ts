// The Portfolio sheet's plan over the cases read from their sheets, and what of the previous Portfolio sheet goes.
import { evaluate } from '../case/evaluate';
import type { RoiCase } from '../case/types';
import { chooseSheetName } from '../plan';
import { DEFAULT_PORTFOLIO_SHEET, isPortfolioName, planPortfolio, PORTFOLIO_LAYOUT } from '../portfolio';
import { namesOnSheet, type WriteOptions } from './flow';
import type { PortfolioTargets, PreparedPortfolio, WorkbookIndex } from './portfolio-flow';

/**
 * The Portfolio sheet's plan over the cases read from their sheets (`read`, in the order of targets.cases), onto the
 * previous Portfolio sheet or a new one under a free name: a sheet called "Portfolio" that is not the add-in's is
 * never touched ("Portfolio (2)"), in `options.lang` (default English). Throws PortfolioError for cases in different currencies.
 */
export function preparePortfolio(index: WorkbookIndex, targets: PortfolioTargets, read: RoiCase[], options: WriteOptions = {}): PreparedPortfolio {
  const sheetName = targets.portfolioSheet ?? chooseSheetName(index.sheetNames.map((name) => ({ name, owned: false })), DEFAULT_PORTFOLIO_SHEET);
  const plan = planPortfolio(
    targets.cases.map((c, i) => ({ source: `“${c.sheetName}”`, prefix: c.prefix, evaluation: evaluate(read[i]) })),
    { sheetName, lang: options.lang },
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
