import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { SheetPlan } from '../../src/plan/types';
import { planContents, type Computed } from '../plan/hf';

// Several plans in one HyperFormula workbook, with every plan's names as workbook-scoped named expressions: how the
// Portfolio sheet reads the case sheets in Excel, Sheets and LibreOffice.

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export function computeWorkbook(plans: SheetPlan[], edit?: (contents: Record<string, unknown[][]>) => void): Map<string, Computed[][]> {
  const contents = Object.fromEntries(plans.map((p) => [p.sheetName, planContents(p) as unknown[][]]));
  edit?.(contents);
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  try {
    hf.suspendEvaluation();
    for (const p of plans) hf.addSheet(p.sheetName);
    for (const p of plans) for (const n of p.names) hf.addNamedExpression(n.name, `=${quote(p.sheetName)}!${n.ref}`);
    for (const p of plans) hf.setSheetContent(hf.getSheetId(p.sheetName)!, contents[p.sheetName] as never);
    hf.resumeEvaluation();
    return new Map(plans.map((p) => [p.sheetName, hf.getSheetValues(hf.getSheetId(p.sheetName)!).map((row) => row.map((v) => (v instanceof DetailedCellError ? { error: v.value } : (v as Computed))))]));
  } finally {
    hf.destroy();
  }
}
