// The largest case the validator accepts, through planSheet and the .xlsx writer, so the at-limit path runs in CI.
// Structure only: its time and memory are measured by bench/limit.bench.ts, not asserted here.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { Evaluation } from '../../src/case/evaluation';
import { MAX_HORIZON_MONTHS, MAX_LINES_PER_SIDE, validateCase } from '../../src/case/validate';
import { riskFactor, unadjustedAmount } from '../../src/case/terms';
import { sumMoney } from '../../src/finance';
import { planSheet } from '../../src/plan';
import { absolute } from '../../src/plan/a1';
import { COL } from '../../src/plan/layout';
import type { SheetPlan } from '../../src/plan/types';
import { writeXlsx } from '../../src/writers/xlsx';
import { blockRows } from '../plan/fixtures';
import { limitCase } from './limit-case';

const roiCase = limitCase();
let plan: SheetPlan;
let ev: Evaluation;
let sheet: ExcelJS.Worksheet;
let book: ExcelJS.Workbook;
/** 0-based column of month 1 in the schedule. */
let monthCol: number;

beforeAll(async () => {
  ev = evaluate(roiCase);
  plan = planSheet(roiCase, { evaluation: ev });
  book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeXlsx(plan, roiCase)) as unknown as ArrayBuffer);
  sheet = book.getWorksheet(plan.sheetName)!;
  monthCol = plan.cells[rowLabelled('Month')].findIndex((c) => c.value === 1);
}, 60_000);

/** A schedule row by its label; the Summary above the schedule has rows of the same labels (Total costs…). */
const rowLabelled = (label: string) => plan.cells.findIndex((row, r) => r >= blockRows(plan, 'SCHEDULE').top && row[0].value === label);

/** A formula cell's cached result. */
const result = (r: number, c: number) => sheet.getCell(r + 1, c + 1).result;
const formula = (r: number, c: number) => sheet.getCell(r + 1, c + 1).formula;
const close = (got: unknown, want: number, where: string) => expect(Math.abs((got as number) - want), `${where}: ${String(got)} vs ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));

describe('a case at the limit (100 cost and 100 benefit lines, 240 months) as an .xlsx', () => {
  it('is the largest valid case, with every line type, timing, ramp, risk, end month and note', () => {
    expect(validateCase(roiCase).ok).toBe(true);
    expect(validateCase({ ...roiCase, costs: [...roiCase.costs, roiCase.costs[0]] }).ok, 'one line more').toBe(false);
    expect(validateCase({ ...roiCase, benefits: [...roiCase.benefits, roiCase.benefits[0]] }).ok, 'one line more').toBe(false);
    expect(validateCase({ ...roiCase, horizonMonths: roiCase.horizonMonths + 1 }).ok, 'one month more').toBe(false);
    const lines = [...roiCase.costs, ...roiCase.benefits];
    const kinds = new Set(lines.map((l) => `${l.type} ${'frequency' in l ? l.frequency : 'per' in l ? l.per : ''}`.trim()));
    expect([...kinds].sort()).toEqual(['amount month', 'amount year', 'churn', 'deals', 'hoursSaved', 'labour monthly', 'labour once', 'oneTime', 'perUser', 'recurring annual', 'recurring monthly']);
    expect(roiCase.benefits.some((b) => b.fullEffectMonth !== undefined && b.fullEffectMonth > b.startMonth)).toBe(true);
    expect(roiCase.benefits.some((b) => (b.risk ?? 0) > 0)).toBe(true);
    expect(lines.some((l) => 'endMonth' in l && l.endMonth !== undefined)).toBe(true);
    expect(lines.some((l) => l.note)).toBe(true);
  });

  it('holds every row of the plan and every formula', () => {
    expect(sheet.rowCount).toBe(plan.cells.length);
    let planned = 0;
    plan.cells.forEach((row) => row.forEach((c) => (planned += c.formula ? 1 : 0)));
    let written = 0;
    sheet.eachRow((row) => row.eachCell((c) => (written += c.formula ? 1 : 0)));
    expect(written).toBe(planned);
    expect(planned).toBeGreaterThan(2 * MAX_LINES_PER_SIDE * MAX_HORIZON_MONTHS);
  });

  it("gives every line a schedule row of month formulas over its own inputs, with the core's values", () => {
    for (const s of [...ev.costs, ...ev.benefits]) {
      const inputRow = plan.cells.findIndex((row) => row[COL.name].value === s.terms.name && row[COL.name].formula === undefined);
      const row = plan.cells.findIndex((r) => r[0].formula === `=$A$${inputRow + 1}`);
      expect(row, s.terms.name).toBeGreaterThan(inputRow);
      expect(result(row, 0)).toBe(s.terms.name);
      // A line row holds the line before risk; the side's total applies its risk.
      const before = (m: number) => unadjustedAmount(s.terms, m);
      close(result(row, 1), sumMoney(Array.from({ length: MAX_HORIZON_MONTHS + 1 }, (_, m) => before(m))), `${s.terms.name} total`);
      for (const m of [1, 2, 13, 120, 239, 240]) {
        const where = `${s.terms.name}, month ${m}`;
        expect(`=${formula(row, monthCol + m - 1)}`, where).toBe(plan.cells[row][monthCol + m - 1].formula);
        expect(formula(row, monthCol + m - 1), where).toContain(absolute(inputRow, COL.start));
        close(result(row, monthCol + m - 1), before(m), where);
        close((result(row, monthCol + m - 1) as number) * riskFactor(s.terms), s.monthly[m - 1], `${where}, risk-adjusted`);
      }
      expect(sheet.getCell(row + 1, monthCol + 1).numFmt).toBe(plan.cells[row][monthCol].numberFormat);
    }
  });

  it('sums every line of a side before risk, and each line × its risk factor after', () => {
    for (const [side, monthly] of [['Costs', ev.monthlyCosts], ['Benefits', ev.monthlyBenefits]] as const) {
      const beforeRow = rowLabelled(`${side} before risk adjustment`);
      const m = /^SUM\(([A-Z]+)(\d+):\1(\d+)\)$/.exec(formula(beforeRow, monthCol + 119) ?? '');
      expect(m, side).not.toBeNull();
      expect(Number(m![3]) - Number(m![2]) + 1, side).toBe(MAX_LINES_PER_SIDE);
      const row = rowLabelled(`${side} after risk adjustment`);
      const terms = formula(row, monthCol + 119)!.split(/\+(?=[A-Z]+\d+\*)/);
      expect(terms, side).toHaveLength(MAX_LINES_PER_SIDE);
      expect(terms[0], side).toMatch(new RegExp(`^[A-Z]+${m![2]}\\*\\(1${side === 'Costs' ? '\\+' : '-'}\\$R\\$\\d+\\)$`));
      close(result(row, monthCol + 119), monthly[119], `${side}, month 120`);
    }
  });

  it("names the NPV cell, which holds the core's NPV", () => {
    const [ref] = book.definedNames.getRanges('CRMROI_NPV').ranges;
    close(sheet.getCell(ref.split('!')[1].replace(/\$/g, '')).result, ev.npv as number, 'CRMROI_NPV');
  });
});
