import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { SheetPlan } from '../../src/plan';

// HyperFormula (GPL, dev only) stands in for Excel/Sheets/Calc: it computes the plan's native formulas.

export type Computed = number | string | boolean | null | { error: string };

/** The plan as a host would hold it: formulas where the plan has them, constants elsewhere. */
export const planContents = (plan: SheetPlan) => plan.cells.map((row) => row.map((c) => c.formula ?? c.value ?? null));

export function computePlan(plan: SheetPlan, contents = planContents(plan)): Computed[][] {
  const hf = HyperFormula.buildFromSheets({ [plan.sheetName]: contents }, { licenseKey: 'gpl-v3' });
  try {
    const values = hf.getSheetValues(hf.getSheetId(plan.sheetName)!);
    return values.map((row) => row.map((v) => (v instanceof DetailedCellError ? { error: v.value } : (v as Computed))));
  } finally {
    hf.destroy();
  }
}

/** Relative 1e-9, with an absolute floor scaled to the case's amounts (sums in decimal vs double differ near zero). */
export function close(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), scale * 1e-6);
}
