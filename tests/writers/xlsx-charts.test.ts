// The .xlsx carries the plan's two charts as native DrawingML: written fresh, added into an analyst's workbook, and
// redrawn by a rebuild in place, which finds the add-in's charts by name and leaves everyone else's alone.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { sensitivity, uncertaintyOf } from '../../src/case/scenarios';
import { workbookCommand } from '../../src/cli/workbook';
import { absolute, parseAddress, parseRange } from '../../src/plan/a1';
import { STYLES } from '../../src/plan/format';
import { planSheet } from '../../src/plan';
import type { SheetPlan } from '../../src/plan/types';
import { patchXlsx } from '../../src/writers/xlsx-patch';
import { chartXml } from '../../src/writers/xlsx-patch/chart';
import { escapeAttr, parseXml } from '../../src/writers/xlsx-patch/xml';
import { readRoiWorkbook, writeXlsx } from '../../src/writers/xlsx';
import { blockRows, EXAMPLES } from '../plan/fixtures';
import { chartsOf, exampleCase, inSchemaOrder, seriesOf } from './xlsx-charts';
import { entries, FIXTURE, text } from './xlsx-patch-fixture';

const OURS = ['crm-roi:cumulativeNet', 'crm-roi:annualCostsBenefits', 'crm-roi:realisation'];

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  return book;
}

/** The values a chart's reference ('Sheet'!$A$1:$B$1) shows in the workbook, formula results as cached. */
function valuesAt(book: ExcelJS.Workbook, reference: string): unknown[] {
  const [, name, cells] = /^'((?:[^']|'')+)'!(\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?)$/.exec(reference) ?? [];
  if (!cells) throw new Error(`not a quoted absolute reference: ${reference}`);
  const sheet = book.getWorksheet(name.replace(/''/g, "'"))!;
  const r = parseRange(cells)!;
  const out: unknown[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const cell = sheet.getCell(row + 1, col + 1);
      out.push(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
    }
  }
  return out;
}

/**
 * A schedule row's months or years as a chart refers to them; rows found by their labels below the schedule's top (the
 * Summary above has rows of the same labels), not the plan's charts.
 */
function schedule(plan: SheetPlan, horizon: number) {
  const top = blockRows(plan, 'SCHEDULE').top;
  const row = (label: string) => plan.cells.findIndex((r, i) => i >= top && r[0].value === label && r[0].formula === undefined);
  const header = plan.cells[row('Month')];
  const first = header.findIndex((c) => c.value === 1);
  // The series start at the initial period (month 0), the column before month 1.
  const initial = header.findIndex((c) => c.value === 0);
  const years = header.flatMap((c, i) => (typeof c.value === 'string' && c.value.startsWith('Year ') ? [i] : []));
  const at = (label: string, from: number, to: number) => `'${plan.sheetName}'!${absolute(row(label), from)}:${absolute(row(label), to)}`;
  return { row, first, months: (label: string) => at(label, initial, first + horizon - 1), byYear: (label: string) => at(label, years[0], years.at(-1)!) };
}

describe.each(EXAMPLES)('%s written as an .xlsx', (name) => {
  const roiCase = exampleCase(name);
  const plan = planSheet(roiCase);
  const ev = evaluate(roiCase);
  let data: Buffer;
  beforeAll(async () => void (data = await writeXlsx(plan, roiCase)));

  it('anchors every chart in the ROI sheet\'s drawing, named by id, at the plan\'s cells and size, registered in the package', async () => {
    const { sheet, drawingPath, frames } = await chartsOf(data, plan.sheetName);
    // A case with three-point estimates has its tornado too.
    expect(frames.map((f) => f.name)).toEqual(plan.charts.map((c) => `crm-roi:${c.id}`));
    expect(frames.map((f) => f.name).slice(0, 3)).toEqual(OURS);
    expect(inSchemaOrder(sheet), 'the worksheet keeps ECMA-376 order').toBe(true);
    expect(sheet).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId\d+"\/><\/worksheet>$/);
    plan.charts.forEach((spec, i) => {
      const anchor = parseXml(frames[i].anchor);
      const from = anchor.children.find((c) => c.local === 'from')!;
      const cell = Object.fromEntries(from.children.map((c) => [c.local, Number(frames[i].anchor.slice(c.openEnd, c.closeStart))]));
      expect(cell, spec.id).toEqual({ ...parseAddress(spec.anchor), colOff: 0, rowOff: 0 });
      expect(frames[i].anchor).toContain(`<xdr:ext cx="${spec.width * 9525}" cy="${spec.height * 9525}"/>`);
      expect(frames[i].chart).toContain(`<a:t>${spec.title}</a:t>`);
    });
    const types = text((await entries(data)).get('[Content_Types].xml'));
    for (const part of [drawingPath!, ...frames.map((f) => f.chartPath)]) expect(types, part).toContain(`<Override PartName="/${part}"`);
  });

  it('charts the cumulative net cash flow over the months, with the payback point when the case pays back', async () => {
    const book = await load(data);
    const { frames } = await chartsOf(data, plan.sheetName);
    const { row, months, first } = schedule(plan, roiCase.horizonMonths);
    const chart = frames[0].chart;
    expect(chart).toContain('<c:scatterChart><c:scatterStyle val="lineMarker"/>');
    const series = seriesOf(chart);
    const payback = plan.names.find((n) => n.name === 'CRMROI_PAYBACK')!.ref;
    const paysBack = typeof ev.paybackMonths.simple === 'number';
    expect(series).toEqual([
      { name: 'Cumulative net', categories: months('Month'), values: months('Cumulative net') },
      { name: 'Cumulative discounted net', categories: months('Month'), values: months('Cumulative discounted net') },
      ...(paysBack ? [{ name: 'Payback', categories: `'${plan.sheetName}'!${payback}`, values: `'${plan.sheetName}'!${payback}` }] : []),
    ]);
    // The references hold what they should: months 0…H, the core's cumulative net from the initial period on, a
    // discounted position ending at the NPV.
    expect(valuesAt(book, series[0].categories!)).toEqual([0, ...ev.cumulativeNet.map((_, i) => i + 1)]);
    expect(valuesAt(book, series[0].values!)).toEqual([ev.initial.net, ...ev.cumulativeNet].map((v) => expect.closeTo(v, 6)));
    expect(valuesAt(book, series[1].values!).at(-1)).toBeCloseTo(ev.npv as number, 6);
    if (paysBack) expect(valuesAt(book, series[2].categories!)).toEqual([expect.closeTo(ev.paybackMonths.simple as number, 9)]);
    // Axes with labels: months along the bottom, money up the side in the sheet's own currency format, gridlines.
    const money = plan.cells[row('Cumulative net')][first].numberFormat!;
    expect(chart).toContain(`<c:max val="${roiCase.horizonMonths}"/><c:min val="0"/>`);
    expect(chart).toContain(`<c:majorGridlines>`);
    expect(chart).toContain(`<c:numFmt formatCode="${escapeAttr(money)}" sourceLinked="0"/>`);
    expect(chart).toContain('<c:legendPos val="b"/>');
  });

  it('charts costs against benefits by year', async () => {
    const book = await load(data);
    const { frames } = await chartsOf(data, plan.sheetName);
    const { byYear } = schedule(plan, roiCase.horizonMonths);
    expect(frames[1].chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    const series = seriesOf(frames[1].chart);
    expect(series).toEqual([
      { name: 'Costs', categories: byYear('Month'), values: byYear('Costs after risk adjustment') },
      { name: 'Benefits', categories: byYear('Month'), values: byYear('Benefits after risk adjustment') },
    ]);
    expect(valuesAt(book, series[0].categories!)).toEqual(ev.years.map((y) => `Year ${y.year}`));
    expect(valuesAt(book, series[0].values!)).toEqual(ev.years.map((y) => expect.closeTo(y.costs, 6)));
    expect(valuesAt(book, series[1].values!)).toEqual(ev.years.map((y) => expect.closeTo(y.benefits, 6)));
    expect(frames[1].chart).toMatch(/<c:catAx>.*<c:tickLblPos val="low"\/>.*<\/c:catAx><c:valAx>.*<c:majorGridlines>/);
  });

  it('still reads back in ExcelJS, case and all, and its case sheet lists no chart ranges any more', async () => {
    const read = await readRoiWorkbook(data);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    // As stated, three-point estimates included.
    expect(read.case).toEqual(uncertaintyOf(roiCase).case);
    const book = await load(data);
    expect(book.worksheets.map((s) => s.name)).toEqual([plan.sheetName, 'CRM ROI case']);
    expect(book.getWorksheet('CRM ROI case')!.getCell('A4').value).toBe('case.json');
  });
});

describe('crm-roi workbook rebuilding in place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-charts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());
  const example = join(__dirname, '../../examples/small-business.json');
  const run = async (...args: string[]) => expect(await workbookCommand.run(args)).toBe(0);

  it('adds the two charts to an analyst\'s workbook, keeps their own chart on another sheet byte for byte, and a second rebuild changes no part', async () => {
    const file = join(dir, 'analyst.xlsx');
    copyFileSync(join(__dirname, '../fixtures/user-workbook.xlsx'), file);
    await run(example, '-o', file); // the analyst's own "CRM ROI" sheet is not the add-in's: "CRM ROI (2)" is added
    await run(file, '-o', file);
    const data = readFileSync(file);
    expect((await chartsOf(data, 'CRM ROI (2)')).frames.map((f) => f.name)).toEqual(OURS);
    const theirs = await chartsOf(data, 'CRM ROI');
    expect(theirs.frames.map((f) => f.name)).toEqual(['']);
    const [before, after] = [await entries(FIXTURE), await entries(data)];
    for (const part of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/worksheets/_rels/sheet1.xml.rels']) expect(after.get(part), part).toEqual(before.get(part));
    expect(theirs.frames[0].chartPath).toBe('xl/charts/chart1.xml');

    await run(file, '-o', file);
    const again = await entries(readFileSync(file));
    expect([...again.keys()]).toEqual([...after.keys()]);
    for (const [part, bytes] of after) expect(again.get(part), part).toEqual(bytes);
  });

  it('redraws its charts found by name, not title: a translated title, a copy of one and the analyst\'s chart beside them', async () => {
    const file = join(dir, 'own.xlsx');
    await run(example, '-o', file);
    const { drawingPath, frames } = await chartsOf(readFileSync(file), 'CRM ROI');
    // The analyst translates a title, copies the yearly chart and adds a chart of their own to the same drawing.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const original = frames[0].chart;
    zip.file(frames[0].chartPath, original.replace(/<a:t>[^<]*<\/a:t>/, '<a:t>Flux de trésorerie cumulé</a:t>'));
    const fixture = await entries(FIXTURE);
    const userChart = text(fixture.get('xl/charts/chart1.xml'));
    zip.file('xl/charts/chart9.xml', userChart);
    zip.file('xl/charts/chart10.xml', frames[1].chart);
    const relsPath = 'xl/drawings/_rels/drawing1.xml.rels';
    const rel = (id: string, n: number) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart${n}.xml"/>`;
    zip.file(relsPath, (await zip.file(relsPath)!.async('string')).replace('</Relationships>', `${rel('rId9', 9)}${rel('rId10', 10)}</Relationships>`));
    const chartType = (n: number) => `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`;
    zip.file('[Content_Types].xml', (await zip.file('[Content_Types].xml')!.async('string')).replace('</Types>', `${chartType(9)}${chartType(10)}</Types>`));
    const copy = frames[1].anchor.replace(/r:id="rId\d+"/, 'r:id="rId10"').replace(/cNvPr id="\d+"/, 'cNvPr id="7"');
    const theirs = /<xdr:twoCellAnchor.*<\/xdr:twoCellAnchor>/.exec(text(fixture.get('xl/drawings/drawing1.xml')))![0].replace('r:id="rId1"', 'r:id="rId9"').replace('<xdr:cNvPr id="0" name="">', '<xdr:cNvPr id="8" name="Chart 8">');
    const drawing = await zip.file(drawingPath!)!.async('string');
    zip.file(drawingPath!, drawing.replace('</xdr:wsDr>', `${copy}${theirs}</xdr:wsDr>`));
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    expect((await chartsOf(readFileSync(file), 'CRM ROI')).frames.map((f) => f.name)).toEqual([...OURS, OURS[1], 'Chart 8']);

    await run(file, '-o', file);
    const after = await chartsOf(readFileSync(file), 'CRM ROI');
    expect(after.frames.map((f) => f.name)).toEqual([...OURS, 'Chart 8']);
    expect(after.frames[0].chart).toBe(original); // the plan's title again, in the same part
    expect(after.frames.map((f) => f.chartPath)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml', 'xl/charts/chart9.xml']);
    expect(after.frames[3].anchor).toBe(theirs);
    expect(after.frames[3].chart).toBe(userChart);
    // The copy is gone with its part, relationship and content type.
    const parts = await entries(readFileSync(file));
    expect(parts.has('xl/charts/chart10.xml')).toBe(false);
    expect(text(parts.get(relsPath))).not.toContain('chart10');
    expect(text(parts.get('[Content_Types].xml'))).not.toContain('chart10');
    expect((await load(readFileSync(file))).worksheets.map((s) => s.name)).toEqual(['CRM ROI', 'CRM ROI case']);
  });
});

describe('the chart part writer', () => {
  it('quotes the sheet name as Excel requires, makes references absolute and escapes the title', () => {
    const xml = chartXml(
      { id: 'annualCostsBenefits', title: 'Costs & <benefits>', type: 'column', anchor: 'H2', width: 480, height: 288, series: [{ name: 'R&D', categories: 'C3:E3', values: 'c6:$E$6' }] },
      "Bob's ROI",
    );
    expect(xml).toContain("<c:cat><c:strRef><c:f>'Bob''s ROI'!$C$3:$E$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Bob''s ROI'!$C$6:$E$6</c:f></c:numRef></c:val>");
    expect(xml).toContain('<a:t>Costs &amp; &lt;benefits&gt;</a:t>');
    expect(xml).toContain('<c:tx><c:v>R&amp;D</c:v></c:tx>');
    expect(() => parseXml(xml)).not.toThrow();
    expect(() => chartXml({ id: 'cumulativeNet', title: 't', type: 'line', anchor: 'H2', width: 1, height: 1, series: [{ name: 'x', categories: 'C3:E3', values: 'Sheet2!C6:E6' }] }, 'S')).toThrow('chart values "Sheet2!C6:E6" is not an A1 reference');
  });

  it('puts <drawing> before what the schema puts after it, declaring the relationships prefix a sheet lacks', async () => {
    const zip = await JSZip.loadAsync(FIXTURE);
    const data = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    const bare = data.replace(/ xmlns:r="[^"]+"/, '').replace('</worksheet>', '<tableParts count="0"/><extLst/></worksheet>');
    zip.file('xl/worksheets/sheet2.xml', bare);
    const spec = { id: 'cumulativeNet' as const, title: 'Data', type: 'column' as const, anchor: 'D2', width: 100, height: 50, series: [{ name: 'Amount', categories: 'A2:A4', values: 'B2:B4' }] };
    const patched = await patchXlsx(await zip.generateAsync({ type: 'uint8array' }), [{ sheetName: 'Data', styles: STYLES, edits: [], charts: [spec] }], { remove: () => false, add: [] });
    const { sheet, frames } = await chartsOf(patched, 'Data');
    expect(frames.map((f) => f.name)).toEqual(['crm-roi:cumulativeNet']);
    expect(sheet).toMatch(/<drawing xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships" r:id="rId\d+"\/><tableParts count="0"\/><extLst\/><\/worksheet>$/);
    expect(inSchemaOrder(sheet)).toBe(true);
    // The other sheet's drawing is not touched: the new one is drawing2.
    expect((await chartsOf(patched, 'Data')).drawingPath).toBe('xl/drawings/drawing2.xml');
    expect((await load(patched)).getWorksheet('Data')!.getCell('B2').value).toBe(100);
  });
});

describe('the tornado of a case with three-point estimates', () => {
  it('draws NPV changes as horizontal bars, one to each side of zero, the widest estimate on top', async () => {
    const roiCase = exampleCase('enterprise-tei');
    const plan = planSheet(roiCase);
    const data = await writeXlsx(plan, roiCase);
    const { frames } = await chartsOf(data, plan.sheetName);
    const tornado = frames.find((f) => f.name === 'crm-roi:npvSensitivity')!;
    expect(tornado.chart).toContain('<c:barDir val="bar"/>');
    expect(tornado.chart).toContain('<c:overlap val="100"/>');
    expect(tornado.chart).toMatch(/<c:catAx><c:axId val="\d+"\/><c:scaling><c:orientation val="maxMin"\/>/);
    const book = await load(data);
    const [conservative, optimistic] = seriesOf(tornado.chart);
    const swings = sensitivity(roiCase);
    const npv = evaluate(roiCase).npv;
    expect(valuesAt(book, conservative.values!)).toEqual(swings.map((s) => expect.closeTo(s.npvConservative - npv, 6)));
    expect(valuesAt(book, optimistic.values!)).toEqual(swings.map((s) => expect.closeTo(s.npvOptimistic - npv, 6)));
    expect(valuesAt(book, conservative.categories!)).toEqual(swings.map((s) => `${s.label} (${s.lineName})`));
  });
});
