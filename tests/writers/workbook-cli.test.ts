import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateCase } from '../../src/case';
import { workbookCommand } from '../../src/cli/workbook';
import { readCaseFromXlsx } from '../../src/writers/xlsx';

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
    expect(book.definedNames.getRanges('CRMROI_NPV').ranges[0]).toMatch(/^'Harbor ROI'!\$B\$\d+$/);
    // The validated case (what validateCase keeps; e.g. "$schema" is dropped) is what round-trips.
    const checked = validateCase(JSON.parse(readFileSync(example, 'utf8')));
    if (!checked.ok) throw new Error(checked.errors.join('; '));
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

  it('rejects bad usage with exit code 2', async () => {
    expect(await workbookCommand.run([])).toBe(2);
    expect(await workbookCommand.run([example, '-o'])).toBe(2);
    expect(await workbookCommand.run([example, '--sheet', 'a/b'])).toBe(2);
    expect(await workbookCommand.run([example, '--frobnicate'])).toBe(2);
    expect(stderr.join('\n')).toContain('unknown option --frobnicate');
  });
});
