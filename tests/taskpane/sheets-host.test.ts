import { SheetWriteError } from '../../src/writers/write-error';
import { errorMessage } from '../../taskpane/host';
import { describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import type { SheetsServerApi } from '../../src/writers/sheets-api';
import { applySheetsWrite, refusing, sheetsSnapshot, type SheetsEnums } from '../../src/writers/sheets';
import { readSheetsPortfolio, writeSheetsPortfolio } from '../../src/writers/sheets-portfolio';
import { callServer, sheetsHost, type ScriptRun } from '../../taskpane/sheets-host';
import { FakeSpreadsheet, formatDate } from '../writers/fakes/sheets';

// A stand-in for google.script.run with the same calling convention: a fresh runner per call, handlers chained, then
// the server function; the "server" answers asynchronously, as Apps Script does.
function fakeRun(server: Partial<SheetsServerApi>) {
  const calls: { fn: string; args: unknown[] }[] = [];
  // Like the real runner, the server stubs find the handlers through `this`: a detached call loses them.
  type Fake = Record<string, unknown> & { ok?: (v: unknown) => void; fail?: (e: unknown) => void };
  const runner = (): ScriptRun => {
    const r: Fake = {
      withSuccessHandler(h: (v: unknown) => void) { r.ok = h; return r; },
      withFailureHandler(h: (e: unknown) => void) { r.fail = h; return r; },
    };
    for (const [fn, impl] of Object.entries(server) as [string, (...args: unknown[]) => unknown][])
      r[fn] = function (this: Fake | undefined, ...args: unknown[]) {
        const self = this;
        if (!self?.ok || !self.fail) throw new Error(`${fn} called without its runner`);
        calls.push({ fn, args });
        setTimeout(() => {
          try { self.ok!(impl(...args)); } catch (e) { self.fail!(e); }
        }, 0);
      };
    // The boundary: the fake implements only what the sidebar calls.
    return r as unknown as ScriptRun;
  };
  return { runner, calls };
}

const roiCase: RoiCase = { name: 'T', currency: 'EUR', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0.1, costs: [], benefits: [] };

describe('callServer', () => {
  it('resolves with the server function result and passes the arguments', async () => {
    const { runner, calls } = fakeRun({ crmRoiSnapshot: (name) => ({ sheetNames: [name ?? 'active'] }) });
    await expect(callServer(runner, 'crmRoiSnapshot', 'Harbor ROI')).resolves.toEqual({ sheetNames: ['Harbor ROI'] });
    expect(calls).toEqual([{ fn: 'crmRoiSnapshot', args: ['Harbor ROI'] }]);
  });

  it('rejects with the thrown error message', async () => {
    const { runner } = fakeRun({ crmRoiWrite: () => { throw new Error('Script error: bad thing'); } });
    await expect(callServer(runner, 'crmRoiWrite', '{}')).rejects.toThrow('Script error: bad thing');
  });

  it('restates a protected-range failure as what to do', async () => {
    const { runner } = fakeRun({ crmRoiWrite: () => { throw new Error('You are trying to edit a protected cell or object.'); } });
    await expect(callServer(runner, 'crmRoiWrite', '{}')).rejects.toThrow(/sheet is protected.*unprotect/i);
  });

  it('rejects plainly when the server function does not exist', async () => {
    const { runner } = fakeRun({});
    await expect(callServer(runner, 'crmRoiWrite', '{}')).rejects.toThrow(/crmRoiWrite is missing/);
  });

  it('takes only the server functions SheetsServerApi declares, with their arguments (checked by tsc)', async () => {
    const { runner } = fakeRun({});
    // @ts-expect-error: no such server function
    await expect(callServer(runner, 'crmRoiUpdateActiveSheet')).rejects.toThrow(/is missing/);
    // @ts-expect-error: the write request goes as JSON text
    await expect(callServer(runner, 'crmRoiWrite', roiCase)).rejects.toThrow(/is missing/);
  });
});

/** The server half on the SpreadsheetApp fake, behind fakeRun: the sidebar's calls go through google.script.run's convention. */
function sheetsBook(userCells: Record<string, string | number> = { A1: 'mine' }, hook?: (book: FakeSpreadsheet) => void) {
  const book = new FakeSpreadsheet();
  book.addSheet('Sheet1', userCells);
  const ss = book.globals().SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const iso = (d: Date) => formatDate(d, book.timeZone, 'yyyy-MM-dd');
  const run = fakeRun({
    crmRoiReadPortfolio: () => readSheetsPortfolio(ss, ENUMS, iso),
    crmRoiWritePortfolio: (json: string) => refusing(() => writeSheetsPortfolio(ss, ENUMS, JSON.parse(json))),
    crmRoiSnapshot: (name?: string) => sheetsSnapshot(ss, ENUMS, iso, name),
    crmRoiWrite: (json: string) => {
      hook?.(book);
      return refusing(() => applySheetsWrite(ss, ENUMS, iso, JSON.parse(json)));
    },
  });
  return { book, ...run };
}
const ENUMS = { sheetProtection: 'SHEET', chartType: { line: 'LINE', column: 'COLUMN', bar: 'BAR' }, mergeRows: 'MERGE_ROWS', listRule: (list: string[]) => ({ list }) } as unknown as SheetsEnums;

describe('sheetsHost', () => {
  it('builds from a snapshot: plans in the sidebar and sends the prepared write as JSON text', async () => {
    const { book, runner, calls } = sheetsBook();
    await expect(sheetsHost(runner).build(roiCase)).resolves.toEqual({ sheetName: 'CRM ROI', mode: 'created', case: roiCase });
    // The active sheet (not an ROI sheet), then the target, then the write.
    expect(calls.map((c) => [c.fn, c.args.length])).toEqual([['crmRoiSnapshot', 0], ['crmRoiSnapshot', 1], ['crmRoiWrite', 1]]);
    expect(calls[1].args).toEqual(['CRM ROI']);
    const request = JSON.parse(calls[2].args[0] as string);
    expect(request).toMatchObject({ sheetName: 'CRM ROI', reuse: false });
    expect(request.write.plan.sheetName).toBe('CRM ROI');
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', 'CRM ROI']);
  });

  it('writes back to the sheet the case was loaded from, whatever it is called now', async () => {
    const { book, runner, calls } = sheetsBook();
    await sheetsHost(runner).build(roiCase);
    book.renameSheet('CRM ROI', 'Harbor ROI');
    const host = sheetsHost(runner);
    await expect(host.loadCase()).resolves.toEqual({ case: roiCase, sheetName: 'Harbor ROI' });
    calls.length = 0;
    const changed = { ...roiCase, discountRate: 0.12 };
    await expect(host.build(changed)).resolves.toEqual({ sheetName: 'Harbor ROI', mode: 'updated', case: changed });
    expect(calls.map((c) => c.fn)).toEqual(['crmRoiSnapshot', 'crmRoiWrite']);
    expect(calls[0].args).toEqual(['Harbor ROI']);
    await expect(host.update()).resolves.toEqual({ sheetName: 'Harbor ROI', mode: 'updated', case: changed });
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Harbor ROI']);
  });

  it('refuses, writing nothing, when the sheet changed between its snapshot and the write', async () => {
    let typing = false;
    let typed: unknown[][] = [];
    const { book, runner } = sheetsBook({ A1: 'mine' }, (b) => {
      if (!typing) return;
      b.sheet('CRM ROI')!.cells.set('40,1', { input: 'typed meanwhile', style: {} });
      typed = b.inputs('CRM ROI', 60, 30);
    });
    const host = sheetsHost(runner);
    await host.build(roiCase);
    typing = true;
    const refused = await host.update().then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(SheetWriteError);
    expect((refused as Error).message).toMatch(/changed while the add-in was preparing the write; nothing was written/);
    // The server's refusal arrives as its key and parameters, so the sidebar says it in its own language.
    expect(errorMessage(refused, 'de')).toBe('Blatt „CRM ROI“ hat sich geändert, während das Add-in das Schreiben vorbereitete; nichts wurde geschrieben. Versuchen Sie es erneut.');
    expect(typed[40][1]).toBe('typed meanwhile');
    expect(book.inputs('CRM ROI', 60, 30)).toEqual(typed);
  });

  it('loads the active sheet case, or null when the sheet is not an ROI sheet', async () => {
    const { runner } = sheetsBook();
    await expect(sheetsHost(runner).loadCase()).resolves.toBeNull();
    await sheetsHost(runner).build(roiCase);
    await expect(sheetsHost(runner).loadCase()).resolves.toEqual({ case: roiCase, sheetName: 'CRM ROI' });
  });

  it('refuses a write reply without a sheet name', async () => {
    const { runner } = fakeRun({ crmRoiSnapshot: () => ({ sheetNames: ['Sheet1'] }), crmRoiWrite: () => null as unknown as { sheetName: string } });
    await expect(sheetsHost(runner).build(roiCase)).rejects.toThrow(/no sheet name/);
  });

  it('passes a lost connection on as a plain message', async () => {
    const { runner } = fakeRun({ crmRoiSnapshot: () => { throw new Error('NetworkError: Connection failure due to HTTP 0'); } });
    await expect(sheetsHost(runner).loadCase()).rejects.toThrow(/Lost the connection to Google Sheets/);
  });

  it('runs the Portfolio action as read, plan, write, and keeps writing the case to the sheet it came from', async () => {
    const { book, runner, calls } = sheetsBook();
    const harbor = { ...roiCase, costs: [{ type: 'oneTime' as const, name: 'Setup', amount: 1000, month: 0 }] };
    await sheetsHost(runner).build(harbor);
    book.renameSheet('CRM ROI', 'Harbor ROI');
    const host = sheetsHost(runner);
    await host.loadCase();
    calls.length = 0;
    await expect(host.portfolio()).resolves.toEqual({ sheetName: 'Portfolio', mode: 'created', cases: ['Harbor ROI'] });
    await host.update();
    expect(calls.map((c) => c.fn)).toEqual(['crmRoiReadPortfolio', 'crmRoiWritePortfolio', 'crmRoiSnapshot', 'crmRoiWrite']);
    // The plan sent is the sidebar's, over the sheets the server snapshotted.
    expect(JSON.parse(calls[1].args[0] as string)).toMatchObject({ mode: 'created', cases: ['Harbor ROI'], plan: { sheetName: 'Portfolio' } });
    expect(calls[2].args).toEqual(['Harbor ROI']);
    expect(book.sheets.map((s) => s.name)).toEqual(['Portfolio', 'Sheet1', 'Harbor ROI']);
  });
});
