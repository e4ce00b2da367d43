import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../functions/catalog';
import { serveStatic, type Server } from '../../scripts/serve';
import { chromiumAvailable, launch } from './launch';
import { see } from './see';

// The Excel task pane page as webpack builds it (dist/taskpane.html), with office.js from the CDN replaced by a stub:
// the page's CSP admits its bundles, the custom functions register, the wizard mounts in the Fluent theme, treats a
// foreign active sheet as "new case", and shows an Excel refusal plainly. Outside Excel it says where it runs.

const root = path.resolve(import.meta.dirname, '../..');
const built = existsSync(path.join(root, 'dist/taskpane.html')) || Boolean(process.env.CI);
if (!built && process.env.CI) throw new Error('dist/taskpane.html is missing: npm test builds it first (npm run build).');

// An empty active sheet for reads; every write refused as Excel refuses a protected workbook.
const OFFICE_STUB = `
window.__associated = [];
window.CustomFunctions = { associate(id) { window.__associated.push(id); }, Error: class { constructor(code, message) { this.code = code; this.message = message; } }, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' } };
window.Office = { onReady(cb) { setTimeout(() => cb && cb({ host: 'Excel' }), 0); return Promise.resolve({ host: 'Excel' }); }, actions: { associate() {} }, context: { displayLanguage: 'de-DE' } };
const loadable = (o) => Object.assign(o, { load() { return o; } });
window.__runs = 0;
window.Excel = { run: async (batch) => {
  window.__runs++;
  const sheet = loadable({ name: 'Sheet1', isNullObject: false,
    getUsedRangeOrNullObject: () => loadable({ isNullObject: true }), protection: loadable({ protected: false }), charts: loadable({ items: [] }) });
  const context = { workbook: { worksheets: loadable({ items: [sheet], getActiveWorksheet: () => sheet, getItemOrNullObject: () => sheet }), names: loadable({ items: [] }) },
    sync: async () => {} };
  if (window.__runs > 1) { const e = new Error('The current operation is not allowed.'); e.code = 'AccessDenied'; throw e; }
  return batch(context);
} };`;

describe.skipIf(!chromiumAvailable || !built)('Excel task pane page (Chromium, stubbed Office.js)', () => {
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    server = await serveStatic({ root: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('mounts under its CSP and reports an Excel refusal without losing the form', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    page.on('pageerror', (e) => console.push(e.message));
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('.step-tab').first().waitFor();
    expect(await page.evaluate(() => document.body.classList.contains('theme-fluent'))).toBe(true);
    await see(page.locator('.wizard-header .host-name')).hasText('Excel');
    // Excel's display language, not the browser's.
    await see(page.locator('#heading-0')).hasText('Schritt 1 von 7: Grunddaten');
    await see(page.locator('.host-status')).hasText(''); // a foreign sheet is not an error: Build makes a new one

    await page.locator('[data-path="name"]').fill('Pane case');
    await page.locator('#tab-6').click();
    await page.getByTestId('build').click();
    // Office's refusal, worded in the pane's language (German here), Excel's own text quoted.
    await see(page.getByRole('alert')).containsText('Excel hat die Änderung abgelehnt: Die Arbeitsmappe oder das Blatt ist geschützt oder schreibgeschützt');
    await page.locator('#tab-0').click();
    await see(page.locator('[data-path="name"]')).hasValue('Pane case');
    expect(console.filter((m) => /Content Security Policy|Refused|Uncaught/i.test(m))).toEqual([]);
    // Both bundles run in the one shared runtime: functions.js registers every custom function there.
    expect(await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated)).toEqual(catalog.map((f) => f.id));
    await page.close();
  });

  // Opened outside Excel: no Office.js at all (CDN blocked), Office.js reporting no host, or Office.js never ready.
  it.each([
    ['the Office.js CDN is blocked', null],
    ['Office.js reports no host', 'window.Office = { onReady(cb) { setTimeout(() => cb({ host: null, platform: null }), 0); } };'],
    ['Office.js never becomes ready', 'window.Office = { onReady() {} };'],
  ])('replaces "Loading…" with where the page runs when %s', async (_, office) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('https://appsforoffice.microsoft.com/**', (route) => (office ? route.fulfill({ contentType: 'text/javascript', body: office }) : route.abort()));
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('#wizard > p[role=status]').waitFor({ timeout: 10_000 }); // up to the page's 5 s wait for Office
    expect(await page.locator('#wizard').textContent()).toBe('This page runs inside Excel as an add-in. To try the wizard in a browser, run npm start and open /playground.html.');
    expect(errors.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([]);
    await page.close();
  });
});
