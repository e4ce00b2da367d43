import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateScenarios } from '../../src/case/scenarios';
import { planSheet } from '../../src/plan';
import { parseAddress } from '../../src/plan/a1';
import { POINT_LABEL, POINTS } from '../../src/case/validate';
import { writeXlsx } from '../../src/writers/xlsx';
import { buildIntoWorkbook } from '../../src/writers/xlsx-update';
import { loadExample } from '../plan/fixtures';

// The scenario selector of a written .xlsx: a drop-down of the three scenarios, and LibreOffice recalculates the
// whole sheet to the core's figures for whichever is chosen, with no add-in.

const haveSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

const roiCase = loadExample('enterprise-tei');
const plan = planSheet(roiCase);
const cellOf = (name: string) => plan.names.find((n) => n.name === `CRMROI_${name}`)!.ref.replace(/\$/g, '');

describe('the scenario selector in the .xlsx', () => {
  it('is a drop-down of the three scenarios, set to Expected', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(plan, roiCase)) as unknown as ArrayBuffer);
    const cell = book.getWorksheet(plan.sheetName)!.getCell(cellOf('SCENARIO'));
    expect(cell.value).toBe('Expected');
    expect(cell.dataValidation).toMatchObject({ type: 'list', formulae: ['"Conservative,Expected,Optimistic"'] });
  });

  describe.skipIf(!haveSoffice && !process.env.CI)('recalculated by LibreOffice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-roi-scenarios-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('each choice gives the core\'s scenario: NPV, ROI (PV), total costs', async () => {
      const [input, output, profile] = ['in', 'out', 'profile'].map((d) => join(dir, d));
      mkdirSync(join(profile, 'user'), { recursive: true });
      mkdirSync(input);
      writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
      const selector = parseAddress(cellOf('SCENARIO'))!;
      for (const p of POINTS) {
        const chosen = structuredClone(plan);
        chosen.cells[selector.row][selector.col] = { ...chosen.cells[selector.row][selector.col], value: POINT_LABEL[p] };
        writeFileSync(join(input, `${p}.xlsx`), await writeXlsx(chosen, roiCase, { formulaResults: 'none' }));
      }
      execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', output, ...POINTS.map((p) => join(input, `${p}.xlsx`))], { timeout: 170_000, stdio: 'pipe' });
      const scenarios = evaluateScenarios(roiCase);
      for (const p of POINTS) {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(join(output, `${p}.xlsx`));
        const sheet = book.getWorksheet(plan.sheetName)!;
        const value = (name: string) => sheet.getCell(cellOf(name)).result as number;
        const want = scenarios[p];
        expect(value('NPV'), `${p} NPV`).toBeCloseTo(want.npv, 4);
        expect(value('ROI_PV'), `${p} ROI (PV)`).toBeCloseTo(want.roi.presentValue as number, 9);
        expect(value('TOTAL_COSTS'), `${p} total costs`).toBeCloseTo(want.totals.costs, 4);
      }
      expect(scenarios.conservative.npv).toBeLessThan(scenarios.optimistic.npv);
    }, 180_000);
  });
});

describe('the drop-down on update in place', () => {
  const validationsOf = async (data: Uint8Array) => {
    const zip = await JSZip.loadAsync(data);
    const sheet = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f) && !f.endsWith('sheet2.xml'))!;
    const xml = await zip.file(sheet)!.async('string');
    return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>.*?<formula1>([^<]*)<\/formula1>/g)].map((m) => [m[1], m[2].replace(/&quot;/g, '"')]);
  };
  const selector = (p: ReturnType<typeof planSheet>) => p.names.find((n) => n.name === 'CRMROI_SCENARIO')?.ref.replace(/\$/g, '');

  it('moves with the selector, goes with the estimates, and leaves the analyst\'s own list alone', async () => {
    // The analyst's own list, in a cell of theirs.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(plan, roiCase)) as unknown as ArrayBuffer);
    book.getWorksheet(plan.sheetName)!.getCell('AZ300').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
    const first = new Uint8Array(await book.xlsx.writeBuffer());
    const mine = ['AZ300', '"Yes,No"'];
    expect(await validationsOf(first)).toEqual(expect.arrayContaining([[selector(plan), '"Conservative,Expected,Optimistic"'], mine]));
    // More lines above the Estimates block move the selector down: the old drop-down goes, the new one is at the selector.
    const more = structuredClone(roiCase) as any;
    more.costs.push({ type: 'oneTime', name: 'Extra', amount: 1000, month: 1 });
    const moved = await buildIntoWorkbook(first, more, plan.sheetName);
    const movedPlan = moved.prepared.plan;
    expect(selector(movedPlan)).not.toBe(selector(plan));
    expect(await validationsOf(moved.data)).toEqual([mine, [selector(movedPlan), '"Conservative,Expected,Optimistic"']]);
    // Without estimates there is no selector, and no drop-down of the add-in's.
    const plain = JSON.parse(JSON.stringify(more).replace(/\{"conservative":[^}]*"expected":([0-9.]+)[^}]*\}/g, '$1'));
    const none = await buildIntoWorkbook(moved.data, plain, plan.sheetName);
    expect(await validationsOf(none.data)).toEqual([mine]);
  });
});
