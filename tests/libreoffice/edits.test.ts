import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { address, planSheet } from '../../src/plan';
import { INPUT_COLUMNS } from '../../src/plan/anchors';
import { readRoiWorkbook } from '../../src/writers/xlsx';
import { buildCli, cli } from '../cli/run-cli';

// The analyst's edits made in real LibreOffice (tests/libreoffice/edit.py, through UNO), then `crm-roi workbook` rebuilds
// the workbook in place: the case reads back whole, and everything the analyst added survives, or the rebuild refuses.

const PYTHON = '/usr/bin/python3';
const haveUno = spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0 && spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-lo-edits-'));
const example = JSON.parse(readFileSync('examples/small-business.json', 'utf8'));
const original = evaluate(example).case;
const plan = planSheet(original);
const rowOf = (name: string) => plan.cells.findIndex((r) => r[0].value === name && r[0].formula === undefined);
const lastRow = plan.cells.length - 1;

type Op = Record<string, unknown>;
/** A workbook crm-roi wrote, edited in LibreOffice by `ops`; returns its path. */
function edited(name: string, ops: Op[]): string {
  const base = join(dir, `${name}-base.xlsx`);
  const out = join(dir, `${name}.xlsx`);
  expect(cli('workbook', 'examples/small-business.json', '-o', base).code).toBe(0);
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(ops));
  const r = spawnSync(PYTHON, ['tests/libreoffice/edit.py', base, out, join(dir, `${name}.json`)], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return out;
}
const rebuild = (file: string) => cli('workbook', file, '-o', file);
const caseOf = async (file: string) => {
  const r = await readRoiWorkbook(readFileSync(file));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.case;
};
async function sheets(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
/** Every part of the package by name: a second rebuild must change none. */
async function parts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('string'));
  return out;
}

beforeAll(buildCli, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!haveUno && !process.env.CI)('edits made in LibreOffice, then a rebuild in place', () => {
  it('a blank row inside the Inputs, a sheet of the analyst\'s and notes typed around the region all survive; a second rebuild changes nothing', async () => {
    const licences = rowOf('CRM licences (Professional edition)');
    expect(licences).toBeGreaterThan(0);
    const file = edited('blank-row', [
      { op: 'insertRows', sheet: 'CRM ROI', at: licences, count: 1 },
      { op: 'addSheet', name: 'Mine', cells: { A1: 'my numbers', B2: 7 } },
      { op: 'setText', sheet: 'CRM ROI', cell: 'F3', text: 'reviewed by the CFO' }, // a blank row inside the region
      { op: 'setText', sheet: 'CRM ROI', cell: `A${lastRow + 4}`, text: 'below the region' },
    ]);
    expect(await caseOf(file)).toEqual(original);
    expect(JSON.parse(cli('evaluate', file, '--json').stdout).npv).toBeCloseTo(evaluate(original).npv, 6);

    const r = rebuild(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await caseOf(file)).toEqual(original);
    const wb = await sheets(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['CRM ROI', 'CRM ROI case', 'Mine']);
    expect(wb.getWorksheet('Mine')!.getCell('A1').value).toBe('my numbers');
    expect(wb.getWorksheet('Mine')!.getCell('B2').value).toBe(7);
    const roi = wb.getWorksheet('CRM ROI')!;
    expect(roi.getCell('F3').value).toBe('reviewed by the CFO');
    expect(roi.getCell(`A${lastRow + 4}`).value).toBe('below the region');

    const first = await parts(file);
    expect(rebuild(file).code).toBe(0);
    expect(await parts(file)).toEqual(first);
  });

  it('a deleted line row removes that line; text just below the region stays where it is', async () => {
    const training = rowOf('User training');
    expect(training).toBeGreaterThan(0);
    const file = edited('deleted-row', [
      { op: 'deleteRows', sheet: 'CRM ROI', at: training, count: 1 },
      { op: 'setText', sheet: 'CRM ROI', cell: `A${lastRow + 1}`, text: 'just below' }, // the row after the region, once a row is gone
    ]);
    const expected = { ...original, costs: original.costs.filter((l) => l.name !== 'User training') };
    expect(await caseOf(file)).toEqual(expected);
    const names = async () => (await JSZip.loadAsync(readFileSync(file))).file('xl/workbook.xml')!.async('string');
    expect(await names()).toMatch(/name="CRMROI_LINE_labour_cost5"[^>]*>#REF!</);
    expect(rebuild(file).code).toBe(0);
    expect(await caseOf(file)).toEqual(expected);
    expect((await sheets(file)).getWorksheet('CRM ROI')!.getCell(`A${lastRow + 1}`).value).toBe('just below');
    // The deleted line's name, which LibreOffice left as #REF!, is gone with it.
    expect(await names()).not.toMatch(/CRMROI_LINE_labour_cost5/);
  });

  it('a renamed ROI sheet is rebuilt under its new name, with its names, and no second sheet appears', async () => {
    const file = edited('renamed', [{ op: 'renameSheet', sheet: 'CRM ROI', name: 'Harbor ROI' }]);
    expect(rebuild(file).code).toBe(0);
    const wb = await sheets(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Harbor ROI', 'CRM ROI case']);
    expect(wb.definedNames.getRanges('CRMROI_NPV').ranges[0]).toMatch(/^'Harbor ROI'!\$B\$\d+$/);
    expect(await caseOf(file)).toEqual(original);
  });

  it('a column inserted inside the Inputs reads the same case; the rebuild refuses, says why, and leaves the file as it was', async () => {
    const file = edited('column', [{ op: 'insertColumns', sheet: 'CRM ROI', at: INPUT_COLUMNS.START, count: 1 }]);
    expect(await caseOf(file)).toEqual(original);
    const before = readFileSync(file);
    const r = rebuild(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Columns were inserted or deleted inside the ROI sheet’s area/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('an input typed as a formula stays a formula; notes keep their link, their bold words and their date', async () => {
    const [licences, setup, training] = ['CRM licences (Professional edition)', 'Implementation partner (setup package)', 'User training'].map(rowOf);
    const cell = (row: number, col: number) => address(row, col);
    const file = edited('kept', [
      { op: 'setFormula', sheet: 'CRM ROI', cell: cell(licences, INPUT_COLUMNS.VALUE2), formula: '=8+4' },
      { op: 'setLink', sheet: 'CRM ROI', cell: cell(setup, INPUT_COLUMNS.NOTE), text: 'partner quote', url: 'https://example.com/quote?a=1&b=2' },
      { op: 'setBold', sheet: 'CRM ROI', cell: cell(training, INPUT_COLUMNS.NOTE), text: 'two half days', from: 4 },
      { op: 'setDate', sheet: 'CRM ROI', cell: cell(licences, INPUT_COLUMNS.NOTE), value: 46023 },
    ]);
    const c = await caseOf(file);
    expect(c.costs.find((l) => l.name.startsWith('CRM licences'))).toMatchObject({ users: 12, note: '46023' });
    expect(rebuild(file).code).toBe(0);
    const roi = (await sheets(file)).getWorksheet('CRM ROI')!;
    const at = (row: number, col: number) => roi.getCell(row + 1, col + 1);
    expect(at(licences, INPUT_COLUMNS.VALUE2).formula).toBe('8+4');
    expect(at(setup, INPUT_COLUMNS.NOTE).value).toMatchObject({ hyperlink: 'https://example.com/quote?a=1&b=2' });
    expect(JSON.stringify(at(training, INPUT_COLUMNS.NOTE).value)).toMatch(/"bold":true.*"text":"half days"/);
    expect(at(licences, INPUT_COLUMNS.NOTE).value).toBeInstanceOf(Date);
    expect(await caseOf(file)).toEqual(c);
  });

  it('an input edited in LibreOffice is read where its row is now, and rebuilt with the new value', async () => {
    const licences = rowOf('CRM licences (Professional edition)');
    const users = address(licences + 2, INPUT_COLUMNS.VALUE2); // after two rows inserted above it
    const file = edited('input', [
      { op: 'insertRows', sheet: 'CRM ROI', at: 0, count: 2 },
      { op: 'setValue', sheet: 'CRM ROI', cell: users, value: 12 },
    ]);
    const c = await caseOf(file);
    expect(c.costs.find((l) => l.name === 'CRM licences (Professional edition)')).toMatchObject({ users: 12 });
    expect(rebuild(file).code).toBe(0);
    expect((await caseOf(file)).costs.find((l) => l.name === 'CRM licences (Professional edition)')).toMatchObject({ users: 12 });
  });
});

