import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { REALISATION_METRICS } from '../../src/case/metric-catalog';
import type { RoiCase } from '../../src/case/types';
import { isError } from '../../src/finance/errors';
import { address, parseRange, planSheet } from '../../src/plan';
import { readRoiWorkbook, writeXlsx } from '../../src/writers/xlsx';
import { buildCli, cli } from '../cli/run-cli';

// Actuals typed in real LibreOffice (tests/libreoffice/edit.py, through UNO) into a workbook crm-roi wrote, with rows
// inserted above the Actuals block and numbers pasted as text: they read back, survive a rebuild in place, and
// LibreOffice recalculates the realisation figures of the rebuilt sheet to the core's.

const PYTHON = '/usr/bin/python3';
const haveUno = spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0 && spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-lo-actuals-'));

// 1,200 up front, fees of 100 a month, sales of 500 a month at 20 % risk; no actuals yet.
const untracked: RoiCase = {
  name: 'Tracked', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0.1,
  costs: [
    { id: 'setup', type: 'oneTime', name: 'Set-up', amount: 1200, month: 0 },
    { id: 'fees', type: 'recurring', name: 'Fees', amount: 100, frequency: 'monthly', startMonth: 1 },
  ],
  benefits: [{ id: 'sales', type: 'amount', name: 'Sales', category: 'revenue', amount: 500, per: 'month', startMonth: 1, risk: 0.2 }],
};
const plan = planSheet(untracked);
/** The case with a money KPI measuring the sales line and an NPS tracked only. */
const withKpis = (c: RoiCase): RoiCase => ({
  ...c,
  benefits: c.benefits.map((b) => ({ ...b, actuals: undefined })),
  kpis: [
    { id: 'days', name: 'Resolution time', unit: 'days', betterWhen: 'lower', baseline: [10, 12, 11], target: 8, actuals: { '2025-01': 10, '2025-02': 9.5 }, valuePerUnit: 50, benefit: 'sales' },
    { id: 'nps', name: 'NPS', unit: 'points', betterWhen: 'higher', baseline: [20, 24], target: 35, actuals: { '2025-02': 26 } },
  ],
});
const named = (name: string) => parseRange(plan.names.find((n) => n.name === `CRMROI_${name}`)!.ref.replace(/\$/g, ''))!;
/** Where month m of a line's actual row is once `shift` rows went in above the block. */
const actualCell = (lineId: string, m: number, shift: number) => {
  const r = named(`ACT_${lineId}`);
  return address(r.top + shift, r.left + m);
};

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

beforeAll(buildCli, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!haveUno && !process.env.CI)('actuals typed in LibreOffice', () => {
  it('read back, survive a rebuild in place, and LibreOffice recalculates the realisation to the core\u2019s figures', async () => {
    const source = join(dir, 'case.json');
    const base = join(dir, 'base.xlsx');
    const file = join(dir, 'edited.xlsx');
    writeFileSync(source, JSON.stringify(untracked));
    expect(cli('workbook', source, '-o', base).code).toBe(0);
    // Two rows inserted in the blank row above the block, then actuals typed and pasted as text.
    const blockTop = named('BLOCK_ACTUALS').top;
    const ops = [
      { op: 'insertRows', sheet: 'CRM ROI', at: blockTop - 1, count: 2 },
      { op: 'setValue', sheet: 'CRM ROI', cell: actualCell('fees', 1, 2), value: 120 },
      { op: 'setText', sheet: 'CRM ROI', cell: actualCell('fees', 2, 2), text: '110' },
      { op: 'setValue', sheet: 'CRM ROI', cell: actualCell('sales', 1, 2), value: 300 },
      { op: 'setText', sheet: 'CRM ROI', cell: actualCell('sales', 3, 2), text: '1,450.00' },
    ];
    writeFileSync(join(dir, 'ops.json'), JSON.stringify(ops));
    const r = spawnSync(PYTHON, ['tests/libreoffice/edit.py', base, file, join(dir, 'ops.json')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);

    const want = { fees: { '2025-01': 120, '2025-02': 110 }, sales: { '2025-01': 300, '2025-03': 1450 } };
    const read = async () => {
      const got = await readRoiWorkbook(readFileSync(file));
      if (!got.ok) throw new Error(JSON.stringify(got.issues));
      return got.case;
    };
    const edited = await read();
    expect(edited.costs.map((l) => l.actuals)).toEqual([undefined, want.fees]);
    expect(edited.benefits.map((l) => l.actuals)).toEqual([want.sales]);

    const rebuilt = cli('workbook', file, '-o', file);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    const again = await read();
    expect(again).toEqual(edited);

    // The rebuilt sheet without cached results, recalculated by LibreOffice.
    const fresh = planSheet(again);
    const [input, output, profile] = ['in', 'out', 'profile'].map((d) => join(dir, d));
    for (const d of [input, output, join(profile, 'user')]) mkdirSync(d, { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    writeFileSync(join(input, 'roi.xlsx'), await writeXlsx(fresh, again, { formulaResults: 'none' }));
    // With KPIs too: a money KPI's values become its benefit line's actuals in LibreOffice as in the core.
    const kpiPlan = planSheet(withKpis(again));
    writeFileSync(join(input, 'kpis.xlsx'), await writeXlsx(kpiPlan, withKpis(again), { formulaResults: 'none' }));
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', output, join(input, 'roi.xlsx'), join(input, 'kpis.xlsx')], { timeout: 170_000, stdio: 'pipe' });
    const kpiBook = new ExcelJS.Workbook();
    await kpiBook.xlsx.readFile(join(output, 'kpis.xlsx'));
    const kpiSheet = kpiBook.getWorksheet('CRM ROI')!;
    const wrong: string[] = [];
    kpiPlan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.formula) return;
        const x = kpiSheet.getCell(r + 1, c + 1);
        const raw = x.type === ExcelJS.ValueType.Formula ? x.result : x.value;
        // ExcelJS hands date-formatted results back as Dates; the plan keeps serials.
        const got = raw instanceof Date ? (raw.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : raw;
        const ok = typeof cell.value === 'number' ? typeof got === 'number' && Math.abs(got - cell.value) <= 1e-9 * Math.max(1, Math.abs(cell.value)) : (got ?? '') === cell.value;
        if (!ok) wrong.push(`${address(r, c)} ${cell.formula.slice(0, 60)}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(cell.value)}`);
      }),
    );
    expect(wrong).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(output, 'roi.xlsx'));
    const sheet = wb.getWorksheet('CRM ROI')!;
    const ev = evaluate(again);
    expect(ev.actuals!.throughMonth).toBe(3);
    for (const m of REALISATION_METRICS) {
      const ref = fresh.names.find((n) => n.name === `CRMROI_${m.key}`)!.ref.replace(/\$/g, '');
      const cell = sheet.getCell(ref);
      const got = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      const value = m.value(ev)!;
      if (isError(value)) expect(got, m.key).toBe(m.errorWord(ev));
      else expect(Math.abs((got as number) - value), `${m.key}: ${JSON.stringify(got)} vs ${value}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
    }
  }, 240_000);
});
