import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { readRoiSheets } from '../../src/writers/xlsx';
import { EUR_EXAMPLE, readCase, USD_EXAMPLES } from '../portfolio/cases';
import { buildCli, cli } from './run-cli';

// `crm-roi portfolio` end to end: what it writes, what it prints, and what it refuses (writing nothing).

beforeAll(buildCli);
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-portfolio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const [small, enterprise, composite] = USD_EXAMPLES;

describe('crm-roi portfolio', () => {
  it('is listed by --help', () => {
    const r = cli('--help');
    expect(r.stdout).toMatch(/^ {2}portfolio +Roll several cases up/m);
    expect(cli('portfolio', '--help').stdout).toContain('Usage: crm-roi portfolio');
  });

  it('writes the Portfolio sheet in front of each case’s ROI sheet, taking a workbook and case files in any mix', async () => {
    const roi = join(dir, 'enterprise.xlsx');
    expect(cli('workbook', enterprise, '-o', roi, '--sheet', 'Northwind').code).toBe(0);
    const out = join(dir, 'mix.xlsx');
    const r = cli('portfolio', small, roi, composite, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Portfolio', 'Harbor Plumbing Supply CRM for', 'Northwind', 'Composite organisation CRM plat']);
    // Each case sheet reads back into its case.
    const read = await readRoiSheets(readFileSync(out));
    expect(read.map((s) => (s.ok ? evaluate(s.case).npv : NaN))).toEqual([small, enterprise, composite].map((f) => evaluate(readCase(f)).npv));
  });

  it('the same case twice gets two sheets, each with names of its own', async () => {
    const out = join(dir, 'twice.xlsx');
    expect(cli('portfolio', small, small, '-o', out).code).toBe(0);
    const read = await readRoiSheets(readFileSync(out));
    expect(read.map((s) => s.sheetName)).toEqual(['Harbor Plumbing Supply CRM for', 'Harbor Plumbing Supply CRM (2)']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const npvNames = book.definedNames.model.map((n) => n.name).filter((n) => /^CRMROI_.*_NPV$/.test(n) && !/_REFORECAST_NPV$/.test(n));
    expect(new Set(npvNames).size).toBe(2);
  });

  it('--json prints cases, total and combined; total holds the sums of the cases’ own figures', () => {
    const r = cli('portfolio', small, enterprise, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    const evs = [small, enterprise].map((f) => evaluate(readCase(f)));
    expect(json.cases.map((c: { name: string }) => c.name)).toEqual(evs.map((e) => e.case.name));
    expect(json.cases[0]).toMatchObject({ npv: evs[0].npv, roi: { nominal: evs[0].roi.nominal, presentValue: evs[0].roi.presentValue }, paybackMonths: evs[0].paybackMonths.simple });
    expect(json.total.costs).toBeCloseTo(evs[0].totals.costs + evs[1].totals.costs, 6);
    expect(json.total.npv).toBeCloseTo(evs[0].npv + evs[1].npv, 6);
    expect(json.combined).toMatchObject({ startDate: '2025-01-01' });
    for (const key of ['npv', 'irr', 'paybackMonths']) expect(typeof json.combined[key], key).toBe('number');
    expect(Object.keys(json.combined.roi)).toEqual(['nominal', 'presentValue']);
  });

  it('--json gives a metric without a value as its error and meaning', () => {
    const euro = join(dir, 'euro.json');
    writeFileSync(euro, JSON.stringify({ ...readCase(small), currency: 'EUR' }));
    const r = cli('portfolio', EUR_EXAMPLE, euro, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.currency).toBe('EUR');
    expect(json.cases[0].paybackMonths).toMatchObject({ error: '#N/A', message: expect.stringMatching(/never/i) });
    expect(typeof json.cases[1].paybackMonths).toBe('number');
  });

  it('names a file it cannot read, exits 1 and writes nothing', () => {
    const out = join(dir, 'missing.xlsx');
    const r = cli('portfolio', small, join(dir, 'nope.json'), '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`crm-roi portfolio: cannot read ${join(dir, 'nope.json')}: no such file; nothing written\n`);
    expect(existsSync(out)).toBe(false);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "name": ');
    const b = cli('portfolio', broken, small, '-o', out);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain(`${broken} is not valid JSON`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses cases in two currencies, naming both files and currencies, and leaves the output as it was', () => {
    const out = join(dir, 'mixed.xlsx');
    copyFileSync(small, out); // stands for a previous file: it must stay byte for byte
    const before = readFileSync(out);
    const r = cli('portfolio', small, EUR_EXAMPLE, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`crm-roi portfolio: ${small} is in USD but ${EUR_EXAMPLE} is in EUR; a portfolio adds amounts in one currency and never converts them. Nothing written.\n`);
    expect(readFileSync(out)).toEqual(before);
  });

  it('refuses to write over one of its inputs, and needs -o unless --json', () => {
    const roi = join(dir, 'input.xlsx');
    expect(cli('workbook', small, '-o', roi).code).toBe(0);
    const before = readdirSync(dir).sort();
    expect(cli('portfolio', roi, enterprise, '-o', roi).stderr).toContain('is the input');
    expect(cli('portfolio', small).code).toBe(2);
    expect(cli('portfolio', small, '-o', 'out.json').code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('crm-roi portfolio in other languages', () => {
  it('--lang de writes every sheet in German and says so in German; without it a workbook’s sheet keeps its language', async () => {
    const french = join(dir, 'french.xlsx');
    expect(cli('workbook', enterprise, '-o', french, '--sheet', 'Northwind', '--lang', 'fr').code).toBe(0);

    const out = join(dir, 'de.xlsx');
    const r = cli('portfolio', small, french, '-o', out, '--lang', 'de');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${out} geschrieben: Blatt „Portfolio“ über 2 Fallblätter ("Harbor Plumbing Supply CRM for", "Northwind").\n`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('Portfolio')!.getCell('A1').value).toBe('Portfolio aus 2 CRM-ROI-Business-Cases');
    expect((await readRoiSheets(readFileSync(out))).map((s) => s.ok && s.lang)).toEqual(['de', 'de']);

    // No --lang: the French sheet stays French, the case file's is English, and the Portfolio follows the first case.
    const kept = join(dir, 'kept.xlsx');
    expect(cli('portfolio', french, small, '-o', kept).code).toBe(0);
    expect((await readRoiSheets(readFileSync(kept))).map((s) => s.ok && s.lang)).toEqual(['fr', 'en']);
    const keptBook = new ExcelJS.Workbook();
    await keptBook.xlsx.readFile(kept);
    expect(keptBook.getWorksheet('Portfolio')!.getCell('A1').value).toBe('Portefeuille de 2 analyses ROI CRM');
  });

  it('help, usage errors and a currency clash in the reader’s language; --json the same in every language', () => {
    expect(cli('portfolio', '--help', '--lang', 'pl').stdout).toContain('Użycie: crm-roi portfolio');
    const usage = cli('portfolio', '--lang', 'zh-CN');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('缺少案例文件');
    const clash = cli('portfolio', small, EUR_EXAMPLE, '--json', '--lang', 'de');
    expect(clash.code).toBe(1);
    expect(clash.stderr).toBe(`crm-roi portfolio: ${small} ist in USD, ${EUR_EXAMPLE} aber in EUR; ein Portfolio addiert Beträge in einer Währung und rechnet sie nie um. Nichts wurde geschrieben.\n`);
    expect(cli('portfolio', small, composite, '--json', '--lang', 'zh-CN').stdout).toBe(cli('portfolio', small, composite, '--json').stdout);
  });
});
