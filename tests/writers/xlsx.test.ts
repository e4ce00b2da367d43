import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CASE_SHEET, writeXlsx } from '../../src/writers/xlsx';
import { readCaseFromXlsx } from './case-sheet';
import { tinyCase, tinyPlan } from './fixtures';
import { chartsOf, seriesOf } from './xlsx-charts';

async function load(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('writeXlsx', () => {
  it('writes every plan cell: constants, formulas with cached results, formats and styles', async () => {
    const plan = tinyPlan('CRM ROI');
    const wb = await load(await writeXlsx(plan, tinyCase));
    const sheet = wb.getWorksheet('CRM ROI')!;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = sheet.getCell(r + 1, c + 1);
        if (cell.formula) {
          expect(got.formula, got.address).toBe(cell.formula.slice(1));
          expect(got.result, got.address).toBeCloseTo(cell.value as number, 9);
        } else {
          expect(got.value ?? null, got.address).toBe(cell.value ?? null);
        }
        if (cell.numberFormat) expect(got.numFmt, got.address).toBe(cell.numberFormat);
      }),
    );
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('B4').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF2CC' } });
    expect(sheet.getCell('F4').border.top).toEqual({ style: 'thin' });
    expect(sheet.getCell('A8').alignment).toMatchObject({ wrapText: true });
  });

  it('writes column widths, frozen panes and workbook names', async () => {
    const wb = await load(await writeXlsx(tinyPlan('CRM ROI'), tinyCase));
    const sheet = wb.getWorksheet('CRM ROI')!;
    expect([1, 2, 6].map((c) => sheet.getColumn(c).width)).toEqual([24, 12, 12]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(wb.definedNames.getRanges('CRMROI_NPV').ranges).toEqual(["'CRM ROI'!$B$7"]);
    expect(wb.definedNames.getRanges('CRMROI_Net').ranges).toEqual(["'CRM ROI'!$C$6:$E$6"]);
  });

  it("stores bare formulas when asked, so a spreadsheet has to compute them", async () => {
    const wb = await load(await writeXlsx(tinyPlan(), tinyCase, { formulaResults: 'none' }));
    const cell = wb.getWorksheet('CRM ROI')!.getCell('F4');
    expect(cell.formula).toBe('SUM(C4:E4)');
    expect(cell.result).toBeUndefined();
  });

  it('stores an error value as an error result, and prefixes post-2007 functions', async () => {
    const plan = tinyPlan();
    plan.cells[6][1] = { formula: '=IFS(B4>0,IRR(C6:E6))', value: '#NUM!' };
    const wb = await load(await writeXlsx(plan, tinyCase));
    const cell = wb.getWorksheet('CRM ROI')!.getCell('B7');
    expect(cell.formula).toBe('_xlfn.IFS(B4>0,IRR(C6:E6))');
    expect(cell.result).toEqual({ error: '#NUM!' });
  });

  it('round-trips the case through the JSON sheet, including long and unicode text', async () => {
    const longNote = 'x'.repeat(70_000);
    const c = { ...tinyCase, notes: [...(tinyCase.notes ?? []), longNote, '=SUM(A1)'] };
    const buffer = await writeXlsx(tinyPlan(), c);
    expect(await readCaseFromXlsx(buffer)).toEqual(c);
  });

  it('embeds the plan\'s charts over the sheet\'s ranges, and the case sheet holds only the case', async () => {
    const data = await writeXlsx(tinyPlan('CRM ROI'), tinyCase);
    const { frames } = await chartsOf(data, 'CRM ROI');
    expect(frames.map((f) => f.name)).toEqual(['crm-roi:cumulativeNet']);
    expect(seriesOf(frames[0].chart)).toEqual([{ name: 'Net', categories: "'CRM ROI'!$C$3:$E$3", values: "'CRM ROI'!$C$6:$E$6" }]);
    const rows: unknown[][] = [];
    (await load(data)).getWorksheet(CASE_SHEET)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.slice(0, 3).map((r) => r[0])).toEqual([CASE_SHEET, expect.stringContaining('as JSON'), 'case.json']);
  });

  it('rejects a workbook without the case sheet or with broken JSON', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Other');
    await expect(readCaseFromXlsx(Buffer.from(await wb.xlsx.writeBuffer()))).rejects.toThrow(`no "${CASE_SHEET}" sheet`);
    const broken = new ExcelJS.Workbook();
    broken.addWorksheet(CASE_SHEET).addRows([['case.json'], ['{ "name": ']]);
    await expect(readCaseFromXlsx(Buffer.from(await broken.xlsx.writeBuffer()))).rejects.toThrow('does not hold valid JSON');
  });
});
