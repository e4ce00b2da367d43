import type { Evaluation } from '../case/evaluation';
import { roundMoney, SHORTFALL_PLACES, sumMoney } from '../finance';
import { absolute, address, columnName, range } from './a1';
import { firstOfMonth } from './dates';
import type { Formats } from './format';
import type { Grid } from './grid';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { choiceWord, COL, sectionTitle, type Choice } from './layout';
import type { AssumptionCells, PlannedLine } from './inputs';
import { section, spreadDivisor, yearlyDriver } from './inputs';
import { lineType } from '../case/lines';
import { unadjustedAmount } from '../case/terms';
import type { PlanCell } from './types';

// Schedule block: label, total, yearly roll-ups, the initial period (month 0), then one column per month. Every
// amount is a formula over the Inputs; the initial period and the months form one contiguous series for IRR and NPV.

export interface ScheduleLayout {
  /** Columns: B holds totals, years start at C, then the initial period, then the months. */
  yearCol: number;
  /** The initial period's column (month 0); month m is in initialCol + m. */
  initialCol: number;
  monthCol: number;
  years: number;
  months: number;
  width: number;
  rows: { monthNumber: number; date: number; costsBefore: number; costs: number; benefitsBefore: number; benefits: number; net: number; cumulative: number; discounted: number; cumulativeDiscounted: number; below: number; belowDiscounted: number };
  /** Each line's row, in the plan's line order. */
  lineRows: number[];
  /** Row after the block. */
  end: number;
}

const TOTAL_COL = 1;

export function scheduleColumns(horizon: number) {
  const years = Math.ceil(horizon / 12);
  return { years, yearCol: 2, initialCol: 2 + years, monthCol: 3 + years, width: 3 + years + horizon };
}

export function writeSchedule(grid: Grid, top: number, ev: Evaluation, lines: PlannedLine[], inputRows: number[], yearColumns: number, a: AssumptionCells, f: Formats, lang: Locale): ScheduleLayout {
  const H = ev.case.horizonMonths;
  const { years, yearCol, initialCol, monthCol, width } = scheduleColumns(H);
  /** The column of month m; m = 0 is the initial period. */
  const mcol = (m: number) => initialCol + m;
  const monthsOf = (y: number) => ({ first: 12 * (y - 1) + 1, last: Math.min(12 * y, H) });
  section(grid, top, sectionTitle(lang, 'schedule'), width);

  const monthNumber = top + 1;
  const date = top + 2;
  const months = (first: number, last: number) => (first === last ? t(lang, 'sheet.schedule.oneMonth', { m: first }) : t(lang, 'sheet.schedule.months', { first, last }));
  grid.set(monthNumber, 0, { value: t(lang, 'sheet.schedule.month'), style: 'header' });
  grid.set(monthNumber, TOTAL_COL, { value: t(lang, 'sheet.schedule.total'), style: 'header' });
  grid.set(date, 0, { value: t(lang, 'sheet.schedule.period'), style: 'header' });
  grid.set(date, TOTAL_COL, { value: months(1, H), style: 'header' });
  for (let y = 1; y <= years; y++) {
    const { first, last } = monthsOf(y);
    grid.set(monthNumber, yearCol + y - 1, { value: t(lang, 'sheet.schedule.year', { y }), style: 'header' });
    grid.set(date, yearCol + y - 1, { value: months(first, last), style: 'header' });
  }
  grid.set(monthNumber, mcol(0), { value: 0, numberFormat: f.month, style: 'header' });
  grid.set(date, mcol(0), { value: t(lang, 'sheet.schedule.initial'), style: 'header' });
  for (let m = 1; m <= H; m++) {
    grid.set(monthNumber, mcol(m), { value: m, numberFormat: f.month, style: 'header' });
    grid.set(date, mcol(m), { formula: `=DATE(YEAR(${a.startDate}),MONTH(${a.startDate})+${address(monthNumber, mcol(m))}-1,1)`, value: firstOfMonth(ev.case.startDate, m - 1), numberFormat: f.monthHeader, style: 'header' });
  }
  const monthRefs = Array.from({ length: H + 1 }, (_, m) => `${columnName(mcol(m))}$${monthNumber + 1}`);
  const m$ = (m: number) => monthRefs[m];

  // A row of amounts: per-month formula and value; totals and years are SUMs unless `yearValue` says otherwise.
  const amountRow = (row: number, label: string, style: PlanCell['style'], monthly: (m: number) => { formula?: string; value: number }, total: number | null, yearValue?: (y: number) => PlanCell) => {
    grid.set(row, 0, { value: label, style: style === 'total' ? 'total' : 'label' });
    const values: number[] = [];
    for (let m = 0; m <= H; m++) {
      const { formula, value } = monthly(m);
      values.push(value);
      // Literals, not a spread: V8 gives each spread copy a hidden class of its own (~100 bytes a cell here).
      grid.set(row, mcol(m), formula === undefined ? { value, numberFormat: f.money, style } : { formula, value, numberFormat: f.money, style });
    }
    const sum = (first: number, last: number) => `=SUM(${range(row, mcol(first), row, mcol(last))})`;
    for (let y = 1; y <= years; y++) {
      const { first, last } = monthsOf(y);
      grid.set(row, yearCol + y - 1, yearValue?.(y) ?? { formula: sum(first, last), value: sumMoney(values.slice(first, last + 1)), numberFormat: f.money, style });
    }
    grid.set(row, TOTAL_COL, total === null ? { style } : { formula: sum(0, H), value: total, numberFormat: f.money, style });
  };

  let row = date + 1;
  const lineRows: number[] = [];
  const lineRow = (pl: PlannedLine, inputRow: number, values: number[]) => {
    const i = (col: number) => absolute(inputRow, col);
    const [start, end, pattern, inYear] = [i(COL.start), i(COL.end), i(COL.pattern), i(COL.inYear)];
    const t = pl.terms;
    const decl = lineType(t.kind)!;
    // The choice cells hold words in the sheet's language.
    const is = (cell: string, choice: Choice) => `${cell}="${choiceWord(lang, choice)}"`;
    const active = (m: string) =>
      `AND(${m}>=${start},${m}<=${end},OR(${is(pattern, 'monthly')},AND(${is(pattern, 'once')},${m}=${start}),AND(${is(pattern, 'annual')},OR(${is(inYear, 'spread')},MOD(${m}-${start},12)=IF(${is(inYear, 'end')},11,0)))))`;
    // The line's year k of month m, and the amount in it: same operations, in the same order, as occurrenceAmount.
    const year = (m: string) => `(INT((${m}-${start})/12)+1)`;
    const y = yearlyDriver(t);
    const years = `${i(COL.years)}:${i(COL.years + yearColumns - 1)}`;
    const perYear = (m: string) => `INDEX(${years},1,MIN(${year(m)},COLUMNS(${years})))`;
    const product = (m: string) => t.drivers.map((_, j) => (j === y ? perYear(m) : i(COL.driverValues[j]))).join('*');
    const amount = (m: string) => {
      let a = y >= 0 || decl.escalates ? `${product(m)}${decl.escalates ? `*(1+${i(COL.escalation)})^(${year(m)}-1)` : ''}${spreadDivisor(t, i, lang)}` : i(COL.amount);
      if (decl.cohort) a += `*IF(${i(COL.churn)}=0,${year(m)},(1-(1-${i(COL.churn)})^${year(m)})/${i(COL.churn)})`;
      return t.side === 'cost' ? a : `${a}*MIN(1,(${m}-${start}+1)/(${i(COL.full)}-${start}+1))`;
    };
    // The row's formula is built once and joined around each month's ref: one flat string per cell, not a tree of
    // fragments (at 200 lines × 240 months those trees were most of the plan's memory).
    const parts = `=IF(${active(MONTH)},${amount(MONTH)},0)`.split(MONTH);
    amountRow(row, t.name, 'calc', (m) => ({ formula: parts.join(m$(m)), value: values[m] }), sumMoney(values));
    grid.set(row, 0, { formula: `=${i(COL.name)}`, value: t.name, style: 'label' });
    row++;
  };
  // Per side: its lines before risk, their sum, and the risk-adjusted total (each line × (1 ∓ its risk)).
  const sideRows = (side: 'cost' | 'benefit', labels: { before: string; total: string }, totals: number[], total: number) => {
    const first = row;
    const factors: string[] = [];
    const sideValues: number[][] = [];
    lines.forEach((pl, k) => {
      if (pl.terms.side !== side) return;
      const values = Array.from({ length: H + 1 }, (_, m) => unadjustedAmount(pl.terms, m));
      sideValues.push(values);
      factors.push(`(1${side === 'cost' ? '+' : '-'}${absolute(inputRows[k], COL.risk)})`);
      lineRows[k] = row;
      lineRow(pl, inputRows[k], values);
    });
    const last = row - 1;
    const beforeRow = row++;
    const beforeValues = Array.from({ length: H + 1 }, (_, m) => sumMoney(sideValues.map((v) => v[m])));
    // No lines on this side: plain zero rows, since SUM needs a range.
    amountRow(beforeRow, labels.before, 'calc', (m) => (last >= first ? { formula: `=SUM(${range(first, mcol(m), last, mcol(m))})`, value: beforeValues[m] } : { value: 0 }), sumMoney(beforeValues));
    const totalRow = row++;
    amountRow(totalRow, labels.total, 'total', (m) => (last >= first ? { formula: `=${factors.map((x, j) => `${cell(first + j, m)}*${x}`).join('+')}`, value: totals[m] } : { value: 0 }), total);
    return { before: beforeRow, total: totalRow };
  };
  const cell = (r: number, m: number) => address(r, mcol(m));
  // Series from the initial period on: [month 0, month 1, …, month H].
  const costSide = sideRows('cost', { before: t(lang, 'sheet.schedule.costsBefore'), total: t(lang, 'sheet.schedule.costsAfter') }, [ev.initial.costs, ...ev.monthlyCosts], ev.totals.costs);
  const benefitSide = sideRows('benefit', { before: t(lang, 'sheet.schedule.benefitsBefore'), total: t(lang, 'sheet.schedule.benefitsAfter') }, [ev.initial.benefits, ...ev.monthlyBenefits], ev.totals.benefits);
  const [costs, benefits] = [costSide.total, benefitSide.total];
  const netValues = [ev.initial.net, ...ev.monthlyNet];
  const cumulativeValues = [ev.initial.net, ...ev.cumulativeNet];

  const net = row++;
  amountRow(net, t(lang, 'sheet.schedule.net'), 'total', (m) => ({ formula: `=${cell(benefits, m)}-${cell(costs, m)}`, value: netValues[m] }), ev.totals.net);

  // Running totals: a year shows its closing position. The initial period opens the running sum.
  const closing = (r: number, values: number[]) => (y: number): PlanCell => ({ formula: `=${cell(r, monthsOf(y).last)}`, value: values[monthsOf(y).last], numberFormat: f.money, style: 'calc' });
  const running = (r: number, label: string, flow: number, values: number[]) =>
    amountRow(r, label, 'calc', (m) => ({ formula: m === 0 ? `=${cell(flow, 0)}` : `=${cell(r, m - 1)}+${cell(flow, m)}`, value: values[m] }), null, closing(r, values));

  const cumulative = row++;
  running(cumulative, t(lang, 'sheet.schedule.cumulative'), net, cumulativeValues);

  const discountedValues = netValues.map((n, m) => n / Math.pow(1 + ev.monthlyRate, m));
  const discounted = row++;
  amountRow(discounted, t(lang, 'sheet.schedule.discounted'), 'calc', (m) => ({ formula: `=${cell(net, m)}/(1+${a.monthlyRate})^${m$(m)}`, value: discountedValues[m] }), ev.npv);
  const cumulativeDiscountedValues = runningSum(discountedValues);
  const cumulativeDiscounted = row++;
  running(cumulativeDiscounted, t(lang, 'sheet.schedule.cumulativeDiscounted'), discounted, cumulativeDiscountedValues);

  // Payback helpers: the last month (0 = the initial period) the position is below zero, −1 if never, found with MAX.
  const helper = (r: number, label: string, cum: number, values: number[]) => {
    grid.set(r, 0, { value: label, style: 'note' });
    for (let m = 0; m <= H; m++) grid.set(r, mcol(m), { formula: `=IF(${belowZero(cell(cum, m))},${m$(m)},-1)`, value: isShortfall(values[m]) ? m : -1, numberFormat: f.month, style: 'note' });
    const last = values.reduce((k, v, m) => (isShortfall(v) ? m : k), -1);
    grid.set(r, TOTAL_COL, { formula: `=MAX(${range(r, mcol(0), r, mcol(H))})`, value: last, numberFormat: f.month, style: 'note' });
  };
  const below = row++;
  helper(below, t(lang, 'sheet.schedule.below'), cumulative, cumulativeValues);
  const belowDiscounted = row++;
  helper(belowDiscounted, t(lang, 'sheet.schedule.belowDiscounted'), cumulativeDiscounted, cumulativeDiscountedValues);

  return {
    yearCol, initialCol, monthCol, years, months: H, width,
    rows: { monthNumber, date, costsBefore: costSide.before, costs, benefitsBefore: benefitSide.before, benefits, net, cumulative, discounted, cumulativeDiscounted, below, belowDiscounted },
    lineRows,
    end: row,
  };
}

/** Stands for the month cell in a line's formula template; no reference or name contains it. */
const MONTH = '\u0000';

function runningSum(values: number[]): number[] {
  let total = 0;
  return values.map((v) => (total += v));
}

/** "Still below zero", as the core's payback decides it: rounded to SHORTFALL_PLACES first. */
export const belowZero = (ref: string): string => `ROUND(${ref},${SHORTFALL_PLACES})<0`;
export const isShortfall = (v: number): boolean => roundMoney(v, SHORTFALL_PLACES) < 0;
