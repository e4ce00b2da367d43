import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { STYLES } from '../../src/plan/format';
import type { PlanCell, SheetPlan } from '../../src/plan/types';
import { address } from '../../src/plan/a1';
import { patchXlsx, type CellEdit, type NamesEdit, type SheetEdit } from '../../src/writers/xlsx-patch';
import { parseXml, type Element } from '../../src/writers/xlsx-patch/xml';
import { writeXlsx } from '../../src/writers/xlsx';
import { tinyCase, tinyPlan } from './fixtures';
import { CASE_EDIT, entries, FIXTURE, HOSTILE, load, NAMES, patchFixture, ROI_EDIT, text } from './xlsx-patch-fixture';

const ROI_SHEET = 'xl/worksheets/sheet1.xml';
/** The parts the fixture's patch has to change; every other entry must come through byte for byte. */
const CHANGED = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml', ROI_SHEET];
const NO_NAMES: NamesEdit = { remove: () => false, add: [] };

/** Each <c> of a sheet by address, as its exact text. */
function cellsOf(xml: string): Map<string, string> {
  const sheetData = parseXml(xml).children.find((c) => c.local === 'sheetData')!;
  const cells = new Map<string, string>();
  for (const row of sheetData.children) for (const c of row.children) cells.set(c.attrs.r, xml.slice(c.start, c.end));
  return cells;
}

const slice = (xml: string, el: Element) => xml.slice(el.start, el.end);
const find = (el: Element, local: string) => el.children.find((c) => c.local === local);

/**
 * A small workbook written by hand, to reach what LibreOffice and ExcelJS never write (prefixes, rows without r, an
 * absolute relationship target that spells the part name in another case…).
 */
async function handMade(sheet: string, options: { prefix?: string; target?: string; extra?: Record<string, string> } = {}): Promise<Uint8Array> {
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}` : 'xmlns';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${options.extra?.['[Content_Types].xml'] ?? ''}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns}="${main}" xmlns:r="${rel}"><${p}sheets><${p}sheet name="Sheet1" sheetId="1" r:id="rId1"/></${p}sheets>${options.extra?.workbook ?? ''}</${p}workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="${options.target ?? '/xl/worksheets/sheet1.xml'}"/>${options.extra?.rels ?? ''}</Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}="${main}">${sheet}</${p}worksheet>`);
  for (const [name, content] of Object.entries(options.extra ?? {})) if (name.includes('/')) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}

const edit = (edits: CellEdit[], more: Partial<SheetEdit> = {}): SheetEdit => ({ sheetName: 'Sheet1', styles: STYLES, edits, ...more });
const sheetXml = async (data: Uint8Array) => text((await entries(data)).get('xl/worksheets/sheet1.xml'));

describe('patchXlsx on a workbook an analyst worked on', () => {
  it('copies every entry it does not need to change byte for byte, in the same order, and adds the new sheet last', async () => {
    const before = await entries(FIXTURE);
    const after = await entries(await patchFixture());
    expect([...after.keys()]).toEqual([...before.keys(), 'xl/worksheets/sheet3.xml']);
    for (const [name, bytes] of before) {
      if (CHANGED.includes(name)) expect(after.get(name), name).not.toEqual(bytes);
      else expect(after.get(name), name).toEqual(bytes);
    }
  });

  it('changes the edited sheet at the cell level only: other cells, rows and elements keep their exact text', async () => {
    const before = text((await entries(FIXTURE)).get(ROI_SHEET));
    const after = text((await entries(await patchFixture())).get(ROI_SHEET));
    const edited = new Set(ROI_EDIT.edits.map((e) => e.address));
    const [old, now] = [cellsOf(before), cellsOf(after)];
    let kept = 0;
    for (const [ref, xml] of old) if (!edited.has(ref)) expect(now.get(ref), ref).toBe(xml), kept++;
    expect(kept).toBeGreaterThan(10);
    // Cleared cells are gone; cells are in row order, and in column order within a row.
    expect(now.has('A3') || now.has('B3')).toBe(false);
    expect([...now.keys()]).toEqual(['A1', 'C3', 'A4', 'B4', 'C4', 'D4', 'A5', 'B5', 'C5', 'A6', 'B6', 'C6', 'A7', 'B7', 'C7', 'A8', 'B8', 'B9', 'A12', 'B12', 'C12', 'A15']);
    // Everything but the cells, the used range, the views and the column widths is untouched: merges, validation,
    // hyperlinks, page setup, the drawing (the chart) and the legacy drawing (the note).
    const untouched = (xml: string) => parseXml(xml).children.filter((c) => !['dimension', 'sheetViews', 'cols', 'sheetData'].includes(c.local)).map((c) => slice(xml, c));
    expect(untouched(after)).toEqual(untouched(before));
    expect(untouched(after).join()).toMatch(/<mergeCell ref="A12:C12"\/>.*<dataValidation .*sqref="B4:B5".*<hyperlink ref="C5".*<drawing r:id="rId3"\/>,<legacyDrawing r:id="rId4"\/>/);
    const rows = (xml: string) => parseXml(xml).children.find((c) => c.local === 'sheetData')!.children.filter((r) => r.attrs.r === '12').map((r) => slice(xml, r));
    expect(rows(after)).toEqual(rows(before));
    expect(after).toContain('<dimension ref="A1:D15"/>');
    expect(after).toContain('<cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="3" width="12" customWidth="1"/></cols>');
  });

  it('keeps the chart, the note and the hyperlink attached to the sheet', async () => {
    const parts = await entries(await patchFixture());
    const rels = text(parts.get('xl/worksheets/_rels/sheet1.xml.rels'));
    const target = (id: string) => new RegExp(`Id="${id}" Type="[^"]+" Target="([^"]+)"`).exec(rels)![1];
    const sheet = text(parts.get(ROI_SHEET));
    const drawing = /<drawing r:id="(\w+)"\/>/.exec(sheet)![1];
    const legacy = /<legacyDrawing r:id="(\w+)"\/>/.exec(sheet)![1];
    expect(target(drawing)).toBe('../drawings/drawing1.xml');
    expect(target(legacy)).toBe('../drawings/vmlDrawing1.vml');
    expect(rels).toContain('Target="../comments1.xml"');
    expect(target(/<hyperlink ref="C5" r:id="(\w+)"/.exec(sheet)![1])).toBe('https://example.com/quote?a=1&amp;b=2');
    for (const part of ['xl/drawings/drawing1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/comments1.xml', 'xl/charts/chart1.xml']) expect(parts.has(part), part).toBe(true);
    expect(text(parts.get('xl/drawings/_rels/drawing1.xml.rels'))).toContain('Target="../charts/chart1.xml"');
    expect(text(parts.get('[Content_Types].xml'))).toContain('<Override PartName="/xl/charts/chart1.xml"');
  });

  it('ExcelJS reads the edits beside everything the user had', async () => {
    const book = await load(await patchFixture());
    expect(book.worksheets.map((s) => s.name)).toEqual(['CRM ROI', 'Data', 'CRM ROI case']);
    const roi = book.getWorksheet('CRM ROI')!;
    const cell = (a: string) => roi.getCell(a);
    expect(cell('A1').value).toBe('CRM ROI: Patched');
    expect(cell('A1').font).toMatchObject({ bold: true, size: 16, color: { argb: 'FF1F3864' }, name: 'Arial' }); // the workbook's typeface
    expect(cell('A3').value).toBeNull();
    expect(cell('B4').value).toBe(1500);
    expect(cell('B4').numFmt).toBe('"$"#,##0.00');
    expect(cell('B4').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(cell('D4').value).toEqual({ formula: 'B4/0', result: { error: '#DIV/0!' } });
    expect(cell('C6').value).toBe(HOSTILE.join(' | '));
    expect(cell('C6').alignment).toMatchObject({ wrapText: true });
    expect(cell('B7').value).toEqual({ formula: 'B6*0.8', result: 2000 });
    expect(cell('C7').value).toBe(true);
    expect(cell('B8').formula).toBe('_xlfn.IFS(B6>0,B4/B6*12,TRUE,NA())');
    expect(cell('B8').numFmt).toBe('0.0 "months"');
    expect(cell('B9').value).toEqual({ formula: '"<"&A8&">"', result: '<Payback>' });
    expect(cell('A15').font).toMatchObject({ italic: true });
    // The user's own content on the ROI sheet.
    expect(cell('B6').value).toEqual({ formula: 'B5-B4', result: 1800 }); // untouched: a stale result until recalculated on open
    expect(cell('C4').value).toEqual({ richText: [expect.objectContaining({ text: 'very ' }), { font: expect.objectContaining({ bold: true }), text: 'important' }] });
    expect(cell('C5').value).toEqual({ text: 'vendor quote', hyperlink: 'https://example.com/quote?a=1&b=2' });
    expect(cell('B4').note).toMatchObject({ texts: [expect.objectContaining({ text: 'Quoted by the vendor, 2026' })] });
    expect(cell('B5').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', error: 'Amounts are never negative' });
    expect(cell('A12').value).toBe('Reviewed with finance <Q3> & signed off');
    expect(roi.model.merges).toEqual(['A12:C12']);
    expect(roi.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect([1, 2, 3].map((c) => roi.getColumn(c).width)).toEqual([24, 12, 12]);
    // The other sheets.
    const data = book.getWorksheet('Data')!;
    expect([2, 3, 4].map((r) => [data.getCell(r, 1).value, data.getCell(r, 2).value])).toEqual([['North', 100], ['South', 250.25], ['Zürich €', -30.5]]);
    expect(data.getCell('B6').value).toEqual({ formula: 'SUM(B2:B4)', result: 319.75 });
    const added = book.getWorksheet('CRM ROI case')!;
    expect(added.getCell('A2').value).toBe('{"name": "Fixture & <co>"}');
    expect(added.getCell('B3').value).toEqual({ formula: "'CRM ROI'!B6*2", result: 5000 });
    expect(added.getColumn(1).width).toBe(100);
    // Names: ours replaced, the user's kept.
    expect(book.definedNames.model).toEqual([
      { name: 'UserRate', ranges: ['Data!$B$2'] },
      { name: 'CRMROI_NPV', ranges: ["'CRM ROI'!$B$7"] },
      { name: 'CRMROI_Inputs', ranges: ["'CRM ROI'!$B$4:$B$5"] },
      { name: 'CRMROI_Case', ranges: ["'CRM ROI case'!$B$3"] },
    ]);
  });

  it('asks for a full recalculation on open and registers the new sheet in the workbook, its relationships and content types', async () => {
    const parts = await entries(await patchFixture());
    const workbook = text(parts.get('xl/workbook.xml'));
    expect(workbook).toContain('<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001" fullCalcOnLoad="1"/>');
    expect(workbook).toContain('<sheet name="CRM ROI case" sheetId="3" r:id="rId5"/></sheets>');
    expect(text(parts.get('xl/_rels/workbook.xml.rels'))).toContain('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>');
    expect(text(parts.get('[Content_Types].xml'))).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    expect(text(parts.get('xl/worksheets/sheet3.xml'))).toMatch(
      /^<\?xml[^>]*>\s*<worksheet xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"><dimension ref="A1:B3"\/><cols><col min="1" max="1" width="100" customWidth="1"\/><\/cols><sheetData><row r="1">.*<\/row><row r="2">.*<\/row><row r="3">.*<\/row><\/sheetData><\/worksheet>$/,
    );
  });

  it('edits only the views and widths of a sheet when no cell changes; unfreezes on { rows: 0, columns: 0 }', async () => {
    const DATA = 'xl/worksheets/sheet2.xml';
    const before = text((await entries(FIXTURE)).get(DATA));
    const frozen = await patchXlsx(FIXTURE, [edit([], { sheetName: 'Data', frozen: { rows: 1, columns: 0 }, columnWidths: [{ column: 1, width: 20 }] })], NO_NAMES);
    const after = text((await entries(frozen)).get(DATA));
    const outside = (xml: string) => xml.replace(/<cols>.*<\/cols>/, '').replace(/<sheetView [^>]*>.*<\/sheetView>/, '');
    expect(outside(after)).toBe(outside(before));
    expect(after).toMatch(/<sheetView [^>]*><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/><\/sheetView><\/sheetViews><sheetFormatPr [^>]*><\/sheetFormatPr><cols><col min="1" max="1" width="20" customWidth="1"\/><\/cols><sheetData>/);
    const thawed = text((await entries(await patchXlsx(frozen, [edit([], { sheetName: 'Data', frozen: { rows: 0, columns: 0 } })], NO_NAMES))).get(DATA));
    expect(thawed).toMatch(/<sheetView [^>]*><\/sheetView>/);
  });

  it('appends styles and strings, reusing identical entries and never renumbering: a second identical patch changes neither', async () => {
    const before = await entries(FIXTURE);
    const once = await patchFixture();
    const twice = await entries(await patchXlsx(once, [ROI_EDIT, { ...CASE_EDIT, create: false }], NAMES));
    const first = await entries(once);
    for (const part of ['xl/styles.xml', 'xl/sharedStrings.xml']) expect(text(twice.get(part)), part).toBe(text(first.get(part)));
    // Every original entry of every section is still there, at its index, with its text.
    const styles = (data: Map<string, Uint8Array>) => {
      const xml = text(data.get('xl/styles.xml'));
      const root = parseXml(xml);
      return (section: string) => find(root, section)?.children.map((e) => slice(xml, e)) ?? [];
    };
    const [old, now] = [styles(before), styles(first)];
    for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'cellStyleXfs', 'cellStyles']) {
      expect(old(section).length, section).toBeGreaterThan(0);
      expect(now(section).slice(0, old(section).length), section).toEqual(old(section));
    }
    // The input style's blue Arial font already existed: reused, not appended.
    expect(now('fonts').filter((f) => f.includes('FF0000FF'))).toHaveLength(1);
    const strings = (data: Map<string, Uint8Array>) => {
      const xml = text(data.get('xl/sharedStrings.xml'));
      return parseXml(xml).children.map((si) => slice(xml, si));
    };
    expect(strings(first).slice(0, strings(before).length)).toEqual(strings(before));
    // A text the table already holds is referred to, not added: only the reference count changes.
    const again = await entries(await patchXlsx(FIXTURE, [edit([{ address: 'C1', cell: { value: 'Licences' } }], { sheetName: 'Data' })], NO_NAMES));
    expect(text(again.get('xl/sharedStrings.xml'))).toBe(text(before.get('xl/sharedStrings.xml')).replace('count="17"', 'count="18"'));
    expect(text(again.get('xl/worksheets/sheet2.xml'))).toContain('<c r="C1" t="s"><v>4</v></c>');
  });
});

describe('patchXlsx on workbooks other tools write', () => {
  it('rebuilds a sheet crm-roi wrote so ExcelJS reads what writing the new plan directly gives', async () => {
    const plan = tinyPlan();
    const changed: SheetPlan = { ...plan, cells: plan.cells.map((row) => row.map((c) => ({ ...c }))) };
    changed.cells[3][1] = { ...changed.cells[3][1], value: 450 };
    changed.cells[7][0] = { value: 'renegotiated & <signed>', style: 'note' };
    const edits = changed.cells.flatMap((row, r) => row.map((cell, c): CellEdit => ({ address: address(r, c), cell })));
    const patched = await load(await patchXlsx(await writeXlsx(plan, tinyCase), [edit(edits, { sheetName: plan.sheetName, styles: plan.styles })], NO_NAMES));
    const direct = await load(await writeXlsx(changed, tinyCase));
    const defaultFont = { size: 11, color: { theme: 1 }, name: 'Calibri', family: 2, scheme: 'minor' };
    const [a, b] = [patched.getWorksheet(plan.sheetName)!, direct.getWorksheet(plan.sheetName)!];
    changed.cells.forEach((row, r) =>
      row.forEach((_, c) => {
        const [x, y] = [a.getCell(r + 1, c + 1), b.getCell(r + 1, c + 1)];
        expect(x.value ?? null, x.address).toEqual(y.value ?? null);
        expect([x.numFmt, x.fill, x.border, x.alignment], x.address).toEqual([y.numFmt, y.fill, y.border, y.alignment]);
        // New fonts start from the workbook's default font (ExcelJS's Calibri 11) rather than from nothing.
        if (y.font) expect(x.font, x.address).toEqual({ ...defaultFont, ...y.font });
      }),
    );
    expect(patched.worksheets.map((s) => s.name)).toEqual(direct.worksheets.map((s) => s.name));
  });

  it('drops the calculation chain (part, relationship, content type) and adds <calcPr> where there was none', async () => {
    const chain = await handMade('<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>', {
      extra: {
        'xl/calcChain.xml': '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>',
        rels: '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>',
        '[Content_Types].xml': '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
      },
    });
    const parts = await entries(await patchXlsx(chain, [edit([{ address: 'A1', cell: { value: 5 } }])], NO_NAMES));
    expect(parts.has('xl/calcChain.xml')).toBe(false);
    expect(text(parts.get('xl/_rels/workbook.xml.rels'))).not.toContain('calcChain');
    expect(text(parts.get('[Content_Types].xml'))).not.toContain('calcChain');
    expect(text(parts.get('xl/workbook.xml'))).toContain('</sheets><calcPr fullCalcOnLoad="1"/></workbook>');
  });

  it('creates the styles and shared strings parts a workbook lacks, and the elements a sheet lacks, in schema order', async () => {
    const data = await handMade('<sheetData/>');
    const patched = await patchXlsx(data, [edit([{ address: 'B2', cell: { value: 'hello', style: 'title' } }], { columnWidths: [{ column: 2, width: 30 }], frozen: { rows: 2, columns: 0 } })], {
      remove: () => false,
      add: [{ name: 'Greeting', sheetName: 'Sheet1', ref: '$B$2' }],
    });
    const parts = await entries(patched);
    expect(await sheetXml(patched)).toContain(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="B2"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols><col min="2" max="2" width="30" customWidth="1"/></cols><sheetData><row r="2"><c r="B2" s="1" t="s"><v>0</v></c></row></sheetData></worksheet>',
    );
    expect(text(parts.get('xl/_rels/workbook.xml.rels'))).toMatch(/Target="styles.xml"\/><Relationship Id="rId3" [^>]*sharedStrings" Target="sharedStrings.xml"/);
    expect(text(parts.get('[Content_Types].xml'))).toMatch(/\/xl\/styles.xml.*\/xl\/sharedStrings.xml/);
    expect(text(parts.get('xl/workbook.xml'))).toContain("</sheets><definedNames><definedName name=\"Greeting\">'Sheet1'!$B$2</definedName></definedNames><calcPr");
    const book = await load(patched);
    expect(book.getWorksheet('Sheet1')!.getCell('B2').value).toBe('hello');
    expect(book.getWorksheet('Sheet1')!.getCell('B2').font).toMatchObject({ bold: true, size: 16 });
  });

  it('gives rows and cells without r an explicit one, so cells inserted before them cannot move them; keeps row attributes', async () => {
    const data = await handMade('<sheetData><row r="2"><c><v>1</v></c><c r="C2"><v>3</v></c></row><row><c r="A3"><v>4</v></c><c><v>5</v></c></row><row r="5" ht="30" customHeight="1" spans="1:1"/><row r="6"><c r="A6"><v>7</v></c><extLst/></row></sheetData>');
    const patched = await patchXlsx(data, [edit([
      { address: 'A1', cell: { value: 0 } },
      { address: 'B2', cell: { value: 2 } },
      { address: 'B5', cell: { value: 6 } },
      { address: 'B6', cell: { value: 8 } },
    ])], NO_NAMES);
    expect(await sheetXml(patched)).toContain(
      '<sheetData><row r="1"><c r="A1"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c></row><row r="3"><c r="A3"><v>4</v></c><c r="B3"><v>5</v></c></row><row r="5" ht="30" customHeight="1"><c r="B5"><v>6</v></c></row><row r="6"><c r="A6"><v>7</v></c><c r="B6"><v>8</v></c><extLst/></row></sheetData>',
    );
  });

  it('writes new elements with the prefix the part uses, and finds a part whatever the case of its name', async () => {
    const data = await handMade('<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>', { prefix: 'x', target: '/XL/worksheets/Sheet1.xml' });
    const patched = await patchXlsx(data, [edit([{ address: 'B1', cell: { formula: '=A1*2', value: 2 } }, { address: 'A2', cell: { value: 'two' } }], { sheetName: 'sheet1' })], NO_NAMES);
    expect(await sheetXml(patched)).toContain('<x:dimension ref="A1:B2"/><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:f>A1*2</x:f><x:v>2</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>');
    expect(text((await entries(patched)).get('xl/workbook.xml'))).toContain('<x:calcPr fullCalcOnLoad="1"/></x:workbook>');
    expect([...(await entries(patched)).keys()].filter((name) => /sheet1/i.test(name))).toEqual(['xl/worksheets/sheet1.xml']);
  });

  it('keeps shared and array formulas whole, refusing an edit that would orphan part of one', async () => {
    const data = await handMade(
      '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c><c r="C1"><f t="array" ref="C1:C2">B1:B2*3</f><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><v>6</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row></sheetData>',
    );
    const set = (...refs: string[]) => [edit(refs.map((a): CellEdit => ({ address: a, cell: { value: 1 } })))];
    await expect(patchXlsx(data, set('A1'), NO_NAMES)).rejects.toThrow('A1 holds a shared formula that A2, A3 still use');
    await expect(patchXlsx(data, set('C2'), NO_NAMES)).rejects.toThrow('the array formula in C1:C2 can only be edited as a whole');
    await expect(patchXlsx(data, set('A2'), NO_NAMES)).resolves.toBeInstanceOf(Uint8Array);
    await expect(patchXlsx(data, set('A1', 'A2', 'A3', 'C1', 'C2'), NO_NAMES)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('refuses what it cannot do rather than write a broken workbook', async () => {
    const data = await handMade('<sheetData/>');
    const one = (e: Partial<SheetEdit>, names = NO_NAMES) => patchXlsx(data, [edit([], e)], names);
    await expect(one({ sheetName: 'Nope' })).rejects.toThrow('the workbook has no sheet "Nope"');
    await expect(one({ sheetName: 'SHEET1', create: true })).rejects.toThrow('cannot add sheet "SHEET1"');
    await expect(one({ sheetName: 'a/b', create: true })).rejects.toThrow('cannot add sheet "a/b"');
    await expect(one({ edits: [{ address: 'A0', cell: null }] })).rejects.toThrow('"A0" is not a cell address');
    await expect(one({ edits: [{ address: 'XFE1', cell: null }] })).rejects.toThrow('"XFE1" is not a cell address');
    await expect(one({ edits: [{ address: 'A1', cell: null }, { address: '$A$1', cell: null }] })).rejects.toThrow('A1 is edited twice');
    await expect(one({ edits: [{ address: 'A1', cell: { value: Number.NaN } }] })).rejects.toThrow('A1: NaN is not a value');
    await expect(one({ edits: [{ address: 'A1', cell: { formula: '="\u0001"' } }] })).rejects.toThrow('A1: the formula holds a character');
    await expect(one({ columnWidths: [{ column: 0, width: 3 }] })).rejects.toThrow('column 0 does not exist');
    await expect(one({}, { remove: () => false, add: [{ name: 'X', sheetName: 'Sheet1', ref: 'A1+1' }] })).rejects.toThrow('"A1+1" is not an A1 reference');
    await expect(one({}, { remove: () => false, add: [{ name: 'B2', sheetName: 'Sheet1', ref: '$A$1' }] })).rejects.toThrow('"B2" is not a valid defined name');
    await expect(one({}, { remove: () => false, add: [{ name: 'X', sheetName: 'Other', ref: '$A$1' }] })).rejects.toThrow('refers to sheet "Other"');
  });
});

describe('patchXlsx keeps hostile text as text', () => {
  const roundTrip = async (values: string[]) => {
    const edits = values.map((value, i): CellEdit => ({ address: `A${i + 1}`, cell: { value } }));
    const book = await load(await patchXlsx(FIXTURE, [{ ...ROI_EDIT, sheetName: 'Data', edits }], NO_NAMES));
    const sheet = book.getWorksheet('Data')!;
    return values.map((_, i) => sheet.getCell(`A${i + 1}`));
  };

  it('markup, CDATA ends, quotes, a leading "=", non-BMP characters, controls and _xHHHH_ come back as written', async () => {
    const cells = await roundTrip(HOSTILE);
    expect(cells.map((c) => c.value)).toEqual(HOSTILE);
    expect(cells.map((c) => c.type)).toEqual(HOSTILE.map(() => ExcelJS.ValueType.String));
  });

  it('any text at all (property)', async () => {
    const texts = fc.array(fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('_x0041_', '_x005F_', '\r', '\uD800', '\uDFFF', '\uFFFE', ']]>', '&amp;', '<', '"')), minLength: 1 }), { minLength: 1, maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(texts, async (values) => {
        expect((await roundTrip(values)).map((c) => c.value)).toEqual(values);
      }),
      { numRuns: 30 },
    );
  });

  it('formulas keep their string literals: "<", "&" and quotes stay inside them', async () => {
    const formula: PlanCell = { formula: '="a<b & ""c"""&IFS(TRUE,"IFS(")', value: 'a<b & "c"IFS(' };
    const book = await load(await patchXlsx(FIXTURE, [{ ...ROI_EDIT, edits: [{ address: 'E1', cell: formula }] }], NO_NAMES));
    expect(book.getWorksheet('CRM ROI')!.getCell('E1').value).toEqual({ formula: '"a<b & ""c"""&_xlfn.IFS(TRUE,"IFS(")', result: 'a<b & "c"IFS(' });
  });
});
