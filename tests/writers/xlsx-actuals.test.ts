import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { planSheet } from '../../src/plan';
import { readRoiWorkbook, writeXlsx } from '../../src/writers/xlsx';
import { buildIntoWorkbook } from '../../src/writers/xlsx-update';

// A workbook with actuals and KPIs reads back whole, and an update that moves the KPI block (a line added) keeps
// every actual and leaves one better-when drop-down a KPI, where the KPI is now.

const tracked = (): RoiCase => ({
  name: 'Tracked', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0.1,
  costs: [
    { id: 'setup', type: 'oneTime', name: 'Set-up', amount: 1200, month: 0 },
    { id: 'fees', type: 'recurring', name: 'Fees', amount: 100, frequency: 'monthly', startMonth: 1, actuals: { '2024-12': 5, '2025-01': 120, '2025-02': 110 } },
  ],
  benefits: [{ id: 'sales', type: 'amount', name: 'Sales', category: 'revenue', amount: 500, per: 'month', startMonth: 1, risk: 0.2 }],
  kpis: [
    { id: 'days', name: 'Resolution time', unit: 'days', betterWhen: 'lower', baseline: [10, 12, 11], target: 8, actuals: { '2025-01': 10, '2025-02': 9.5 }, valuePerUnit: 50, benefit: 'sales' },
    { id: 'nps', name: 'NPS', betterWhen: 'higher', baseline: [20, 24], target: 35, actuals: { '2025-03': 26 } },
  ],
});

async function read(data: Uint8Array): Promise<RoiCase> {
  const r = await readRoiWorkbook(Buffer.from(data));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.case;
}

describe('a workbook with actuals and KPIs', () => {
  it('reads back with every actual and KPI intact, and an update that moves the blocks keeps them', async () => {
    const c = tracked();
    const data = await writeXlsx(planSheet(c), c);
    const back = await read(data);
    const want = evaluate(c).case;
    expect(back.costs.map((l) => l.actuals)).toEqual(want.costs.map((l) => l.actuals));
    expect(back.kpis).toEqual(want.kpis);
    expect(back.benefits[0].actuals).toBeUndefined();

    // A new cost line: the Actuals block grows by three rows and the KPI block moves down.
    const grown = { ...back, costs: [...back.costs, { id: 'training', type: 'oneTime' as const, name: 'Training', amount: 300, month: 2, actuals: { '2025-02': 280 } }] };
    const updated = await buildIntoWorkbook(data, grown, 'CRM ROI');
    expect(updated.mode).toBe('updated');
    const again = await read(updated.data);
    expect(again.costs.map((l) => l.actuals)).toEqual([undefined, want.costs[1].actuals, { '2025-02': 280 }]);
    expect(again.kpis).toEqual(want.kpis);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(updated.data as unknown as ArrayBuffer);
    const lists = Object.entries((wb.getWorksheet('CRM ROI')! as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model)
      .filter(([, v]) => v.formulae?.[0]?.includes('higher'))
      .map(([at]) => at)
      .sort();
    const plan = planSheet(grown);
    expect(lists).toEqual(plan.validations!.map((v) => v.ref.replace(/\$/g, '')).sort());
  });
});
