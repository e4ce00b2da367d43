// The workbook part (sheets, defined names, calculation), relationship parts and [Content_Types].xml.
import type { NamesEdit } from '../xlsx-patch';
import { applySplices, child, children, escapeText, followersOf, insertionPoint, parseXml, prefixOf, retag, tag, type Element, type Splice } from './xml';

const ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames',
  'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];
/** The relationships namespace, transitional and strict. */
const RELATIONSHIPS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export interface SheetEntry {
  name: string;
  /** The relationship (in the workbook's rels) to its part. */
  id: string;
}

/** The sheets the workbook lists, in tab order, and the main namespace its parts use. */
export function readWorkbook(xml: string): { sheets: SheetEntry[]; namespace: string } {
  const root = parseXml(xml);
  const p = prefixOf(root);
  const namespace = root.attrs[p ? `xmlns:${p.slice(0, -1)}` : 'xmlns'] ?? 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const sheets = child(root, 'sheets');
  const rel = relationshipsPrefix(root.attrs);
  return { namespace, sheets: (sheets ? children(sheets, 'sheet') : []).map((s) => ({ name: s.attrs.name, id: s.attrs[`${relationshipsPrefix(s.attrs) ?? rel}:id`] })) };
}

/** The prefix an element's attributes bind to the relationships namespace, if any. */
export const relationshipsPrefix = (attrs: Record<string, string>): string | undefined =>
  Object.keys(attrs).find((k) => k.startsWith('xmlns:') && RELATIONSHIPS.includes(attrs[k]))?.slice('xmlns:'.length);

/** Excel reads a sheet name in quotes anywhere, and needs them for many (spaces, "A1", "R1C1"…): always quote. */
export const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/**
 * The workbook part with `added` sheets appended to the tab list, defined names replaced as `names` says, and a full
 * recalculation on open (cells changed under formulas whose cached results are now stale).
 */
export function patchWorkbook(xml: string, added: SheetEntry[], names: NamesEdit): string {
  const root = parseXml(xml);
  const p = prefixOf(root);
  const splices: Splice[] = [];

  const sheets = child(root, 'sheets');
  if (!sheets || sheets.selfClosing) throw new Error('the workbook lists no sheets');
  if (added.length) {
    const ids = children(sheets, 'sheet').map((s) => Number(s.attrs.sheetId) || 0);
    const prefix = relationshipsPrefix(root.attrs);
    const entries = added.map(({ name, id }, i) =>
      tag(`${p}sheet`, { name, sheetId: String(Math.max(0, ...ids) + 1 + i), ...(prefix ? { [`${prefix}:id`]: id } : { 'xmlns:r': RELATIONSHIPS[0], 'r:id': id }) }, true),
    );
    splices.push({ start: sheets.closeStart, end: sheets.closeStart, text: entries.join('') });
  }

  // A sheet-level name is scoped by the sheet's position in the tab list (localSheetId), added sheets last.
  const tabs = [...children(sheets, 'sheet').map((s) => s.attrs.name ?? ''), ...added.map((s) => s.name)];
  const scopeOf = (n: NamesEdit['add'][number]) => {
    if (!n.local) return undefined;
    const i = tabs.findIndex((t) => t.toLowerCase() === n.sheetName.toLowerCase());
    if (i < 0) throw new Error(`the name ${n.name} belongs to sheet "${n.sheetName}", which the workbook does not have`);
    return String(i);
  };
  // Names are case-insensitive: an added name replaces one of its scope spelled in any case.
  const key = (name: string, scope: string | undefined) => `${scope ?? ''}!${name.toUpperCase()}`;
  const replaced = new Set(names.add.map((n) => key(n.name, scopeOf(n))));
  if (replaced.size < names.add.length) throw new Error('a name is added twice (names ignore case)');
  const definedNames = child(root, 'definedNames');
  const existing = definedNames ? children(definedNames, 'definedName') : [];
  const nameOf = (d: Element) => d.attrs.name ?? '';
  const dropped = existing.filter((d) => names.remove(nameOf(d)) || replaced.has(key(nameOf(d), d.attrs.localSheetId)));
  const fresh = names.add
    .map((n) => {
      const scope = scopeOf(n);
      const refs = n.local ? n.ref.split(',') : [n.ref];
      return `${tag(`${p}definedName`, { name: checkedName(n.name), ...(scope !== undefined && { localSheetId: scope }) })}${escapeText(refs.map((ref) => reference(n.sheetName, ref)).join(','))}</${p}definedName>`;
    })
    .join('');
  // No empty <definedNames> is left behind.
  if (definedNames && dropped.length && dropped.length === existing.length && !fresh) splices.push({ start: definedNames.start, end: definedNames.end, text: '' });
  else if (definedNames) {
    splices.push(...dropped.map((d) => ({ start: d.start, end: d.end, text: '' })));
    if (definedNames.selfClosing) splices.push({ start: definedNames.start, end: definedNames.end, text: `${tag(definedNames.name, definedNames.attrs)}${fresh}</${definedNames.name}>` });
    else splices.push({ start: definedNames.closeStart, end: definedNames.closeStart, text: fresh });
  } else if (fresh) {
    const at = insertionPoint(root, followersOf(ORDER, 'definedNames'));
    splices.push({ start: at, end: at, text: `<${p}definedNames>${fresh}</${p}definedNames>` });
  }

  const calcPr = child(root, 'calcPr');
  if (calcPr) splices.push(...retag(calcPr, { fullCalcOnLoad: '1' }));
  else {
    const at = insertionPoint(root, followersOf(ORDER, 'calcPr'));
    splices.push({ start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` });
  }
  return applySplices(xml, splices);
}

const REF = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}(:\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?$/;
/** Whole columns or rows, as print titles are: "$A:$A", "$1:$2". */
const LINES = /^(\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?[1-9]\d{0,6}:\$?[1-9]\d{0,6})$/;

/** 'Sheet'!ref. Only a reference: a name's text is a formula, and anything else here would be one. */
function reference(sheetName: string, ref: string): string {
  if (!REF.test(ref) && !LINES.test(ref)) throw new Error(`"${ref}" is not an A1 reference like $B$4, $B$4:$C$9, $A:$A or $1:$2`);
  return `${quotedSheet(sheetName)}!${ref}`;
}

/** Excel's rules for a name: a letter, "_" or "\" first, then those, digits and "."; at most 255; not a cell reference. */
function checkedName(name: string): string {
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255 || cellLike) throw new Error(`"${name}" is not a valid defined name`);
  return name;
}

export function readRelationships(xml: string): Relationship[] {
  return children(parseXml(xml), 'Relationship').map((r) => ({ id: r.attrs.Id, type: r.attrs.Type, target: r.attrs.Target }));
}

/** A relationship part with some relationships removed (by id) and some added. */
export function patchRelationships(xml: string, add: Relationship[], remove: string[]): string {
  const root = parseXml(xml);
  const splices: Splice[] = children(root, 'Relationship')
    .filter((r) => remove.includes(r.attrs.Id))
    .map((r) => ({ start: r.start, end: r.end, text: '' }));
  const text = add.map((r) => tag(`${prefixOf(root)}Relationship`, { Id: r.id, Type: r.type, Target: r.target }, true)).join('');
  if (text && root.selfClosing) splices.push({ start: root.start, end: root.end, text: `${tag(root.name, root.attrs)}${text}</${root.name}>` });
  else if (text) splices.push({ start: root.closeStart, end: root.closeStart, text });
  return applySplices(xml, splices);
}

/** [Content_Types].xml with overrides added and removed (part names are case-insensitive). */
export function patchContentTypes(xml: string, add: { part: string; type: string }[], remove: string[]): string {
  const root = parseXml(xml);
  const gone = new Set(remove.map((part) => part.toLowerCase()));
  const splices: Splice[] = children(root, 'Override')
    .filter((o) => gone.has(o.attrs.PartName?.toLowerCase()))
    .map((o) => ({ start: o.start, end: o.end, text: '' }));
  const text = add.map((o) => tag(`${prefixOf(root)}Override`, { PartName: o.part, ContentType: o.type }, true)).join('');
  if (text) splices.push({ start: root.closeStart, end: root.closeStart, text });
  return applySplices(xml, splices);
}

/** A relationship's target as a part name (no leading "/"): relative to the source part's folder, or absolute. */
export function resolveTarget(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The relationship part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relationshipsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
