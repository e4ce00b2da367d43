import { describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import { callServer, sheetsHost, type ScriptRunner } from '../../taskpane/sheets-host';

// A stand-in for google.script.run with the same calling convention: a fresh runner per call, handlers chained, then
// the server function; the "server" answers asynchronously, as Apps Script does.
function fakeRun(server: Record<string, (...args: unknown[]) => unknown>) {
  const calls: { fn: string; args: unknown[] }[] = [];
  // Like the real runner, the server stubs find the handlers through `this`: a detached call loses them.
  type Fake = ScriptRunner & { ok?: (v: unknown) => void; fail?: (e: unknown) => void };
  const runner = (): ScriptRunner => {
    const r: Fake = {
      withSuccessHandler(h) { r.ok = h; return r; },
      withFailureHandler(h) { r.fail = h; return r; },
    };
    for (const [fn, impl] of Object.entries(server))
      r[fn] = function (this: Fake | undefined, ...args: unknown[]) {
        const self = this;
        if (!self?.ok || !self.fail) throw new Error(`${fn} called without its runner`);
        calls.push({ fn, args });
        setTimeout(() => {
          try { self.ok!(impl(...args)); } catch (e) { self.fail!(e); }
        }, 0);
      };
    return r;
  };
  return { runner, calls };
}

const roiCase: RoiCase = { name: 'T', currency: 'EUR', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0.1, costs: [], benefits: [] };

describe('callServer', () => {
  it('resolves with the server function result and passes the arguments', async () => {
    const { runner, calls } = fakeRun({ add: (a, b) => (a as number) + (b as number) });
    await expect(callServer(runner, 'add', 2, 3)).resolves.toBe(5);
    expect(calls).toEqual([{ fn: 'add', args: [2, 3] }]);
  });

  it('rejects with the thrown error message', async () => {
    const { runner } = fakeRun({ boom: () => { throw new Error('Script error: bad thing'); } });
    await expect(callServer(runner, 'boom')).rejects.toThrow('Script error: bad thing');
  });

  it('restates a protected-range failure as what to do', async () => {
    const { runner } = fakeRun({ boom: () => { throw new Error('You are trying to edit a protected cell or object.'); } });
    await expect(callServer(runner, 'boom')).rejects.toThrow(/sheet is protected.*unprotect/i);
  });

  it('rejects plainly when the server function does not exist', async () => {
    const { runner } = fakeRun({});
    await expect(callServer(runner, 'crmRoiBuildSheet')).rejects.toThrow(/crmRoiBuildSheet is missing/);
  });
});

describe('sheetsHost', () => {
  it('sends the case as JSON text and accepts a JSON or object result', async () => {
    const { runner, calls } = fakeRun({ crmRoiBuildSheet: () => JSON.stringify({ sheetName: 'CRM ROI', mode: 'created' }) });
    await expect(sheetsHost(runner).build(roiCase)).resolves.toEqual({ sheetName: 'CRM ROI', mode: 'created' });
    expect(JSON.parse(calls[0].args[0] as string)).toEqual(roiCase);
    const asObject = fakeRun({ crmRoiBuildSheet: () => ({ sheetName: 'X', mode: 'updated' }) });
    await expect(sheetsHost(asObject.runner).build(roiCase)).resolves.toEqual({ sheetName: 'X', mode: 'updated' });
  });

  it('writes back to the sheet the case was loaded from, then to the sheet it last wrote', async () => {
    const { runner, calls } = fakeRun({
      crmRoiReadActiveSheet: () => ({ case: roiCase, sheetName: 'Harbor ROI' }),
      crmRoiBuildSheet: (_json, name) => ({ sheetName: name ?? 'CRM ROI', mode: name ? 'updated' : 'created' }),
    });
    const host = sheetsHost(runner);
    await host.loadCase();
    await expect(host.build(roiCase)).resolves.toEqual({ sheetName: 'Harbor ROI', mode: 'updated' });
    expect(calls[1].args[1]).toBe('Harbor ROI');
    const fresh = fakeRun({ crmRoiBuildSheet: (_json, name) => ({ sheetName: name ?? 'CRM ROI (2)', mode: name ? 'updated' : 'created' }) });
    const host2 = sheetsHost(fresh.runner);
    await host2.build(roiCase);
    await host2.build(roiCase);
    expect(fresh.calls.map((c) => c.args.length)).toEqual([1, 2]);
    expect(fresh.calls[1].args[1]).toBe('CRM ROI (2)');
  });

  it('refuses a build result without a sheet name', async () => {
    const { runner } = fakeRun({ crmRoiBuildSheet: () => null });
    await expect(sheetsHost(runner).build(roiCase)).rejects.toThrow(/no sheet name/);
  });

  it('loads the active sheet case, or null when the sheet is not an ROI sheet', async () => {
    const loaded = { case: roiCase, sheetName: 'CRM ROI' };
    await expect(sheetsHost(fakeRun({ crmRoiReadActiveSheet: () => JSON.stringify(loaded) }).runner).loadCase()).resolves.toEqual(loaded);
    await expect(sheetsHost(fakeRun({ crmRoiReadActiveSheet: () => null }).runner).loadCase()).resolves.toBeNull();
  });

  it('passes a lost connection on as a plain message', async () => {
    const { runner } = fakeRun({ crmRoiReadActiveSheet: () => { throw new Error('NetworkError: Connection failure due to HTTP 0'); } });
    await expect(sheetsHost(runner).loadCase()).rejects.toThrow(/Lost the connection to Google Sheets/);
  });
});
