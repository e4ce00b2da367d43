// The workbook an analyst worked on (tests/fixtures/user-workbook.xlsx) and the patch both xlsx-patch test files apply.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { PlanCell } from '../../src/plan/types';
import { STYLES } from '../../src/plan/format';
import { patchXlsx, type NamesEdit, type SheetEdit } from '../../src/writers/xlsx-patch';

export const FIXTURE = new Uint8Array(readFileSync(join(__dirname, '../fixtures/user-workbook.xlsx')));

/** Text no cell may turn into markup, a formula or other characters. */
export const HOSTILE = [
  '<b>bold?</b> & &amp; &#65;',
  ']]> <![CDATA[x]]>',
  `"double" 'single' \`back\``,
  '=1+1',
  '=HYPERLINK("https://example.com","click")',
  '+1',
  '@SUM(A1)',
  "'leading apostrophe",
  '😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎',
  '  spaces around  ',
  'line\nbreak and \r\n Windows break',
  'tab\there',
  '_x0041_ is not A, _x005F_ is not _',
  'control \u0001\u001f characters',
  'unpaired \uD800 surrogate',
];

const money = '"$"#,##0.00';
const calc = (formula: string, value: PlanCell['value'], numberFormat = money): PlanCell => ({ formula, value, style: 'calc', numberFormat });

/** Inputs, a replaced formula, new rows above and below the user's, cleared labels, hostile text, a new sheet. */
export const ROI_EDIT: SheetEdit = {
  sheetName: 'CRM ROI',
  styles: STYLES,
  edits: [
    { address: 'A1', cell: { value: 'CRM ROI: Patched', style: 'title' } },
    { address: 'A3', cell: null },
    { address: 'B3', cell: null },
    { address: 'B4', cell: { value: 1500, style: 'input', numberFormat: money } },
    { address: 'D4', cell: calc('=B4/0', '#DIV/0!') },
    { address: 'B5', cell: { value: 4000, style: 'input', numberFormat: money } },
    { address: 'C6', cell: { value: HOSTILE.join(' | '), style: 'note' } },
    { address: 'B7', cell: calc('=B6*0.8', 2000) },
    { address: 'C7', cell: { value: true } },
    { address: 'A8', cell: { value: 'Payback', style: 'label' } },
    { address: 'B8', cell: calc('=IFS(B6>0,B4/B6*12,TRUE,NA())', 7.2, '0.0 "months"') },
    { address: 'B9', cell: calc('="<"&A8&">"', '<Payback>', 'General') },
    { address: 'A15', cell: { value: 'Patched by crm-roi', style: 'note' } },
  ],
  columnWidths: [{ column: 1, width: 24 }, { column: 2, width: 12 }, { column: 3, width: 12 }],
  frozen: { rows: 3, columns: 1 },
};

export const CASE_EDIT: SheetEdit = {
  sheetName: 'CRM ROI case',
  create: true,
  styles: STYLES,
  edits: [
    { address: 'A1', cell: { value: 'CRM ROI case', style: 'title' } },
    { address: 'A2', cell: { value: '{"name": "Fixture & <co>"}' } },
    { address: 'B3', cell: calc("='CRM ROI'!B6*2", 5000) },
  ],
  columnWidths: [{ column: 1, width: 100 }],
};

export const NAMES: NamesEdit = {
  remove: (name) => /^CRMROI_/i.test(name),
  add: [
    { name: 'CRMROI_NPV', sheetName: 'CRM ROI', ref: '$B$7' },
    { name: 'CRMROI_Inputs', sheetName: 'CRM ROI', ref: '$B$4:$B$5' },
    { name: 'CRMROI_Case', sheetName: 'CRM ROI case', ref: '$B$3' },
  ],
};

export const patchFixture = () => patchXlsx(FIXTURE, [ROI_EDIT, CASE_EDIT], NAMES);

/** Entry names in stored order, and each entry's uncompressed bytes. */
export async function entries(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) out.set(file.name, await file.async('uint8array'));
  return out;
}

export const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);

export async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  return book;
}
