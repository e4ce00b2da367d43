import { build, type Plugin } from 'esbuild';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { validateCase } from '../../src/case/validate';
import { serveStatic, type Server } from '../../scripts/serve';
import { moneyFormatter } from '../../taskpane/format';
import { chromiumAvailable, launch } from './launch';
import { see } from './see';

// The wizard opened on a sheet whose case has actuals and KPIs (track-page/: a host that reads a fixed case and keeps
// what it writes): the actuals arrive in the Track step, a line a KPI measures takes its values from the KPI, and
// Build writes the case back unchanged, or with the values entered.

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'test-artifacts/track-page');
const riskWorker = createRequire(import.meta.url)('../../webpack/risk-worker.cjs') as { esbuildPlugin: Plugin };
const money = moneyFormatter('EUR');

const tracked: RoiCase = {
  name: 'Tracked', currency: 'EUR', startDate: '2025-01-01', horizonMonths: 24, discountRate: 0.08,
  costs: [
    { id: 'setup', type: 'oneTime', name: 'Set-up', amount: 20000, month: 0, actuals: { '2024-12': 21000.55 } },
    { id: 'fees', type: 'recurring', name: 'Fees', amount: 1000, frequency: 'monthly', startMonth: 1, actuals: { '2025-01': 1000, '2025-02': 1100.25 } },
  ],
  benefits: [
    { id: 'sales', type: 'amount', name: 'Sales', category: 'revenue', amount: 5000, per: 'month', startMonth: 1, risk: 0.2, actuals: { '2025-01': 3500 } },
    { id: 'service', type: 'amount', name: 'Service', category: 'costSavings', amount: 1500, per: 'month', startMonth: 1 },
  ],
  kpis: [
    { id: 'resolution', name: 'Resolution time', unit: 'hours', betterWhen: 'lower', baseline: [10, 12, 11], target: 7, actuals: { '2025-01': 9 }, valuePerUnit: 500, benefit: 'service' },
    { id: 'nps', name: 'NPS', betterWhen: 'higher', baseline: [20], target: 35 },
  ],
};

let browser: Browser;
let server: Server;

describe.skipIf(!chromiumAvailable)('the Track step on a case read from a sheet (Chromium)', () => {
  beforeAll(async () => {
    await mkdir(out, { recursive: true });
    await build({
      entryPoints: [path.join(import.meta.dirname, 'track-page/main.ts')], plugins: [riskWorker.esbuildPlugin],
      bundle: true, format: 'iife', platform: 'browser', target: 'es2020', outfile: path.join(out, 'page.js'), logLevel: 'warning',
    });
    await copyFile(path.join(import.meta.dirname, 'track-page/index.html'), path.join(out, 'index.html'));
    // The case as a script of its own: the page's CSP admits no inline script.
    await writeFile(path.join(out, 'case.js'), `window.__case = ${JSON.stringify(tracked)};\n`);
    server = await serveStatic({ root: out, port: 0, host: '127.0.0.1' });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the sheet\u2019s actuals and KPIs, and writes them back unchanged or with what was entered', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 400, height: 900 } });
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    await page.goto(`${server.url}/index.html`);
    await see(page.locator('.host-status')).hasText('Editing the case on sheet “CRM ROI”.');
    await page.locator('#tab-5').click();

    const ev = evaluate(tracked);
    const a = ev.actuals!;
    await see(page.getByTestId('track-through')).hasText('To date: the initial period to Feb 2025');
    const toDate = (row: string, column: string) => page.locator(`[data-testid="track-to-date"] [data-track="${row}"] td[data-column="${column}"]`);
    for (const key of ['costs', 'benefits', 'net'] as const) await see(toDate(key, 'actual')).hasText(money(a.toDate[key]));
    // The measured line's benefit comes from its KPI: 11 − 9 = 2 hours better in January, at 500 an hour.
    await see(page.locator('[data-line-id="service"] td[data-column="actual"]')).hasText(money(1000 + 1500));

    const month = (key: string) => page.locator(`#step-5 input[data-month="${key}"]`);
    const pick = (label: string) => page.getByTestId('track-line').selectOption({ label });
    await pick('Fees');
    await see(month('2025-01')).hasValue('1000');
    await see(month('2025-02')).hasValue('1100.25');
    await see(month('2025-03')).hasValue('');
    await pick('Service');
    await see(page.locator('#step-5 .actuals-entry')).containsText('Measured by the KPI “Resolution time”');
    await see(page.locator('#step-5 .month-row')).hasCount(0);
    await pick('Resolution time');
    await see(month('2025-01')).hasValue('9');
    await see(page.locator('#step-5 .month-plan').nth(1)).hasText('target 7');
    await see(page.locator('[data-kpi="resolution"]')).containsText('Resolution time (hours)');
    await see(page.locator('[data-kpi="nps"]')).containsText('no values yet');

    // Nothing changed: Build updates the sheet from itself (the case read back equals the case read).
    await page.locator('#tab-6').click();
    await page.getByTestId('build').click();
    await see(page.getByTestId('build-status')).containsText('Updated sheet');
    expect(await page.evaluate(() => window.__writes.map((w) => w.how))).toEqual(['update']);

    // A KPI value entered: Build writes the case with it, and with everything else as it was.
    await page.locator('#tab-5').click();
    await pick('NPS');
    await month('2025-02').fill('28');
    await see(page.locator('[data-kpi="nps"]')).containsText('28');
    await page.locator('#tab-6').click();
    await page.getByTestId('build').click();
    await expect.poll(() => page.evaluate(() => window.__writes.length)).toBe(2);
    const written = await page.evaluate(() => window.__writes[1]);
    const want = structuredClone(tracked);
    want.kpis![1].actuals = { '2025-02': 28 };
    expect(written.how).toBe('build');
    expect(written.case).toEqual((validateCase(want) as { case: RoiCase }).case);
    expect(failures).toEqual([]);
    await page.close();
  });
});
