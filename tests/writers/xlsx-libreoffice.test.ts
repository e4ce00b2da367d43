// Every example → .xlsx with bare formulas → LibreOffice recalculates → the values it computed equal the core's.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { Evaluation, LineSchedule } from '../../src/case/evaluation';
import { unadjustedAmount } from '../../src/case/terms';
import type { RoiCase } from '../../src/case/types';
import { isError, type Result } from '../../src/finance/errors';
import { NEVER, NOT_AVAILABLE, planSheet } from '../../src/plan';
import type { SheetPlan } from '../../src/plan/types';
import { writeXlsx } from '../../src/writers/xlsx';
import { blockRows } from '../plan/fixtures';

const EXAMPLES = join(__dirname, '../../examples');
// Every example, plus regression cases where floating point and decimal arithmetic part ways.
const REGRESSIONS = join(__dirname, 'regressions');
const sources = new Map<string, string>([
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort().map((f): [string, string] => [f, join(EXAMPLES, f)]),
  ...readdirSync(REGRESSIONS).filter((f) => f.endsWith('.json')).sort().map((f): [string, string] => [f, join(REGRESSIONS, f)]),
]);
const files = [...sources.keys()];
const haveSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

// Recalculate on load, always: by default LibreOffice trusts the cached results of an .xlsx.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** |a − b| ≤ 1e-9 relative (absolute 1e-9 near zero, where sums of money cancel). */
function expectClose(actual: unknown, expected: number, where: string) {
  expect(typeof actual, `${where}: got ${String(actual)}`).toBe('number');
  expect(Math.abs((actual as number) - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/**
 * A formula's recalculated result. cell.result, not cell.value.result: ExcelJS's value copy drops falsy results (0, FALSE).
 * ExcelJS turns date-formatted results into Dates; the plan keeps serials.
 */
function result(cell: ExcelJS.Cell): unknown {
  const r = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (r instanceof Date) return (r.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (r && typeof r === 'object' && 'error' in r) return r.error;
  return r;
}

const METRICS: Record<string, (ev: Evaluation) => Result> = {
  CRMROI_TOTAL_COSTS: (ev) => ev.totals.costs,
  CRMROI_TOTAL_BENEFITS: (ev) => ev.totals.benefits,
  CRMROI_NET_BENEFIT: (ev) => ev.totals.net,
  CRMROI_PV_COSTS: (ev) => ev.presentValue.costs,
  CRMROI_PV_BENEFITS: (ev) => ev.presentValue.benefits,
  CRMROI_NPV: (ev) => ev.npv,
  CRMROI_ROI: (ev) => ev.roi.nominal,
  CRMROI_ROI_PV: (ev) => ev.roi.presentValue,
  CRMROI_BCR: (ev) => ev.benefitCostRatio,
  CRMROI_IRR: (ev) => ev.irr,
  CRMROI_PAYBACK: (ev) => ev.paybackMonths.simple,
  CRMROI_PAYBACK_DISCOUNTED: (ev) => ev.paybackMonths.discounted,
  CRMROI_BREAK_EVEN: (ev) => ev.breakEvenMonth,
};

interface Recalculated {
  roiCase: RoiCase;
  plan: SheetPlan;
  ev: Evaluation;
  book: ExcelJS.Workbook;
}

describe.skipIf(!haveSoffice && !process.env.CI)('LibreOffice recalculates every example to the core’s numbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-lo-'));
  const results = new Map<string, Recalculated>();

  beforeAll(async () => {
    if (!haveSoffice) throw new Error('soffice (LibreOffice) is not installed: CI must install libreoffice-calc-nogui');
    expect(files.length, 'examples/*.json').toBeGreaterThan(0);
    const [input, output, profile] = ['in', 'out', 'profile'].map((d) => join(dir, d));
    mkdirSync(join(profile, 'user'), { recursive: true });
    mkdirSync(input);
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const cases = new Map<string, { roiCase: RoiCase; plan: SheetPlan; ev: Evaluation }>();
    for (const file of files) {
      const roiCase = JSON.parse(readFileSync(sources.get(file)!, 'utf8')) as RoiCase;
      const plan = planSheet(roiCase);
      cases.set(file, { roiCase, plan, ev: evaluate(roiCase) });
      // No cached results: every number read back below was computed by LibreOffice.
      writeFileSync(join(input, file.replace('.json', '.xlsx')), await writeXlsx(plan, roiCase, { formulaResults: 'none' }));
    }
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', output, ...files.map((f) => join(input, f.replace('.json', '.xlsx')))], { timeout: 170_000, stdio: 'pipe' });
    for (const file of files) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(output, basename(file, '.json') + '.xlsx'));
      results.set(file, { ...cases.get(file)!, book });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each(files)('%s', (file) => {
    it('every formula cell computes the value the core put in the plan', () => {
      const { plan, book } = results.get(file)!;
      const sheet = book.getWorksheet(plan.sheetName)!;
      let formulas = 0;
      plan.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell.formula) return;
          formulas++;
          const got = result(sheet.getCell(r + 1, c + 1));
          const where = `${sheet.getCell(r + 1, c + 1).address} ${cell.formula}`;
          if (typeof cell.value === 'number') expectClose(got, cell.value, where);
          // A formula's empty text ("" for a month not known yet) is saved as no result.
          else if (cell.value === '') expect(got ?? '', where).toBe('');
          else expect(got, where).toBe(cell.value);
        }),
      );
      expect(formulas).toBeGreaterThan(plan.cells.length);
    });

    it('the Summary metrics, by name, equal evaluate(case)', () => {
      const { ev, book } = results.get(file)!;
      for (const [name, metric] of Object.entries(METRICS)) {
        const ranges = book.definedNames.getRanges(name).ranges;
        expect(ranges, name).toHaveLength(1);
        const [sheetName, ref] = ranges[0].split('!');
        const got = result(book.getWorksheet(sheetName.replace(/^'|'$/g, ''))!.getCell(ref.replace(/\$/g, '')));
        const want = metric(ev);
        if (isError(want)) expect([NEVER, NOT_AVAILABLE], `${name}: core says ${want}`).toContain(got);
        else expectClose(got, want, name);
      }
    });

    it('every Schedule row (lines, totals, net, cumulative) equals evaluate(case) month by month', () => {
      const { plan, ev, book } = results.get(file)!;
      const sheet = book.getWorksheet(plan.sheetName)!;
      const labels = plan.cells.map((_, r) => result(sheet.getCell(r + 1, 1)));
      // From the schedule's top: the Summary above it has rows of the same labels (Total costs…).
      const rowOf = (label: string) => labels.indexOf(label, blockRows(plan, 'SCHEDULE').top) + 1;
      const monthRow = rowOf('Month');
      const H = ev.case.horizonMonths;
      const monthCol = plan.cells[monthRow - 1].findIndex((c) => c.value === 1) + 1;
      expect(monthRow, 'Month row').toBeGreaterThan(0);
      expect(result(sheet.getCell(monthRow, monthCol + H - 1)), 'last month header').toBe(H);
      const expectRow = (row: number, monthly: number[], total: number | undefined, what: string) => {
        monthly.forEach((v, i) => expectClose(result(sheet.getCell(row, monthCol + i)), v, `${what}, month ${i + 1}`));
        if (total !== undefined) expectClose(result(sheet.getCell(row, 2)), total, `${what}, total`);
      };
      // A line row holds the line before risk; its side's totals before and after the risk adjustment follow the lines.
      const beforeRisk = (s: LineSchedule) => Array.from({ length: H }, (_, i) => unadjustedAmount(s.terms, i + 1));
      const firstLine = monthRow + 2;
      ev.costs.forEach((s, i) => {
        expect(labels[firstLine + i - 1]).toBe(s.terms.name);
        expectRow(firstLine + i, beforeRisk(s), undefined, `cost "${s.terms.name}"`);
      });
      expectRow(rowOf('Costs after risk adjustment'), ev.monthlyCosts, ev.totals.costs, 'Total costs');
      const firstBenefit = rowOf('Costs after risk adjustment') + 1;
      ev.benefits.forEach((s, i) => {
        expect(labels[firstBenefit + i - 1]).toBe(s.terms.name);
        expectRow(firstBenefit + i, beforeRisk(s), undefined, `benefit "${s.terms.name}"`);
      });
      expectRow(rowOf('Benefits after risk adjustment'), ev.monthlyBenefits, ev.totals.benefits, 'Total benefits');
      expectRow(rowOf('Net cash flow'), ev.monthlyNet, ev.totals.net, 'Net cash flow');
      expectRow(rowOf('Cumulative net'), ev.cumulativeNet, undefined, 'Cumulative net');
    });
  });
});
