import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySheetsWrite, refusing, sheetsSnapshot, type SheetsEnums } from '../../src/writers/sheets';
import { buildSheet, type SheetsServer } from '../../src/writers/sheets-client';
import { readSheetsPortfolio, writeSheetsPortfolio } from '../../src/writers/sheets-portfolio';
import { FakeSpreadsheet, formatDate } from '../writers/fakes/sheets';
import { serveStatic, type Server } from '../../scripts/serve';
import { buildSidebar } from '../../scripts/build-sidebar';
import { chromiumAvailable, launch } from './launch';
import { see } from './see';

// The Google Sheets sidebar exactly as Apps Script serves it (dist/gas/Sidebar.html, one inlined file), with a fake
// google.script.run answered by the real server functions on the SpreadsheetApp fake: its CSP must admit the inlined
// bundle, and the wizard must plan in the page and have the server write what it planned.

const root = path.resolve(import.meta.dirname, '../..');
const example = JSON.parse(readFileSync(path.join(root, 'examples/small-business.json'), 'utf8'));
delete example.$schema;

/** Runs in the page before the sidebar: a google.script.run whose server functions are answered by `__server` in Node. */
function fakeGoogle() {
  const w = window as unknown as { google: unknown; __server: (fn: string, args: unknown[]) => Promise<unknown> };
  const runner = () => {
    const r: Record<string, unknown> & { ok?: (v: unknown) => void; fail?: (e: unknown) => void } = {};
    r.withSuccessHandler = (h: (v: unknown) => void) => ((r.ok = h), r);
    r.withFailureHandler = (h: (e: unknown) => void) => ((r.fail = h), r);
    for (const fn of ['crmRoiSnapshot', 'crmRoiWrite', 'crmRoiReadPortfolio', 'crmRoiWritePortfolio', 'crmRoiUserLocale'])
      r[fn] = (...args: unknown[]) => void w.__server(fn, args).then((v) => r.ok!(v), (e: Error) => r.fail!(new Error(e.message)));
    return r;
  };
  w.google = { script: { get run() { return runner(); } } };
}

const ENUMS = { sheetProtection: 'SHEET', chartType: { line: 'LINE', column: 'COLUMN', bar: 'BAR' }, mergeRows: 'MERGE_ROWS', listRule: (list: string[]) => ({ list }) } as unknown as SheetsEnums;

/**
 * The Apps Script server on the SpreadsheetApp fake, in Node: the page's google.script.run reaches it through an
 * exposed function, and what crosses is JSON, as with Apps Script. `writeFails` makes every write throw that message.
 */
async function spreadsheet(options: { roiSheet?: string; writeFails?: string; userLocale?: string } = {}) {
  const book = new FakeSpreadsheet();
  book.addSheet('Sheet1', { A1: 'mine' });
  const ss = book.globals().SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const iso = (d: Date) => formatDate(d, book.timeZone, 'yyyy-MM-dd');
  const server: SheetsServer = {
    snapshot: async (name) => sheetsSnapshot(ss, ENUMS, iso, name),
    write: async (request) => applySheetsWrite(ss, ENUMS, iso, request),
    readPortfolio: async () => readSheetsPortfolio(ss, ENUMS, iso),
    writePortfolio: async (prepared) => writeSheetsPortfolio(ss, ENUMS, prepared),
  };
  if (options.roiSheet) await buildSheet(server, example, options.roiSheet);
  const calls: { fn: string; args: unknown[] }[] = [];
  const answer = (fn: string, args: unknown[]) => {
    // Session.getActiveUserLocale(): asked once at start, not one of the sheet calls the tests follow.
    if (fn === 'crmRoiUserLocale') return options.userLocale ?? 'en_US';
    calls.push({ fn, args });
    if (fn === 'crmRoiSnapshot') return sheetsSnapshot(ss, ENUMS, iso, args[0] as string | undefined);
    if (fn === 'crmRoiReadPortfolio') return readSheetsPortfolio(ss, ENUMS, iso);
    if (options.writeFails) throw new Error(options.writeFails);
    if (fn === 'crmRoiWritePortfolio') return refusing(() => writeSheetsPortfolio(ss, ENUMS, JSON.parse(args[0] as string)));
    return refusing(() => applySheetsWrite(ss, ENUMS, iso, JSON.parse(args[0] as string)));
  };
  return { book, calls, answer: (fn: string, args: unknown[]) => JSON.parse(JSON.stringify(answer(fn, args))) };
}

describe.skipIf(!chromiumAvailable)('Google Sheets sidebar (Chromium)', () => {
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist/gas/Sidebar.html'))) await buildSidebar();
    server = await serveStatic({ root: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(book: Awaited<ReturnType<typeof spreadsheet>>): Promise<{ page: Page; console: string[] }> {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    page.on('pageerror', (e) => console.push(e.message));
    await page.exposeFunction('__server', book.answer);
    await page.addInitScript(fakeGoogle);
    await page.goto(`${server.url}/gas/Sidebar.html`);
    return { page, console };
  }

  it('runs under its CSP, plans in the sidebar and sends the server a prepared write', async () => {
    const sheets = await spreadsheet();
    const { page, console } = await open(sheets);
    await page.locator('.step-tab').first().waitFor();
    expect(await page.evaluate(() => document.body.classList.contains('theme-sheets'))).toBe(true);
    await page.locator('#tab-6').click();
    await page.getByTestId('build').click();
    await see(page.getByTestId('build-status')).hasText('Built sheet “CRM ROI”.');
    // The active sheet to load from, the active sheet and the target to build on, the write.
    expect(sheets.calls.map((c) => c.fn)).toEqual(['crmRoiSnapshot', 'crmRoiSnapshot', 'crmRoiSnapshot', 'crmRoiWrite']);
    const request = JSON.parse(sheets.calls[3].args[0] as string);
    expect(request).toMatchObject({ sheetName: 'CRM ROI', reuse: false });
    expect(sheets.book.sheets.map((s) => s.name)).toEqual(['Sheet1', 'CRM ROI']);
    expect(sheets.book.sheet('Sheet1')!.cells.get('0,0')!.input).toBe('mine');
    expect(console.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([]);
    await page.close();
  });

  it('speaks the user’s Google language (Session.getActiveUserLocale), statuses and numbers included', async () => {
    const { page } = await open(await spreadsheet({ roiSheet: 'Harbor ROI', userLocale: 'pl_PL' }));
    await see(page.getByTestId('language')).hasValue('pl');
    await see(page.locator('.host-status')).hasText('Edytujesz analizę z arkusza „Harbor ROI”.');
    await see(page.locator('#heading-0')).hasText('Krok 1 z 7: Podstawy');
    await see(page.locator('[data-path="discountRate"]')).hasValue(String(example.discountRate * 100).replace('.', ','));
    await page.close();
  });

  it('opens the case of the active ROI sheet for update, and shows a server failure plainly', async () => {
    const { page } = await open(await spreadsheet({ roiSheet: 'Harbor ROI', writeFails: 'You are trying to edit a protected cell or object.' }));
    await see(page.locator('[data-path="name"]')).hasValue(example.name);
    await see(page.locator('.host-status')).hasText('Editing the case on sheet “Harbor ROI”.');
    await page.locator('#tab-6').click();
    await see(page.getByTestId('build')).hasText('Update worksheet');
    await page.getByTestId('build').click();
    await see(page.getByRole('alert')).containsText('The sheet is protected');
    await see(page.locator('[data-path="name"]')).hasValue(example.name);
    await page.close();
  });

  it('updates the ROI sheet when the case is unchanged, and builds a case changed in the wizard onto the same sheet', async () => {
    const sheets = await spreadsheet({ roiSheet: 'Harbor ROI' });
    const { page } = await open(sheets);
    await see(page.locator('.host-status')).hasText('Editing the case on sheet “Harbor ROI”.');
    await page.locator('#tab-6').click();
    await page.getByTestId('build').click();
    await see(page.getByTestId('build-status')).hasText(/^Updated sheet “Harbor ROI”/);
    await page.locator('#tab-0').click();
    await page.locator('[data-path="horizonMonths"]').fill('36');
    await page.locator('#tab-6').click();
    await page.getByTestId('build').click();
    await see(page.getByTestId('build-status')).hasText(/^Updated sheet “Harbor ROI”/);
    await expect.poll(() => sheets.calls.filter((c) => c.fn === 'crmRoiWrite').length).toBe(2);
    // Load; update (its snapshot, its write); build onto the sheet it came from (its snapshot, its write).
    expect(sheets.calls.map((c) => [c.fn, ...c.args.filter((a) => typeof a === 'string' && !a.startsWith('{'))])).toEqual([
      ['crmRoiSnapshot'], ['crmRoiSnapshot', 'Harbor ROI'], ['crmRoiWrite'], ['crmRoiSnapshot', 'Harbor ROI'], ['crmRoiWrite'],
    ]);
    expect(JSON.parse(sheets.calls[4].args[0] as string)).toMatchObject({ sheetName: 'Harbor ROI', reuse: true });
    expect(sheets.book.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Harbor ROI']);
    await page.close();
  });

  it('plans the Portfolio sheet in the sidebar between crmRoiReadPortfolio and crmRoiWritePortfolio', async () => {
    const sheets = await spreadsheet({ roiSheet: 'Harbor ROI' });
    const { page } = await open(sheets);
    await see(page.locator('.host-status')).hasText('Editing the case on sheet “Harbor ROI”.');
    await page.locator('#tab-6').click();
    await page.getByTestId('portfolio').click();
    await see(page.getByTestId('portfolio-status')).hasText('Added sheet “Portfolio” over 1 ROI sheet: “Harbor ROI”.');
    expect(sheets.calls.map((c) => c.fn).slice(-2)).toEqual(['crmRoiReadPortfolio', 'crmRoiWritePortfolio']);
    const plan = JSON.parse(sheets.calls.at(-1)!.args[0] as string).plan;
    expect(plan.names.map((n: { name: string }) => n.name)).toContain('CRMPORTFOLIO_LAYOUT_V1');
    expect(JSON.stringify(plan.cells)).toContain('=CRMROI_HARBOR_ROI_NPV');
    // In front, where a finance lead looks first; the analyst's own sheet untouched.
    expect(sheets.book.sheets.map((s) => s.name)).toEqual(['Portfolio', 'Sheet1', 'Harbor ROI']);
    expect(sheets.book.sheet('Sheet1')!.cells.get('0,0')!.input).toBe('mine');
    await page.close();
  });
});
