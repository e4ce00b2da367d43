import { metricLabelIn } from '../case/metric-catalog';
import type { Locale } from '../i18n/locales';
import { plural } from '../i18n/plural';
import { t } from '../i18n/t';
import { absolute, address, range } from '../plan/a1';
import { isoToSerial } from '../plan/dates';
import { formats, STYLES } from '../plan/format';
import { Grid } from '../plan/grid';
import { section } from '../plan/inputs';
import type { ChartSpec, NamedRange, PlanCell, SheetPlan } from '../plan/types';
import { shown, writeCombined } from './combined';
import { portfolioOf, type PortfolioEntry } from './figures';
import { writeFlows } from './flows';
import { CASE_COLUMNS, caseColumn, COMBINED_ROWS, type CaseColumn, type Portfolio } from './layout';
import { DEFAULT_PORTFOLIO_SHEET, PORTFOLIO_LAYOUT, PORTFOLIO_PREFIX } from './names';

// The Portfolio sheet: a row per case and their totals; the cases combined (combined.ts) with two charts beside;
// then the cases' monthly flows aligned by calendar month (flows.ts). Every figure is a native formula over the case
// sheets' workbook-wide names (<prefix>NPV, <prefix>NET_CASH_FLOW, …), so the roll-up follows any edit of a case
// sheet; the cached values are the core's (portfolioOf), which a recalculation must reproduce.

/** A case on its sheet: the sheet's name prefix and the case's evaluation. */
export interface PortfolioCase extends PortfolioEntry {
  prefix: string;
}

const WIDTHS = [42, 14, 14, 16, 16, 18, 14, 14, 14, 14, 16, 16];
const FLOW_WIDTH = 14;
const CHART_WIDTH = 440;
const CHART_HEIGHT = 280;
const CHART_ROWS = CHART_HEIGHT / 20;
/** The charts sit right of the combined metrics (labels in A, values in B), the second from the column after the first. */
const CHART_COLS = [3, 7];

export interface PortfolioPlanOptions {
  /** Default "Portfolio". */
  sheetName?: string;
  /** The sheet's language; default English. */
  lang?: Locale;
}

/** The Portfolio sheet over `cases` (one currency; PortfolioError otherwise), in the order given. */
export function planPortfolio(cases: readonly PortfolioCase[], options: PortfolioPlanOptions = {}): SheetPlan {
  const figures = portfolioOf(cases);
  const lang = options.lang ?? 'en';
  const grid = new Grid();
  const n = cases.length;
  // Rows: title, subtitle, a blank; the case table (section, header, a row a case, totals); a blank; the combined
  // block with the charts beside it; a blank; the flows.
  const casesTop = 3;
  const firstCase = casesTop + 2;
  const totalRow = firstCase + n;
  const combinedTop = totalRow + 2;
  const flowsTop = Math.max(combinedTop + 2 + COMBINED_ROWS.length, combinedTop + 1 + CHART_ROWS) + 1;
  const caseRange = (key: CaseColumn) => `${absolute(firstCase, caseColumn(key))}:${absolute(totalRow - 1, caseColumn(key))}`;
  const p: Portfolio = {
    lang,
    cases,
    figures,
    f: formats(figures.currency),
    name: (i, key) => `${cases[i].prefix}${key}`,
    caseCell: (i, key) => absolute(firstCase + i, caseColumn(key)),
    caseRange,
    combined: (key) => absolute(combinedTop + 1 + COMBINED_ROWS.indexOf(key), 1),
  };

  grid.set(0, 0, { value: plural(lang, 'portfolio.title', n, {}), style: 'title' });
  grid.set(1, 0, { value: t(lang, 'portfolio.subtitle', { currency: figures.currency }), style: 'subtitle' });
  writeCases(grid, casesTop, p);
  const flows = writeFlows(grid, flowsTop, p);
  writeCombined(grid, combinedTop, p, flows);

  const width = Math.max(CASE_COLUMNS.length, flows.col.helper + 1);
  const rows = (top: number, bottom: number) => `${absolute(top, 0)}:${absolute(bottom, width - 1)}`;
  const names: NamedRange[] = [
    { name: PORTFOLIO_LAYOUT, ref: rows(0, flows.last) },
    { name: `${PORTFOLIO_PREFIX}CASES`, ref: rows(firstCase, totalRow - 1) },
    ...(['TOTAL_COSTS', 'TOTAL_BENEFITS', 'NPV'] as const).map((key) => ({ name: `${PORTFOLIO_PREFIX}TOTAL_${key.replace(/^TOTAL_/, '')}`, ref: absolute(totalRow, caseColumn(key)) })),
    ...COMBINED_ROWS.map((key) => ({ name: `${PORTFOLIO_PREFIX}COMBINED_${key}`, ref: p.combined(key) })),
    { name: `${PORTFOLIO_PREFIX}COMBINED_NET_CASH_FLOW`, ref: `${absolute(flows.first, flows.col.net)}:${absolute(flows.last, flows.col.net)}` },
  ];
  // Horizontal bars: a case a row, its name written out beside its bar.
  const chart = (id: ChartSpec['id'], title: string, key: 'NPV' | 'PAYBACK', at: number): ChartSpec => ({
    id, title, type: 'bar',
    series: [{ name: metricLabelIn(lang, key), categories: caseRange('CASE_NAME'), values: caseRange(key) }],
    anchor: address(combinedTop + 1, at), width: CHART_WIDTH, height: CHART_HEIGHT,
  });
  return {
    sheetName: options.sheetName ?? DEFAULT_PORTFOLIO_SHEET,
    cells: grid.dense(width),
    columnWidths: Array.from({ length: width }, (_, i) => (i < 2 ? WIDTHS[i] : Math.max(WIDTHS[i] ?? 0, FLOW_WIDTH))),
    frozen: { rows: 2, columns: 1 },
    names,
    charts: [
      chart('portfolioNpv', t(lang, 'portfolio.chart.npv'), 'NPV', CHART_COLS[0]),
      chart('portfolioPayback', t(lang, 'portfolio.chart.payback'), 'PAYBACK', CHART_COLS[1]),
    ],
    styles: STYLES,
    owned: range(0, 0, flows.last, width - 1),
    print: { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 },
  };
}

/** A row per case, each cell a formula over one of its sheet's names, then the totals. */
function writeCases(grid: Grid, top: number, p: Portfolio): void {
  const { figures, f } = p;
  section(grid, top, t(p.lang, 'portfolio.section.cases'), CASE_COLUMNS.length);
  CASE_COLUMNS.forEach((key, i) => grid.set(top + 1, i, { value: t(p.lang, `portfolio.col.${key}`), style: 'header' }));
  const format: Partial<Record<CaseColumn, string>> = {
    START_DATE: f.date, HORIZON: f.month, TOTAL_COSTS: f.money, TOTAL_BENEFITS: f.money, NPV: f.money,
    ROI: f.percent, ROI_PV: f.percent, IRR: f.percent, PAYBACK: f.months, FIRST: f.month, LAST: f.month,
  };
  const start = p.combined('START_DATE');
  figures.cases.forEach((fc, i) => {
    const first = figures.combined.offsets[i];
    const values: Record<CaseColumn, PlanCell['value']> = {
      CASE_NAME: fc.name, START_DATE: isoToSerial(fc.startDate), HORIZON: fc.horizonMonths, TOTAL_COSTS: fc.costs, TOTAL_BENEFITS: fc.benefits, NPV: fc.npv,
      ROI: shown('ROI', fc.roi.nominal, p.lang), ROI_PV: shown('ROI_PV', fc.roi.presentValue, p.lang), IRR: shown('IRR', fc.irr, p.lang), PAYBACK: shown('PAYBACK', fc.paybackMonths, p.lang),
      FIRST: first, LAST: first + fc.horizonMonths,
    };
    const formulas: Partial<Record<CaseColumn, string>> = {
      // Calendar months from the portfolio's start month to this case's.
      FIRST: `=(YEAR(${p.caseCell(i, 'START_DATE')})-YEAR(${start}))*12+MONTH(${p.caseCell(i, 'START_DATE')})-MONTH(${start})`,
      LAST: `=${p.caseCell(i, 'FIRST')}+${p.caseCell(i, 'HORIZON')}`,
    };
    for (const key of CASE_COLUMNS)
      grid.set(top + 2 + i, caseColumn(key), { formula: formulas[key] ?? `=${p.name(i, key)}`, value: values[key], ...(format[key] && { numberFormat: format[key] }), style: key === 'CASE_NAME' ? 'label' : 'calc' });
  });
  const totalRow = top + 2 + figures.cases.length;
  grid.set(totalRow, 0, { value: t(p.lang, 'portfolio.total'), style: 'total' });
  for (const [key, value] of [['TOTAL_COSTS', figures.total.costs], ['TOTAL_BENEFITS', figures.total.benefits], ['NPV', figures.total.npv]] as const)
    grid.set(totalRow, caseColumn(key), { formula: `=SUM(${p.caseRange(key)})`, value, numberFormat: f.money, style: 'total' });
}
