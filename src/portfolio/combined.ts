import { errorWord, type MetricKey } from '../case/metric-catalog';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { irr } from '../finance';
import { isError, type Result } from '../finance/errors';
import { absolute } from '../plan/a1';
import { isoToSerial } from '../plan/dates';
import type { Grid } from '../plan/grid';
import { section } from '../plan/inputs';
import { belowZero } from '../plan/schedule';
import type { PlanCell } from '../plan/types';
import { CASE_COLUMNS, COMBINED_ROWS, type CombinedRow, type FlowsLayout, type Portfolio } from './layout';

// The cases combined: the portfolio's start and rate, and the metrics of the combined flows, by the case sheets'
// conventions: the initial period undiscounted, months from the first; payback the last time the cumulative net
// turns non-negative, interpolated inside that month; IRR from a guess in its own cell.


/** The word shown instead of an error, as on the case sheets: "never" for payback, "n/a" for the rest. */
export const shown = (key: MetricKey, v: Result, lang: Locale): PlanCell['value'] => (isError(v) ? errorWord(key, lang) : v);

export function writeCombined(grid: Grid, top: number, p: Portfolio, flows: FlowsLayout): void {
  const { f } = p;
  const c = p.figures.combined;
  const m = c.metrics;
  const at = p.combined;
  const series = (col: number) => `${absolute(flows.first, col)}:${absolute(flows.last, col)}`;
  const months = (col: number) => `${absolute(flows.first + 1, col)}:${absolute(flows.last, col)}`;
  const k = `MAX(${series(flows.col.helper)})`;
  const monthlyIrr = irr(c.net, 0.01);
  const otherwise = (key: MetricKey) => `"${errorWord(key, p.lang)}"`;
  const cells: Record<CombinedRow, PlanCell> = {
    START_DATE: { formula: `=MIN(${p.caseRange('START_DATE')})`, value: isoToSerial(c.startDate), numberFormat: f.date },
    DISCOUNT_RATE: { formula: `=${p.name(0, 'DISCOUNT_RATE')}`, value: c.discountRate, numberFormat: f.percent },
    MONTHLY_RATE: { formula: `=(1+${at('DISCOUNT_RATE')})^(1/12)-1`, value: p.cases[0].evaluation.monthlyRate, numberFormat: f.rate },
    PERIODS: { formula: `=MAX(${p.caseRange('LAST')})`, value: c.periods, numberFormat: f.month },
    TOTAL_COSTS: { formula: `=SUM(${series(flows.col.costs)})`, value: m.totals.costs, numberFormat: f.money },
    TOTAL_BENEFITS: { formula: `=SUM(${series(flows.col.benefits)})`, value: m.totals.benefits, numberFormat: f.money },
    PV_COSTS: { formula: `=${absolute(flows.first, flows.col.costs)}+NPV(${at('MONTHLY_RATE')},${months(flows.col.costs)})`, value: m.presentValue.costs, numberFormat: f.money },
    PV_BENEFITS: { formula: `=${absolute(flows.first, flows.col.benefits)}+NPV(${at('MONTHLY_RATE')},${months(flows.col.benefits)})`, value: m.presentValue.benefits, numberFormat: f.money },
    NPV: { formula: `=${at('PV_BENEFITS')}-${at('PV_COSTS')}`, value: m.npv, numberFormat: f.money },
    ROI: { formula: `=IFERROR((${at('TOTAL_BENEFITS')}-${at('TOTAL_COSTS')})/${at('TOTAL_COSTS')},${otherwise('ROI')})`, value: shown('ROI', m.roi.nominal, p.lang), numberFormat: f.percent },
    ROI_PV: { formula: `=IFERROR((${at('PV_BENEFITS')}-${at('PV_COSTS')})/${at('PV_COSTS')},${otherwise('ROI_PV')})`, value: shown('ROI_PV', m.roi.presentValue, p.lang), numberFormat: f.percent },
    IRR: { formula: `=IFERROR((1+IRR(${series(flows.col.net)},${at('IRR_GUESS')}))^12-1,${otherwise('IRR')})`, value: shown('IRR', m.irr, p.lang), numberFormat: f.percent },
    PAYBACK: {
      formula: `=IF(${belowZero(absolute(flows.last, flows.col.cumulative))},${otherwise('PAYBACK')},IF(${k}<0,0,${k}+(-INDEX(${series(flows.col.cumulative)},${k}+1,1))/INDEX(${series(flows.col.net)},${k}+2,1)))`,
      value: shown('PAYBACK', m.paybackMonths.simple, p.lang),
      numberFormat: f.months,
    },
    // As on the case sheets: the core's monthly IRR, so the engine's search starts at the root it reports.
    IRR_GUESS: { value: isError(monthlyIrr) ? 0.01 : monthlyIrr, numberFormat: f.rate },
  };
  section(grid, top, t(p.lang, 'portfolio.section.combined'), CASE_COLUMNS.length);
  COMBINED_ROWS.forEach((key, i) => {
    grid.set(top + 1 + i, 0, { value: t(p.lang, `portfolio.combined.${key}`), style: key === 'IRR_GUESS' ? 'note' : 'label' });
    grid.set(top + 1 + i, 1, { ...cells[key], style: key === 'NPV' ? 'total' : 'calc' });
  });
}
