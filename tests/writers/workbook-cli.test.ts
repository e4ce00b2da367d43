import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIssue, validateCase } from '../../src/case';
import { planSheet } from '../../src/plan';
import { readRoiWorkbook } from '../../src/writers/xlsx';
import { workbookCommand } from '../../src/cli/workbook';
import { readCaseFromXlsx } from './case-sheet';

const example = join(__dirname, '../../examples/small-business.json');
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let stderr: string[];
let stdout: string[];
beforeEach(() => {
  stderr = [];
  stdout = [];
  vi.spyOn(console, 'error').mockImplementation((...a) => void stderr.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation((...a) => void stdout.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

describe('crm-roi workbook', () => {
  it('writes the workbook: the named ROI sheet with formulas and the case sheet', async () => {
    const out = join(dir, 'roi.xlsx');
    expect(await workbookCommand.run([example, '-o', out, '--sheet', 'Harbor ROI'])).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Harbor ROI', 'CRM ROI case']);
    expect(book.definedNames.getRanges('CRMROI_HARBOR_ROI_NPV').ranges[0]).toMatch(/^'Harbor ROI'!\$B\$\d+$/);
    // The validated case (what validateCase keeps; e.g. "$schema" is dropped) is what round-trips.
    const checked = validateCase(JSON.parse(readFileSync(example, 'utf8')));
    if (!checked.ok) throw new Error(checked.issues.map((issue) => formatIssue(issue)).join('; '));
    expect(await readCaseFromXlsx(readFileSync(out))).toEqual(checked.case);
    expect(stdout.join('\n')).toContain(`Wrote ${out}`);
  });

  it('rejects an invalid case with every problem and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(example, 'utf8')), horizonMonths: 0, discountRate: 'ten' }));
    const out = join(dir, 'bad.xlsx');
    expect(await workbookCommand.run([bad, '-o', out])).toBe(1);
    expect(existsSync(out)).toBe(false);
    const err = stderr.join('\n');
    expect(err).toContain('not a valid case (2 problems); nothing written');
    expect(err).toMatch(/horizonMonths/);
    expect(err).toMatch(/discountRate/);
  });

  it('reports a missing file and broken JSON as bad input', async () => {
    expect(await workbookCommand.run([join(dir, 'nope.json'), '-o', join(dir, 'x.xlsx')])).toBe(1);
    expect(stderr.join('\n')).toContain('no such file');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "name": ');
    expect(await workbookCommand.run([broken, '-o', join(dir, 'x.xlsx')])).toBe(1);
    expect(stderr.join('\n')).toContain('is not valid JSON');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  describe('reading an .xlsx back: the analyst\'s edits in the ROI sheet are the case', () => {
    const checked = validateCase(JSON.parse(readFileSync(example, 'utf8')));
    if (!checked.ok) throw new Error(checked.issues.map((issue) => formatIssue(issue)).join('; '));
    const original = checked.case;
    const line = original.costs[0];
    // The first cost line's first driver cell and its notes cell, located through the plan.
    const plan = planSheet(original);
    const row = plan.cells.findIndex((r) => r[0].value === line.name && r[0].style === 'input');
    const driverCol = plan.cells[row].findIndex((c, i) => i > 0 && c.style === 'input' && typeof c.value === 'number');
    const noteCol = plan.cells.flat().findIndex((c) => c.value === 'Notes (yours, kept on update)') % plan.cells[0].length;

    async function edited(edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
      const src = join(dir, 'source.xlsx');
      expect(await workbookCommand.run([example, '-o', src])).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(src);
      edit(book.getWorksheet(plan.sheetName)!);
      const path = join(dir, `edited-${Math.random().toString(36).slice(2)}.xlsx`);
      await book.xlsx.writeFile(path);
      return path;
    }

    it('rebuilds from an edited workbook, keeping the new driver value and the note', async () => {
      const before = plan.cells[row][driverCol].value as number;
      const path = await edited((sheet) => {
        sheet.getCell(row + 1, driverCol + 1).value = before * 2;
        sheet.getCell(row + 1, noteCol + 1).value = 'Quote from the vendor, 3 May';
      });
      const out = join(dir, 'rebuilt.xlsx');
      expect(await workbookCommand.run([path, '-o', out])).toBe(0);
      const read = await readRoiWorkbook(readFileSync(out));
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const drivers = Object.values(read.case.costs[0]).filter((v) => typeof v === 'number');
      expect(drivers).toContain(before * 2);
      expect(read.case.costs[0].note).toBe('Quote from the vendor, 3 May');
      expect(read.case.benefits).toEqual(original.benefits);
    });

    it('reports text in a money cell by its address and writes nothing', async () => {
      const path = await edited((sheet) => void (sheet.getCell(row + 1, driverCol + 1).value = 'abc'));
      const out = join(dir, 'never.xlsx');
      expect(await workbookCommand.run([path, '-o', out])).toBe(1);
      expect(existsSync(out)).toBe(false);
      const cell = `${String.fromCharCode(65 + driverCol)}${row + 1}`;
      expect(stderr.join('\n')).toContain(`'${plan.sheetName}'!${cell}:`);
    });

    it('says so when a workbook has no ROI sheet', async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Budget').getCell('A1').value = 'mine';
      const path = join(dir, 'foreign.xlsx');
      await book.xlsx.writeFile(path);
      expect(await workbookCommand.run([path, '-o', join(dir, 'x2.xlsx')])).toBe(1);
      expect(stderr.join('\n')).toContain('no CRM ROI sheet');
    });
  });

  it('rejects bad usage with exit code 2', async () => {
    expect(await workbookCommand.run([])).toBe(2);
    expect(await workbookCommand.run([example, '-o'])).toBe(2);
    expect(await workbookCommand.run([example, '--sheet', 'a/b'])).toBe(2);
    expect(await workbookCommand.run([example, '--frobnicate'])).toBe(2);
    expect(stderr.join('\n')).toContain('unknown option --frobnicate');
  });
});
