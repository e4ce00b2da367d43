import { describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import { SheetWriteError } from '../../src/writers/flow';
import { excelError, excelHost, type ExcelDeps } from '../../taskpane/excel-host';
import { errorMessage } from '../../taskpane/host';

// The Excel host's own logic (the writer itself is tested with office-addin-mock in tests/writers): which sheet it
// writes to, what counts as "no case here", and how Office.js failures are worded.

const roiCase: RoiCase = { name: 'T', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0.1, costs: [], benefits: [] };

function fakeExcel(opts: { active: string; read?: () => RoiCase; buildFails?: unknown }) {
  const builds: { sheetName?: string }[] = [];
  const updates: { sheetName?: string }[] = [];
  const context = {
    workbook: { worksheets: { getActiveWorksheet: () => ({ load: () => ({ name: opts.active }) }) } },
    sync: async () => {},
  } as unknown as Excel.RequestContext;
  const deps: ExcelDeps = {
    run: (batch) => batch(context),
    read: async () => (opts.read ? opts.read() : roiCase),
    build: async (_ctx, _c, options) => {
      if (opts.buildFails) throw opts.buildFails;
      builds.push(options);
      return { sheetName: options.sheetName ?? 'CRM ROI', mode: options.sheetName === undefined ? 'created' : 'updated', case: roiCase };
    },
    update: async (_ctx, options) => {
      updates.push(options);
      return { sheetName: options.sheetName ?? opts.active, mode: 'updated', case: roiCase };
    },
    portfolio: async () => ({ sheetName: 'Portfolio', mode: 'created', cases: [opts.active] }),
  };
  return { deps, builds, updates };
}

describe('excelHost', () => {
  it('passes the wizard’s language to the writer, for a build and an update', async () => {
    const { deps, builds, updates } = fakeExcel({ active: 'Harbor ROI' });
    const host = excelHost(deps);
    await host.build(roiCase, { lang: 'de' });
    await host.update({ lang: 'zh-CN' });
    await host.update();
    expect(builds).toEqual([{ sheetName: undefined, lang: 'de' }]);
    expect(updates).toEqual([{ sheetName: 'CRM ROI', lang: 'zh-CN' }, { sheetName: 'CRM ROI' }]);
  });

  it('loads the active ROI sheet and then updates that same sheet', async () => {
    const { deps, builds } = fakeExcel({ active: 'Harbor ROI' });
    const host = excelHost(deps);
    await expect(host.loadCase()).resolves.toEqual({ case: roiCase, sheetName: 'Harbor ROI' });
    await expect(host.build(roiCase)).resolves.toMatchObject({ sheetName: 'Harbor ROI', mode: 'updated' });
    expect(builds).toEqual([{ sheetName: 'Harbor ROI' }]);
  });

  it('updates the sheet it loaded its case from through updateExcelSheet', async () => {
    const { deps, builds, updates } = fakeExcel({ active: 'Harbor ROI' });
    const host = excelHost(deps);
    await host.loadCase();
    await expect(host.update()).resolves.toEqual({ sheetName: 'Harbor ROI', mode: 'updated', case: roiCase });
    expect(updates).toEqual([{ sheetName: 'Harbor ROI' }]);
    expect(builds).toEqual([]);
  });

  it('treats a sheet the add-in does not own as "no case" and builds a new sheet', async () => {
    const { deps, builds } = fakeExcel({ active: 'Sheet1', read: () => { throw new SheetWriteError('notOwned', { key: 'write.notOwned', params: { sheet: 'Sheet1' } }); } });
    const host = excelHost(deps);
    await expect(host.loadCase()).resolves.toBeNull();
    await expect(host.build(roiCase)).resolves.toMatchObject({ sheetName: 'CRM ROI', mode: 'created' });
    expect(builds).toEqual([{ sheetName: undefined }]);
  });

  it('reports an owned sheet with invalid edits instead of hiding it', async () => {
    const { deps } = fakeExcel({ active: 'CRM ROI', read: () => { throw new SheetWriteError('invalidSheet', { key: 'write.invalidSheet', params: { sheet: 'CRM ROI', count: 1 } }, [{ address: 'F14', message: 'must be ≥ 0' }]); } });
    await expect(excelHost(deps).loadCase()).rejects.toThrow(/F14: must be ≥ 0/);
  });

  it('runs the Portfolio action and keeps writing the case to the sheet it came from', async () => {
    const { deps, updates } = fakeExcel({ active: 'Harbor ROI' });
    const host = excelHost(deps);
    await host.loadCase();
    await expect(host.portfolio()).resolves.toEqual({ sheetName: 'Portfolio', mode: 'created', cases: ['Harbor ROI'] });
    await host.update();
    expect(updates).toEqual([{ sheetName: 'Harbor ROI' }]);
    const failing = excelHost({ ...deps, portfolio: async () => { throw Object.assign(new Error('denied'), { code: 'AccessDenied' }); } });
    await expect(failing.portfolio()).rejects.toThrow(/protected or read-only/);
  });

  it('words Office.js failures as what to do', async () => {
    const { deps } = fakeExcel({ active: 'x', buildFails: Object.assign(new Error('The current operation is not allowed.'), { code: 'AccessDenied' }) });
    await expect(excelHost(deps).build(roiCase)).rejects.toThrow(/protected or read-only/);
    expect(excelError(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' })).message).toMatch(/cell is being edited/);
    expect(excelError(Object.assign(new Error('Request timed out'), { code: 'Timeout' })).message).toMatch(/Lost the connection to Excel/);
    // Said in the wizard's language, Excel's own words quoted.
    expect(errorMessage(excelError(Object.assign(new Error('Request timed out'), { code: 'Timeout' })), 'de')).toBe('Die Verbindung zu Excel ist abgebrochen (Request timed out). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.');
    expect(excelError(Object.assign(new Error('odd'), { code: 'Unknown' })).message).toBe('odd');
  });
});
