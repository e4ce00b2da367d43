import { actualSeries } from '../case/actuals';
import type { Evaluation } from '../case/evaluation';
import { sumMoney } from '../finance';
import { absolute, address, columnName, range } from './a1';
import type { Formats } from './format';
import type { Grid } from './grid';
import { section, type PlannedLine } from './inputs';
import { COL } from './layout';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { belowZero, isShortfall, type ScheduleLayout } from './schedule';
import type { KpiLayout } from './kpis';
import type { PlanCell } from './types';

// Actuals block: the plan against what happened, in the schedule's exact columns (month m sits where it sits in the
// schedule). Per line: its risk-adjusted plan, its actual (the analyst's input; blank = not known yet) and the
// variance. Then the totals with each actual in place of its plan, the cumulative net both ways (the realisation
// chart's two series) and two helpers: the last month with any actual, and the re-forecast's last month below zero.

export interface ActualsLayout {
  rows: { costsPlan: number; costs: number; benefitsPlan: number; benefits: number; net: number; cumulativePlan: number; cumulative: number; through: number; below: number };
  /** Each line's actual row, in the plan's line order. */
  actualRows: number[];
  end: number;
}

/** Rows the block takes: section, two headers, three a line, nine totals and helpers. */
export const actualsRows = (lines: number): number => 12 + 3 * lines;

const NOT_KNOWN = '';

export function writeActuals(grid: Grid, top: number, ev: Evaluation, lines: PlannedLine[], inputRows: number[], s: ScheduleLayout, kpis: KpiLayout | undefined, f: Formats, lang: Locale): ActualsLayout {
  const c = ev.case;
  const H = s.months;
  const mcol = (m: number) => s.initialCol + m;
  const cell = (r: number, m: number) => address(r, mcol(m));
  const monthRef = (m: number) => `${columnName(mcol(m))}$${s.rows.monthNumber + 1}`;
  section(grid, top, t(lang, 'actuals.section.actuals'), s.width);
  // The schedule's headings, linked: the same months in the same columns.
  [s.rows.monthNumber, s.rows.date].forEach((from, i) => {
    for (let col = 0; col < s.width; col++) {
      const head = grid.get(from, col);
      grid.set(top + 1 + i, col, col === 0 ? head : { ...head, formula: `=${address(from, col)}` });
    }
  });

  // Totals and years of a row are SUMs of its months; a running row's years show their closing position.
  const years = Array.from({ length: s.years }, (_, y) => ({ first: 12 * y + 1, last: Math.min(12 * (y + 1), H) }));
  const row = (r: number, label: PlanCell, months: (m: number) => PlanCell, style: PlanCell['style'], format: string, running = false) => {
    grid.set(r, 0, label);
    const values: number[] = [];
    for (let m = 0; m <= H; m++) {
      const p = months(m);
      grid.set(r, mcol(m), { numberFormat: format, style, ...p });
      values.push(typeof p.value === 'number' ? p.value : 0);
    }
    years.forEach(({ first, last }, y) =>
      grid.set(r, s.yearCol + y, running
        ? { formula: `=${cell(r, last)}`, value: values[last], numberFormat: format, style: 'calc' }
        : { formula: `=SUM(${range(r, mcol(first), r, mcol(last))})`, value: sumMoney(values.slice(first, last + 1)), numberFormat: format, style: 'calc' }));
    if (!running) grid.set(r, 1, { formula: `=SUM(${range(r, mcol(0), r, mcol(H))})`, value: sumMoney(values), numberFormat: format, style: 'calc' });
  };

  const actual = actualSeries(c);
  const measuredBy = new Map((c.kpis ?? []).filter((k) => k.benefit !== undefined).map((k) => [k.benefit!.toLowerCase(), k.id!.toLowerCase()]));
  const actualRows: number[] = [];
  const variances: Record<'cost' | 'benefit', string[][]> = { cost: [], benefit: [] };
  const actualCells: string[][] = [];
  let r = top + 3;
  lines.forEach(({ line, terms }, k) => {
    const side = terms.side;
    const schedule = side === 'cost' ? ev.costs[k] : ev.benefits[k - c.costs.length];
    const plan = [schedule.initial, ...schedule.monthly];
    const known = side === 'cost' ? actual.costs[k] : actual.benefits[k - c.costs.length];
    const name = absolute(inputRows[k], COL.name);
    const risk = absolute(inputRows[k], COL.risk);
    const [planRow, actualRow, varianceRow] = [r, r + 1, r + 2];
    r += 3;
    actualRows.push(actualRow);
    const label = (what: string): PlanCell => ({ formula: `=${name}&": ${what}"`, value: `${line.name}: ${what}`, style: 'label' });
    row(planRow, label(t(lang, 'actuals.line.plan')), (m) => ({ formula: `=${cell(s.lineRows[k], m)}*(1${side === 'cost' ? '+' : '-'}${risk})`, value: plan[m] }), 'calc', f.money);
    // A line a KPI measures takes its actuals from the KPI: (value − baseline) × value per unit, signed by better-when.
    const kpi = side === 'benefit' ? kpis?.cells.get(measuredBy.get(line.id!.toLowerCase()) ?? '') : undefined;
    row(actualRow, label(t(lang, kpi ? 'actuals.line.measured' : 'actuals.line.actual')), (m) => {
      const v = known[m];
      if (kpi) {
        const x = address(kpi.actualRow, mcol(m));
        return { formula: `=IF(ISNUMBER(${x}),(${x}-${kpi.baseline})*${kpi.valuePerUnit}*IF(${kpi.betterWhen}="lower",-1,1),"")`, value: v ?? NOT_KNOWN, style: 'calc' };
      }
      return v === null ? {} : { value: v };
    }, kpi ? 'calc' : 'input', f.money);
    row(varianceRow, label(t(lang, 'actuals.line.variance')), (m) => ({
      formula: `=IF(ISNUMBER(${cell(actualRow, m)}),${cell(actualRow, m)}-${cell(planRow, m)},"")`,
      value: known[m] === null ? NOT_KNOWN : known[m]! - plan[m],
    }), 'calc', side === 'cost' ? f.varianceCost : f.varianceBenefit);
    variances[side].push(Array.from({ length: H + 1 }, (_, m) => cell(varianceRow, m)));
    actualCells.push(Array.from({ length: H + 1 }, (_, m) => cell(actualRow, m)));
  });

  const rows = { costsPlan: r, costs: r + 1, benefitsPlan: r + 2, benefits: r + 3, net: r + 4, cumulativePlan: r + 5, cumulative: r + 6, through: r + 7, below: r + 8 };
  const rf = ev.reforecast;
  const mixed = {
    costs: rf ? [rf.initial.costs, ...rf.monthlyCosts] : [ev.initial.costs, ...ev.monthlyCosts],
    benefits: rf ? [rf.initial.benefits, ...rf.monthlyBenefits] : [ev.initial.benefits, ...ev.monthlyBenefits],
  };
  const label = (text: string, style: PlanCell['style'] = 'label'): PlanCell => ({ value: text, style });
  const side = (planRow: number, mixedRow: number, from: number, what: string, plan: number[], values: number[], sideKey: 'cost' | 'benefit') => {
    row(planRow, label(t(lang, 'actuals.total.plan', { side: what })), (m) => ({ formula: `=${cell(from, m)}`, value: plan[m] }), 'calc', f.money);
    // The plan plus each line's variance: SUM skips the blanks of months not known yet.
    row(mixedRow, label(t(lang, 'actuals.total.mixed', { side: what }), 'total'), (m) => ({
      formula: variances[sideKey].length ? `=${cell(planRow, m)}+SUM(${variances[sideKey].map((v) => v[m]).join(',')})` : `=${cell(planRow, m)}`,
      value: values[m],
    }), 'total', f.money);
  };
  side(rows.costsPlan, rows.costs, s.rows.costs, t(lang, 'actuals.side.costs'), [ev.initial.costs, ...ev.monthlyCosts], mixed.costs, 'cost');
  side(rows.benefitsPlan, rows.benefits, s.rows.benefits, t(lang, 'actuals.side.benefits'), [ev.initial.benefits, ...ev.monthlyBenefits], mixed.benefits, 'benefit');
  const net = mixed.benefits.map((b, m) => sumMoney([b, -mixed.costs[m]]));
  row(rows.net, label(t(lang, 'actuals.total.net'), 'total'), (m) => ({ formula: `=${cell(rows.benefits, m)}-${cell(rows.costs, m)}`, value: net[m] }), 'total', f.money);
  const planned = [ev.initial.net, ...ev.cumulativeNet];
  row(rows.cumulativePlan, label(t(lang, 'actuals.total.cumulativePlan')), (m) => ({ formula: `=${cell(s.rows.cumulative, m)}`, value: planned[m] }), 'calc', f.money, true);
  const cumulative = runningSum(net);
  row(rows.cumulative, label(t(lang, 'actuals.total.cumulative')), (m) => ({ formula: m === 0 ? `=${cell(rows.net, 0)}` : `=${cell(rows.cumulative, m - 1)}+${cell(rows.net, m)}`, value: cumulative[m] }), 'calc', f.money, true);

  // Helpers, found with MAX as the schedule's: the last month with any actual (−1: none yet) …
  const through = ev.actuals?.throughMonth ?? -1;
  grid.set(rows.through, 0, { value: t(lang, 'actuals.helper.through'), style: 'note' });
  for (let m = 0; m <= H; m++) {
    const any = [...actual.costs, ...actual.benefits].some((series) => series[m] !== null);
    grid.set(rows.through, mcol(m), actualCells.length ? { formula: `=IF(COUNT(${actualCells.map((a) => a[m]).join(',')})>0,${monthRef(m)},-1)`, value: any ? m : -1, numberFormat: f.month, style: 'note' } : { value: -1, numberFormat: f.month, style: 'note' });
  }
  grid.set(rows.through, 1, { formula: `=MAX(${range(rows.through, mcol(0), rows.through, mcol(H))})`, value: through, numberFormat: f.month, style: 'note' });
  // … and the last month the re-forecast's cumulative net is below zero, for its payback.
  grid.set(rows.below, 0, { value: t(lang, 'actuals.helper.below'), style: 'note' });
  let last = -1;
  for (let m = 0; m <= H; m++) {
    const below = isShortfall(cumulative[m]);
    if (below) last = m;
    grid.set(rows.below, mcol(m), { formula: `=IF(${belowZero(cell(rows.cumulative, m))},${monthRef(m)},-1)`, value: below ? m : -1, numberFormat: f.month, style: 'note' });
  }
  grid.set(rows.below, 1, { formula: `=MAX(${range(rows.below, mcol(0), rows.below, mcol(H))})`, value: last, numberFormat: f.month, style: 'note' });
  return { rows, actualRows, end: rows.below + 1 };
}

/** Running totals, summed in decimal as the core sums its cumulative net. */
function runningSum(values: number[]): number[] {
  const out: number[] = [];
  values.forEach((v, m) => out.push(m === 0 ? v : sumMoney([out[m - 1], v])));
  return out;
}
