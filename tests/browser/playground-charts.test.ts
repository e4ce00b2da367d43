import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { planSheet } from '../../src/plan';
import { parseRange, rectToA1 } from '../../src/plan/a1';
import { HOW_TO_READ } from '../../src/plan/layout';
import type { ChartSpec, SheetPlan } from '../../src/plan/types';
import { chartData, rangeValues } from '../../playground/chart-data';
import { sensitivity } from '../../src/case/scenarios';
import { formatValue } from '../../playground/numfmt';
import { buildPlayground } from '../../scripts/build-playground';
import { serveStatic, type Server } from '../../scripts/serve';
import { defaultCase } from '../../taskpane/default-case';
import { chromiumAvailable, launch } from './launch';
import { see } from './see';

// The playground's worksheet shows the plan's two charts where the add-in puts them, beside the Summary, drawn from
// the sheet's own cells; and text runs on over empty cells as in a spreadsheet. Served from dist/ (npm test builds it).

const root = path.resolve(import.meta.dirname, '../..');

let browser: Browser;
let server: Server;
let page: Page;

const cell = (a1: string) => page.locator(`td[data-address="${a1.replace(/\$/g, '')}"]`);
const chart = (id: ChartSpec['id']) => page.locator(`#sheet svg.pg-chart[data-chart="${id}"]`);
const specOf = (plan: SheetPlan, id: ChartSpec['id']) => plan.charts.find((c) => c.id === id)!;
const box = async (l: Locator) => (await l.boundingBox())!;
/** The cells of an A1 range, left to right, top to bottom. */
const addresses = (a1: string) => {
  const r = parseRange(a1)!;
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(rectToA1({ top: row, left: col, bottom: row, right: col }));
  return out;
};

async function build(): Promise<void> {
  await page.locator('#tab-6').click();
  await page.getByTestId('build').click();
  await see(page.getByTestId('build-status')).hasText(/^(Built|Updated) sheet/);
}

/** Each chart's top-left corner is its anchor cell's, and it is the spec's size. */
async function expectAtAnchors(plan: SheetPlan): Promise<void> {
  for (const spec of plan.charts) {
    const [at, drawn] = [await box(cell(spec.anchor)), await box(chart(spec.id))];
    expect(Math.abs(drawn.x - at.x), spec.id).toBeLessThanOrEqual(1);
    expect(Math.abs(drawn.y - at.y), spec.id).toBeLessThanOrEqual(1);
    expect([drawn.width, drawn.height]).toEqual([spec.width, spec.height]);
  }
}

/** The line chart's first series as drawn: its values (data-values) and its points. */
const drawnLine = (name: string) =>
  chart('cumulativeNet').locator(`polyline[data-series="${name}"]`).evaluate((el: SVGPolylineElement) => ({
    values: el.getAttribute('data-values')!.split(',').map(Number),
    points: Array.from({ length: el.points.numberOfItems }, (_, i) => ({ x: el.points.getItem(i).x, y: el.points.getItem(i).y })),
  }));

describe.skipIf(!chromiumAvailable)('the playground worksheet (Chromium): charts and text that runs on', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist/playground.js'))) await buildPlayground();
    server = await serveStatic({ root: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    await page.goto(`${server.url}/playground.html`);
    await page.locator('.step-tab').first().waitFor();
    expect(failures).toEqual([]);
  });

  it('draws both charts at their anchors beside the Summary, from the sheet’s values, and redraws them on update', async () => {
    await build();
    const c: RoiCase = defaultCase();
    const ev = evaluate(c);
    const plan = planSheet(c);
    await see(page.locator('#sheet svg.pg-chart')).hasCount(2);
    await expectAtAnchors(plan);

    // Beside the Summary: clear of columns A to D, and of each other.
    const summaryRight = (await box(cell('D5'))).x + (await box(cell('D5'))).width;
    const [line, columns] = [await box(chart('cumulativeNet')), await box(chart('annualCostsBenefits'))];
    expect(line.x).toBeGreaterThanOrEqual(summaryRight - 1);
    expect(columns.x).toBeGreaterThanOrEqual(line.x + line.width);

    // The line chart: one point a month from month 0, the values of the sheet's cumulative cells, the zero line where 0 is.
    const lineSpec = specOf(plan, 'cumulativeNet');
    const cumulative = rangeValues(plan, lineSpec.series[0].values) as number[];
    const drawn = await drawnLine('Cumulative net');
    expect(drawn.points).toHaveLength(c.horizonMonths + 1);
    expect(drawn.values).toEqual(cumulative);
    expect((await drawnLine('Cumulative discounted net')).values).toEqual(rangeValues(plan, lineSpec.series[1].values));
    // The values charted are the ones the sheet shows in those cells.
    const format = plan.cells[parseRange(lineSpec.series[0].values)!.top][parseRange(lineSpec.series[0].values)!.left].numberFormat;
    const shown = await page.evaluate((a1s) => a1s.map((a) => document.querySelector(`td[data-address="${a}"]`)?.textContent), addresses(lineSpec.series[0].values));
    expect(shown).toEqual(drawn.values.map((v) => formatValue(v, format).text));
    const zeroY = Number(await chart('cumulativeNet').locator('.pg-chart-zero').getAttribute('y1'));
    expect(cumulative[0]).toBe(0);
    expect(drawn.points[0].y).toBeCloseTo(zeroY, 0);
    const low = cumulative.indexOf(Math.min(...cumulative));
    expect(drawn.points[low].y).toBe(Math.max(...drawn.points.map((p) => p.y)));

    // Its axes: money values (zero among them), month numbers from 0 to the horizon.
    const values = await chart('cumulativeNet').locator('.pg-chart-values text').allTextContents();
    expect(values.length).toBeGreaterThanOrEqual(3);
    expect(values).toContain('$0');
    expect(values.every((v) => /^-?\$[\d,]+$/.test(v)), values.join(' ')).toBe(true);
    const months = await chart('cumulativeNet').locator('.pg-chart-months text').allTextContents();
    expect([months[0], months[months.length - 1]]).toEqual(['0', String(c.horizonMonths)]);
    await see(chart('cumulativeNet').locator('.pg-chart-title')).hasText(lineSpec.title);

    // The payback point: on the zero line, between the months it falls between, labelled.
    const payback = ev.paybackMonths.simple as number;
    const mark = chart('cumulativeNet').locator('.pg-payback');
    await see(mark).hasCount(1);
    expect(Number(await mark.getAttribute('data-months'))).toBeCloseTo(payback, 10);
    await see(mark.locator('text')).hasText(`Payback ${formatValue(payback, '0.0 "months"').text}`);
    const diamond = await box(mark.locator('.pg-payback-point'));
    const origin = await box(chart('cumulativeNet'));
    expect(diamond.y + diamond.height / 2 - origin.y).toBeCloseTo(zeroY, 0);
    expect(diamond.x + diamond.width / 2 - origin.x).toBeGreaterThan(drawn.points[Math.floor(payback)].x);
    expect(diamond.x + diamond.width / 2 - origin.x).toBeLessThan(drawn.points[Math.ceil(payback)].x);

    // The column chart: a column a year and series, the sheet's yearly totals, years along the bottom, a legend.
    const columnSpec = specOf(plan, 'annualCostsBenefits');
    await see(chart('annualCostsBenefits').locator('.pg-chart-title')).hasText(columnSpec.title);
    for (const s of columnSpec.series) {
      const heights = await chart('annualCostsBenefits').locator(`g[data-series="${s.name}"] rect`).evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
      expect(heights).toEqual(rangeValues(plan, s.values));
    }
    expect(await chart('annualCostsBenefits').locator('.pg-chart-categories text').allTextContents()).toEqual(['Year 1', 'Year 2', 'Year 3']);
    expect(await chart('annualCostsBenefits').locator('.pg-chart-legend text').allTextContents()).toEqual(['Costs', 'Benefits']);
    expect(await chart('annualCostsBenefits').locator('.pg-chart-values text').first().textContent()).toBe('$0');

    // The charts scroll with the cells under them, and a narrow window changes nothing of that.
    await page.locator('#sheet').evaluate((el) => el.scrollTo(420, 60));
    await expectAtAnchors(plan);
    await mkdir(path.join(root, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'test-artifacts/playground-charts.png') });
    await page.setViewportSize({ width: 700, height: 900 });
    await expectAtAnchors(plan);

    // A case that never pays back: the update redraws both charts from the new sheet, with no payback point.
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.locator('#tab-1').click();
    await page.locator('[data-path="costs[1].amount"]').fill('900000');
    await build();
    (c.costs[1] as { amount: number }).amount = 900000;
    const never = planSheet(c);
    expect(evaluate(c).paybackMonths.simple).toMatchObject({ code: '#N/A' });
    await expect.poll(async () => (await drawnLine('Cumulative net')).values).toEqual(rangeValues(never, specOf(never, 'cumulativeNet').series[0].values));
    await see(cell(specOf(never, 'cumulativeNet').marker!)).hasText('never');
    await see(chart('cumulativeNet').locator('.pg-payback')).hasCount(0);
    expect(await chart('cumulativeNet').getAttribute('aria-label')).toContain('no payback within the horizon');
    const costs = await chart('annualCostsBenefits').locator('g[data-series="Costs"] rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
    expect(costs).toEqual(rangeValues(never, specOf(never, 'annualCostsBenefits').series[0].values));
    await expectAtAnchors(never);
  });

  it('lets the title and the how-to-read lines run on, whole, over the empty cells beside them, which stay cells', async () => {
    const name = 'Acme Corporation: global CRM rollout, phases one and two';
    await page.locator('[data-path="name"]').fill(name);
    await build();
    const plan = planSheet({ ...defaultCase(), name });
    const columnA = (await box(cell('A1'))).width;
    const howRows = HOW_TO_READ.map((line) => plan.cells.findIndex((r) => r[0].value === line) + 1);
    for (const a1 of ['A1', 'A2', ...howRows.map((r) => `A${r}`)]) {
      const text = cell(a1).locator('.spill-text');
      await see(text).hasText(String(plan.cells[Number(a1.slice(1)) - 1][0].value));
      const { scrollWidth, clientWidth } = await text.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth, `${a1} is cut off`).toBeLessThanOrEqual(clientWidth);
      expect(clientWidth, `${a1} runs on past column A`).toBeGreaterThan(columnA);
    }

    // The cells it runs over are still there: a click on the text over B selects B, as in a spreadsheet.
    const b = await box(cell(`B${howRows[0]}`));
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await see(page.locator('#fx-address')).hasText(`B${howRows[0]}`);

    // Wrapped text and numbers stay in their cells.
    await see(cell('D6').locator('.spill-text')).hasCount(0);
    await see(cell('B6').locator('.spill-text')).hasCount(0);
    expect(await cell('D6').evaluate((el) => getComputedStyle(el).overflow)).toBe('hidden');
  });

  it('draws the tornado and the NPV histogram of a case with a range, at their anchors', async () => {
    await page.locator('#tab-1').click();
    await page.locator('[data-range-for="costs[0].users"]').check();
    await page.locator('[data-path="costs[0].users.conservative"]').fill('24');
    await page.locator('[data-path="costs[0].users.optimistic"]').fill('18');
    await build();
    const c = defaultCase() as any;
    c.costs[0].users = { conservative: 24, expected: 20, optimistic: 18 };
    const plan = planSheet(c);
    expect(plan.charts.map((x) => x.id)).toEqual(['cumulativeNet', 'annualCostsBenefits', 'npvSensitivity', 'npvHistogram']);
    await see(page.locator('#sheet svg.pg-chart')).hasCount(4);
    await expectAtAnchors(plan);
    // One bar per estimate, from NPV at conservative to NPV at optimistic, as the core computes them.
    await see(chart('npvSensitivity').locator('.tornado-row')).hasCount(1);
    const [swing] = sensitivity(c);
    const money = (x: number) => formatValue(x, chartData(plan, specOf(plan, 'npvSensitivity')).valueFormat).text;
    const summary = await chart('npvSensitivity').getAttribute('aria-label');
    for (const v of [swing.npvConservative, swing.npvOptimistic, evaluate(c).npv]) expect(summary).toContain(money(v));
    await chart('npvSensitivity').scrollIntoViewIfNeeded();
    await mkdir(path.join(root, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'test-artifacts/playground-tornado.png') });
  });
});
