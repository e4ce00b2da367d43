import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CASE_SHEET, writeXlsx } from '../../src/writers/xlsx';
import { readCaseFromXlsx } from './case-sheet';
import { tinyCase, tinyPlan } from './fixtures';

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

  it('lists chart source ranges instead of embedding a chart', async () => {
    const wb = await load(await writeXlsx(tinyPlan('CRM ROI'), tinyCase));
    const rows: unknown[][] = [];
    wb.getWorksheet(CASE_SHEET)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Net by month', 'column', 'Net', "'CRM ROI'!C3:E3", "'CRM ROI'!C6:E6", 'H2']);
    expect(rows.some((r) => String(r[0]).includes('none are embedded'))).toBe(true);
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
