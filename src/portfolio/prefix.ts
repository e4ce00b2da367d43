// The Portfolio sheet's own names, apart from names.ts so that the Apps Script server (dist/gas/Code.js), which checks
// a plan writes only these, does not bundle the planner names.ts reaches.

export const PORTFOLIO_PREFIX = 'CRMPORTFOLIO_';
export const PORTFOLIO_VERSION = 1;
export const PORTFOLIO_LAYOUT = `${PORTFOLIO_PREFIX}LAYOUT_V${PORTFOLIO_VERSION}`;
export const DEFAULT_PORTFOLIO_SHEET = 'Portfolio';

export const isPortfolioName = (name: string): boolean => name.toUpperCase().startsWith(PORTFOLIO_PREFIX);
