// LibreOffice prints the written workbooks to PDF, and the charts are there: their titles, legends and axis labels in
// the PDF's text, inside each chart's box, and the series drawn in their colours in a rendering of that box.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { planSheet } from '../../src/plan';
import { currencyAffixes } from '../../src/i18n/currency';
import { writeXlsx } from '../../src/writers/xlsx';
import { buildIntoWorkbook } from '../../src/writers/xlsx-update';
import { exampleCase } from './xlsx-charts';
import { FIXTURE } from './xlsx-patch-fixture';
import { EXAMPLES } from '../plan/fixtures';

const have = (tool: string, ...args: string[]) => spawnSync(tool, args, { stdio: 'ignore' }).status === 0;
const haveTools = have('soffice', '--version') && have('pdftotext', '-v') && have('pdftoppm', '-v');
const CUMULATIVE = 'Cumulative net cash flow by month';
const ANNUAL = 'Costs and benefits per year';
/** Each sheet on one page, so no chart is cut by a page break. */
const PDF = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
/** The series colours the chart writer uses, and LibreOffice's first default colour (the analyst's chart). */
const COLOURS = { net: [0x1f, 0x4e, 0x79], discounted: [0x5b, 0x9b, 0xd5], payback: [0xed, 0x7d, 0x31], costs: [0xc0, 0x50, 0x4d], benefits: [0x70, 0xad, 0x47], theirs: [0x00, 0x45, 0x86] };

interface Word {
  page: number;
  x: number;
  y: number;
  text: string;
}
interface Box {
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Every word of a PDF with its page and position (points from the top left), as pdftotext lays them out. */
function wordsOf(pdf: string): { words: Word[]; lines: { page: number; x: number; y: number; width: number; text: string }[] } {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  const lines: { page: number; x: number; y: number; width: number; text: string }[] = [];
  xml.split('<page ').slice(1).forEach((page, p) => {
    for (const [, x0, y0, x1, body] of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
      const inLine = [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(([, x, y, text]) => ({ page: p + 1, x: Number(x), y: Number(y), text: decode(text) }));
      words.push(...inLine);
      lines.push({ page: p + 1, x: Number(x0), y: Number(y0), width: Number(x1) - Number(x0), text: inLine.map((w) => w.text).join(' ') });
    }
  });
  return { words, lines };
}
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The box of the chart titled `title`: a 480 × 288 px chart (360 × 216 pt) hangs from its title, centred on it. */
function chartBox(lines: ReturnType<typeof wordsOf>['lines'], title: string): Box {
  const line = lines.find((l) => l.text.includes(title));
  if (!line) throw new Error(`no chart titled "${title}" in the PDF`);
  return { page: line.page, left: line.x + line.width / 2 - 185, top: line.y - 12, width: 370, height: 225 };
}
const inside = (w: Word, b: Box) => w.page === b.page && w.x >= b.left && w.x <= b.left + b.width && w.y >= b.top && w.y <= b.top + b.height;

/** How many pixels of the box, rendered at 72 dpi, are close to each colour. */
function colourCounts(pdf: string, box: Box, dir: string): Record<keyof typeof COLOURS, number> {
  const out = join(dir, `box-${Math.random().toString(36).slice(2)}`);
  const at = (n: number) => String(Math.round(n));
  execFileSync('pdftoppm', ['-r', '72', '-f', at(box.page), '-l', at(box.page), '-x', at(box.left), '-y', at(box.top), '-W', at(box.width), '-H', at(box.height), '-singlefile', pdf, out]);
  const ppm = readFileSync(`${out}.ppm`);
  // P6 <width> <height> 255, then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const pixels = ppm.subarray(header[0].length);
  const counts = Object.fromEntries(Object.keys(COLOURS).map((k) => [k, 0])) as Record<keyof typeof COLOURS, number>;
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    for (const [name, [r, g, b]] of Object.entries(COLOURS)) {
      if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 40) counts[name as keyof typeof COLOURS]++;
    }
  }
  return counts;
}


describe.skipIf(!haveTools && !process.env.CI)('LibreOffice prints every chart to PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-charts-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    if (!haveTools) throw new Error('soffice, pdftotext and pdftoppm are needed: CI must install libreoffice-calc-nogui and poppler-utils');
    const [input, profile] = ['in', 'profile'].map((d) => join(dir, d));
    mkdirSync(input);
    mkdirSync(profile);
    for (const name of EXAMPLES) {
      const roiCase = exampleCase(name);
      writeFileSync(join(input, `${name}.xlsx`), await writeXlsx(planSheet(roiCase), roiCase));
    }
    // An analyst's workbook with a chart of their own, the ROI sheet added beside it and then rebuilt in place.
    const added = await buildIntoWorkbook(FIXTURE, exampleCase('small-business'), 'CRM ROI');
    writeFileSync(join(input, 'analyst.xlsx'), (await buildIntoWorkbook(added.data, exampleCase('small-business'), added.sheetName)).data);
    const files = [...EXAMPLES, 'analyst'].map((f) => join(input, `${f}.xlsx`));
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', PDF, '--outdir', dir, ...files], { timeout: 170_000, stdio: 'pipe' });
  }, 180_000);

  describe.each(EXAMPLES)('%s', (name) => {
    const roiCase = exampleCase(name);
    const ev = evaluate(roiCase);
    // Money axis labels as the sheet's format writes them, "$1,000" or "1,000 €" (two words then), among the words.
    const { prefix, suffix } = currencyAffixes(roiCase.currency);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const money = new RegExp(`(?:^| )-?${escape(prefix)}\\d{1,3}(?:,\\d{3})*${escape(suffix)}(?= |$)`, 'g');
    const moneyLabels = (seen: string[]) => seen.join(' ').match(money)?.length ?? 0;

    it('shows the cumulative net cash flow: title, legend, month and money axis labels, the payback point when there is one', () => {
      const pdf = join(dir, `${name}.pdf`);
      const { words, lines } = wordsOf(pdf);
      const box = chartBox(lines, CUMULATIVE);
      const seen = words.filter((w) => inside(w, box)).map((w) => w.text);
      // The title's second line, the legend, the first and last month.
      expect(seen).toEqual(expect.arrayContaining(['(payback', 'zero)', 'Cumulative', 'discounted', 'net', '0', String(roiCase.horizonMonths)]));
      expect(moneyLabels(seen), seen.join(' ')).toBeGreaterThanOrEqual(4);
      const paysBack = typeof ev.paybackMonths.simple === 'number';
      expect(seen.includes('Payback')).toBe(paysBack);
      const colours = colourCounts(pdf, box, dir);
      expect(colours.net, 'the cumulative net line').toBeGreaterThan(100);
      expect(colours.discounted, 'the discounted line').toBeGreaterThan(50);
      if (paysBack) expect(colours.payback, 'the payback diamond').toBeGreaterThan(20);
      else expect(colours.payback).toBe(0);
    });

    it('shows costs against benefits by year, with money on the value axis', () => {
      const pdf = join(dir, `${name}.pdf`);
      const { words, lines } = wordsOf(pdf);
      const box = chartBox(lines, ANNUAL);
      const seen = words.filter((w) => inside(w, box)).map((w) => w.text);
      expect(seen).toEqual(expect.arrayContaining(['Costs', 'Benefits', 'Year', ...ev.years.map((y) => String(y.year))]));
      expect(moneyLabels(seen), seen.join(' ')).toBeGreaterThanOrEqual(4);
      const colours = colourCounts(pdf, box, dir);
      expect(colours.costs, 'the cost columns').toBeGreaterThan(300);
      expect(colours.benefits, 'the benefit columns').toBeGreaterThan(300);
    });
  });

  it("draws both charts on the ROI sheet added to an analyst's workbook and rebuilt, beside the analyst's own chart", () => {
    const pdf = join(dir, 'analyst.pdf');
    const { lines } = wordsOf(pdf);
    const [cumulative, annual] = [chartBox(lines, CUMULATIVE), chartBox(lines, ANNUAL)];
    expect(lines.filter((l) => l.text.includes(CUMULATIVE) || l.text.includes(ANNUAL))).toHaveLength(2);
    expect(cumulative.page).toBe(annual.page);
    expect(cumulative.page, 'after the analyst\'s sheets').toBe(3);
    expect(colourCounts(pdf, cumulative, dir).net).toBeGreaterThan(100);
    expect(colourCounts(pdf, annual, dir).benefits).toBeGreaterThan(300);
    // The analyst's chart, LibreOffice's default blue columns, is still on their sheet, the first page.
    expect(colourCounts(pdf, { page: 1, left: 0, top: 0, width: 800, height: 400 }, dir).theirs, "the analyst's chart").toBeGreaterThan(300);
  });
});
