import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_TAGS, LOCALES, type Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { buildPlayground } from '../../scripts/build-playground';
import { serveStatic, type Server } from '../../scripts/serve';
import { chromiumAvailable, launch } from './launch';
import { see } from './see';

// The playground wizard in each language, as a browser in that language opens it: every step at 320 px (a narrow
// task pane) and at 1400 px, screenshotted into test-artifacts/i18n/ to be looked at, and checked that nothing in the
// wizard is wider than its box. Then typing numbers the local way, and switching language without losing anything.

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-artifacts/i18n');
/** A browser language per catalog, as navigator.language reports it. */
const BROWSER_LANGUAGE: Record<Locale, string> = { en: 'en-GB', de: 'de-AT', fr: 'fr-FR', pl: 'pl-PL', 'zh-CN': 'zh-CN' };

let browser: Browser;
let server: Server;

async function open(language: string, width: number): Promise<Page> {
  const context = await browser.newContext({ locale: language, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  await page.goto(`${server.url}/playground.html`);
  await page.locator('.step-tab').first().waitFor();
  expect(failures).toEqual([]);
  return page;
}

/** Elements of the wizard whose content is wider than they are (scrollWidth > clientWidth), described for the failure. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const wizard = document.getElementById('wizard')!;
    const wide: string[] = [];
    const check = (el: Element) => {
      if (el.scrollWidth > el.clientWidth + 1) wide.push(`${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').slice(0, 40)}” ${el.scrollWidth}>${el.clientWidth}`);
    };
    check(wizard);
    // Only what is shown: a hidden step has no width.
    wizard.querySelectorAll('.step:not([hidden]), .step:not([hidden]) .risk, .step:not([hidden]) .scenarios, .step:not([hidden]) .field, .step:not([hidden]) fieldset, .step:not([hidden]) .metrics, .step:not([hidden]) table, .steps, .wizard-header, .wizard-nav, .step:not([hidden]) .actions')
      .forEach((el) => (el as HTMLElement).offsetParent && check(el));
    if (wizard.getBoundingClientRect().right > document.documentElement.clientWidth + 1) wide.push('the wizard runs past the window');
    return wide;
  });

describe.skipIf(!chromiumAvailable)('the wizard in five languages (Chromium)', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist/playground.js'))) await buildPlayground();
    await mkdir(shots, { recursive: true });
    server = await serveStatic({ root: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(LOCALE_TAGS)('%s', (locale) => {
    it.each([320, 1400])('at %i px: every step in the language, nothing overflowing', async (width) => {
      const page = await open(BROWSER_LANGUAGE[locale], width);
      await see(page.locator('#wizard')).hasAttribute('lang', locale);
      await see(page.getByTestId('language')).hasValue(locale);
      await see(page.locator('.wizard-header .host-name')).hasText(t(locale, 'host.playground.name'));
      const tabs = page.locator('.step-tab');
      // A range, so the Review has its scenarios and tornado, and the Risk step its tables and histogram.
      await tabs.nth(1).click();
      await page.locator('[data-range-for="costs[0].users"]').check();
      await page.locator('[data-path="costs[0].users.conservative"]').fill('30');
      await page.locator('[data-path="costs[0].users.optimistic"]').fill('15');
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await see(page.locator(`#step-${i}`)).isVisible();
        // The Risk step's draws finish off the typing path; its status clears when they do.
        if (i === 4) await page.getByTestId('risk-histogram').locator('svg').waitFor();
        // Actuals for the first line's first months, so the Track step shows its tables, chart and words.
        if (i === 5) {
          const entries = page.locator('#step-5 input[data-month]');
          for (const [k, amount] of ['1200', '1300', '950'].entries()) await entries.nth(k).fill(amount);
          await page.getByTestId('track-through').waitFor();
          await page.locator('#step-5 .track-chart').waitFor();
        }
        await page.locator('#wizard').screenshot({ path: path.join(shots, `${locale}-${width}-step${i + 1}.png`) });
        expect(await overflowing(page), `step ${i + 1}`).toEqual([]);
      }
      await page.context().close();
    });
  });

  it('numbers typed the German way; an ambiguous one gets a message naming both readings, not a guess', async () => {
    const page = await open('de-DE', 400);
    const rate = page.locator('[data-path="discountRate"]');
    await rate.fill('7,5');
    await see(page.locator('[data-error-for="discountRate"]')).hasText('');
    await page.locator('.step-tab').nth(1).click();
    const amount = page.locator('[data-path="costs[1].amount"]');
    await amount.fill('1.234');
    await see(page.locator('[data-error-for="costs[1].amount"]')).containsText('„1.234“ kann 1234 oder 1,234 bedeuten.');
    await amount.fill('1.234,5');
    await see(page.locator('[data-error-for="costs[1].amount"]')).hasText('');
    await page.context().close();
  });

  it('switching language re-renders every step from the draft: names kept, numbers rewritten, the choice remembered', async () => {
    const page = await open('de-DE', 400);
    await page.locator('[data-path="name"]').fill('Einführung Nord');
    await page.locator('[data-path="discountRate"]').fill('7,5');
    await page.locator('.step-tab').nth(1).click();
    await page.locator('[data-path="costs[1].amount"]').fill('1.234,5');
    await page.getByTestId('language').selectOption('fr');
    await see(page.locator('#heading-1')).hasText(t('fr', 'wizard.stepHeading', { n: 2, count: 7, label: t('fr', 'wizard.step.costs') }));
    await see(page.locator('[data-path="costs[1].amount"]')).hasValue('1234,5');
    // The playground around the wizard follows it.
    await see(page.locator('#simulate-label')).hasText(t('fr', 'wizard.playground.simulate'));
    await see(page.locator('.wizard-header .host-name')).hasText('Bac à sable');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByTestId('language').selectOption('en');
    await see(page.locator('[data-path="costs[1].amount"]')).hasValue('1234.5');
    await see(page.locator('[data-path="discountRate"]')).hasValue('7.5');
    await see(page.locator('[data-path="name"]')).hasValue('Einführung Nord');
    await see(page.locator('#step-1')).isVisible();
    // Remembered: a reload opens in English though the browser speaks German.
    await page.reload();
    await see(page.getByTestId('language')).hasValue('en');
    expect(await page.getByTestId('language').locator('option').allTextContents()).toEqual(LOCALE_TAGS.map((l) => LOCALES[l].name));
    await page.context().close();
  });
});
