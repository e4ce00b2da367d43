import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCase } from '../../src/case/validate';
import { serveStatic, type Server } from '../../scripts/serve';
import { buildSidebar } from '../../scripts/build-sidebar';
import { chromiumAvailable, launch } from './launch';
import { see } from './see';

// The Google Sheets sidebar exactly as Apps Script serves it (dist/gas/Sidebar.html, one inlined file), with a fake
// google.script.run: its CSP must admit the inlined bundle, and the wizard must call the server globals correctly.

const root = path.resolve(import.meta.dirname, '../..');
const example = JSON.parse(readFileSync(path.join(root, 'examples/small-business.json'), 'utf8'));
delete example.$schema;

/** Runs in the page before the sidebar: a google.script.run whose server functions answer from `responses`. */
function fakeGoogle(responses: { read: { case: unknown; sheetName: string } | null; writeFails?: string; portfolio?: unknown }) {
  const w = window as unknown as { google: unknown; __calls: { fn: string; args: unknown[] }[] };
  w.__calls = [];
  const server: Record<string, (...args: unknown[]) => unknown> = {
    crmRoiReadActiveSheet: () => responses.read,
    crmRoiBuildSheet: (json) => {
      if (responses.writeFails) throw new Error(responses.writeFails);
      const c = JSON.parse(json as string);
      return { sheetName: responses.read?.sheetName ?? c.name.slice(0, 31), mode: responses.read ? 'updated' : 'created', case: c };
    },
    crmRoiUpdateSheet: (sheetName) => {
      if (responses.writeFails) throw new Error(responses.writeFails);
      return { sheetName, mode: 'updated', case: responses.read!.case };
    },
    crmRoiReadPortfolio: () => responses.portfolio,
    crmRoiWritePortfolio: (json) => {
      const prepared = JSON.parse(json as string);
      return { sheetName: prepared.plan.sheetName, mode: prepared.mode, cases: prepared.cases };
    },
  };
  const runner = () => {
    const r: Record<string, unknown> & { ok?: (v: unknown) => void; fail?: (e: unknown) => void } = {};
    r.withSuccessHandler = (h: (v: unknown) => void) => ((r.ok = h), r);
    r.withFailureHandler = (h: (e: unknown) => void) => ((r.fail = h), r);
    for (const [fn, impl] of Object.entries(server))
      r[fn] = (...args: unknown[]) => {
        w.__calls.push({ fn, args });
        setTimeout(() => {
          try {
            r.ok!(impl(...args));
          } catch (e) {
            r.fail!(e);
          }
        }, 10);
      };
    return r;
  };
  w.google = { script: { get run() { return runner(); } } };
}

const serverCalls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: { fn: string; args: unknown[] }[] }).__calls);

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

  async function open(responses: Parameters<typeof fakeGoogle>[0]): Promise<{ page: Page; console: string[] }> {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    page.on('pageerror', (e) => console.push(e.message));
    await page.addInitScript(fakeGoogle, responses);
    await page.goto(`${server.url}/gas/Sidebar.html`);
    return { page, console };
  }

  it('runs under its CSP, builds through crmRoiBuildSheet with the case as JSON', async () => {
    const { page, console } = await open({ read: null });
    await page.locator('.step-tab').first().waitFor();
    expect(await page.evaluate(() => document.body.classList.contains('theme-sheets'))).toBe(true);
    await page.locator('#tab-5').click();
    await page.getByTestId('build').click();
    await see(page.getByTestId('build-status')).hasText('Built sheet “CRM business case”.');
    const calls = await serverCalls(page);
    expect(calls.map((c) => c.fn)).toEqual(['crmRoiReadActiveSheet', 'crmRoiBuildSheet']);
    expect(validateCase(JSON.parse(calls[1].args[0] as string))).toMatchObject({ ok: true });
    expect(console.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([]);
    await page.close();
  });

  it('opens the case of the active ROI sheet for update, and shows a server failure plainly', async () => {
    const { page } = await open({ read: { case: example, sheetName: 'Harbor ROI' }, writeFails: 'You are trying to edit a protected cell or object.' });
    await see(page.locator('[data-path="name"]')).hasValue(example.name);
    await see(page.locator('.host-status')).hasText('Editing the case on sheet “Harbor ROI”.');
    await page.locator('#tab-5').click();
    await see(page.getByTestId('build')).hasText('Update worksheet');
    await page.getByTestId('build').click();
    await see(page.getByRole('alert')).containsText('The sheet is protected');
    await see(page.locator('[data-path="name"]')).hasValue(example.name);
    await page.close();
  });

  it('updates the ROI sheet through crmRoiUpdateSheet when the case is unchanged, and builds a case changed in the wizard', async () => {
    const { page } = await open({ read: { case: example, sheetName: 'Harbor ROI' } });
    await see(page.locator('.host-status')).hasText('Editing the case on sheet “Harbor ROI”.');
    await page.locator('#tab-5').click();
    await page.getByTestId('build').click();
    await see(page.getByTestId('build-status')).hasText(/^Updated sheet “Harbor ROI”/);
    await page.locator('#tab-0').click();
    await page.locator('[data-path="horizonMonths"]').fill('36');
    await page.locator('#tab-5').click();
    await page.getByTestId('build').click();
    await expect.poll(async () => (await serverCalls(page)).length).toBe(3);
    const calls = await serverCalls(page);
    expect(calls.map((c) => c.fn)).toEqual(['crmRoiReadActiveSheet', 'crmRoiUpdateSheet', 'crmRoiBuildSheet']);
    expect(calls[1].args).toEqual(['Harbor ROI']);
    expect(JSON.parse(calls[2].args[0] as string)).toMatchObject({ horizonMonths: 36 });
    expect(calls[2].args[1]).toBe('Harbor ROI');
    await page.close();
  });

  it('plans the Portfolio sheet in the sidebar between crmRoiReadPortfolio and crmRoiWritePortfolio', async () => {
    const portfolio = {
      index: { sheetNames: ['Harbor ROI'], names: [] },
      targets: { cases: [{ sheetName: 'Harbor ROI', prefix: 'CRMROI_HARBOR_ROI_', version: 3, names: [] }] },
      cases: [example],
    };
    const { page } = await open({ read: null, portfolio });
    await page.locator('#tab-5').click();
    await page.getByTestId('portfolio').click();
    await see(page.getByTestId('portfolio-status')).hasText('Added sheet “Portfolio” over 1 ROI sheet: “Harbor ROI”.');
    const calls = await serverCalls(page);
    expect(calls.map((c) => c.fn)).toEqual(['crmRoiReadActiveSheet', 'crmRoiReadPortfolio', 'crmRoiWritePortfolio']);
    const plan = JSON.parse(calls[2].args[0] as string).plan;
    expect(plan.names.map((n: { name: string }) => n.name)).toContain('CRMPORTFOLIO_LAYOUT_V1');
    expect(JSON.stringify(plan.cells)).toContain('=CRMROI_HARBOR_ROI_NPV');
    await page.close();
  });
});
