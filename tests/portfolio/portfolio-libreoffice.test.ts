// The Portfolio sheet in real LibreOffice: recalculated from bare formulas to the core's figures; the CLI's --json
// equal to what LibreOffice computes from the workbook it wrote; a case sheet edited in LibreOffice moves the totals.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { planSheet } from '../../src/plan';
import { parseRange } from '../../src/plan/a1';
import { placeCases, planPortfolio, portfolioOf, PORTFOLIO_PREFIX } from '../../src/portfolio';
import { writeSheetsXlsx } from '../../src/writers/xlsx';
import { buildCli, cli } from '../cli/run-cli';
import { close } from '../plan/hf';
import { casesOnSheets, readCase, USD_EXAMPLES } from './cases';

const haveSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const haveUno = haveSoffice && spawnSync('/usr/bin/python3', ['-c', 'import uno'], { stdio: 'ignore' }).status === 0;
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

const dir = mkdtempSync(join(tmpdir(), 'crm-roi-portfolio-lo-'));
const [input, output, profile] = ['in', 'out', 'profile'].map((d) => join(dir, d));
const cases = casesOnSheets(USD_EXAMPLES.map(readCase));
const plan = planPortfolio(cases);
let cliJson: ReturnType<typeof JSON.parse>;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
function shown(cell: ExcelJS.Cell): unknown {
  const r = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (r instanceof Date) return (r.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (r && typeof r === 'object' && 'error' in r) return r.error;
  return r;
}
async function book(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
/** A Portfolio name's value in a recalculated workbook, by the plan's reference (LibreOffice keeps the layout). */
const named = (wb: ExcelJS.Workbook, name: string) => {
  const ref = plan.names.find((n) => n.name === `${PORTFOLIO_PREFIX}${name}`)!.ref;
  const at = parseRange(ref)!;
  return shown(wb.getWorksheet('Portfolio')!.getCell(at.top + 1, at.left + 1));
};
const expectClose = (got: unknown, want: number, what: string) => {
  expect(typeof got, `${what}: ${String(got)}`).toBe('number');
  expect(close(got as number, want, 1e6), `${what}: ${got} vs ${want}`).toBe(true);
};
const recalculate = (...files: string[]) =>
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', output, ...files], { timeout: 170_000, stdio: 'pipe' });

beforeAll(async () => {
  if (!haveSoffice) return;
  buildCli();
  for (const d of [input, output, join(profile, 'user')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  // No cached results: every number read back from bare.xlsx was computed by LibreOffice.
  writeFileSync(join(input, 'bare.xlsx'), await writeSheetsXlsx([plan, ...cases.map((c) => c.plan)], { formulaResults: 'none' }));
  const r = cli('portfolio', ...USD_EXAMPLES, '-o', join(input, 'cli.xlsx'), '--json');
  expect(r.code, r.stderr).toBe(0);
  cliJson = JSON.parse(r.stdout);
  recalculate(join(input, 'bare.xlsx'), join(input, 'cli.xlsx'));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!haveSoffice && !process.env.CI)('LibreOffice recalculates the Portfolio sheet', () => {
  it('every formula of the Portfolio sheet equals the core’s figure', async () => {
    const sheet = (await book(join(output, 'bare.xlsx'))).getWorksheet('Portfolio')!;
    let checked = 0;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula === undefined) return;
        checked++;
        const got = shown(sheet.getCell(r + 1, c + 1));
        if (typeof cell.value === 'number') expectClose(got, cell.value, `${sheet.getCell(r + 1, c + 1).address} ${cell.formula}`);
        else expect(got, sheet.getCell(r + 1, c + 1).address).toBe(cell.value);
      }),
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('the totals are the sums of the cases’ own figures, and the combined metrics those of the combined flows', async () => {
    const wb = await book(join(output, 'bare.xlsx'));
    const evs = cases.map((c) => c.evaluation);
    expectClose(named(wb, 'TOTAL_COSTS'), evs.reduce((s, e) => s + e.totals.costs, 0), 'total costs');
    expectClose(named(wb, 'TOTAL_BENEFITS'), evs.reduce((s, e) => s + e.totals.benefits, 0), 'total benefits');
    expectClose(named(wb, 'TOTAL_NPV'), evs.reduce((s, e) => s + e.npv, 0), 'total NPV');
    const m = portfolioOf(cases).combined.metrics;
    expectClose(named(wb, 'COMBINED_NPV'), m.npv, 'combined NPV');
    expectClose(named(wb, 'COMBINED_ROI'), m.roi.nominal as number, 'combined ROI');
    expectClose(named(wb, 'COMBINED_ROI_PV'), m.roi.presentValue as number, 'combined ROI (PV)');
    expectClose(named(wb, 'COMBINED_IRR'), m.irr as number, 'combined IRR');
    expectClose(named(wb, 'COMBINED_PAYBACK'), m.paybackMonths.simple as number, 'combined payback');
  });

  it('crm-roi portfolio --json equals what LibreOffice recalculates from the workbook it wrote', async () => {
    const wb = await book(join(output, 'cli.xlsx'));
    expectClose(named(wb, 'TOTAL_COSTS'), cliJson.total.costs, 'total.costs');
    expectClose(named(wb, 'TOTAL_BENEFITS'), cliJson.total.benefits, 'total.benefits');
    expectClose(named(wb, 'TOTAL_NPV'), cliJson.total.npv, 'total.npv');
    expectClose(named(wb, 'COMBINED_START_DATE'), (Date.parse(cliJson.combined.startDate) - EXCEL_EPOCH) / 86_400_000, 'combined.startDate');
    expectClose(named(wb, 'COMBINED_NPV'), cliJson.combined.npv, 'combined.npv');
    expectClose(named(wb, 'COMBINED_ROI'), cliJson.combined.roi.nominal, 'combined.roi.nominal');
    expectClose(named(wb, 'COMBINED_ROI_PV'), cliJson.combined.roi.presentValue, 'combined.roi.presentValue');
    expectClose(named(wb, 'COMBINED_IRR'), cliJson.combined.irr, 'combined.irr');
    expectClose(named(wb, 'COMBINED_PAYBACK'), cliJson.combined.paybackMonths, 'combined.paybackMonths');
    const rows = wb.getWorksheet('Portfolio')!;
    const firstCase = parseRange(plan.names.find((n) => n.name === `${PORTFOLIO_PREFIX}CASES`)!.ref)!.top + 1;
    cliJson.cases.forEach((c: { name: string; npv: number; paybackMonths: number }, i: number) => {
      expect(shown(rows.getCell(firstCase + i, 1))).toBe(c.name);
      expectClose(shown(rows.getCell(firstCase + i, 6)), c.npv, `cases[${i}].npv`);
      expectClose(shown(rows.getCell(firstCase + i, 10)), c.paybackMonths, `cases[${i}].paybackMonths`);
    });
  });

  it.skipIf(!haveUno && !process.env.CI)('editing a case sheet in LibreOffice changes the totals to that case’s new figures', async () => {
    const [first, ...rest] = USD_EXAMPLES.map(readCase);
    const { sheetName, prefix } = placeCases(USD_EXAMPLES.map((f) => readCase(f).name))[0];
    const casePlan = planSheet(first, { sheetName, namePrefix: prefix });
    const line = parseRange(casePlan.names.find((n) => n.name === `${prefix}LINE_oneTime_cost1`)!.ref)!;
    const col = casePlan.cells[line.top].findIndex((c) => c.value === 12000);
    const cellRef = `${String.fromCharCode(65 + col)}${line.top + 1}`;
    writeFileSync(join(dir, 'ops.json'), JSON.stringify([{ op: 'setValue', sheet: sheetName, cell: cellRef, value: 30000 }]));
    const edited = join(dir, 'edited.xlsx');
    const r = spawnSync('/usr/bin/python3', ['tests/libreoffice/edit.py', join(input, 'cli.xlsx'), edited, join(dir, 'ops.json')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const wb = await book(edited);
    const changed = { ...first, costs: first.costs.map((c, i) => (i === 0 ? { ...c, amount: 30000 } : c)) };
    const after = portfolioOf([changed, ...rest].map((c, i) => ({ source: String(i), evaluation: evaluate(c) })));
    expect(after.total.costs).toBe(cliJson.total.costs + 18000);
    expectClose(named(wb, 'TOTAL_COSTS'), after.total.costs, 'total costs after the edit');
    expectClose(named(wb, 'TOTAL_NPV'), after.total.npv, 'total NPV after the edit');
    expectClose(named(wb, 'COMBINED_NPV'), after.combined.metrics.npv, 'combined NPV after the edit');
  }, 180_000);
});
