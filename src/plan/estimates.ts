import type { Scenarios, Swing } from '../case/scenarios';
import { errorWord, metric, metricLabelIn, type MetricKey } from '../case/metric-catalog';
import { isError } from '../finance/errors';
import { POINTS, type Uncertain } from '../case/validate';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { absolute } from './a1';
import type { Formats } from './format';
import type { Grid } from './grid';
import { section } from './inputs';
import { choiceWord, COL, sectionTitle } from './layout';

// Estimates block: the three-point estimates of the case, one row each, and the scenario selector. An estimated
// driver's Inputs cell takes its value from this block for the scenario selected, so every formula of the sheet
// follows the selector, natively; so do each estimate's NPV changes (the tornado), by linearity (linkSwings). The
// scenarios side by side are the core's figures as of the last build (refreshed on every update): a whole schedule
// per scenario would triple the sheet.

/** The selector's choices in a language: its drop-down list, which the INDEX/MATCH of the estimated inputs match. */
export const scenarioChoices = (lang: Locale): string[] => POINTS.map((p) => choiceWord(lang, p));
/** Every language's list, by which an earlier build's drop-down is recognised on update, whatever its language. */
export const ALL_SCENARIO_CHOICES: string[][] = LOCALE_TAGS.map(scenarioChoices);
export const estimateHeaders = (lang: Locale): string[] => [
  t(lang, 'sheet.estimates.line'), t(lang, 'sheet.estimates.driver'), ...scenarioChoices(lang),
  t(lang, 'sheet.estimates.changeConservative'), t(lang, 'sheet.estimates.changeOptimistic'), t(lang, 'sheet.estimates.swing'),
];
/** The columns of the three points, from Conservative. */
const FIRST_POINT = 2;
const SCENARIO_METRICS: MetricKey[] = ['NPV', 'ROI_PV', 'IRR', 'PAYBACK'];

export interface EstimatesLayout {
  /** The selector's cell. */
  scenario: string;
  /** Per estimate (index into `uncertain`): its row. */
  rows: number[];
  /** The formula an estimated driver's Inputs cell holds. */
  driverFormula: (estimate: number) => string;
  /** The tornado's bars: categories (driver and line) and the two NPV changes, one row an estimate, widest first. */
  tornado: { categories: string; conservative: string; optimistic: string };
  end: number;
}

export const estimateKey = (u: Pick<Uncertain, 'lineId' | 'field'>): string => `EST_${u.lineId}_${u.field}`;

/** `label(u)`: the estimated driver's label in the sheet's language. */
export function writeEstimates(grid: Grid, top: number, uncertain: readonly Uncertain[], lineRows: Map<string, number>, expectedNpv: number, swings: readonly Swing[], f: Formats, lang: Locale, label: (u: Uncertain) => string): EstimatesLayout {
  section(grid, top, sectionTitle(lang, 'estimates'));
  const selectorRow = top + 1;
  grid.set(selectorRow, 0, { value: t(lang, 'sheet.estimates.selector', { choices: scenarioChoices(lang).join(', ') }), style: 'label' });
  grid.set(selectorRow, 1, { value: choiceWord(lang, 'expected'), style: 'input' });
  const scenario = absolute(selectorRow, 1);
  const head = top + 2;
  estimateHeaders(lang).forEach((h, c) => grid.set(head, c, { value: h, style: 'header' }));
  const points = `${absolute(head, FIRST_POINT)}:${absolute(head, FIRST_POINT + 2)}`;
  // Rows in the tornado's order, widest swing first; NPV changes are from the expected NPV.
  const rank = (u: Uncertain) => swings.findIndex((s) => s.path.join() === u.path.join());
  const rows = uncertain.map((u) => {
    const r = head + 1 + rank(u);
    const swing = swings[rank(u)];
    const format = u.kind === 'percent' ? f.percent : u.kind === 'money' ? f.moneyInput : f.number;
    grid.set(r, 0, { formula: `=${absolute(lineRows.get(u.lineId)!, COL.name)}`, value: u.lineName, style: 'label' });
    grid.set(r, 1, { value: `${label(u)} (${u.lineName})`, style: 'label' });
    POINTS.forEach((p, k) => grid.set(r, FIRST_POINT + k, { value: u[p], numberFormat: format, style: 'input' }));
    grid.set(r, FIRST_POINT + 3, { value: swing.npvConservative - expectedNpv, numberFormat: f.money, style: 'calc' });
    grid.set(r, FIRST_POINT + 4, { value: swing.npvOptimistic - expectedNpv, numberFormat: f.money, style: 'calc' });
    grid.set(r, FIRST_POINT + 5, { value: swing.swing, numberFormat: f.money, style: 'calc' });
    return r;
  });
  const driverFormula = (i: number) => `=INDEX(${absolute(rows[i], FIRST_POINT)}:${absolute(rows[i], FIRST_POINT + 2)},1,MATCH(${scenario},${points},0))`;
  const [first, last] = [head + 1, head + uncertain.length];
  const column = (c: number) => `${absolute(first, c)}:${absolute(last, c)}`;
  const tornado = { categories: column(1), conservative: column(FIRST_POINT + 3), optimistic: column(FIRST_POINT + 4) };
  return { scenario, rows, driverFormula, tornado, end: last + 1 };
}

/** Rows of the scenarios table: its headings, then a metric a row. */
export const SCENARIO_TABLE_ROWS = 1 + SCENARIO_METRICS.length;

/** The scenarios side by side, under the Summary: the add-in's figures as of the last build (a block of its own). */
export function writeScenarioTable(grid: Grid, top: number, scenarios: Scenarios, f: Formats, lang: Locale): void {
  grid.set(top, 0, { value: t(lang, 'sheet.estimates.scenarios'), style: 'header' });
  scenarioChoices(lang).forEach((word, k) => grid.set(top, 1 + k, { value: word, style: 'header' }));
  SCENARIO_METRICS.forEach((key, j) => {
    grid.set(top + 1 + j, 0, { value: metricLabelIn(lang, key), style: 'label' });
    POINTS.forEach((p, k) => {
      const v = metric(key).value(scenarios[p]);
      grid.set(top + 1 + j, 1 + k, { value: isError(v) ? errorWord(key, lang) : v, numberFormat: f[metric(key).format], style: 'calc' });
    });
  });
}

/** Where an estimate's three points are, for read-back: the row is found by its name. */
export const ESTIMATE_POINT_COLUMNS = POINTS.map((_, k) => FIRST_POINT + k);

/** Where a line's figures are, for its estimates' native NPV changes. */
export interface LineRefs {
  /** The line's schedule row before risk (initial period, then the months), and its risk and current driver cells. */
  initial: string;
  months: string;
  risk: string;
  driver: string;
  side: 'cost' | 'benefit';
}

/**
 * The NPV changes as formulas: a line's amount is a product of its drivers, so its PV scales with each of them, and
 * moving one driver from its value in use to a point changes NPV by ± the line's risk-adjusted PV × (point ÷ value − 1).
 * They follow every input and the selector; "n/a" (in the sheet's language) where the value in use is 0 (the line's PV says nothing then).
 */
export function linkSwings(grid: Grid, e: EstimatesLayout, lines: readonly LineRefs[], monthlyRate: string, lang: Locale): void {
  const na = t(lang, 'metric.notAvailable');
  e.rows.forEach((r, i) => {
    const l = lines[i];
    const pv = `${l.side === 'cost' ? '-' : ''}(1${l.side === 'cost' ? '+' : '-'}${l.risk})*(${l.initial}+NPV(${monthlyRate},${l.months}))`;
    const change = (col: number) => `=IFERROR(${pv}*(${absolute(r, col)}/${l.driver}-1),"${na}")`;
    const set = (col: number, formula: string) => grid.set(r, col, { ...grid.get(r, col), formula });
    set(FIRST_POINT + 3, change(FIRST_POINT));
    set(FIRST_POINT + 4, change(FIRST_POINT + 2));
    set(FIRST_POINT + 5, `=IFERROR(ABS(${absolute(r, FIRST_POINT + 4)}-${absolute(r, FIRST_POINT + 3)}),"${na}")`);
  });
}
