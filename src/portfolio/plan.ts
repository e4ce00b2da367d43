import { errorWord, metricLabel, type MetricKey } from '../case/metric-catalog';
import { irr, roundMoney, SHORTFALL_PLACES } from '../finance';
import { isError, type Result } from '../finance/errors';
import { absolute, address, range } from '../plan/a1';
import { firstOfMonth, isoToSerial } from '../plan/dates';
import { formats, STYLES } from '../plan/format';
import { Grid } from '../plan/grid';
import { section } from '../plan/inputs';
import { belowZero } from '../plan/schedule';
import type { ChartSpec, NamedRange, PlanCell, SheetPlan } from '../plan/types';
import { combinedFlows, portfolioOf, type PortfolioEntry } from './figures';
import { DEFAULT_PORTFOLIO_SHEET, PORTFOLIO_LAYOUT, PORTFOLIO_PREFIX } from './names';

// The Portfolio sheet: a row per case, their totals, and the cases' monthly flows aligned by calendar month with the
// metrics of the combination. Every figure is a native formula over the case sheets' workbook-wide names
// (<prefix>NPV, <prefix>NET_CASH_FLOW, …), so the roll-up follows any edit of a case sheet; the cached values are the
// core's (portfolioOf), which a recalculation must reproduce.

/** A case on its sheet: the sheet's name prefix and the case's evaluation. */
export interface PortfolioCase extends PortfolioEntry {
  prefix: string;
}

/** The case table's columns, in order; each reads one name of the case sheet (or is computed beside them). */
const CASE_COLUMNS = [
  { header: 'Case', key: 'CASE_NAME' },
  { header: 'Start', key: 'START_DATE' },
  { header: 'Horizon (months)', key: 'HORIZON' },
  { header: 'Total costs', key: 'TOTAL_COSTS' },
  { header: 'Total benefits', key: 'TOTAL_BENEFITS' },
  { header: 'NPV (at its own start and rate)', key: 'NPV' },
  { header: 'ROI (nominal)', key: 'ROI' },
  { header: 'ROI (present value, TEI)', key: 'ROI_PV' },
  { header: 'IRR (annual)', key: 'IRR' },
  { header: 'Payback (months)', key: 'PAYBACK' },
  { header: 'Initial period falls in portfolio period', key: 'FIRST' },
  { header: 'Last month falls in portfolio period', key: 'LAST' },
] as const;
type CaseColumn = (typeof CASE_COLUMNS)[number]['key'];
const col = (key: CaseColumn) => CASE_COLUMNS.findIndex((c) => c.key === key);

/** The combined metrics, top to bottom, each with its name (CRMPORTFOLIO_<key>). */
const COMBINED_ROWS = ['START_DATE', 'DISCOUNT_RATE', 'MONTHLY_RATE', 'PERIODS', 'TOTAL_COSTS', 'TOTAL_BENEFITS', 'PV_COSTS', 'PV_BENEFITS', 'NPV', 'ROI', 'ROI_PV', 'IRR', 'PAYBACK', 'IRR_GUESS'] as const;
type CombinedRow = (typeof COMBINED_ROWS)[number];

const COMBINED_LABEL: Record<CombinedRow, string> = {
  START_DATE: 'Portfolio start (the earliest case start)',
  DISCOUNT_RATE: 'Annual discount rate (the first case’s)',
  MONTHLY_RATE: 'Monthly discount rate',
  PERIODS: 'Months after the initial period',
  TOTAL_COSTS: 'Total costs',
  TOTAL_BENEFITS: 'Total benefits',
  PV_COSTS: 'PV of costs (from the portfolio start)',
  PV_BENEFITS: 'PV of benefits (from the portfolio start)',
  NPV: 'NPV of the combined flows',
  ROI: 'ROI (nominal)',
  ROI_PV: 'ROI (present value, TEI)',
  IRR: 'IRR (annual)',
  PAYBACK: 'Payback (months from the portfolio start)',
  IRR_GUESS: 'IRR search start (monthly rate)',
};

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
}

/** The Portfolio sheet over `cases` (one currency; PortfolioError otherwise), in the order given. */
export function planPortfolio(cases: readonly PortfolioCase[], options: PortfolioPlanOptions = {}): SheetPlan {
  const figures = portfolioOf(cases);
  const flows = combinedFlows(cases.map((c) => c.evaluation));
  const f = formats(figures.currency);
  const grid = new Grid();
  const n = cases.length;
  const name = (c: PortfolioCase, key: string) => `${c.prefix}${key}`;

  grid.set(0, 0, { value: `Portfolio of ${n} CRM ROI case${n === 1 ? '' : 's'}`, style: 'title' });
  grid.set(1, 0, {
    value: `Amounts in ${figures.currency}. Every figure is a formula over the case sheets' named cells: edit a case sheet and this one follows. Run Portfolio again after adding, renaming or removing a case sheet, or changing a start date or horizon.`,
    style: 'subtitle',
  });

  // Cases: a row each, then the totals.
  const casesTop = 3;
  const width = Math.max(CASE_COLUMNS.length, 2 + n + 5);
  section(grid, casesTop, 'Cases', CASE_COLUMNS.length);
  CASE_COLUMNS.forEach((c, i) => grid.set(casesTop + 1, i, { value: c.header, style: 'header' }));
  const firstCase = casesTop + 2;
  const lastCase = firstCase + n - 1;
  const totalRow = lastCase + 1;
  const combinedTop = totalRow + 2;
  const at = (key: CombinedRow) => absolute(combinedTop + 1 + COMBINED_ROWS.indexOf(key), 1);
  const cell = (r: number, key: CaseColumn) => absolute(r, col(key));
  const shown = (key: MetricKey, v: Result): PlanCell['value'] => (isError(v) ? errorWord(key) : v);
  const metricFormat: Record<string, string> = { TOTAL_COSTS: f.money, TOTAL_BENEFITS: f.money, NPV: f.money, ROI: f.percent, ROI_PV: f.percent, IRR: f.percent, PAYBACK: f.months };
  cases.forEach((c, i) => {
    const r = firstCase + i;
    const fc = figures.cases[i];
    const values: Record<CaseColumn, PlanCell['value']> = {
      CASE_NAME: fc.name, START_DATE: isoToSerial(fc.startDate), HORIZON: fc.horizonMonths, TOTAL_COSTS: fc.costs, TOTAL_BENEFITS: fc.benefits, NPV: fc.npv,
      ROI: shown('ROI', fc.roi.nominal), ROI_PV: shown('ROI_PV', fc.roi.presentValue), IRR: shown('IRR', fc.irr), PAYBACK: shown('PAYBACK', fc.paybackMonths),
      FIRST: flows.offsets[i], LAST: flows.offsets[i] + fc.horizonMonths,
    };
    for (const { key } of CASE_COLUMNS) {
      const formula =
        key === 'FIRST' ? `=(YEAR(${cell(r, 'START_DATE')})-YEAR(${at('START_DATE')}))*12+MONTH(${cell(r, 'START_DATE')})-MONTH(${at('START_DATE')})`
        : key === 'LAST' ? `=${cell(r, 'FIRST')}+${cell(r, 'HORIZON')}`
        : `=${name(c, key)}`;
      const format = key === 'START_DATE' ? f.date : key === 'HORIZON' || key === 'FIRST' || key === 'LAST' ? f.month : metricFormat[key];
      grid.set(r, col(key), { formula, value: values[key], ...(format && { numberFormat: format }), style: key === 'CASE_NAME' ? 'label' : 'calc' });
    }
  });
  const caseRange = (key: CaseColumn) => `${absolute(firstCase, col(key))}:${absolute(lastCase, col(key))}`;
  grid.set(totalRow, 0, { value: 'Total (each NPV at its own start and rate)', style: 'total' });
  for (const [key, value] of [['TOTAL_COSTS', figures.total.costs], ['TOTAL_BENEFITS', figures.total.benefits], ['NPV', figures.total.npv]] as const)
    grid.set(totalRow, col(key), { formula: `=SUM(${caseRange(key)})`, value, numberFormat: f.money, style: 'total' });

  // The combined flows: a row a period, from the earliest initial period to the latest case's last month.
  const flowsTop = Math.max(combinedTop + 2 + COMBINED_ROWS.length, combinedTop + 1 + CHART_ROWS) + 1;
  const head = flowsTop + 1;
  const first = head + 1;
  const last = first + flows.periods;
  const caseCol = (i: number) => 2 + i;
  const [costsCol, benefitsCol, netCol, cumulativeCol, helperCol] = [2 + n, 3 + n, 4 + n, 5 + n, 6 + n];
  section(grid, flowsTop, 'Combined monthly flows, aligned by calendar month (net cash flow of each case, then the sums)', helperCol + 1);
  grid.set(head, 0, { value: 'Period (0 = the earliest initial period)', style: 'header' });
  grid.set(head, 1, { value: 'Month', style: 'header' });
  cases.forEach((c, i) => grid.set(head, caseCol(i), { formula: `=${name(c, 'CASE_NAME')}`, value: figures.cases[i].name, style: 'header' }));
  grid.set(head, costsCol, { value: 'Costs', style: 'header' });
  grid.set(head, benefitsCol, { value: 'Benefits', style: 'header' });
  grid.set(head, netCol, { value: 'Net cash flow', style: 'header' });
  grid.set(head, cumulativeCol, { value: 'Cumulative net', style: 'header' });
  grid.set(head, helperCol, { value: 'Helper: period if cumulative net < 0, else −1', style: 'note' });
  const series = (c: number) => `${absolute(first, c)}:${absolute(last, c)}`;
  const months = (c: number) => `${absolute(first + 1, c)}:${absolute(last, c)}`;
  // A case's amount at this period: its own period (this one less its offset) while it runs, else nothing.
  const pick = (c: PortfolioCase, i: number, key: string, period: string) => {
    const r = firstCase + i;
    return `IF(AND(${period}>=${cell(r, 'FIRST')},${period}<=${cell(r, 'LAST')}),INDEX(${name(c, key)},1,${period}-${cell(r, 'FIRST')}+1),0)`;
  };
  const caseNet = cases.map((c) => [c.evaluation.initial.net, ...c.evaluation.monthlyNet]);
  let cumulative = 0;
  for (let p = 0; p <= flows.periods; p++) {
    const r = first + p;
    const period = `$A${r + 1}`;
    grid.set(r, 0, { value: p, numberFormat: f.month, style: 'header' });
    grid.set(r, 1, p === 0 ? { value: 'Initial', style: 'header' } : { formula: `=DATE(YEAR(${at('START_DATE')}),MONTH(${at('START_DATE')})+${period}-1,1)`, value: firstOfMonth(flows.startDate, p - 1), numberFormat: f.monthHeader, style: 'header' });
    cases.forEach((c, i) => {
      const m = p - flows.offsets[i];
      grid.set(r, caseCol(i), { formula: `=${pick(c, i, 'NET_CASH_FLOW', period)}`, value: m >= 0 && m < caseNet[i].length ? caseNet[i][m] : 0, numberFormat: f.money, style: 'calc' });
    });
    grid.set(r, costsCol, { formula: `=${cases.map((c, i) => pick(c, i, 'MONTHLY_COSTS', period)).join('+')}`, value: flows.costs[p], numberFormat: f.money, style: 'calc' });
    grid.set(r, benefitsCol, { formula: `=${cases.map((c, i) => pick(c, i, 'MONTHLY_BENEFITS', period)).join('+')}`, value: flows.benefits[p], numberFormat: f.money, style: 'calc' });
    grid.set(r, netCol, { formula: `=${address(r, benefitsCol)}-${address(r, costsCol)}`, value: flows.net[p], numberFormat: f.money, style: 'total' });
    cumulative += flows.net[p];
    grid.set(r, cumulativeCol, { formula: p === 0 ? `=${address(r, netCol)}` : `=${address(r - 1, cumulativeCol)}+${address(r, netCol)}`, value: cumulative, numberFormat: f.money, style: 'calc' });
    const short = roundMoney(cumulative, SHORTFALL_PLACES) < 0;
    grid.set(r, helperCol, { formula: `=IF(${belowZero(address(r, cumulativeCol))},${period},-1)`, value: short ? p : -1, numberFormat: f.month, style: 'note' });
  }

  // The combined metrics, by the case sheets' conventions: the initial period undiscounted, months from the first;
  // payback the last time the cumulative net turns non-negative, interpolated inside that month.
  const m = figures.combined.metrics;
  const monthlyIrr = irr(flows.net, 0.01);
  const k = `MAX(${series(helperCol)})`;
  const formulas: Record<CombinedRow, PlanCell> = {
    START_DATE: { formula: `=MIN(${caseRange('START_DATE')})`, value: isoToSerial(flows.startDate), numberFormat: f.date },
    DISCOUNT_RATE: { formula: `=${name(cases[0], 'DISCOUNT_RATE')}`, value: flows.discountRate, numberFormat: f.percent },
    MONTHLY_RATE: { formula: `=(1+${at('DISCOUNT_RATE')})^(1/12)-1`, value: cases[0].evaluation.monthlyRate, numberFormat: f.rate },
    PERIODS: { formula: `=MAX(${caseRange('LAST')})`, value: flows.periods, numberFormat: f.month },
    TOTAL_COSTS: { formula: `=SUM(${series(costsCol)})`, value: m.totals.costs, numberFormat: f.money },
    TOTAL_BENEFITS: { formula: `=SUM(${series(benefitsCol)})`, value: m.totals.benefits, numberFormat: f.money },
    PV_COSTS: { formula: `=${absolute(first, costsCol)}+NPV(${at('MONTHLY_RATE')},${months(costsCol)})`, value: m.presentValue.costs, numberFormat: f.money },
    PV_BENEFITS: { formula: `=${absolute(first, benefitsCol)}+NPV(${at('MONTHLY_RATE')},${months(benefitsCol)})`, value: m.presentValue.benefits, numberFormat: f.money },
    NPV: { formula: `=${at('PV_BENEFITS')}-${at('PV_COSTS')}`, value: m.npv, numberFormat: f.money },
    ROI: { formula: `=IFERROR((${at('TOTAL_BENEFITS')}-${at('TOTAL_COSTS')})/${at('TOTAL_COSTS')},"${errorWord('ROI')}")`, value: shown('ROI', m.roi.nominal), numberFormat: f.percent },
    ROI_PV: { formula: `=IFERROR((${at('PV_BENEFITS')}-${at('PV_COSTS')})/${at('PV_COSTS')},"${errorWord('ROI_PV')}")`, value: shown('ROI_PV', m.roi.presentValue), numberFormat: f.percent },
    IRR: { formula: `=IFERROR((1+IRR(${series(netCol)},${at('IRR_GUESS')}))^12-1,"${errorWord('IRR')}")`, value: shown('IRR', m.irr), numberFormat: f.percent },
    PAYBACK: {
      formula: `=IF(${belowZero(absolute(last, cumulativeCol))},"${errorWord('PAYBACK')}",IF(${k}<0,0,${k}+(-INDEX(${series(cumulativeCol)},${k}+1,1))/INDEX(${series(netCol)},${k}+2,1)))`,
      value: shown('PAYBACK', m.paybackMonths.simple),
      numberFormat: f.months,
    },
    // As on the case sheets: the core's monthly IRR, so the engine's search starts at the root it reports.
    IRR_GUESS: { value: isError(monthlyIrr) ? 0.01 : monthlyIrr, numberFormat: f.rate },
  };
  section(grid, combinedTop, 'The cases combined: their monthly flows added by calendar month', CASE_COLUMNS.length);
  COMBINED_ROWS.forEach((key, i) => {
    const r = combinedTop + 1 + i;
    grid.set(r, 0, { value: COMBINED_LABEL[key], style: key === 'IRR_GUESS' ? 'note' : 'label' });
    grid.set(r, 1, { ...formulas[key], style: key === 'NPV' ? 'total' : 'calc' });
  });

  const columnWidths = Array.from({ length: width }, (_, i) => (i < 2 ? WIDTHS[i] : Math.max(WIDTHS[i] ?? 0, FLOW_WIDTH)));
  const rows = (top: number, bottom: number) => `${absolute(top, 0)}:${absolute(bottom, width - 1)}`;
  const names: NamedRange[] = [
    { name: PORTFOLIO_LAYOUT, ref: rows(0, last) },
    { name: `${PORTFOLIO_PREFIX}CASES`, ref: rows(firstCase, lastCase) },
    ...(['TOTAL_COSTS', 'TOTAL_BENEFITS', 'NPV'] as const).map((key) => ({ name: `${PORTFOLIO_PREFIX}TOTAL_${key.replace(/^TOTAL_/, '')}`, ref: absolute(totalRow, col(key)) })),
    ...COMBINED_ROWS.map((key) => ({ name: `${PORTFOLIO_PREFIX}COMBINED_${key}`, ref: at(key) })),
    { name: `${PORTFOLIO_PREFIX}COMBINED_NET_CASH_FLOW`, ref: series(netCol) },
  ];
  const charts: ChartSpec[] = [
    {
      // Horizontal bars: a case a row, its name written out beside its bar.
      id: 'portfolioNpv', title: 'NPV per case (each at its own start)', type: 'bar',
      series: [{ name: metricLabel('NPV'), categories: caseRange('CASE_NAME'), values: caseRange('NPV') }],
      anchor: address(combinedTop + 1, CHART_COLS[0]), width: CHART_WIDTH, height: CHART_HEIGHT,
    },
    {
      id: 'portfolioPayback', title: 'Payback per case (months; no bar: never within its horizon)', type: 'bar',
      series: [{ name: metricLabel('PAYBACK'), categories: caseRange('CASE_NAME'), values: caseRange('PAYBACK') }],
      anchor: address(combinedTop + 1, CHART_COLS[1]), width: CHART_WIDTH, height: CHART_HEIGHT,
    },
  ];
  return {
    sheetName: options.sheetName ?? DEFAULT_PORTFOLIO_SHEET,
    cells: grid.dense(width),
    columnWidths,
    frozen: { rows: 2, columns: 1 },
    names,
    charts,
    styles: STYLES,
    owned: range(0, 0, last, width - 1),
    print: { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 },
  };
}
