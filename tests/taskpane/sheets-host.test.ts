import { describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import type { WriteResult } from '../../src/writers/flow';
import type { SheetsServerApi } from '../../src/writers/sheets-api';
import { callServer, sheetsHost, type ScriptRun } from '../../taskpane/sheets-host';

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
const wrote = (sheetName: string, mode: WriteResult['mode']): WriteResult => ({ sheetName, mode, case: roiCase });

describe('callServer', () => {
  it('resolves with the server function result and passes the arguments', async () => {
    const { runner, calls } = fakeRun({ crmRoiBuildSheet: (_json, name) => wrote(name ?? 'CRM ROI', 'created') });
    await expect(callServer(runner, 'crmRoiBuildSheet', '{}', 'Harbor ROI')).resolves.toEqual(wrote('Harbor ROI', 'created'));
    expect(calls).toEqual([{ fn: 'crmRoiBuildSheet', args: ['{}', 'Harbor ROI'] }]);
  });

  it('rejects with the thrown error message', async () => {
    const { runner } = fakeRun({ crmRoiUpdateSheet: () => { throw new Error('Script error: bad thing'); } });
    await expect(callServer(runner, 'crmRoiUpdateSheet')).rejects.toThrow('Script error: bad thing');
  });

  it('restates a protected-range failure as what to do', async () => {
    const { runner } = fakeRun({ crmRoiUpdateSheet: () => { throw new Error('You are trying to edit a protected cell or object.'); } });
    await expect(callServer(runner, 'crmRoiUpdateSheet')).rejects.toThrow(/sheet is protected.*unprotect/i);
  });

  it('rejects plainly when the server function does not exist', async () => {
    const { runner } = fakeRun({});
    await expect(callServer(runner, 'crmRoiBuildSheet', '{}')).rejects.toThrow(/crmRoiBuildSheet is missing/);
  });

  it('takes only the server functions SheetsServerApi declares, with their arguments (checked by tsc)', async () => {
    const { runner } = fakeRun({});
    // @ts-expect-error: no such server function
    await expect(callServer(runner, 'crmRoiUpdateActiveSheet')).rejects.toThrow(/is missing/);
    // @ts-expect-error: the case goes as JSON text
    await expect(callServer(runner, 'crmRoiBuildSheet', roiCase)).rejects.toThrow(/is missing/);
  });
});

describe('sheetsHost', () => {
  it('sends the case as JSON text', async () => {
    const { runner, calls } = fakeRun({ crmRoiBuildSheet: () => wrote('CRM ROI', 'created') });
    await expect(sheetsHost(runner).build(roiCase)).resolves.toEqual(wrote('CRM ROI', 'created'));
    expect(JSON.parse(calls[0].args[0] as string)).toEqual(roiCase);
  });

  it('writes back to the sheet the case was loaded from, then to the sheet it last wrote', async () => {
    const { runner, calls } = fakeRun({
      crmRoiReadActiveSheet: () => ({ case: roiCase, sheetName: 'Harbor ROI' }),
      crmRoiBuildSheet: (_json, name) => wrote(name ?? 'CRM ROI', name ? 'updated' : 'created'),
    });
    const host = sheetsHost(runner);
    await host.loadCase();
    await expect(host.build(roiCase)).resolves.toEqual(wrote('Harbor ROI', 'updated'));
    expect(calls[1].args[1]).toBe('Harbor ROI');
    const fresh = fakeRun({ crmRoiBuildSheet: (_json, name) => wrote(name ?? 'CRM ROI (2)', name ? 'updated' : 'created') });
    const host2 = sheetsHost(fresh.runner);
    await host2.build(roiCase);
    await host2.build(roiCase);
    expect(fresh.calls.map((c) => c.args.length)).toEqual([1, 2]);
    expect(fresh.calls[1].args[1]).toBe('CRM ROI (2)');
  });

  it('updates through crmRoiUpdateSheet: the sheet the case was loaded from, by name', async () => {
    const { runner, calls } = fakeRun({
      crmRoiReadActiveSheet: () => ({ case: roiCase, sheetName: 'Harbor ROI' }),
      crmRoiUpdateSheet: (name) => wrote(name ?? 'active', 'updated'),
    });
    const host = sheetsHost(runner);
    await host.loadCase();
    await expect(host.update()).resolves.toEqual(wrote('Harbor ROI', 'updated'));
    expect(calls.map((c) => c.fn)).toEqual(['crmRoiReadActiveSheet', 'crmRoiUpdateSheet']);
    expect(calls[1].args).toEqual(['Harbor ROI']);
  });

  it('refuses a write result without a sheet name', async () => {
    const { runner } = fakeRun({ crmRoiBuildSheet: () => null as unknown as WriteResult });
    await expect(sheetsHost(runner).build(roiCase)).rejects.toThrow(/no sheet name/);
  });

  it('loads the active sheet case, or null when the sheet is not an ROI sheet', async () => {
    const loaded = { case: roiCase, sheetName: 'CRM ROI' };
    await expect(sheetsHost(fakeRun({ crmRoiReadActiveSheet: () => loaded }).runner).loadCase()).resolves.toEqual(loaded);
    await expect(sheetsHost(fakeRun({ crmRoiReadActiveSheet: () => null }).runner).loadCase()).resolves.toBeNull();
  });

  it('passes a lost connection on as a plain message', async () => {
    const { runner } = fakeRun({ crmRoiReadActiveSheet: () => { throw new Error('NetworkError: Connection failure due to HTTP 0'); } });
    await expect(sheetsHost(runner).loadCase()).rejects.toThrow(/Lost the connection to Google Sheets/);
  });

  it('runs the Portfolio action as read, plan, write, and keeps writing the case to the sheet it came from', async () => {
    const result = { sheetName: 'Portfolio', mode: 'created' as const, cases: ['Harbor ROI'] };
    const harbor = { ...roiCase, costs: [{ type: 'oneTime' as const, name: 'Setup', amount: 1000, month: 0 }] };
    const read = { index: { sheetNames: ['Harbor ROI'], names: [] }, targets: { cases: [{ sheetName: 'Harbor ROI', prefix: 'CRMROI_HARBOR_ROI_', version: 3, names: [] }] }, cases: [harbor] };
    const { runner, calls } = fakeRun({
      crmRoiReadActiveSheet: () => ({ case: roiCase, sheetName: 'Harbor ROI' }),
      crmRoiReadPortfolio: () => read,
      crmRoiWritePortfolio: () => result,
      crmRoiUpdateSheet: (name) => wrote(name!, 'updated'),
    });
    const host = sheetsHost(runner);
    await host.loadCase();
    await expect(host.portfolio()).resolves.toEqual(result);
    await host.update();
    expect(calls.map((c) => c.fn)).toEqual(['crmRoiReadActiveSheet', 'crmRoiReadPortfolio', 'crmRoiWritePortfolio', 'crmRoiUpdateSheet']);
    // The plan sent is the sidebar's, over the cases the server read.
    const sent = JSON.parse(calls[2].args[0] as string);
    expect(sent).toMatchObject({ mode: 'created', cases: ['Harbor ROI'], plan: { sheetName: 'Portfolio' } });
    expect(calls[3].args).toEqual(['Harbor ROI']);
  });
});
