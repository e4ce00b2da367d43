import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import { buildCli, cli } from './run-cli';

// `crm-roi actuals WORKBOOK CSV -o OUT`, end to end: a bad CSV writes nothing, a good one lands in the output.

beforeAll(buildCli);
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-actuals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const csv = (name: string, text: string) => {
  writeFileSync(at(name), text);
  return at(name);
};

// The small-business example: costs cost1 (implementation, month 1) … cost5, benefits benefit1 … benefit3, from January 2025.
let workbook: string;
beforeAll(() => {
  workbook = at('roi.xlsx');
  const r = cli('workbook', 'examples/small-business.json', '-o', workbook);
  if (r.code !== 0) throw new Error(r.stderr);
});

/** The case as the workbook's "CRM ROI case" sheet holds it: JSON, one line a row from row 5. */
async function caseSheet(path: string): Promise<RoiCase> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const lines: string[] = [];
  wb.getWorksheet('CRM ROI case')!.eachRow((row, r) => {
    if (r < 5) return;
    let text = '';
    row.eachCell((cell) => (text += String(cell.value)));
    lines.push(text);
  });
  return JSON.parse(lines.join('\n')) as RoiCase;
}

describe('crm-roi actuals: a good CSV', () => {
  it('merges the actuals by line id and name and writes the workbook, the case sheet holding them', async () => {
    const out = at('merged.xlsx');
    const file = csv('good.csv', 'month,line,amount\n2025-01,cost1,"12,500.00"\n2025-01,CRM licences (Professional edition),$900\n2025-02,benefit2,1500\n2025-03,cost2,\n');
    const { code, stdout, stderr } = cli('actuals', workbook, file, '-o', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Merged 3 actuals from ${file}; 1 blank amount changed nothing.\n`);
    const c = await caseSheet(out);
    expect(c.costs.map((l) => l.actuals)).toEqual([{ '2025-01': 12500 }, { '2025-01': 900 }, undefined, undefined, undefined]);
    expect(c.benefits.map((l) => l.actuals)).toEqual([undefined, { '2025-02': 1500 }, undefined]);
  });
});

describe('crm-roi actuals: a bad CSV writes nothing', () => {
  const bad = () => csv('bad.csv', ['month,line,amount', '2025-01,marketing,100', '2025-02,cost1,"1.234,56"', '2027-01,cost1,5', '2025-02,cost2,1', '2025-02,COST2,2'].join('\n'));

  it('reports every bad row by number, exits 1 and creates no output', () => {
    const out = at('never.xlsx');
    const { code, stdout, stderr } = cli('actuals', workbook, bad(), '-o', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `crm-roi actuals: ${at('bad.csv')} cannot be merged (4 problems); nothing written:`,
      '  row 2: no line has the id or name "marketing"',
      '  row 3: "1.234,56" has a decimal comma: expected an amount in USD such as 1234.56 or 1,234.56, with a decimal point',
      '  row 4: the month 2027-01 is outside the case, which runs from 2024-12 (the initial period) to 2026-12',
      '  row 6: the line "cost2" in 2025-02 is already given on row 5',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an existing output byte for byte as it was, and no temporary file beside it', () => {
    const out = at('existing.xlsx');
    copyFileSync(workbook, out);
    const before = readFileSync(out);
    const file = bad();
    const files = readdirSync(dir).sort();
    expect(cli('actuals', workbook, file, '-o', out).code).toBe(1);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('names the columns a header lacks', () => {
    const { code, stderr } = cli('actuals', workbook, csv('cols.csv', 'Date,Line,Value\n2025-01,cost1,1\n'), '-o', at('cols.xlsx'));
    expect(code).toBe(1);
    expect(stderr).toContain('  row 1: the header row has no "month", "amount" columns (it needs month, line and amount; found "date", "line", "value")');
    expect(existsSync(at('cols.xlsx'))).toBe(false);
  });

  it('cannot drive the terminal from a CSV value', () => {
    const { code, stderr } = cli('actuals', workbook, csv('hostile.csv', 'month,line,amount\n2025-01,\u001b]0;owned\u0007\u202eenil,1\n'), '-o', at('h.xlsx'));
    expect(code).toBe(1);
    expect(stderr).toContain('row 2: no line has the id or name "\\u001b]0;owned\\u0007\\u202eenil"');
    expect(stderr).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('refuses a CSV that is not UTF-8, or missing', () => {
    const latin1 = csv('latin1.csv', '');
    writeFileSync(latin1, Buffer.from('month,line,amount\n2025-01,Caf\xe9,1\n', 'latin1'));
    const r = cli('actuals', workbook, latin1, '-o', at('l.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${latin1} is not UTF-8 text`);
    const missing = cli('actuals', workbook, at('nope.csv'), '-o', at('l.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`crm-roi actuals: cannot read ${at('nope.csv')}: no such file; nothing written\n`);
    expect(existsSync(at('l.xlsx'))).toBe(false);
  });
});

describe('crm-roi actuals: usage', () => {
  it.each([
    [['actuals'], 'expected a workbook and a CSV, got 0 files'],
    [['actuals', 'roi.xlsx', 'a.csv'], 'missing -o <out.xlsx>'],
    [['actuals', 'case.json', 'a.csv', '-o', 'out.xlsx'], 'case.json does not end in .xlsx'],
    [['actuals', 'roi.xlsx', 'a.csv', '-o', 'out.csv'], 'the output out.csv does not end in .xlsx'],
    [['actuals', 'roi.xlsx', 'a.csv', '-o'], '-o needs a value'],
    [['actuals', 'roi.xlsx', 'a.csv', '--sheet', 'x', '-o', 'o.xlsx'], 'unknown option --sheet'],
  ])('%j is a usage error', (args, message) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`crm-roi actuals: ${message}`);
    expect(stderr).toContain('Usage: crm-roi actuals <roi.xlsx> <actuals.csv> -o <out.xlsx>');
  });

  it('is listed in the help', () => {
    expect(cli('--help').stdout).toMatch(/^\s+actuals\s+Merge actuals from a CSV/m);
    expect(cli('actuals', '--help').code).toBe(0);
  });
});
