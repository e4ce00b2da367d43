// Reading the charts back out of an .xlsx package, by following its relationships as Excel does: the sheet's
// <drawing r:id>, the drawing's anchors, each graphic frame's <c:chart r:id>, the chart part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { RoiCase } from '../../src/case/types';
import { readRelationships, readWorkbook, relationshipsOf, resolveTarget } from '../../src/writers/xlsx-patch/workbook';
import { parseXml, type Element } from '../../src/writers/xlsx-patch/xml';

export interface Frame {
  /** The graphic frame's name (xdr:cNvPr), e.g. "crm-roi:cumulativeNet". */
  name: string;
  /** The anchor element's exact text. */
  anchor: string;
  chartPath: string;
  chart: string;
}

export interface SheetCharts {
  sheet: string;
  drawingPath?: string;
  frames: Frame[];
}

const relId = (el: Element) => Object.entries(el.attrs).find(([k]) => k.endsWith(':id'))?.[1];
const descendants = (el: Element, local: string): Element[] => el.children.flatMap((c) => [...(c.local === local ? [c] : []), ...descendants(c, local)]);

export async function chartsOf(data: Uint8Array, sheetName: string): Promise<SheetCharts> {
  const zip = await JSZip.loadAsync(data);
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path}`);
    return file.async('string');
  };
  const rels = async (part: string) => {
    const file = zip.file(relationshipsOf(part));
    return new Map(readRelationships(file ? await file.async('string') : '<Relationships/>').map((r) => [r.id, resolveTarget(part, r.target)]));
  };
  const { sheets } = readWorkbook(await text('xl/workbook.xml'));
  const sheetPath = (await rels('xl/workbook.xml')).get(sheets.find((s) => s.name === sheetName)!.id)!;
  const sheet = await text(sheetPath);
  const drawing = parseXml(sheet).children.find((c) => c.local === 'drawing');
  if (!drawing) return { sheet, frames: [] };
  const drawingPath = (await rels(sheetPath)).get(relId(drawing)!)!;
  const drawingXml = await text(drawingPath);
  const charts = await rels(drawingPath);
  const frames: Frame[] = [];
  for (const anchor of parseXml(drawingXml).children) {
    const chart = descendants(anchor, 'chart')[0];
    if (!chart) continue;
    const chartPath = charts.get(relId(chart)!)!;
    frames.push({ name: descendants(anchor, 'cNvPr')[0].attrs.name, anchor: drawingXml.slice(anchor.start, anchor.end), chartPath, chart: await text(chartPath) });
  }
  return { sheet, drawingPath, frames };
}

export interface Series {
  name: string;
  /** The formulas of its categories (or x values) and values (or y values). */
  categories?: string;
  values?: string;
}

/** Each series of a chart part: its literal name and the references of its data. */
export function seriesOf(chart: string): Series[] {
  const f = (ser: Element, ...path: string[]) => {
    const [first, ...rest] = path;
    const el = rest.reduce<Element | undefined>((e, local) => e && descendants(e, local)[0], ser.children.find((c) => c.local === first));
    return el?.text;
  };
  return descendants(parseXml(chart, true), 'ser').map((ser) => ({
    name: ser.children.find((c) => c.local === 'tx')!.children[0].text!,
    categories: f(ser, 'cat', 'f') ?? f(ser, 'xVal', 'f'),
    values: f(ser, 'val', 'f') ?? f(ser, 'yVal', 'f'),
  }));
}

/** An example case as a test writes it (without the editor-only "$schema"). */
export const exampleCase = (name: string): RoiCase => {
  const c = JSON.parse(readFileSync(join(__dirname, `../../examples/${name}.json`), 'utf8'));
  delete c.$schema;
  return c;
};

/** ECMA-376's order of a worksheet's children (CT_Worksheet), which Excel "repairs" a file for breaking. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios',
  'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
];

/** True when a worksheet's children (its XML text, or its parsed root) follow CT_Worksheet's order. */
export function inSchemaOrder(sheet: string | Element): boolean {
  const root = typeof sheet === 'string' ? parseXml(sheet) : sheet;
  const positions = root.children.map((c) => WORKSHEET_ORDER.indexOf(c.local));
  return !positions.includes(-1) && positions.every((p, i) => i === 0 || positions[i - 1] < p);
}
