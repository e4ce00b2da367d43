// Patches an existing .xlsx part by part: the cells, names, sheets and add-in charts asked for change, and everything
// else in the package (other sheets, charts, drawings, comments, pivot tables, custom XML, document properties…) is
// copied through byte for byte. ExcelJS cannot do this: it drops on load whatever it does not model. All in memory:
// the caller writes the result (atomically, with src/cli/atomic-write.ts).
import JSZip from 'jszip';
import type { CellStyle, PlanCell, PrintSetup, StyleName } from '../plan/types';
import { cellMessage } from '../plan/issue-text';
import { sheetNameProblem } from '../plan/sheet-name';
import { placeCharts, type Parts, type SheetChart } from './xlsx-patch/chart';
import { patchSheet } from './xlsx-patch/sheet';
import { DEFAULT_STYLES, StyleBook } from './xlsx-patch/styles';
import { emptyStrings, StringTable } from './xlsx-patch/strings';
import { patchContentTypes, patchRelationships, patchWorkbook, readRelationships, readWorkbook, relationshipsOf, resolveTarget, type Relationship } from './xlsx-patch/workbook';
import { parseAroundCells, parseXml, sameCells } from './xlsx-patch/xml';

export interface CellEdit {
  /** A1, e.g. "F12". */
  address: string;
  /** null: clear the cell's content and format. */
  cell: PlanCell | null;
}

export interface SheetEdit {
  /** An existing sheet to edit in place, or a new one to append (create: true). */
  sheetName: string;
  create?: boolean;
  styles: Record<StyleName, CellStyle>;
  /** Only these cells change; every other cell of the sheet keeps its exact XML. */
  edits: CellEdit[];
  /** Widths in characters; columns count from 1 (A), as Excel's <col> does. */
  columnWidths?: { column: number; width: number }[];
  /** Frozen rows and columns; { rows: 0, columns: 0 } unfreezes. Absent: the sheet's panes stay as they are. */
  frozen?: { rows: number; columns: number };
  /**
   * The add-in's charts on this sheet: each replaces the add-in's chart of its id there (found by id, never by title) or
   * is added, and the add-in's charts of other ids go; anything else in the sheet's drawing stays. Absent: no chart changes.
   */
  charts?: SheetChart[];
  /** Orientation and fit to pages (print areas and titles are names: NamesEdit). Absent: the page setup stays. */
  print?: Pick<PrintSetup, 'orientation' | 'fitToWidth' | 'fitToHeight'>;
  /** These rows' formats; the other rows keep theirs. */
  rows?: RowFormat[];
  /**
   * The add-in's drop-down lists: every list validation of one of these lists is the add-in's and goes (wherever an
   * earlier build put it), then these are added; the analyst's validations stay. Absent: validations stay as they are.
   */
  validations?: { lists: string[][]; cells: { ref: string; list: string[] }[] };
}

export interface RowFormat {
  /** From 0. */
  row: number;
  /** Points; absent: the sheet's default height. */
  height?: number;
  /** Hidden and grouped (outline level 1), so the analyst can show it again; absent: shown, ungrouped. */
  hidden?: boolean;
}

export interface NamesEdit {
  /** Which existing defined names to remove, e.g. every name with our prefix. */
  remove: (name: string) => boolean;
  /**
   * Names to add; each replaces a name of the same spelling (in any case) and scope: the workbook, or with `local`
   * the sheet (as _xlnm.Print_Area is). A local name may list several references: "$A$1:$B$9,$D$1:$E$9", "$A:$A,$1:$2".
   */
  add: { name: string; sheetName: string; ref: string /* "$B$4" or "$B$4:$C$9" */; local?: boolean }[];
}

const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const CONTENT_TYPES = '[Content_Types].xml';

const isType = (rel: Relationship, type: string) => rel.type.endsWith(`/${type}`); // transitional and strict URIs alike
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase(); // sheet names and part names ignore case
const emptySheet = (namespace: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${namespace}"><sheetData/></worksheet>`;

/**
 * `original` with `sheets` edited (or appended) and defined names replaced as `names` says. The workbook recalculates
 * when opened: its calculation chain is dropped and fullCalcOnLoad set, since edited cells make cached results stale.
 * Throws when a sheet to edit is missing, a sheet to create is not a valid new name, or an edit is invalid.
 */
export async function patchXlsx(original: Uint8Array, sheets: SheetEdit[], names: NamesEdit): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const originals = new Map<string, string>();
  const written = new Map<string, string>();
  const read = async (path: string): Promise<string> => {
    const known = written.get(path) ?? originals.get(path);
    if (known !== undefined) return known;
    const file = zip.file(path);
    if (!file) throw new Error(`the workbook has no part ${path}`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.async('uint8array'));
    } catch {
      throw new Error(`the part ${path} is not UTF-8 text`);
    }
    originals.set(path, text);
    return text;
  };
  // The zip entry a part name denotes: part names ignore case, zip entry names do not.
  const entry = (path: string) => Object.keys(zip.files).find((name) => sameName(name, path)) ?? path;
  const locate = (source: string, target: string) => entry(resolveTarget(source, target));
  const taken = (path: string) => zip.files[entry(path)] !== undefined || [...written.keys()].some((name) => sameName(name, path));

  const office = readRelationships(await read(entry('_rels/.rels'))).find((r) => isType(r, 'officeDocument'));
  if (!office) throw new Error('the file is not a workbook: it names no main part');
  const workbookPath = locate('', office.target);
  const relationshipType = office.type.slice(0, office.type.lastIndexOf('/')); // transitional or strict, as the file is
  const relsPath = entry(relationshipsOf(workbookPath));
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = readRelationships(await read(relsPath));
  const { sheets: listed, namespace } = readWorkbook(await read(workbookPath));
  const addedRels: Relationship[] = [];
  const addedTypes: { part: string; type: string }[] = [];
  const newRelId = () => {
    let n = rels.length + addedRels.length + 1;
    while ([...rels, ...addedRels].some((r) => r.id === `rId${n}`)) n++;
    return `rId${n}`;
  };
  const addPart = (path: string, type: string, contentType: string) => {
    const rel = { id: newRelId(), type: `${relationshipType}/${type}`, target: path.slice(folder.length) };
    addedRels.push(rel);
    addedTypes.push({ part: `/${path}`, type: contentType });
    return rel.id;
  };

  const removed: string[] = [];
  const parts: Parts = {
    read: async (path) => (taken(path) ? read(entry(path)) : undefined),
    write: (path, xml, contentType) => {
      written.set(entry(path), xml);
      if (contentType) addedTypes.push({ part: `/${path}`, type: contentType });
    },
    remove: (path) => {
      if (zip.files[entry(path)]) removed.push(entry(path));
    },
    free: (name) => {
      let n = 1;
      while (taken(name(n))) n++;
      return name(n);
    },
    relationship: (type) => `${relationshipType}/${type}`,
  };

  const stylesRel = rels.find((r) => isType(r, 'styles'));
  const stylesPath = stylesRel ? locate(workbookPath, stylesRel.target) : `${folder}styles.xml`;
  const styles = new StyleBook(stylesRel ? await read(stylesPath) : DEFAULT_STYLES);
  const stringsRel = rels.find((r) => isType(r, 'sharedStrings'));
  const stringsPath = stringsRel ? locate(workbookPath, stringsRel.target) : `${folder}sharedStrings.xml`;
  const strings = new StringTable(stringsRel ? await read(stringsPath) : emptyStrings(namespace));

  const created: { name: string; id: string }[] = [];
  for (const edit of sheets) {
    let path: string;
    let sheetName = edit.sheetName;
    if (edit.create) {
      const problem = sheetNameProblem(edit.sheetName, listed.map((s) => s.name));
      if (problem) throw new Error(`cannot add sheet "${edit.sheetName}": it ${cellMessage(problem, 'en')}`);
      let n = listed.length + 1;
      while (taken(`${folder}worksheets/sheet${n}.xml`)) n++;
      path = `${folder}worksheets/sheet${n}.xml`;
      const id = addPart(path, 'worksheet', `${CONTENT_TYPE}.worksheet+xml`);
      listed.push({ name: edit.sheetName, id });
      created.push({ name: edit.sheetName, id });
      written.set(path, emptySheet(namespace));
    } else {
      const sheet = listed.find((s) => sameName(s.name, edit.sheetName));
      const rel = sheet && [...rels, ...addedRels].find((r) => r.id === sheet.id);
      if (!rel) throw new Error(`the workbook has no sheet "${edit.sheetName}"`);
      if (!isType(rel, 'worksheet')) throw new Error(`"${edit.sheetName}" is not a worksheet (a chart sheet or dialog sheet?)`);
      path = locate(workbookPath, rel.target);
      sheetName = sheet.name;
    }
    let xml = await read(path);
    // A sheet whose cells, widths and panes stay is not parsed for them: at the line limit that is a 12 MB part.
    if (edit.edits.length || edit.columnWidths?.length || edit.frozen || edit.print || edit.rows?.length) xml = patchSheet(xml, edit, (cell) => styles.index(cell.style && edit.styles[cell.style], cell.numberFormat), strings);
    if (edit.charts) xml = await placeCharts(parts, path, xml, sheetName, edit.charts);
    written.set(path, xml);
  }
  for (const name of names.add) {
    if (!listed.some((s) => sameName(s.name, name.sheetName))) throw new Error(`the name ${name.name} refers to sheet "${name.sheetName}", which the workbook does not have`);
  }

  const stylesXml = styles.result();
  if (stylesXml !== undefined) {
    written.set(stylesPath, stylesXml);
    if (!stylesRel) addPart(stylesPath, 'styles', `${CONTENT_TYPE}.styles+xml`);
  }
  const stringsXml = strings.result();
  if (stringsXml !== undefined) {
    written.set(stringsPath, stringsXml);
    if (!stringsRel) addPart(stringsPath, 'sharedStrings', `${CONTENT_TYPE}.sharedStrings+xml`);
  }
  written.set(workbookPath, patchWorkbook(await read(workbookPath), created, names));
  // Excel rebuilds the calculation chain; a stale one (a cell that lost its formula) is reported as corruption.
  const chains = rels.filter((r) => isType(r, 'calcChain'));
  const chainPaths = chains.map((r) => locate(workbookPath, r.target));
  written.set(relsPath, patchRelationships(await read(relsPath), addedRels, chains.map((r) => r.id)));
  const gone = [...chainPaths, ...removed];
  written.set(entry(CONTENT_TYPES), patchContentTypes(await read(entry(CONTENT_TYPES)), addedTypes, gone.map((p) => `/${p}`)));

  const encoder = new TextEncoder();
  for (const path of gone) zip.remove(path);
  for (const [path, xml] of written) {
    if (xml === originals.get(path)) continue; // unchanged: its stored bytes stay
    // A part that is not well-formed XML is never written; a worksheet whose cells were not touched is checked around them.
    const original = originals.get(path);
    if (original !== undefined && sameCells(xml, original)) parseAroundCells(xml);
    else parseXml(xml);
    zip.file(path, encoder.encode(xml), { createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
