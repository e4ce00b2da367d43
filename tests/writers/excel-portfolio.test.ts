import { LAYOUT_KEY } from '../../src/plan/anchors';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { namePrefixFor } from '../../src/plan';
import type { SheetPlan } from '../../src/plan/types';
import { planPortfolio, PORTFOLIO_LAYOUT } from '../../src/portfolio';
import { buildExcelSheet } from '../../src/writers/excel';
import { buildExcelPortfolio } from '../../src/writers/excel-portfolio';
import { EUR_EXAMPLE, readCase, USD_EXAMPLES } from '../portfolio/cases';
import { FakeExcel } from './fakes/excel';

// The wizard's Portfolio action on the Office.js fake: what it writes, in how many syncs, and how a refresh follows
// sheets renamed and removed, never touching a sheet it does not own.

// Cases without three-point estimates: the fake computes no formula, and an estimated input is one.
const [harbor, , composite] = USD_EXAMPLES.map(readCase);
const northwind: RoiCase = { ...harbor, name: 'Harbor, second branch', startDate: '2025-07-01', discountRate: 0.1 };
const expectedInput = (cell: SheetPlan['cells'][number][number]) =>
  cell.formula ?? (typeof cell.value === 'string' && cell.value !== '' ? `'${cell.value}` : (cell.value ?? ''));

/** A workbook with the analyst's own sheet and an ROI sheet per case, written by the add-in. */
async function workbook(cases: [string, RoiCase][]): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.addSheet('Sheet1', { A1: 'my own data', C3: 42 });
  for (const [sheetName, c] of cases) await buildExcelSheet(fake.context, c, { sheetName });
  fake.syncs = 0;
  fake.ops = [];
  return fake;
}

/** The plan the action must write: the cases on their sheets, each with the prefix it was built with. */
const expected = (cases: [string, RoiCase, string?][], sheetName = 'Portfolio') =>
  planPortfolio(cases.map(([name, c, built]) => ({ source: `Sheet "${name}"`, prefix: namePrefixFor(built ?? name), evaluation: evaluate(c) })), { sheetName });

function expectWritten(fake: FakeExcel, plan: SheetPlan) {
  const [rows, columns] = [plan.cells.length, plan.cells[0].length];
  expect(fake.grid(plan.sheetName, rows, columns)).toEqual(plan.cells.map((row) => row.map(expectedInput)));
  for (const n of plan.names) expect(fake.names.get(n.name), n.name).toEqual({ sheet: plan.sheetName, ref: n.ref });
  expect(fake.sheet(plan.sheetName)!.charts.map((c) => c.name)).toEqual(['crm-roi:portfolioNpv', 'crm-roi:portfolioPayback']);
}

describe('buildExcelPortfolio', () => {
  it('adds the Portfolio sheet in front, over every ROI sheet, in three syncs; the analyst’s sheet is untouched', async () => {
    const fake = await workbook([['Harbor', harbor], ['Northwind', northwind]]);
    const before = structuredClone([...fake.sheet('Sheet1')!.cells]);
    expect(await buildExcelPortfolio(fake.context)).toEqual({ sheetName: 'Portfolio', mode: 'created', cases: ['Harbor', 'Northwind'] });
    expect(fake.syncs).toBe(3);
    expectWritten(fake, expected([['Harbor', harbor], ['Northwind', northwind]]));
    expect(fake.sheets.map((s) => s.name)).toEqual(['Portfolio', 'Sheet1', 'Harbor', 'Northwind']);
    expect([...fake.sheet('Sheet1')!.cells]).toEqual(before);
    expect(fake.ops.filter((o) => o.sheet !== 'Portfolio' && o.sheet !== '').map((o) => o.op)).toEqual([]);
  });

  it('a refresh follows a sheet added, one renamed and one removed', async () => {
    const fake = await workbook([['Harbor', harbor], ['Northwind', northwind]]);
    await buildExcelPortfolio(fake.context);
    await buildExcelSheet(fake.context, composite, { sheetName: 'Composite' });
    fake.renameSheet('Northwind', 'NW 2025');
    expect(await buildExcelPortfolio(fake.context)).toEqual({ sheetName: 'Portfolio', mode: 'updated', cases: ['Harbor', 'NW 2025', 'Composite'] });
    // A renamed sheet keeps its names, so its prefix: the Portfolio's formulas read them.
    expectWritten(fake, expected([['Harbor', harbor], ['NW 2025', northwind, 'Northwind'], ['Composite', composite]]));

    const wide = expected([['Harbor', harbor], ['NW 2025', northwind, 'Northwind'], ['Composite', composite]]);
    fake.deleteSheet('Harbor');
    fake.ops = [];
    expect(await buildExcelPortfolio(fake.context)).toEqual({ sheetName: 'Portfolio', mode: 'updated', cases: ['NW 2025', 'Composite'] });
    const narrow = expected([['NW 2025', northwind, 'Northwind'], ['Composite', composite]]);
    expectWritten(fake, narrow);
    // The previous, wider region was cleared first: nothing of it is left beyond the new plan.
    expect(fake.ops.find((o) => o.op === 'clearAll')).toEqual({ sheet: 'Portfolio', op: 'clearAll', address: wide.names.find((n) => n.name === PORTFOLIO_LAYOUT)!.ref });
    const left = [...fake.sheet('Portfolio')!.cells].filter(([k, c]) => c.input !== '' && Number(k.split(',')[0]) >= narrow.cells.length);
    expect(left).toEqual([]);
    expect(narrow.cells.flat().some((c) => c.formula?.includes(namePrefixFor('Harbor')))).toBe(false);
  });

  it('finds its own sheet by its name after the analyst renamed it', async () => {
    const fake = await workbook([['Harbor', harbor]]);
    await buildExcelPortfolio(fake.context);
    fake.renameSheet('Portfolio', 'Roll-up');
    expect(await buildExcelPortfolio(fake.context)).toEqual({ sheetName: 'Roll-up', mode: 'updated', cases: ['Harbor'] });
    expectWritten(fake, expected([['Harbor', harbor]], 'Roll-up'));
    expect(fake.sheets.map((s) => s.name)).toEqual(['Roll-up', 'Sheet1', 'Harbor']);
  });

  it('never takes over a sheet called Portfolio that is not its own', async () => {
    const fake = await workbook([['Harbor', harbor]]);
    fake.addSheet('Portfolio', { A1: 'our team list' });
    const result = await buildExcelPortfolio(fake.context);
    expect(result.sheetName).toBe('Portfolio (2)');
    expect(fake.grid('Portfolio', 1, 2)).toEqual([['our team list', '']]);
    expect(await buildExcelPortfolio(fake.context)).toMatchObject({ sheetName: 'Portfolio (2)', mode: 'updated' });
  });

  it('refuses cases in two currencies, naming the sheets, and writes nothing', async () => {
    const fake = await workbook([['Harbor', harbor], ['Euro', readCase(EUR_EXAMPLE)]]);
    await expect(buildExcelPortfolio(fake.context)).rejects.toThrow('“Harbor” is in USD but “Euro” is in EUR');
    expect(fake.ops).toEqual([]);
    expect(fake.sheet('Portfolio')).toBeUndefined();
  });

  it('asks for an update of an ROI sheet of an older layout first, naming it, and writes nothing', async () => {
    const fake = await workbook([['Harbor', harbor], ['Branch', northwind]]);
    const layout = `${namePrefixFor('Branch')}${LAYOUT_KEY}`;
    fake.names.set(`${namePrefixFor('Branch')}LAYOUT_V2`, fake.names.get(layout)!);
    fake.names.delete(layout);
    await expect(buildExcelPortfolio(fake.context)).rejects.toThrow('"Branch" was built by an earlier version of the add-in: open it in the wizard and update it once');
    expect(fake.ops).toEqual([]);
  });

  it('says so when the workbook has no ROI sheet', async () => {
    const fake = await workbook([]);
    await expect(buildExcelPortfolio(fake.context)).rejects.toThrow(/no ROI sheet/);
    expect(fake.ops).toEqual([]);
  });
});
