// Public surface of the portfolio: cases → figures (portfolioOf), cases on their sheets → the Portfolio sheet's plan.
export { portfolioOf, PortfolioError, type CaseFigures, type PortfolioEntry, type PortfolioFigures } from './figures';
export { planPortfolio, type PortfolioCase, type PortfolioPlanOptions } from './plan';
export { caseSheetsOf, DEFAULT_PORTFOLIO_SHEET, isPortfolioName, missingNames, placeCases, PORTFOLIO_LAYOUT, PORTFOLIO_PREFIX, portfolioSheetOf, type CaseSheet, type WorkbookName } from './names';
