import type { Evaluation } from '../case/evaluation';
import { irr } from '../finance';
import { isError, type Result } from '../finance/errors';
import { absolute } from './a1';
import type { Formats } from './format';
import type { Grid } from './grid';
import type { AssumptionCells } from './inputs';
import { section } from './inputs';
import { SECTION } from './layout';
import { belowZero, type ScheduleLayout } from './schedule';

// Summary block: the headline metrics as native formulas over the schedule, each with a named range.

/** Text a metric cell shows instead of an error value, and what the core's error means there. */
export const NEVER = 'never';
export const NOT_AVAILABLE = 'n/a';

interface Metric {
  key: string;
  label: string;
  /** Given the ref of any metric by key (the table refers to its own rows). */
  formula: (at: (key: string) => string) => string;
  value: Result;
  /** Shown instead of an error: "never" for payback, "n/a" otherwise. */
  otherwise?: string;
  format: keyof Formats;
  explain: string;
}

export interface SummaryLayout {
  /** Absolute A1 ref of each metric's value cell, by key. */
  cells: Record<string, string>;
  end: number;
}

export function writeSummary(grid: Grid, top: number, ev: Evaluation, s: ScheduleLayout, a: AssumptionCells, f: Formats): SummaryLayout {
  const H = s.months;
  const total = (r: number) => absolute(r, 1);
  const months = (r: number) => `${absolute(r, s.monthCol)}:${absolute(r, s.monthCol + H - 1)}`;
  const lastMonth = (r: number) => absolute(r, s.monthCol + H - 1);
  // k = last month below zero; payback = k + shortfall / next month's flow, as paybackPeriod in the core.
  const payback = (cum: number, flow: number, below: number) => {
    const k = total(below);
    return `=IF(${belowZero(lastMonth(cum))},"${NEVER}",IF(${k}=0,0,${k}+(-INDEX(${months(cum)},1,${k}))/INDEX(${months(flow)},1,${k}+1)))`;
  };
  const { rows } = s;
  // IRR's guess: the core's own monthly rate in full, so the engine's Newton search starts at the root and reports the
  // same one (Excel gives up after 20 steps, far from it); it stays a fair start after the analyst edits inputs.
  const monthlyIrr = irr(ev.monthlyNet, 0.01);
  const irrGuess = isError(monthlyIrr) ? 0.01 : monthlyIrr;
  const metrics: Metric[] = [
    { key: 'TOTAL_COSTS', label: 'Total costs', formula: () => `=${total(rows.costs)}`, value: ev.totals.costs, format: 'money', explain: `Sum of all costs over ${H} months, undiscounted.` },
    { key: 'TOTAL_BENEFITS', label: 'Total benefits', formula: () => `=${total(rows.benefits)}`, value: ev.totals.benefits, format: 'money', explain: 'Sum of all benefits after ramp and risk, undiscounted.' },
    { key: 'NET_BENEFIT', label: 'Net benefit', formula: (at) => `=${at('TOTAL_BENEFITS')}-${at('TOTAL_COSTS')}`, value: ev.totals.net, format: 'money', explain: 'Total benefits − total costs.' },
    { key: 'PV_COSTS', label: 'Present value of costs', formula: () => `=NPV(${a.monthlyRate},${months(rows.costs)})`, value: ev.presentValue.costs, format: 'money', explain: 'Each month discounted at the monthly rate, month 1 by one month.' },
    { key: 'PV_BENEFITS', label: 'Present value of benefits', formula: () => `=NPV(${a.monthlyRate},${months(rows.benefits)})`, value: ev.presentValue.benefits, format: 'money', explain: 'Same discounting as costs.' },
    { key: 'NPV', label: 'Net present value (NPV)', formula: (at) => `=${at('PV_BENEFITS')}-${at('PV_COSTS')}`, value: ev.npv, format: 'money', explain: 'PV of benefits − PV of costs.' },
    { key: 'ROI', label: 'ROI (nominal, undiscounted)', formula: (at) => `=IFERROR((${at('TOTAL_BENEFITS')}-${at('TOTAL_COSTS')})/${at('TOTAL_COSTS')},"${NOT_AVAILABLE}")`, value: ev.roi.nominal, format: 'percent', explain: '(Total benefits − total costs) ÷ total costs; n/a without costs.' },
    { key: 'ROI_PV', label: 'ROI (present value, TEI basis)', formula: (at) => `=IFERROR((${at('PV_BENEFITS')}-${at('PV_COSTS')})/${at('PV_COSTS')},"${NOT_AVAILABLE}")`, value: ev.roi.presentValue, format: 'percent', explain: '(PV benefits − PV costs) ÷ PV costs, as Forrester TEI reports ROI.' },
    { key: 'BCR', label: 'Benefit/cost ratio (PV)', formula: (at) => `=IFERROR(${at('PV_BENEFITS')}/${at('PV_COSTS')},"${NOT_AVAILABLE}")`, value: ev.benefitCostRatio, format: 'ratio', explain: 'PV benefits ÷ PV costs; above 1 pays for itself.' },
    { key: 'IRR', label: 'IRR (annualised)', formula: () => `=IFERROR((1+IRR(${months(rows.net)},${decimal(irrGuess)}))^12-1,"${NOT_AVAILABLE}")`, value: ev.irr, format: 'percent', explain: 'Monthly IRR of the net cash flow, compounded to a year; n/a without a sign change.' },
    { key: 'PAYBACK', label: 'Payback (months, simple)', formula: () => payback(rows.cumulative, rows.net, rows.below), value: ev.paybackMonths.simple, otherwise: NEVER, format: 'months', explain: 'Fractional months until the cumulative net stays ≥ 0; "never" within the horizon.' },
    { key: 'PAYBACK_DISCOUNTED', label: 'Payback (months, discounted)', formula: () => payback(rows.cumulativeDiscounted, rows.discounted, rows.belowDiscounted), value: ev.paybackMonths.discounted, otherwise: NEVER, format: 'months', explain: 'The same on discounted flows.' },
    { key: 'BREAK_EVEN', label: 'Break-even month', formula: () => `=IF(${belowZero(lastMonth(rows.cumulative))},"${NEVER}",${total(rows.below)}+1)`, value: ev.breakEvenMonth, otherwise: NEVER, format: 'month', explain: 'First month at whose end the cumulative net is ≥ 0 for good.' },
  ];
  section(grid, top, SECTION.summary);
  const at = (key: string) => absolute(top + 1 + metrics.findIndex((m) => m.key === key), 1);
  const cells: Record<string, string> = {};
  metrics.forEach((m, i) => {
    const r = top + 1 + i;
    grid.set(r, 0, { value: m.label, style: 'label' });
    grid.set(r, 1, { formula: m.formula(at), value: isError(m.value) ? m.otherwise ?? NOT_AVAILABLE : m.value, numberFormat: f[m.format], style: 'total' });
    grid.set(r, 2, { value: m.explain, style: 'note' });
    cells[m.key] = absolute(r, 1);
  });
  return { cells, end: top + 1 + metrics.length };
}

/** A number as formula text without exponent notation ("1e-7" is not a literal every host parses). */
const decimal = (x: number): string => (x === 0 || Math.abs(x) >= 1e-6 ? String(x) : x.toFixed(20).replace(/\.?0+$/, ''));
