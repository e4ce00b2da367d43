import { evaluate } from '../../src/case/evaluate';
import { describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import { planSheet } from '../../src/plan';
import { parseRange } from '../../src/plan/a1';
import { COL } from '../../src/plan/layout';
import type { SheetPlan } from '../../src/plan/types';
import { buildExcelSheet, readExcelSheet, updateExcelSheet } from '../../src/writers/excel';
import { SheetWriteError } from '../../src/writers/flow';
import { FakeExcel } from './fakes/excel';
import { caseWith, ranged, selectorCell as selector, smallBusiness } from './cases';

function workbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet('Sheet1', { A1: 'my own data', C3: 42 });
  return fake;
}

const size = (plan: SheetPlan) => [plan.cells.length, plan.cells[0].length] as const;
const rowOf = (plan: SheetPlan, lineName: string) => plan.cells.findIndex((row) => row[COL.name].value === lineName && row[COL.name].formula === undefined);

/** What Office.js must receive for each plan cell: the formula, or the constant (text marked with an apostrophe). */
const expectedInput = (cell: SheetPlan['cells'][number][number]) =>
  cell.formula ?? (typeof cell.value === 'string' && cell.value !== '' ? `'${cell.value}` : (cell.value ?? ''));

async function rejection(p: Promise<unknown>): Promise<SheetWriteError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(SheetWriteError);
  return err as SheetWriteError;
}

describe('buildExcelSheet', () => {
  it('sets the page up for print and hides the payback helper rows, as the .xlsx does', async () => {
    const fake = workbook();
    await buildExcelSheet(fake.context, caseWith(24));
    const plan = planSheet(caseWith(24));
    const sheet = fake.sheet('CRM ROI')!;
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: plan.print!.printArea, titleRows: '$1:$2', titleColumns: '$A:$A',
    });
    expect([...sheet.hiddenRows].sort((a, b) => a - b)).toEqual(plan.hiddenRows);
    expect(plan.cells[plan.hiddenRows![0]][0].value).toMatch(/^Helper:/);
  });

  it.each([12, 120])('writes a %i-month case on a new sheet in 2 syncs, every array equal to the plan', async (months) => {
    const fake = workbook();
    const result = await buildExcelSheet(fake.context, caseWith(months));
    expect(fake.syncs).toBe(2);
    expect(result).toMatchObject({ sheetName: 'CRM ROI', mode: 'created' });
    const plan = planSheet(caseWith(months));
    const [rows, columns] = size(plan);
    expect(fake.grid('CRM ROI', rows, columns)).toEqual(plan.cells.map((row) => row.map(expectedInput)));
    const sheet = fake.sheet('CRM ROI')!;
    plan.cells.forEach((row, r) => row.forEach((cell, c) => expect(sheet.cells.get(`${r},${c}`)?.numberFormat).toBe(cell.numberFormat ?? 'General')));
    // One range operation for all inputs and one for all number formats, whatever the horizon.
    expect(fake.ops.filter((o) => o.op === 'formulas')).toEqual([{ sheet: 'CRM ROI', op: 'formulas', address: plan.owned }]);
    expect(fake.ops.filter((o) => o.op === 'numberFormat')).toHaveLength(1);
    expect(fake.ops[0].op).toBe('suspendCalculation');
    expect(Object.fromEntries(fake.names)).toEqual(Object.fromEntries(plan.names.map((n) => [n.name, { sheet: 'CRM ROI', ref: n.ref }])));
    expect(sheet.frozen).toEqual(plan.frozen);
    expect(sheet.charts.map((c) => ({ name: c.name, type: c.type, title: c.title, position: c.position, series: c.series }))).toEqual(
      plan.charts.map((c) => ({
        name: `crm-roi:${c.id}`, type: c.type === 'line' ? 'Line' : 'ColumnClustered', title: c.title, position: c.anchor,
        series: c.series.map((s) => ({ name: s.name, values: s.values, categories: s.categories })),
      })),
    );
    expect(fake.active).toBe('CRM ROI');
    // The user's sheet is untouched.
    expect(fake.grid('Sheet1', 3, 3)).toEqual([['my own data', '', ''], ['', '', ''], ['', '', 42]]);
  });

  it('styles each style name with a few range-area operations, the same number for 24 and 120 months', async () => {
    const count = async (months: number) => {
      const fake = workbook();
      await buildExcelSheet(fake.context, caseWith(months));
      return fake.ops.length;
    };
    expect(await count(120)).toBe(await count(24));
    const fake = workbook();
    await buildExcelSheet(fake.context, caseWith(12));
    const plan = planSheet(caseWith(12));
    const sheet = fake.sheet('CRM ROI')!;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const style = cell.style ? plan.styles[cell.style] : {};
        expect(sheet.cells.get(`${r},${c}`)?.style?.['font.bold'], `${r},${c}`).toBe(style.bold || undefined);
        expect(sheet.cells.get(`${r},${c}`)?.style?.['fill.color'], `${r},${c}`).toBe(style.fill);
      }),
    );
  });

  it('rewrites its own sheet in 3 syncs, clearing what the previous version used beyond the new plan', async () => {
    const fake = workbook();
    await buildExcelSheet(fake.context, caseWith(36));
    const wide = planSheet(caseWith(36));
    fake.syncs = 0;
    fake.ops = [];
    const result = await buildExcelSheet(fake.context, caseWith(12));
    expect(fake.syncs).toBe(3);
    expect(result.mode).toBe('updated');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', 'CRM ROI']);
    const plan = planSheet(caseWith(12));
    const [rows, columns] = size(plan);
    const [wideRows, wideColumns] = size(wide);
    const grid = fake.grid('CRM ROI', Math.max(rows, wideRows), wideColumns);
    grid.forEach((row, r) => row.forEach((v, c) => (r >= rows || c >= columns ? expect(v, `${r},${c}`).toBe('') : expect(v).toEqual(expectedInput(plan.cells[r][c])))));
    expect(fake.sheet('CRM ROI')!.charts).toHaveLength(3);
    expect(fake.names.get('CRMROI_NPV')!.ref).toBe(plan.names.find((n) => n.name === 'CRMROI_NPV')!.ref);
  });

  it('leaves a foreign sheet of the same name untouched and uses a new name', async () => {
    const fake = workbook();
    fake.addSheet('CRM ROI', { A1: 'budget 2025', B2: 1000 });
    const result = await buildExcelSheet(fake.context, caseWith(12));
    expect(result.sheetName).toBe('CRM ROI (2)');
    expect(fake.grid('CRM ROI', 2, 2)).toEqual([['budget 2025', ''], ['', 1000]]);
    expect(fake.ops.every((o) => o.sheet !== 'CRM ROI')).toBe(true);
    expect(fake.syncs).toBeLessThanOrEqual(3);
  });

  it('refuses an invalid case with its problems and writes nothing', async () => {
    const fake = workbook();
    const err = await rejection(buildExcelSheet(fake.context, { ...caseWith(12), horizonMonths: 0 }));
    expect(err.kind).toBe('invalidCase');
    expect(err.issues.map((i) => i.address)).toContain('horizonMonths');
    expect(fake.ops).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('refuses to overwrite the analyst’s cells where a bigger plan needs room', async () => {
    const fake = workbook();
    await buildExcelSheet(fake.context, caseWith(12));
    const sheet = fake.sheet('CRM ROI')!;
    // Where the 36-month schedule's last month goes: outside the 12-month sheet, needed by the bigger one.
    const big = planSheet(caseWith(36));
    const net = big.cells.findIndex((row) => row[0].value === 'Net cash flow');
    expect(parseRange(planSheet(caseWith(12)).owned)!.right).toBeLessThan(big.cells[0].length - 1);
    sheet.cells.set(`${net},${big.cells[0].length - 1}`, { input: 'my side calculation' });
    const before = fake.ops.length;
    const err = await rejection(buildExcelSheet(fake.context, caseWith(36)));
    expect(err.kind).toBe('conflict');
    expect(err.issues).toHaveLength(1);
    expect(err.message).toContain('my side calculation');
    expect(fake.ops.length).toBe(before);
  });

  it('refuses a protected sheet before writing', async () => {
    const fake = workbook();
    await buildExcelSheet(fake.context, caseWith(12));
    fake.sheet('CRM ROI')!.protected = true;
    const before = fake.ops.length;
    expect((await rejection(buildExcelSheet(fake.context, caseWith(24)))).kind).toBe('protected');
    expect(fake.ops.length).toBe(before);
  });
});

describe('updateExcelSheet', () => {
  async function built(months: number) {
    const fake = workbook();
    await buildExcelSheet(fake.context, caseWith(months));
    const plan = planSheet(caseWith(months));
    fake.syncs = 0;
    fake.ops = [];
    return { fake, plan, sheet: fake.sheet('CRM ROI')! };
  }

  it.each([12, 120])('keeps the analyst’s edits and notes (%i months) in 2 syncs', async (months) => {
    const { fake, plan, sheet } = await built(months);
    const c = smallBusiness();
    const licences = c.costs[1].name;
    const r = rowOf(plan, licences);
    sheet.cells.get(`${r},${COL.driverValues[1]}`)!.input = 25; // users: 10 → 25
    sheet.cells.get(`${r},${COL.note}`)!.input = 'Quote from March, valid 90 days';
    const result = await updateExcelSheet(fake.context);
    expect(fake.syncs).toBe(2);
    const line = result.case.costs[1] as Extract<RoiCase['costs'][number], { type: 'perUser' }>;
    expect(line).toMatchObject({ users: 25, note: 'Quote from March, valid 90 days' });
    expect(fake.value(sheet, r, COL.driverValues[1])).toBe(25);
    expect(fake.value(sheet, r, COL.note)).toBe('Quote from March, valid 90 days');
    const replanned = planSheet(result.case);
    const [rows, columns] = size(replanned);
    // Every cell is the plan's, but the inputs that already held the plan's value: left exactly as the analyst typed them.
    const expected = replanned.cells.map((row) => row.map(expectedInput));
    expected[r][COL.note] = 'Quote from March, valid 90 days';
    expect(fake.grid('CRM ROI', rows, columns)).toEqual(expected);
  });

  it("keeps the analyst's cells in blank spots as they were, format and all, and an input's own number format", async () => {
    const { fake, plan, sheet } = await built(12);
    const r = rowOf(plan, smallBusiness().costs[1].name);
    sheet.cells.set('2,5', { input: 0.25, numberFormat: '0.0%', style: { 'font.bold': true } }); // the blank row under the title
    sheet.cells.set(`${r},${COL.driverValues[3]}`, { input: '=2*3' }); // a driver slot this line does not use
    sheet.cells.get(`${r},${COL.driverValues[1]}`)!.numberFormat = '0 "seats"'; // the users input, reformatted
    await updateExcelSheet(fake.context);
    expect(sheet.cells.get('2,5')).toEqual({ input: 0.25, numberFormat: '0.0%', style: { 'font.bold': true } });
    expect(sheet.cells.get(`${r},${COL.driverValues[3]}`)!.input).toBe('=2*3');
    expect(sheet.cells.get(`${r},${COL.driverValues[1]}`)!.numberFormat).toBe('0 "seats"');
    // The add-in's own cells are restyled as the plan says; no write reaches a kept cell (rich text and links stay).
    expect(sheet.cells.get('0,0')!.style).toMatchObject({ 'font.bold': true });
    const writes = fake.ops.filter((op) => op.sheet === 'CRM ROI' && !['addName', 'addChart'].includes(op.op));
    const touches = (row: number, col: number) => writes.some((op) => op.address !== undefined && op.address.split(',').some((a) => {
      const box = parseRange(a);
      return box !== undefined && row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
    }));
    expect(touches(2, 5)).toBe(false);
    expect(touches(r, COL.driverValues[1])).toBe(false);
    expect(touches(r, COL.amount)).toBe(true); // a formula cell of the add-in's
  });

  it('writes nothing when an edit is invalid, and names the cell', async () => {
    const { fake, plan, sheet } = await built(12);
    const r = rowOf(plan, smallBusiness().costs[1].name);
    sheet.cells.get(`${r},${COL.driverValues[1]}`)!.input = 'lots';
    const before = JSON.stringify([...sheet.cells]);
    const err = await rejection(updateExcelSheet(fake.context));
    expect(err.kind).toBe('invalidSheet');
    expect(err.issues[0].address).toBe(`${String.fromCharCode(65 + COL.driverValues[1])}${r + 1}`);
    expect(err.issues[0].message).toContain('lots');
    expect(fake.ops).toEqual([]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
  });

  it('refuses a sheet the add-in does not own', async () => {
    const { fake } = await built(12);
    fake.active = 'Sheet1';
    expect((await rejection(updateExcelSheet(fake.context))).kind).toBe('notOwned');
    expect((await rejection(updateExcelSheet(fake.context, { sheetName: 'Nope' }))).message).toContain('no sheet named "Nope"');
    expect(fake.ops).toEqual([]);
  });

  it('finds its charts by name, never by title: a retitled chart is replaced, the analyst’s chart of the same title kept', async () => {
    const { fake, plan, sheet } = await built(24);
    sheet.charts[0].title = 'Cumul net (retitled)';
    sheet.charts.push({ name: 'Chart 1', type: 'Line', title: plan.charts[0].title, series: [] });
    await updateExcelSheet(fake.context);
    expect(sheet.charts.map((c) => c.name)).toEqual(['Chart 1', ...plan.charts.map((c) => `crm-roi:${c.id}`)]);
    expect(sheet.charts.slice(1).map((c) => c.title)).toEqual(plan.charts.map((c) => c.title));
  });

  it('readExcelSheet returns the case the sheet describes in one sync', async () => {
    const { fake } = await built(12);
    expect(await readExcelSheet(fake.context, 'CRM ROI')).toEqual(evaluate(caseWith(12)).case);
    expect(fake.syncs).toBe(1);
  });
});

describe('the scenario selector in Excel', () => {
  /** Every cell with a drop-down, and its words. */
  const dropDowns = (fake: FakeExcel) => [...fake.sheet('CRM ROI')!.cells].filter(([, c]) => c.validation).map(([k, c]) => [k, c.validation]);

  it('is a drop-down of the three scenarios that moves with the selector and goes with the estimates', async () => {
    const fake = workbook();
    await buildExcelSheet(fake.context, ranged(0));
    expect(dropDowns(fake)).toEqual([[selector(ranged(0)), 'Conservative,Expected,Optimistic']]);
    await buildExcelSheet(fake.context, ranged(2));
    expect(selector(ranged(2))).not.toBe(selector(ranged(0)));
    expect(dropDowns(fake)).toEqual([[selector(ranged(2)), 'Conservative,Expected,Optimistic']]);
    await buildExcelSheet(fake.context, smallBusiness());
    expect(dropDowns(fake)).toEqual([]);
  });
});

describe('the KPIs\u2019 better-when drop-downs in Excel', () => {
  const dropDowns = (fake: FakeExcel) => [...fake.sheet('CRM ROI')!.cells].filter(([, c]) => c.validation).map(([k, c]) => [k, c.validation]);
  const withKpi = (extraCost: boolean): RoiCase => {
    const c = smallBusiness();
    return {
      ...c,
      costs: extraCost ? [...c.costs, { id: 'training', type: 'oneTime', name: 'Training', amount: 300, month: 2 }] : c.costs,
      kpis: [{ id: 'nps', name: 'NPS', betterWhen: 'higher', baseline: [20, 24], target: 35 }],
    };
  };
  const expected = (c: RoiCase) =>
    planSheet(c).validations!.map((v) => {
      const at = parseRange(v.ref.replace(/\$/g, ''))!;
      return [`${at.top},${at.left}`, 'higher,lower'];
    });

  it('move with the KPI rows when a line pushes the KPI block down, leaving none behind', async () => {
    const fake = workbook();
    await buildExcelSheet(fake.context, withKpi(false));
    expect(dropDowns(fake)).toEqual(expected(withKpi(false)));
    await buildExcelSheet(fake.context, withKpi(true));
    expect(expected(withKpi(true))).not.toEqual(expected(withKpi(false)));
    expect(dropDowns(fake)).toEqual(expected(withKpi(true)));
  });
});
