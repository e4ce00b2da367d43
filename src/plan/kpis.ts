import type { KpiReport } from '../case/actuals';
import { monthKey } from '../case/calendar';
import type { Kpi } from '../case/types';
import { absolute, address, range } from './a1';
import type { Formats } from './format';
import type { Grid } from './grid';
import { section } from './inputs';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import type { ScheduleLayout } from './schedule';

// KPI block: the business metrics that carry the value. A table with one row per KPI (what it is, its baseline and
// target, the average of its actuals and the progress to target), then per KPI its baseline values (before go-live,
// oldest first, from column B) and its actual values by month, in the schedule's month columns.

/** The table's columns, from A. The averages and the progress are formulas; the rest are inputs. */
export const KPI_COL = { name: 0, unit: 1, betterWhen: 2, baseline: 3, target: 4, actual: 5, progress: 6, valuePerUnit: 7, benefit: 8 } as const;
const HEADERS = ['name', 'unit', 'betterWhen', 'baseline', 'target', 'actual', 'progress', 'valuePerUnit', 'benefit'] as const;
export const BETTER_WHEN = ['higher', 'lower'] as const;
/** The first column of a baseline row. */
export const BASELINE_COL = 1;

export interface KpiLayout {
  /** Per KPI, in the case's order: its table row, baseline row and actual row. */
  rows: { table: number; baseline: number; actual: number }[];
  /** The cells a measured line's actual formula reads, by KPI id (lower-cased). */
  cells: Map<string, { baseline: string; valuePerUnit: string; betterWhen: string; actualRow: number }>;
  /** Last column a baseline row reaches (the block may be wider than the schedule). */
  right: number;
  end: number;
}

/** Rows the block takes: section, header, a row a KPI, the period header, two rows a KPI. */
export const kpiRows = (kpis: number): number => 3 + 3 * kpis;

export function writeKpis(grid: Grid, top: number, kpis: Kpi[], reports: KpiReport[], startDate: string, s: ScheduleLayout, f: Formats, lang: Locale): KpiLayout {
  const right = Math.max(s.width - 1, BASELINE_COL + Math.max(0, ...kpis.map((k) => k.baseline.length)) - 1);
  section(grid, top, t(lang, 'actuals.section.kpis'), right + 1);
  HEADERS.forEach((h, c) => grid.set(top + 1, c, { value: t(lang, `actuals.kpi.${h}`), style: 'header' }));
  const periodRow = top + 2 + kpis.length;
  // The months' headings again, so each actual sits under its month.
  grid.set(periodRow, 0, { value: t(lang, 'actuals.kpi.period'), style: 'header' });
  for (let c = s.initialCol; c < s.width; c++) grid.set(periodRow, c, { ...grid.get(s.rows.date, c), formula: `=${address(s.rows.date, c)}` });

  const rows: KpiLayout['rows'] = [];
  const cells: KpiLayout['cells'] = new Map();
  kpis.forEach((k, i) => {
    const r = reports[i];
    const table = top + 2 + i;
    const baseline = periodRow + 1 + 2 * i;
    const actual = baseline + 1;
    rows.push({ table, baseline, actual });
    const at = (c: number) => absolute(table, c);
    const baselineRange = range(baseline, BASELINE_COL, baseline, right);
    const actualRange = range(actual, s.initialCol, actual, s.initialCol + s.months);
    grid.set(table, KPI_COL.name, { value: k.name, style: 'input' });
    grid.set(table, KPI_COL.unit, k.unit === undefined ? { style: 'input' } : { value: k.unit, style: 'input' });
    grid.set(table, KPI_COL.betterWhen, { value: k.betterWhen, style: 'input' });
    grid.set(table, KPI_COL.baseline, { formula: `=AVERAGE(${baselineRange})`, value: r.baseline, numberFormat: f.number, style: 'calc' });
    grid.set(table, KPI_COL.target, { value: k.target, numberFormat: f.number, style: 'input' });
    grid.set(table, KPI_COL.actual, { formula: `=IF(COUNT(${actualRange})=0,"",AVERAGE(${actualRange}))`, value: r.actual ?? '', numberFormat: f.number, style: 'calc' });
    // Where the target equals the baseline there is no way to measure progress, as in the core.
    grid.set(table, KPI_COL.progress, {
      formula: `=IF(OR(${at(KPI_COL.actual)}="",${at(KPI_COL.target)}=${at(KPI_COL.baseline)}),"",(${at(KPI_COL.actual)}-${at(KPI_COL.baseline)})/(${at(KPI_COL.target)}-${at(KPI_COL.baseline)}))`,
      value: r.progress ?? '', numberFormat: f.percent, style: 'calc',
    });
    grid.set(table, KPI_COL.valuePerUnit, k.valuePerUnit === undefined ? { numberFormat: f.moneyInput, style: 'input' } : { value: k.valuePerUnit, numberFormat: f.moneyInput, style: 'input' });
    grid.set(table, KPI_COL.benefit, k.benefit === undefined ? { style: 'input' } : { value: k.benefit, style: 'input' });

    grid.set(baseline, 0, { formula: `=${at(KPI_COL.name)}&": ${t(lang, 'actuals.kpi.baselineRow')}"`, value: `${k.name}: ${t(lang, 'actuals.kpi.baselineRow')}`, style: 'label' });
    for (let c = BASELINE_COL; c <= right; c++) {
      const v = k.baseline[c - BASELINE_COL];
      grid.set(baseline, c, v === undefined ? { numberFormat: f.number, style: 'input' } : { value: v, numberFormat: f.number, style: 'input' });
    }
    grid.set(actual, 0, { formula: `=${at(KPI_COL.name)}&": ${t(lang, 'actuals.kpi.actualRow')}"`, value: `${k.name}: ${t(lang, 'actuals.kpi.actualRow')}`, style: 'label' });
    for (let m = 0; m <= s.months; m++) {
      const v = k.actuals?.[monthKey(startDate, m)];
      grid.set(actual, s.initialCol + m, v === undefined ? { numberFormat: f.number, style: 'input' } : { value: v, numberFormat: f.number, style: 'input' });
    }
    cells.set(k.id!.toLowerCase(), { baseline: at(KPI_COL.baseline), valuePerUnit: at(KPI_COL.valuePerUnit), betterWhen: at(KPI_COL.betterWhen), actualRow: actual });
  });
  return { rows, cells, right, end: top + kpiRows(kpis.length) };
}
