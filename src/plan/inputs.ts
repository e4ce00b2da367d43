import { fieldsOf, lineType } from '../case/lines';
import type { LineTerms } from '../case/terms';
import { occurrenceAmount } from '../case/terms';
import type { BenefitLine, CostLine, RoiCase } from '../case/types';
import { absolute, address } from './a1';
import { isoToSerial } from './dates';
import type { Formats } from './format';
import type { Grid } from './grid';
import type { Locale } from '../i18n/locales';
import { ASSUMPTION_KEYS, assumptionLabel, categoryLabel, choiceWord, COL, driverLabel, INPUT_WIDTH, inputHeaders, KINDS, lineTypeLabel, sectionTitle, sideLabel, yearHeader, type AssumptionKey } from './layout';
import type { PlanCell } from './types';

// Assumptions and Inputs blocks: every number the analyst may change, as editable cells.

export interface AssumptionCells {
  /** Absolute A1 refs of the assumption values. */
  startDate: string;
  horizon: string;
  discountRate: string;
  monthlyRate: string;
  rows: Record<AssumptionKey, number>;
}

export function section(grid: Grid, row: number, title: string, width = INPUT_WIDTH): void {
  for (let c = 0; c < width; c++) grid.set(row, c, c === 0 ? { value: title, style: 'section' } : { style: 'section' });
}

export function writeAssumptions(grid: Grid, top: number, c: RoiCase, monthlyRate: number, f: Formats, lang: Locale): AssumptionCells {
  section(grid, top, sectionTitle(lang, 'assumptions'));
  const rows = Object.fromEntries(ASSUMPTION_KEYS.map((k, i) => [k, top + 1 + i])) as AssumptionCells['rows'];
  const ref = (k: AssumptionKey) => absolute(rows[k], 1);
  const values: Record<AssumptionKey, PlanCell> = {
    name: { value: c.name, style: 'input' },
    currency: { value: c.currency, style: 'input' },
    startDate: { value: isoToSerial(c.startDate), numberFormat: f.date, style: 'input' },
    horizonMonths: { value: c.horizonMonths, numberFormat: f.month, style: 'input' },
    discountRate: { value: c.discountRate, numberFormat: f.percent, style: 'input' },
    // Same effective annual rate, compounded monthly.
    monthlyRate: { formula: `=(1+${ref('discountRate')})^(1/12)-1`, value: monthlyRate, numberFormat: f.rate, style: 'calc' },
  };
  for (const k of ASSUMPTION_KEYS) {
    grid.set(rows[k], 0, { value: assumptionLabel(lang, k), style: 'label' });
    grid.set(rows[k], 1, values[k]);
  }
  return { startDate: ref('startDate'), horizon: ref('horizonMonths'), discountRate: ref('discountRate'), monthlyRate: ref('monthlyRate'), rows };
}

/** One line of the case with its normalised terms. */
export interface PlannedLine {
  line: CostLine | BenefitLine;
  terms: LineTerms;
}

/** The yearly driver of a line type (an amount or users that may differ per year), if it has one. */
export const yearlyDriver = (t: LineTerms): number => t.drivers.findIndex((d) => lineType(t.kind)!.fields.find((f) => f.key === d.key)?.yearly);

/** Writes the header and one row per line from `top`; returns the row of each line. `years`: year columns to lay out. */
/** `estimated(line, field)`: the formula of a driver that takes its value from the Estimates block, if it does. */
export function writeInputs(grid: Grid, top: number, lines: PlannedLine[], years: number, a: AssumptionCells, f: Formats, lang: Locale, estimated: (line: number, field: string) => string | undefined = () => undefined): number[] {
  section(grid, top, sectionTitle(lang, 'inputs'), INPUT_WIDTH + years);
  inputHeaders(lang).forEach((h, c) => grid.set(top + 1, c, { value: h, style: 'header' }));
  for (let k = 1; k <= years; k++) grid.set(top + 1, COL.years + k - 1, { value: yearHeader(lang, k), style: 'header' });
  return lines.map(({ line, terms: t }, i) => {
    const r = top + 2 + i;
    const at = (col: number) => absolute(r, col);
    const decl = lineType(t.kind)!;
    const kind = KINDS[t.kind];
    const has = (key: string) => fieldsOf(decl).some((x) => x.key === key);
    const set = (col: number, cell: PlanCell) => grid.set(r, col, cell);
    const record = line as unknown as Record<string, unknown>;
    set(COL.name, { value: t.name, style: 'input' });
    set(COL.side, { value: sideLabel(lang, t.side), style: 'label' });
    set(COL.kind, { value: lineTypeLabel(lang, t.kind), style: 'label' });
    set(COL.category, t.category ? { value: categoryLabel(lang, t.category), style: 'input' } : { style: 'label' });
    const format = (d: LineTerms['drivers'][number]) => (d.format === 'money' ? f.moneyInput : d.format === 'percent' ? f.percent : f.number);
    t.drivers.forEach((d, j) => {
      set(COL.driverLabels[j], { value: driverLabel(lang, t.kind, d.key), style: 'label' });
      const formula = estimated(i, d.key);
      set(COL.driverValues[j], formula ? { formula, value: d.value, style: 'calc', numberFormat: format(d) } : { value: d.value, style: 'input', numberFormat: format(d) });
    });
    set(COL.pattern, { value: choiceWord(lang, t.pattern), style: kind.patterns.length > 1 ? 'input' : 'label' });
    // Where a yearly amount falls: editable where the type lets the analyst choose; blank for a monthly or one-off line.
    set(COL.inYear, has('timing') || t.pattern === 'annual' ? { ...(t.inYear && { value: choiceWord(lang, t.inYear) }), style: has('timing') ? 'input' : 'label' } : { style: 'label' });
    set(COL.start, { value: t.startMonth, numberFormat: f.month, style: 'input' });
    // Linked cells keep "to the horizon" and "no ramp" live; typing a number over them makes it explicit.
    const end = t.pattern === 'once' ? { formula: `=${address(r, COL.start)}`, style: 'calc' as const }
      : 'endMonth' in line && line.endMonth !== undefined ? { value: t.endMonth, style: 'input' as const }
      : { formula: `=${a.horizon}`, style: 'input' as const };
    set(COL.end, { value: t.endMonth, numberFormat: f.month, ...end });
    if (t.side === 'benefit') {
      const b = line as BenefitLine;
      set(COL.full, b.fullEffectMonth === undefined ? { formula: `=${address(r, COL.start)}`, value: t.fullEffectMonth, numberFormat: f.month, style: 'input' }
        : { value: t.fullEffectMonth, numberFormat: f.month, style: 'input' });
    }
    const optionalPercent = (col: number, key: string) => set(col, { ...(record[key] !== undefined && { value: record[key] as number }), numberFormat: f.percent, style: 'input' });
    optionalPercent(COL.risk, 'risk');
    if (decl.escalates) optionalPercent(COL.escalation, 'escalation');
    if (decl.cohort) set(COL.churn, { value: t.cohortChurn!, numberFormat: f.percent, style: 'input' });
    const product = t.drivers.map((_, j) => at(COL.driverValues[j])).join('*');
    set(COL.amount, { formula: `=${product}${spreadDivisor(t, at, lang)}`, value: occurrenceAmount({ ...t, escalation: 0, cohortChurn: undefined }), numberFormat: f.moneyInput, style: 'calc' });
    set(COL.note, { ...(t.note ? { value: t.note } : {}), style: 'note' });
    // The yearly driver by year of the line: year 1 is the driver's cell; a later year follows the one before until typed.
    const y = yearlyDriver(t);
    if (y >= 0) {
      const d = t.drivers[y];
      for (let k = 1; k <= years; k++) {
        const col = COL.years + k - 1;
        const typed = k > 1 && d.byYear !== undefined && k <= d.byYear.length;
        const value = d.byYear ? d.byYear[Math.min(k, d.byYear.length) - 1] : d.value;
        set(col, typed ? { value, numberFormat: format(d), style: 'input' }
          : { formula: `=${address(r, k === 1 ? COL.driverValues[y] : col - 1)}`, value, numberFormat: format(d), style: k === 1 ? 'calc' : 'input' });
      }
    }
    return r;
  });
}

/** "/12" where a yearly amount is spread over its months: fixed for a type that is always so, by its cells where the analyst chooses. */
export function spreadDivisor(t: LineTerms, at: (col: number) => string, lang: Locale): string {
  const decl = lineType(t.kind)!;
  if (!decl.patterns.includes('annual')) return '';
  if (decl.patterns.length === 1 && !decl.fields.some((x) => x.key === 'timing')) return t.inYear === 'spread' ? '/12' : '';
  return `/IF(AND(${at(COL.pattern)}="${choiceWord(lang, 'annual')}",${at(COL.inYear)}="${choiceWord(lang, 'spread')}"),12,1)`;
}
