import type { LineTerms } from '../case/terms';
import { occurrenceAmount } from '../case/terms';
import type { BenefitLine, CostLine, RoiCase } from '../case/types';
import { absolute, address } from './a1';
import { isoToSerial } from './dates';
import type { Formats } from './format';
import type { Grid } from './grid';
import { ASSUMPTION, BASIS_LABEL, CATEGORY_LABEL, COL, INPUT_HEADERS, INPUT_WIDTH, KINDS, SECTION, SIDE_LABEL } from './layout';
import type { PlanCell } from './types';

// Assumptions and Inputs blocks: every number the analyst may change, as editable cells.

export interface AssumptionCells {
  /** Absolute A1 refs of the assumption values. */
  startDate: string;
  horizon: string;
  discountRate: string;
  monthlyRate: string;
  rows: Record<keyof typeof ASSUMPTION, number>;
}

export function section(grid: Grid, row: number, title: string, width = INPUT_WIDTH): void {
  for (let c = 0; c < width; c++) grid.set(row, c, c === 0 ? { value: title, style: 'section' } : { style: 'section' });
}

export function writeAssumptions(grid: Grid, top: number, c: RoiCase, monthlyRate: number, f: Formats): AssumptionCells {
  section(grid, top, SECTION.assumptions);
  const keys = Object.keys(ASSUMPTION) as (keyof typeof ASSUMPTION)[];
  const rows = Object.fromEntries(keys.map((k, i) => [k, top + 1 + i])) as AssumptionCells['rows'];
  const ref = (k: keyof typeof ASSUMPTION) => absolute(rows[k], 1);
  const values: Record<keyof typeof ASSUMPTION, PlanCell> = {
    name: { value: c.name, style: 'input' },
    currency: { value: c.currency, style: 'input' },
    startDate: { value: isoToSerial(c.startDate), numberFormat: f.date, style: 'input' },
    horizonMonths: { value: c.horizonMonths, numberFormat: f.month, style: 'input' },
    discountRate: { value: c.discountRate, numberFormat: f.percent, style: 'input' },
    // Same effective annual rate, compounded monthly.
    monthlyRate: { formula: `=(1+${ref('discountRate')})^(1/12)-1`, value: monthlyRate, numberFormat: f.rate, style: 'calc' },
  };
  for (const k of keys) {
    grid.set(rows[k], 0, { value: ASSUMPTION[k], style: 'label' });
    grid.set(rows[k], 1, values[k]);
  }
  return { startDate: ref('startDate'), horizon: ref('horizonMonths'), discountRate: ref('discountRate'), monthlyRate: ref('monthlyRate'), rows };
}

/** One line of the case with its normalised terms. */
export interface PlannedLine {
  line: CostLine | BenefitLine;
  terms: LineTerms;
}

/** Writes the header and one row per line from `top`; returns the row of each line. */
export function writeInputs(grid: Grid, top: number, lines: PlannedLine[], a: AssumptionCells, f: Formats): number[] {
  section(grid, top, SECTION.inputs);
  INPUT_HEADERS.forEach((h, c) => grid.set(top + 1, c, { value: h, style: 'header' }));
  return lines.map(({ line, terms: t }, i) => {
    const r = top + 2 + i;
    const at = (col: number) => absolute(r, col);
    const kind = KINDS[t.kind];
    const set = (col: number, cell: PlanCell) => grid.set(r, col, cell);
    set(COL.name, { value: t.name, style: 'input' });
    set(COL.side, { value: SIDE_LABEL[t.side], style: 'label' });
    set(COL.kind, { value: kind.label, style: 'label' });
    set(COL.category, t.category ? { value: CATEGORY_LABEL[t.category], style: 'input' } : { style: 'label' });
    t.drivers.forEach((d, j) => {
      set(COL.driverLabels[j], { value: d.label, style: 'label' });
      set(COL.driverValues[j], { value: d.value, style: 'input', numberFormat: d.format === 'money' ? f.moneyInput : d.format === 'percent' ? f.percent : f.number });
    });
    set(COL.pattern, { value: t.pattern, style: kind.patterns.length > 1 ? 'input' : 'label' });
    // The basis says what a driver is stated per: editable on amount benefits, shown where a line is stated per year,
    // blank elsewhere (a one-time cost has no basis).
    set(COL.basis, kind.basisEditable || t.perYear ? { value: t.perYear ? BASIS_LABEL.year : BASIS_LABEL.month, style: kind.basisEditable ? 'input' : 'label' } : { style: 'label' });
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
      set(COL.risk, { ...(b.risk === undefined ? {} : { value: b.risk }), numberFormat: f.percent, style: 'input' });
    }
    const product = t.drivers.map((_, j) => at(COL.driverValues[j])).join('*');
    const per = kind.basisEditable ? `/IF(${at(COL.basis)}="${BASIS_LABEL.year}",12,1)` : t.perYear ? '/12' : '';
    set(COL.amount, { formula: `=${product}${per}`, value: occurrenceAmount(t), numberFormat: f.moneyInput, style: 'calc' });
    set(COL.note, { ...(t.note ? { value: t.note } : {}), style: 'note' });
    return r;
  });
}
