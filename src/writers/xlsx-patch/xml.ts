// Locating elements in a part's text and splicing new text in, so everything not edited keeps its exact bytes.
import { SaxesParser } from 'saxes';

/** An element of a part: its name and attributes, and where it sits in the text (JavaScript string indices). */
export interface Element {
  /** As written, prefix included ("c", "x:c"). */
  name: string;
  local: string;
  /** Decoded values, in document order. */
  attrs: Record<string, string>;
  /** Index of the "<" that opens the element. */
  start: number;
  /** Index just after the start tag's ">". */
  openEnd: number;
  /** Index of the end tag's "<" (equal to `end` when self-closing). */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  selfClosing: boolean;
  children: Element[];
  /** The text directly inside the element (decoded), when parsed with `withText`. */
  text?: string;
}

/**
 * The element tree of a part, positions included. saxes is a conforming parser, so a part that is not well-formed
 * throws. Namespace processing is off: names keep their prefixes, as the text has them.
 */
export function parseXml(xml: string, withText = false): Element {
  const parser = new SaxesParser({ xmlns: false, position: true } as const);
  const top: Element[] = [];
  const open: Element[] = [];
  parser.on('opentag', (tag) => {
    const openEnd = parser.position;
    const el: Element = {
      name: tag.name,
      local: tag.name.slice(tag.name.indexOf(':') + 1),
      attrs: tag.attributes,
      // "<" cannot occur inside a start tag (not even in attribute values), so the last one before ">" opens it.
      start: xml.lastIndexOf('<', openEnd - 1),
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
      children: [],
    };
    (open.at(-1)?.children ?? top).push(el);
    open.push(el);
  });
  if (withText) {
    const append = (text: string) => {
      const el = open.at(-1);
      if (el) el.text = (el.text ?? '') + text;
    };
    parser.on('text', append);
    parser.on('cdata', append);
  }
  parser.on('closetag', () => {
    const el = open.pop()!;
    el.end = parser.position;
    el.closeStart = el.selfClosing ? el.end : xml.lastIndexOf('<', el.end - 1);
  });
  parser.write(xml).close();
  return top[0];
}

/** The content of a worksheet's <sheetData> (all its cells), as [start, end) in `xml`; undefined when it has none. */
function sheetDataContent(xml: string): [number, number] | undefined {
  const open = /<(?:[\w.-]+:)?sheetData(?=[\s/>])/.exec(xml);
  if (!open) return undefined;
  const openEnd = xml.indexOf('>', open.index) + 1;
  if (xml[openEnd - 2] === '/') return undefined;
  const close = xml.lastIndexOf('</', xml.lastIndexOf('sheetData>'));
  return close >= openEnd ? [openEnd, close] : undefined;
}

/**
 * A worksheet parsed without the content of its <sheetData>: what lies around the cells (views, widths, page setup,
 * drawing…), at their true offsets in `xml`. At the line limit the cells are a 12 MB part not worth parsing for that.
 */
export function parseAroundCells(xml: string): Element {
  const cut = sheetDataContent(xml);
  if (!cut) return parseXml(xml);
  const [from, to] = cut;
  const root = parseXml(xml.slice(0, from) + xml.slice(to));
  const shift = (el: Element) => {
    // The cut sits right after <sheetData>: its own start tag ends there, everything from its end tag on moves.
    for (const k of ['start', 'openEnd', 'closeStart', 'end'] as const) if (el[k] > from || (el[k] === from && k !== 'openEnd')) el[k] += to - from;
    el.children.forEach(shift);
  };
  shift(root);
  return root;
}

/** True when two worksheets hold the very same cells: a patch that left them alone need not parse them again. */
export function sameCells(a: string, b: string): boolean {
  const [x, y] = [sheetDataContent(a), sheetDataContent(b)];
  return x !== undefined && y !== undefined && x[1] - x[0] === y[1] - y[0] && a.slice(x[0], x[1]) === b.slice(y[0], y[1]);
}

export const child = (parent: Element, local: string): Element | undefined => parent.children.find((c) => c.local === local);
export const children = (parent: Element, local: string): Element[] => parent.children.filter((c) => c.local === local);

/** "x:" for <x:worksheet>, "" for <worksheet>: new elements take the prefix of their part. */
export const prefixOf = (el: Element): string => el.name.slice(0, el.name.indexOf(':') + 1);

/** A replacement of text[start, end); start === end inserts. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices; insertions at one point keep the order they were given in. */
export function applySplices(xml: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error('internal error: overlapping edits of one part');
    parts.push(xml.slice(at, s.start), s.text);
    at = s.end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

/** Where a new child goes to keep the schema's order: before the first existing child named in `followers`, else last. */
export function insertionPoint(parent: Element, followers: readonly string[]): number {
  return parent.children.find((c) => followers.includes(c.local))?.start ?? parent.closeStart;
}

/** The schema's order of `name`'s siblings, from `order`: the names that must come after it. */
export const followersOf = (order: readonly string[], name: string): readonly string[] => order.slice(order.indexOf(name) + 1);

// \r would come back as \n, and "]]>" may not appear in text: both are escaped.
export const escapeText = (s: string): string => s.replace(/[&<>\r]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[ch]!);
// Attribute values also lose tabs and line breaks to spaces unless they are character references.
export const escapeAttr = (s: string): string =>
  s.replace(/[&<"\t\n\r]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[ch]!);

export function tag(name: string, attrs: Record<string, string>, selfClosing = false): string {
  const list = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return `<${name}${list}${selfClosing ? '/>' : '>'}`;
}

/** `attrs` with some values set (in place, or appended) and some removed (undefined). */
export function withAttrs(attrs: Record<string, string>, changes: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...attrs, ...changes })) if (v !== undefined) out[k] = v;
  return out;
}

/** A splice that rewrites an element's start tag with changed attributes; none when nothing changes. */
export function retag(el: Element, changes: Record<string, string | undefined>): Splice[] {
  const attrs = withAttrs(el.attrs, changes);
  const same = Object.keys(attrs).length === Object.keys(el.attrs).length && Object.entries(attrs).every(([k, v]) => el.attrs[k] === v);
  return same ? [] : [{ start: el.start, end: el.openEnd, text: tag(el.name, attrs, el.selfClosing) }];
}

/**
 * The same element however it is written: attribute order, quotes, entities and prefixes do not matter (text is not
 * compared), nor the order of the children when the schema leaves it free (`unordered`).
 */
export function canonical(el: Element, unordered = false): string {
  const kids = el.children.map((c) => canonical(c));
  if (unordered) kids.sort();
  return `${el.local}${JSON.stringify(Object.entries(el.attrs).sort(([a], [b]) => (a < b ? -1 : 1)))}[${kids.join()}]`;
}
