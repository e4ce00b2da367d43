import type { Evaluation } from '../case/evaluation';
import { errorWord, METRIC_KEYS, metricExplanation, metricLabelIn, metricsOf, REALISATION_METRICS, riskHeading, unadjustedValue, type MetricKey, type RealisationKey } from '../case/metric-catalog';
import { noActuals, realisationErrorWord, realisationExplanation, realisationHeading, realisationLabel } from './realisation-text';
import { irr } from '../finance';
import { isError, type Result } from '../finance/errors';
import { absolute } from './a1';
import type { Formats } from './format';
import type { Grid } from './grid';
import type { AssumptionCells } from './inputs';
import { section } from './inputs';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { sectionTitle } from './layout';
import { belowZero, type ScheduleLayout } from './schedule';
import type { ActualsLayout } from './actuals';

// Summary block: the headline metrics as native formulas over the schedule, each with a named range. Which metrics,
// their order, labels, explanations, formats and the words shown for errors come from the metric registry; the
// formulas are the sheet's own, one per metric key.

/** Text a metric cell shows instead of an error value, and what the core's error means there. */
export { NEVER, NOT_AVAILABLE } from '../case/metric-catalog';

/** The metrics the Summary lists (all of them), in registry order; each cell is named after its key (CRMROI_NPV). */
export const SHEET_METRICS: readonly MetricKey[] = METRIC_KEYS;

/**
 * A metric's formula, given the ref of any listed metric by key (the table refers to its own rows) and the schedule's
 * cost and benefit rows: risk-adjusted, or before risk for the column beside.
 */
type Formula = (at: (key: MetricKey) => string, side: { costs: number; benefits: number }) => string;

export interface SummaryLayout {
  /** Absolute A1 ref of each metric's value cell, by key. */
  cells: Record<string, string>;
  end: number;
}

/** The Summary's rows: section, header, a row a metric, the IRR guess, the realisation heading and its metrics. */
export const summaryRows = (metrics: number): number => 2 + metrics + 1 + 1 + REALISATION_METRICS.length;

export function writeSummary(grid: Grid, top: number, ev: Evaluation, s: ScheduleLayout, act: ActualsLayout, a: AssumptionCells, f: Formats, lang: Locale): SummaryLayout {
  const H = s.months;
  const total = (r: number) => absolute(r, 1);
  const months = (r: number) => `${absolute(r, s.monthCol)}:${absolute(r, s.monthCol + H - 1)}`;
  /** The initial period and every month: the series IRR and payback run over. */
  const periods = (r: number) => `${absolute(r, s.initialCol)}:${absolute(r, s.monthCol + H - 1)}`;
  const initial = (r: number) => absolute(r, s.initialCol);
  const lastMonth = (r: number) => absolute(r, s.monthCol + H - 1);
  // Instead of an error, a formula returns the word its cached value shows: "never" or "n/a", by the registry.
  const otherwise = (key: MetricKey) => `"${errorWord(key, lang)}"`;
  // k = last month below zero (0 = the initial period, −1 = never); payback = k + shortfall / the next month's flow, as
  // paybackPeriod in the core. Month k is the (k+1)th cell of the series, which starts at the initial period.
  const payback = (never: string, cum: number, flow: number, below: number) => {
    const k = total(below);
    return `IF(${belowZero(lastMonth(cum))},${never},IF(${k}<0,0,${k}+(-INDEX(${periods(cum)},1,${k}+1))/INDEX(${periods(flow)},1,${k}+2)))`;
  };
  const { rows } = s;
  // IRR's guess: the core's own monthly rate in full, so the engine's Newton search starts at the root and reports the
  // same one (Excel gives up after 20 steps, far from it); it stays a fair start after the analyst edits inputs.
  const monthlyIrr = irr([ev.initial.net, ...ev.monthlyNet], 0.01);
  const irrGuess = isError(monthlyIrr) ? 0.01 : monthlyIrr;
  const formulas: Record<MetricKey, Formula> = {
    TOTAL_COSTS: (_, side) => `=${total(side.costs)}`,
    TOTAL_BENEFITS: (_, side) => `=${total(side.benefits)}`,
    NET_BENEFIT: (at) => `=${at('TOTAL_BENEFITS')}-${at('TOTAL_COSTS')}`,
    // The initial period is today: added in full; months are discounted from month 1.
    PV_COSTS: (_, side) => `=${initial(side.costs)}+NPV(${a.monthlyRate},${months(side.costs)})`,
    PV_BENEFITS: (_, side) => `=${initial(side.benefits)}+NPV(${a.monthlyRate},${months(side.benefits)})`,
    NPV: (at) => `=${at('PV_BENEFITS')}-${at('PV_COSTS')}`,
    ROI: (at) => `=IFERROR((${at('TOTAL_BENEFITS')}-${at('TOTAL_COSTS')})/${at('TOTAL_COSTS')},${otherwise('ROI')})`,
    ROI_PV: (at) => `=IFERROR((${at('PV_BENEFITS')}-${at('PV_COSTS')})/${at('PV_COSTS')},${otherwise('ROI_PV')})`,
    BCR: (at) => `=IFERROR(${at('PV_BENEFITS')}/${at('PV_COSTS')},${otherwise('BCR')})`,
    IRR: () => `=IFERROR((1+IRR(${periods(rows.net)},${guessCell}))^12-1,${otherwise('IRR')})`,
    PAYBACK: () => `=${payback(otherwise('PAYBACK'), rows.cumulative, rows.net, rows.below)}`,
    PAYBACK_DISCOUNTED: () => `=${payback(otherwise('PAYBACK_DISCOUNTED'), rows.cumulativeDiscounted, rows.discounted, rows.belowDiscounted)}`,
    BREAK_EVEN: () => `=IF(${belowZero(lastMonth(rows.cumulative))},${otherwise('BREAK_EVEN')},MAX(${total(rows.below)},0)+1)`,
    PEAK_FUNDING: () => `=MIN(${periods(rows.cumulative)})`,
    // The first month at that low point, as the core takes the first.
    PEAK_FUNDING_MONTH: (at) => `=INDEX(${periods(rows.monthNumber)},1,MATCH(${at('PEAK_FUNDING')},${periods(rows.cumulative)},0))`,
  };
  const metrics = metricsOf(SHEET_METRICS);
  section(grid, top, sectionTitle(lang, 'summary'));
  // Risk-adjusted values in B, the same before risk in C where they differ in kind, what each means in D.
  const head = top + 1;
  grid.set(head, 1, { value: riskHeading('adjusted', lang), style: 'header' });
  grid.set(head, 2, { value: riskHeading('unadjusted', lang), style: 'header' });
  const first = head + 1;
  const rowOf = (key: MetricKey) => {
    const i = metrics.findIndex((m) => m.key === key);
    if (i < 0) throw new Error(`the Summary refers to ${key}, which it does not list`);
    return first + i;
  };
  const adjusted = (key: MetricKey) => absolute(rowOf(key), 1);
  const unadjusted = (key: MetricKey) => absolute(rowOf(key), 2);
  // FAST: no number typed inside a formula. IRR's starting guess sits in its own labelled cell below the metrics.
  const guessRow = first + metrics.length;
  const guessCell = absolute(guessRow, 1);
  grid.set(guessRow, 0, { value: t(lang, 'sheet.summary.irrGuess'), style: 'label' });
  grid.set(guessRow, 1, { value: irrGuess, numberFormat: f.rate, style: 'calc' });
  grid.set(guessRow, 3, { value: t(lang, 'sheet.summary.irrGuessNote'), style: 'note' });
  const cells: Record<string, string> = { IRR_GUESS: guessCell };
  const shown = (key: MetricKey, value: Result) => (isError(value) ? errorWord(key, lang) : value);
  metrics.forEach((m) => {
    const r = rowOf(m.key);
    grid.set(r, 0, { value: metricLabelIn(lang, m.key), style: 'label' });
    grid.set(r, 1, { formula: formulas[m.key](adjusted, rows), value: shown(m.key, m.value(ev)), numberFormat: f[m.format], style: 'total' });
    const before = unadjustedValue(m.key, ev);
    if (before !== undefined)
      grid.set(r, 2, { formula: formulas[m.key](unadjusted, { costs: rows.costsBefore, benefits: rows.benefitsBefore }), value: shown(m.key, before), numberFormat: f[m.format], style: 'calc' });
    grid.set(r, 3, { value: metricExplanation(m.key, H, lang), style: 'note' });
    cells[m.key] = absolute(r, 1);
  });

  // Realised to date, from the Actuals block: every formula shows "no actuals yet" until the first actual is typed.
  const headingRow = guessRow + 1;
  grid.set(headingRow, 0, { value: realisationHeading(lang), style: 'header' });
  const through = total(act.rows.through);
  const word = (w: string) => `"${w}"`;
  const monthsRange = periods(rows.monthNumber);
  const toDate = (r: number) => `SUMIFS(${periods(r)},${monthsRange},"<="&${through})`;
  const roiToDate = (costs: number, benefits: number) => `IFERROR((${toDate(benefits)}-${toDate(costs)})/${toDate(costs)},${word(t(lang, 'metric.notAvailable'))})`;
  const realised = (key: RealisationKey) => absolute(headingRow + 1 + REALISATION_METRICS.findIndex((m) => m.key === key), 1);
  // The last twelve months to date (fewer early on), per year, over the system's total cost (actuals where known).
  const firstOfYear = `MAX(1,${through}-11)`;
  const systemCost = total(act.rows.costs);
  const realisation: Record<RealisationKey, string> = {
    ACTUALS_THROUGH: through,
    REALISED_ROI_TO_DATE: roiToDate(act.rows.costs, act.rows.benefits),
    PLANNED_ROI_TO_DATE: roiToDate(rows.costs, rows.benefits),
    REFORECAST_NPV: `${initial(act.rows.net)}+NPV(${a.monthlyRate},${months(act.rows.net)})`,
    REFORECAST_PAYBACK: payback(word(t(lang, 'metric.never')), act.rows.cumulative, act.rows.net, act.rows.below),
    REALISED_ANNUAL_ROI: `IF(OR(${through}<1,${systemCost}<=0),${word(t(lang, 'metric.notAvailable'))},SUMIFS(${periods(act.rows.net)},${monthsRange},">="&${firstOfYear},${monthsRange},"<="&${through})/${systemCost}*12/(${through}-${firstOfYear}+1))`,
    IMPLIED_PAYBACK: `IF(ISNUMBER(${realised('REALISED_ANNUAL_ROI')}),IF(${realised('REALISED_ANNUAL_ROI')}>0,12/${realised('REALISED_ANNUAL_ROI')},${word(t(lang, 'metric.never'))}),${word(t(lang, 'metric.notAvailable'))})`,
  };
  REALISATION_METRICS.forEach((m, i) => {
    const r = headingRow + 1 + i;
    const value = m.value(ev);
    grid.set(r, 0, { value: realisationLabel(m.key, lang), style: 'label' });
    grid.set(r, 1, {
      formula: `=IF(${through}<0,${word(noActuals(lang))},${realisation[m.key]})`,
      value: value === undefined ? noActuals(lang) : isError(value) ? realisationErrorWord(m, ev, lang) : value,
      numberFormat: f[m.format], style: 'total',
    });
    grid.set(r, 3, { value: realisationExplanation(m.key, lang), style: 'note' });
    cells[m.key] = absolute(r, 1);
  });
  return { cells, end: headingRow + 1 + REALISATION_METRICS.length };
}
