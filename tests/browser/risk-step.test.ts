import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/case/simulate';
import { serveStatic, type Server } from '../../scripts/serve';
import { buildPlayground } from '../../scripts/build-playground';
import { defaultCase } from '../../taskpane/default-case';
import { moneyFormatter } from '../../taskpane/format';
import { chromiumAvailable, launch } from './launch';
import { see } from './see';

// The Risk step in the playground: a case without ranges says how to add one; with a range, the simulation runs in a
// Web Worker and shows the core's figures, its histogram fitting 1400 and 320 px.

const root = path.resolve(import.meta.dirname, '../..');

let browser: Browser;
let server: Server;

describe.skipIf(!chromiumAvailable)('the Risk step (Chromium)', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist/playground.js'))) await buildPlayground();
    server = await serveStatic({ root: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('simulates a range in a Worker: the P50 NPV is the core\'s, and the histogram fits at 1400 and 320 px', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${server.url}/playground.html`);
    await page.locator('.step-tab').first().waitFor();

    await page.locator('#tab-4').click();
    await see(page.locator('#step-4')).containsText('This case has no ranges');
    await see(page.locator('#step-4')).containsText('Range switch');
    expect(workers).toEqual([]);

    await page.locator('#tab-2').click();
    await page.getByRole('checkbox', { name: 'Range of extra deals per month' }).check();
    await page.locator('[data-path="benefits[1].dealsPerMonth.conservative"]').fill('0.5');
    await page.locator('[data-path="benefits[1].dealsPerMonth.optimistic"]').fill('1.5');
    await page.locator('#tab-4').click();
    await see(page.getByTestId('risk-status')).hasText('Simulating…');
    await page.locator('svg.risk-histogram').waitFor();
    await see(page.getByTestId('risk-status')).hasText('');

    const ranged = defaultCase() as any;
    ranged.benefits[1].dealsPerMonth = { conservative: 0.5, expected: 1, optimistic: 1.5 };
    const sim = simulate(ranged, { iterations: 10_000, seed: 1 });
    await see(page.locator('[data-risk-metric="NPV"] td[data-percentile="p50"]')).hasText(moneyFormatter('USD')(sim.npv.p50 as number));
    await see(page.getByTestId('risk-facts')).containsText('10,000, seed 1');
    expect(await page.locator('svg.risk-histogram rect[data-count]').count()).toBe(12);
    // The worker came from a Blob URL; nothing was exposed on the page for it.
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/^blob:/);

    await mkdir(path.join(root, 'test-artifacts'), { recursive: true });
    await page.locator('#step-4').screenshot({ path: path.join(root, 'test-artifacts/risk-1400.png') });
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(() => page.locator('svg.risk-histogram').getAttribute('width')).toBe(String(await page.getByTestId('risk-histogram').evaluate((el) => el.clientWidth)));
    expect(await page.locator('#wizard').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('#step-4').screenshot({ path: path.join(root, 'test-artifacts/risk-320.png') });

    // An edit re-runs it in a new worker, after the typing pauses.
    await page.locator('#tab-2').click();
    await page.locator('[data-path="benefits[1].dealsPerMonth.optimistic"]').fill('3');
    await page.locator('#tab-4').click();
    ranged.benefits[1].dealsPerMonth.optimistic = 3;
    await see(page.locator('[data-risk-metric="NPV"] td[data-percentile="p50"]')).hasText(moneyFormatter('USD')(simulate(ranged, { iterations: 10_000, seed: 1 }).npv.p50 as number));
    expect(workers).toHaveLength(2);
    expect(failures).toEqual([]);
    await page.close();
  });
});
