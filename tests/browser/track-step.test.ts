import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { serveStatic, type Server } from '../../scripts/serve';
import { buildPlayground } from '../../scripts/build-playground';
import { defaultCase } from '../../taskpane/default-case';
import { moneyFormatter, percent } from '../../taskpane/format';
import { chromiumAvailable, launch } from './launch';
import { see } from './see';

// The Track step in the playground: actuals typed for one line and a column pasted for another show the figures
// evaluate() gives the same case; a wrong entry or paste is told at its month and changes nothing; it fits 1400 and 320 px.

const root = path.resolve(import.meta.dirname, '../..');
const money = moneyFormatter('USD');

let browser: Browser;
let server: Server;

/** Dispatches a paste of `text` on the input, as Ctrl+V from Excel does (the clipboard's text/plain). */
const paste = (page: Page, month: string, text: string) =>
  page.locator(`#step-5 input[data-month="${month}"]`).evaluate((input, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);

describe.skipIf(!chromiumAvailable)('the Track step (Chromium)', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist/playground.js'))) await buildPlayground();
    server = await serveStatic({ root: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('typed and pasted actuals give evaluate()\u2019s plan against actual; a wrong value is told at its month', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    await page.goto(`${server.url}/playground.html`);
    await page.locator('.step-tab').first().waitFor();
    await page.locator('[data-path="startDate"]').fill('2025-01-01');

    await page.locator('#tab-5').click();
    await see(page.locator('#heading-5')).hasText('Step 6 of 7: Track');
    await see(page.getByTestId('track-figures')).containsText('No actuals yet');
    const month = (key: string) => page.locator(`#step-5 input[data-month="${key}"]`);
    // The first line is picked; the initial period heads the months, each with its plan beside it.
    await see(page.locator('#step-5 .month-row label').first()).hasText('Initial period (Dec 2024)');
    await see(page.locator('#step-5 .month-row label').nth(1)).hasText('Jan 2025');
    await see(page.locator('#step-5 .month-row')).hasCount(1 + 37);
    await see(page.locator('#step-5 .month-plan').nth(1)).hasText(`plan ${money(65 * 20)}`);

    // Typed: the licences cost more in January than planned; Enter moves down a month, as in a spreadsheet.
    await month('2025-01').fill('1,450.00');
    await month('2025-01').press('Enter');
    await see(month('2025-02')).isFocused();
    // One cell pasted as Excel copies a currency cell: read as the amount, replacing the month's entry.
    await month('2025-02').fill('9');
    await paste(page, '2025-02', '$1,300\r\n');
    await see(month('2025-02')).hasValue('1300');
    // Pasted: a column of the win-rate benefit from Excel, a blank cell (not known), numbers as text.
    await page.getByTestId('track-line').selectOption({ label: 'Win-rate uplift' });
    await paste(page, '2025-02', '1,000\r\n\r\n"2,500"\r\n3000\r\n');
    for (const [key, want] of [['2025-01', ''], ['2025-02', '1000'], ['2025-03', ''], ['2025-04', '2500'], ['2025-05', '3000'], ['2025-06', '']])
      await see(month(key)).hasValue(want);
    await see(month('2025-05')).isFocused();

    const c: RoiCase = { ...defaultCase(), startDate: '2025-01-01' };
    c.costs[0].actuals = { '2025-01': 1450, '2025-02': 1300 };
    c.benefits[1].actuals = { '2025-02': 1000, '2025-04': 2500, '2025-05': 3000 };
    const ev = evaluate(c);
    const a = ev.actuals!;
    const toDate = (row: string, column: string) => page.locator(`[data-testid="track-to-date"] [data-track="${row}"] td[data-column="${column}"]`);
    await see(page.getByTestId('track-through')).hasText('To date: the initial period to May 2025');
    for (const key of ['costs', 'benefits', 'net'] as const) {
      await see(toDate(key, 'plan')).hasText(money(a.plannedToDate[key]));
      await see(toDate(key, 'actual')).hasText(money(a.toDate[key]));
    }
    await see(toDate('roi', 'plan')).hasText(percent(a.plannedToDate.roi as number));
    await see(toDate('roi', 'actual')).hasText(percent(a.toDate.roi as number));
    // 150 more licence cost than the 1,300 planned (unfavourable); the win-rate benefit, planned to ramp up from
    // March, brought 6,500 from February (favourable), and January, without an actual, counts at plan.
    await see(toDate('costs', 'variance')).hasText(`+${money(150)}unfavourable`);
    await see(page.locator('[data-testid="track-lines"] [data-line-id="cost1"] td[data-column="variance"]')).hasText(`+${money(150)}unfavourable`);
    const winRate = a.variance.lines.find((l) => l.id === 'benefit2')!;
    expect(winRate.variance).toBeGreaterThan(0);
    await see(page.locator('[data-testid="track-lines"] [data-line-id="benefit2"] td[data-column="actual"]')).hasText(money(winRate.actual));
    await see(page.locator('[data-testid="track-lines"] [data-line-id="benefit2"] td[data-column="variance"]')).hasText(`+${money(winRate.variance)}favourable`);
    await see(page.locator('[data-testid="track-lines"] [data-line-id="cost2"] td[data-column="variance"]')).hasText(`${money(0)}on plan`);
    await see(page.locator('[data-reforecast="NPV"] td[data-column="plan"]')).hasText(money(ev.npv));
    await see(page.locator('[data-reforecast="NPV"] td[data-column="reforecast"]')).hasText(money(ev.reforecast!.npv));
    await see(page.locator('[data-realised="annualRoi"]')).hasText(percent(a.annualRoi as number));
    await see(page.locator('svg.track-chart polyline')).hasCount(3);
    // The chart's lines end where the figures do: to date, and at the horizon as re-forecast and as planned.
    await see(page.locator('svg.track-chart title')).hasText(`Cumulative net: ${money(a.toDate.net)} realised to month 5 against ${money(a.plannedToDate.net)} planned; ` +
      `re-forecast ${money(ev.reforecast!.totals.net)} at the horizon against ${money(ev.totals.net)} planned.`);
    const quarters = page.locator('details.track-periods').first();
    await quarters.locator('summary').click();
    await see(page.locator('[data-testid="track-quarters"] [data-period="Year 1 Q1"] td[data-column="actual"]')).hasText(money(a.byPeriod.quarters[0].net));
    await see(page.locator('[data-testid="track-quarters"] [data-period="Year 1 Q2"] th')).hasText('Year 1 Q2 (Apr 2025 – Jun 2025), under way: to May 2025');
    await see(page.locator('[data-testid="track-quarters"] [data-period="Year 1 Q2"] td[data-column="plan"]')).hasText(money(ev.monthlyNet[3] + ev.monthlyNet[4]));

    await mkdir(path.join(root, 'test-artifacts'), { recursive: true });
    await page.locator('#step-5').screenshot({ path: path.join(root, 'test-artifacts/track-1400.png') });

    // A wrong value: told at its month and counted on the tab; it changes nothing in the figures, which say so.
    await month('2025-06').fill('12x');
    await see(page.locator('[data-error-for="benefits[1].actuals.2025-06"]')).hasText('Jun 2025: “12x” is not a number.');
    await see(month('2025-06')).hasAttribute('aria-invalid', 'true');
    await see(page.locator('#tab-5')).hasText('6 Track (1)');
    await see(page.getByTestId('track-partial')).containsText('leave out the entries marked below');
    await see(page.getByTestId('track-through')).hasText('To date: the initial period to May 2025');
    await see(toDate('benefits', 'actual')).hasText(money(a.toDate.benefits));
    // The figures were rebuilt as the value was typed; the quarters opened stay open.
    expect(await quarters.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await see(page.getByTestId('track-line').locator('option:checked')).hasText('Win-rate uplift (1 problem)');
    // Build lists it; following the link comes back to the month.
    await page.locator('#tab-6').click();
    await see(page.getByTestId('build')).isDisabled();
    await page.getByTestId('problems').getByRole('button', { name: 'Benefit “Win-rate uplift”: Jun 2025: “12x” is not a number.' }).click();
    await see(month('2025-06')).isFocused();
    await month('2025-06').fill('');
    await see(page.locator('#tab-5')).hasText('6 Track');
    await see(page.getByTestId('track-partial')).hasCount(0);

    // A paste with a wrong row changes nothing and says which row and month.
    await paste(page, '2025-07', '100\nabc\n300');
    await see(page.locator('[data-error-for="benefits[1].actuals.2025-07"]')).hasText('Row 2 (Aug 2025): “abc” is not a number. Nothing was pasted.');
    for (const key of ['2025-07', '2025-08', '2025-09']) await see(month(key)).hasValue('');
    await see(toDate('benefits', 'actual')).hasText(money(a.toDate.benefits));

    // The actuals are part of the case Build writes.
    await page.locator('#tab-6').click();
    await page.getByTestId('build').click();
    await see(page.getByTestId('build-status')).containsText('Built sheet');
    const written = await page.evaluate(() => document.getElementById('sheet')!.dataset.writes);
    expect(written).toBe('1');

    // 320 px: nothing overflows, the chart and the grid fit.
    await page.locator('#tab-5').click();
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.locator('#wizard').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const inputBox = await month('2025-01').boundingBox();
    expect(inputBox!.width).toBeGreaterThan(60);
    await page.locator('#step-5').screenshot({ path: path.join(root, 'test-artifacts/track-320.png') });
    expect(failures).toEqual([]);
    await page.close();
  });

  it('an entry the shortened horizon leaves outside the case is listed, blocks Build, and can be removed', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/playground.html`);
    await page.locator('.step-tab').first().waitFor();
    await page.locator('[data-path="startDate"]').fill('2025-01-01');
    await page.locator('#tab-5').click();
    await page.locator('#step-5 input[data-month="2027-12"]').fill('500');
    await see(page.getByTestId('track-through')).hasText('To date: the initial period to Dec 2027');

    await page.locator('#tab-0').click();
    await page.locator('[data-path="horizonMonths"]').fill('24');
    await see(page.locator('#tab-5')).hasText('6 Track (1)');
    await page.locator('#tab-6').click();
    await see(page.getByTestId('build')).isDisabled();
    await see(page.getByTestId('problems')).containsText('Cost “CRM licences”: Dec 2027: not a month of the case, which runs from Dec 2024 (the initial period) to Dec 2026 (got "2027-12").');

    await page.locator('#tab-5').click();
    await see(page.locator('#step-5 .month-row')).hasCount(1 + 25);
    const outside = page.locator('#step-5 .track-outside li');
    await see(outside).hasText('Dec 2027: 500 Remove');
    await outside.getByRole('button', { name: 'Remove' }).click();
    await see(outside).hasCount(0);
    await see(page.locator('#tab-5')).hasText('6 Track');
    await see(page.getByTestId('track-figures')).containsText('No actuals yet');
    await page.close();
  });
});
