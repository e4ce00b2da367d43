// The wizard's Portfolio action through the sidebar's host and the real Apps Script bundle (dist/gas/Code.js) on the
// SpreadsheetApp fake: the server snapshots the ROI sheets, the sidebar reads and plans, the server writes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { namePrefixFor } from '../../src/plan';
import type { SheetPlan } from '../../src/plan/types';
import { planPortfolio } from '../../src/portfolio';
import { EUR_EXAMPLE, readCase, USD_EXAMPLES } from '../portfolio/cases';
import type { SheetsServerApi } from '../../src/writers/sheets-api';
import { sheetsHost, type ScriptRun } from '../../taskpane/sheets-host';
import { FakeSpreadsheet, loadCodeJs, sidebarOn } from './fakes/sheets';

const built = existsSync(join(__dirname, '../../dist/gas/Code.js')) || Boolean(process.env.CI);

// Cases without three-point estimates: the fake computes no formula, and an estimated input is one.
const [harbor, , composite] = USD_EXAMPLES.map(readCase);
const branch: RoiCase = { ...harbor, name: 'Harbor, second branch', startDate: '2025-07-01', discountRate: 0.1 };
const expectedInput = (cell: SheetPlan['cells'][number][number]) =>
  cell.formula ?? (typeof cell.value === 'string' && cell.value !== '' ? `'${cell.value}` : (cell.value ?? ''));

/** google.script.run over Code.js: arguments and results travel as JSON, as they do between sidebar and server. */
function scriptRun(gas: SheetsServerApi): () => ScriptRun {
  return () => {
    const r: Record<string, unknown> & { ok?: (v: unknown) => void; fail?: (e: unknown) => void } = {};
    r.withSuccessHandler = (h: (v: unknown) => void) => ((r.ok = h), r);
    r.withFailureHandler = (h: (e: unknown) => void) => ((r.fail = h), r);
    for (const fn of ['crmRoiReadPortfolio', 'crmRoiWritePortfolio'] as const)
      r[fn] = (...args: unknown[]) => {
        try {
          r.ok!(JSON.parse(JSON.stringify((gas[fn] as (...a: unknown[]) => unknown)(...args))));
        } catch (e) {
          r.fail!(e);
        }
      };
    return r as unknown as ScriptRun;
  };
}
const portfolio = (gas: SheetsServerApi) => sheetsHost(scriptRun(gas)).portfolio();

async function setup(cases: [string, RoiCase][]) {
  const book = new FakeSpreadsheet();
  book.addSheet('Sheet1', { A1: 'my numbers', B2: 7 });
  const gas = loadCodeJs(book);
  const sidebar = sidebarOn(gas);
  for (const [name, c] of cases) await sidebar.build(c, name);
  return { book, gas, sidebar };
}

const expected = (cases: [string, RoiCase, string?][], sheetName = 'Portfolio') =>
  planPortfolio(cases.map(([name, c, built]) => ({ source: `Sheet "${name}"`, prefix: namePrefixFor(built ?? name), evaluation: evaluate(c) })), { sheetName });

function expectWritten(book: FakeSpreadsheet, plan: SheetPlan) {
  expect(book.inputs(plan.sheetName, plan.cells.length, plan.cells[0].length)).toEqual(plan.cells.map((row) => row.map(expectedInput)));
  for (const n of plan.names) expect(book.namedRanges.get(n.name), n.name).toEqual({ sheet: plan.sheetName, a1: n.ref });
  expect(book.sheet(plan.sheetName)!.charts.map((c) => c.options.title)).toEqual(plan.charts.map((c) => c.title));
}

describe.skipIf(!built)('crmRoiPortfolio in dist/gas/Code.js', () => {
  it('adds the Portfolio sheet in front over every ROI sheet; the analyst’s sheet is untouched', async () => {
    const { book, gas } = await setup([['Harbor', harbor], ['Branch', branch]]);
    const before = structuredClone([...book.sheet('Sheet1')!.cells]);
    expect(await portfolio(gas)).toEqual({ sheetName: 'Portfolio', mode: 'created', cases: ['Harbor', 'Branch'] });
    expectWritten(book, expected([['Harbor', harbor], ['Branch', branch]]));
    expect(book.sheets.map((s) => s.name)).toEqual(['Portfolio', 'Sheet1', 'Harbor', 'Branch']);
    expect([...book.sheet('Sheet1')!.cells]).toEqual(before);
  });

  it('a refresh follows a sheet added, one renamed and one removed, replacing its charts', async () => {
    const { book, gas, sidebar } = await setup([['Harbor', harbor], ['Branch', branch]]);
    await portfolio(gas);
    await sidebar.build(composite, 'Composite');
    book.renameSheet('Branch', 'Branch 2025');
    expect(await portfolio(gas)).toEqual({ sheetName: 'Portfolio', mode: 'updated', cases: ['Harbor', 'Branch 2025', 'Composite'] });
    expectWritten(book, expected([['Harbor', harbor], ['Branch 2025', branch, 'Branch'], ['Composite', composite]]));

    book.deleteSheet('Harbor');
    expect(await portfolio(gas)).toEqual({ sheetName: 'Portfolio', mode: 'updated', cases: ['Branch 2025', 'Composite'] });
    const narrow = expected([['Branch 2025', branch, 'Branch'], ['Composite', composite]]);
    expectWritten(book, narrow);
    // Nothing of the wider previous sheet is left below the new plan, and its two charts are the only ones.
    const left = [...book.sheet('Portfolio')!.cells].filter(([k, c]) => c.input !== '' && Number(k.split(',')[0]) >= narrow.cells.length);
    expect(left).toEqual([]);
    expect(book.sheet('Portfolio')!.charts).toHaveLength(2);
  });

  it('never takes over a sheet called Portfolio that is not its own, and refuses two currencies', async () => {
    const { book, gas } = await setup([['Harbor', harbor]]);
    book.addSheet('Portfolio', { A1: 'our team list' });
    expect((await portfolio(gas)).sheetName).toBe('Portfolio (2)');
    expect(book.inputs('Portfolio', 1, 2)).toEqual([['our team list', '']]);

    const mixed = await setup([['Harbor', harbor], ['Euro', readCase(EUR_EXAMPLE)]]);
    mixed.book.calls = [];
    await expect(portfolio(mixed.gas)).rejects.toThrow('“Harbor” is in USD but “Euro” is in EUR');
    expect(mixed.book.writes).toEqual([]);
  });

  // A refusal is a reply, not a throw: google.script.run would hand the sidebar only an English message.
  const REFUSED = { refused: { kind: 'notOwned', text: { key: 'write.portfolioChanged', params: {} } } };

  it('the server writes a plan only onto its own Portfolio sheet, with its own names', async () => {
    const { book, gas } = await setup([['Harbor', harbor]]);
    await portfolio(gas);
    const plan = expected([['Harbor', harbor]]);
    const prepared = { plan, mode: 'updated', clear: [], removeNames: [], cases: ['Harbor'] };
    const before = structuredClone([...book.sheet('Harbor')!.cells]);
    book.calls = [];
    expect(gas.crmRoiWritePortfolio(JSON.stringify({ ...prepared, plan: { ...plan, sheetName: 'Harbor' } }))).toEqual(REFUSED);
    expect(gas.crmRoiWritePortfolio(JSON.stringify({ ...prepared, removeNames: ['CRMROI_HARBOR_NPV'] }))).toEqual(REFUSED);
    expect(gas.crmRoiWritePortfolio(JSON.stringify({ ...prepared, mode: 'created' }))).toEqual(REFUSED);
    expect(book.writes).toEqual([]);
    expect([...book.sheet('Harbor')!.cells]).toEqual(before);
  });
});
