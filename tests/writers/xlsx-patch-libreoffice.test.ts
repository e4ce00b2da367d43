// A patched workbook → LibreOffice (recalculating) → .xlsx again: it opens, keeps the user's content, and computes
// the new formulas, and the user's own formulas over the new inputs, to the expected values.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchXlsx, type CellEdit } from '../../src/writers/xlsx-patch';
import { parseXml, type Element } from '../../src/writers/xlsx-patch/xml';
import { entries, FIXTURE, HOSTILE, load, patchFixture, ROI_EDIT, text } from './xlsx-patch-fixture';

const haveSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

// LibreOffice trusts an .xlsx's cached results by default (it ignores fullCalcOnLoad): recalculate on load, always.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** A cell as LibreOffice left it: a formula's recalculated result, an error's code, or the value. */
function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value && typeof value === 'object' && 'error' in value) return value.error;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return value;
}

/**
 * The text cells of a sheet LibreOffice wrote, by address, _xHHHH_ decoded as Excel decodes it. Read here rather than
 * through ExcelJS, which decodes upper-case escapes only, while LibreOffice writes lower-case ones ("_x001f_").
 */
function texts(parts: Map<string, Uint8Array>, sheet: string): Map<string, string> {
  const decode = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const plain = (el: Element): string => (el.local === 't' ? (el.text ?? '') : el.children.map(plain).join('')); // runs too
  const strings = parseXml(text(parts.get('xl/sharedStrings.xml')), true).children.map((si) => decode(plain(si)));
  const cells = parseXml(text(parts.get(sheet)), true).children.find((c) => c.local === 'sheetData')!.children.flatMap((row) => row.children);
  return new Map(cells.filter((c) => c.attrs.t === 's').map((c) => [c.attrs.r, strings[Number(c.children[0].text)]]));
}

/** As LibreOffice keeps it: line breaks become \n, and an unpaired surrogate (which it cannot hold) a "?". */
const asLibreOfficeKeepsIt = (s: string) => s.replace(/\r\n/g, '\n').replace(/\uD800 /, '?');

describe.skipIf(!haveSoffice && !process.env.CI)('a patched workbook in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-patch-lo-'));
  let patched: ExcelJS.Workbook;
  let parts: Map<string, Uint8Array>;
  let hostile: Map<string, Uint8Array>;

  beforeAll(async () => {
    if (!haveSoffice) throw new Error('soffice (LibreOffice) is not installed: CI must install libreoffice-calc-nogui');
    const [input, output, profile] = ['in', 'out', 'profile'].map((d) => join(dir, d));
    mkdirSync(join(profile, 'user'), { recursive: true });
    mkdirSync(input);
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    writeFileSync(join(input, 'patched.xlsx'), await patchFixture());
    const edits = HOSTILE.map((value, i): CellEdit => ({ address: `A${i + 1}`, cell: { value } }));
    writeFileSync(join(input, 'hostile.xlsx'), await patchXlsx(FIXTURE, [{ ...ROI_EDIT, sheetName: 'Data', edits }], { remove: () => false, add: [] }));
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', output, join(input, 'patched.xlsx'), join(input, 'hostile.xlsx')], { timeout: 170_000, stdio: 'pipe' });
    const converted = readFileSync(join(output, 'patched.xlsx'));
    parts = await entries(converted);
    patched = await load(converted);
    hostile = await entries(readFileSync(join(output, 'hostile.xlsx')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('computes the new formulas, and the user’s formula over the new inputs', () => {
    const roi = patched.getWorksheet('CRM ROI')!;
    expect(['B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'D4', 'C7'].map((a) => shown(roi.getCell(a)))).toEqual([1500, 4000, 2500, 2000, 7.2, '<Payback>', '#DIV/0!', true]);
    expect(shown(patched.getWorksheet('CRM ROI case')!.getCell('B3'))).toBe(5000);
  });

  it('keeps the text, the user’s content and the other sheet', () => {
    const roi = patched.getWorksheet('CRM ROI')!;
    expect(texts(parts, 'xl/worksheets/sheet1.xml').get('C6')).toBe(asLibreOfficeKeepsIt(HOSTILE.join(' | ')));
    expect(['A1', 'A3', 'C3', 'C4', 'C5', 'A12', 'A15'].map((a) => shown(roi.getCell(a)))).toEqual([
      'CRM ROI: Patched', null, 'Note', 'very important', { text: 'vendor quote', hyperlink: 'https://example.com/quote?a=1&b=2' }, 'Reviewed with finance <Q3> & signed off', 'Patched by crm-roi',
    ]);
    expect(roi.getCell('B4').note).toBeTruthy();
    expect(roi.model.merges).toEqual(['A12:C12']);
    const data = patched.getWorksheet('Data')!;
    expect([1, 2, 3, 4, 6].map((r) => [shown(data.getCell(r, 1)), shown(data.getCell(r, 2))])).toEqual([
      ['Region', 'Revenue'], ['North', 100], ['South', 250.25], ['Zürich €', -30.5], ['Total', 319.75],
    ]);
    expect(shown(patched.getWorksheet('CRM ROI case')!.getCell('A2'))).toBe('{"name": "Fixture & <co>"}');
    expect([...parts.keys()].filter((name) => /chart|comments/.test(name)).length).toBeGreaterThanOrEqual(2); // it read them, and wrote them back
  });

  it('resolves the names: ours replaced, the user’s kept', () => {
    const ranges = (name: string) => patched.definedNames.getRanges(name).ranges;
    expect([ranges('CRMROI_NPV'), ranges('CRMROI_Inputs'), ranges('CRMROI_Case'), ranges('UserRate'), ranges('CRMROI_Net')]).toEqual([
      ["'CRM ROI'!$B$7"], ["'CRM ROI'!$B$4:$B$5"], ["'CRM ROI case'!$B$3"], ['Data!$B$2'], [],
    ]);
  });

  it('reads hostile text as the text it is', () => {
    const data = texts(hostile, 'xl/worksheets/sheet2.xml');
    expect(HOSTILE.map((_, i) => data.get(`A${i + 1}`))).toEqual(HOSTILE.map(asLibreOfficeKeepsIt));
  });
});
