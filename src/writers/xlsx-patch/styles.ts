// xl/styles.xml: finds or appends the fonts, fills, borders, number formats and cell formats (xf) the edits need.
// Existing entries keep their indices: cells all over the workbook point at them.
import type { CellStyle } from '../../plan/types';
import { applySplices, canonical, child, children, followersOf, insertionPoint, parseXml, prefixOf, retag, tag, type Element, type Splice } from './xml';

/** A styles part for a workbook that has none: the defaults Excel itself writes. */
export const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const ENTRY: Record<Section, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };
/** Built-in formats whose meaning does not depend on the locale; any other code is stored as a custom format. */
const BUILT_IN = new Map(Object.entries({ General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49 }));
/** Custom number formats are numbered from 164 up. */
const FIRST_CUSTOM_FORMAT = 164;
/** The default font's properties a new font inherits, in Excel's order (b and i go first). */
const FONT_BASE = ['sz', 'color', 'name', 'family', 'charset', 'scheme'];
/** A font's properties may come in any order (the schema's choice), so fonts compare regardless of it. */
const UNORDERED: Section = 'fonts';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

export class StyleBook {
  private readonly root: Element;
  private readonly p: string;
  private readonly sections = new Map<Section, { el?: Element; count: number; keys: Map<string, number>; added: string[] }>();
  private readonly formats = new Map<string, number>();
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly memo = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.root = parseXml(xml);
    this.p = prefixOf(this.root);
    for (const section of Object.keys(ENTRY) as Section[]) {
      const el = child(this.root, section);
      const entries = el ? children(el, ENTRY[section]) : [];
      const keys = new Map<string, number>();
      entries.forEach((e, i) => {
        const key = canonical(e, section === UNORDERED);
        if (!keys.has(key)) keys.set(key, i); // the first of duplicates, as Excel would pick
      });
      this.sections.set(section, { el, count: entries.length, keys, added: [] });
      if (section === 'numFmts') {
        for (const e of entries) {
          const id = Number(e.attrs.numFmtId);
          if (!this.formats.has(e.attrs.formatCode)) this.formats.set(e.attrs.formatCode, id);
          this.nextFormat = Math.max(this.nextFormat, id + 1);
        }
      }
    }
  }

  /** The cellXfs index for a style and number format; undefined for the workbook's default (no style, no format). */
  index(style: CellStyle | undefined, numberFormat: string | undefined): number | undefined {
    if (!style && !numberFormat) return undefined;
    const key = JSON.stringify([style, numberFormat]);
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const index = this.xf(style ?? {}, numberFormat ?? 'General');
    this.memo.set(key, index);
    return index;
  }

  /** The part with what was appended, or undefined when nothing was. */
  result(): string | undefined {
    const splices: Splice[] = [];
    for (const [section, { el, count, added }] of this.sections) {
      if (!added.length) continue;
      const total = String(count + added.length);
      if (!el) {
        const at = insertionPoint(this.root, followersOf(ORDER, section));
        splices.push({ start: at, end: at, text: `<${this.p}${section} count="${total}">${added.join('')}</${this.p}${section}>` });
      } else if (el.selfClosing) {
        splices.push({ start: el.start, end: el.end, text: `${tag(el.name, { ...el.attrs, count: total })}${added.join('')}</${el.name}>` });
      } else {
        splices.push(...retag(el, { count: total }), { start: el.closeStart, end: el.closeStart, text: added.join('') });
      }
    }
    return splices.length ? applySplices(this.xml, splices) : undefined;
  }

  private xf(style: CellStyle, numberFormat: string): number {
    const p = this.p;
    const numFmtId = this.format(numberFormat);
    const fontId = this.find('fonts', this.font(style));
    const fillId = this.find('fills', style.fill ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(style.fill)}"/></${p}patternFill></${p}fill>` : `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
    const side = (name: string, on: boolean | undefined) => `<${p}${name}${on ? ' style="thin"' : ''}/>`;
    const borderId = this.find('borders', `<${p}border>${side('left', false)}${side('right', false)}${side('top', style.borderTop)}${side('bottom', style.borderBottom)}${side('diagonal', false)}</${p}border>`);
    const alignment: Record<string, string> = {
      ...(style.horizontalAlignment && { horizontal: style.horizontalAlignment }),
      ...(style.wrap && { wrapText: '1' }),
    };
    const hasAlignment = Object.keys(alignment).length > 0;
    const attrs: Record<string, string> = {
      numFmtId: String(numFmtId),
      fontId: String(fontId),
      fillId: String(fillId),
      borderId: String(borderId),
      ...(child(this.root, 'cellStyleXfs')?.children.length && { xfId: '0' }), // the Normal cell style
      ...(numFmtId && { applyNumberFormat: '1' }),
      ...(fontId && { applyFont: '1' }),
      ...(fillId && { applyFill: '1' }),
      ...(borderId && { applyBorder: '1' }),
      ...(hasAlignment && { applyAlignment: '1' }),
    };
    const xf = hasAlignment ? `${tag(`${p}xf`, attrs)}${tag(`${p}alignment`, alignment, true)}</${p}xf>` : tag(`${p}xf`, attrs, true);
    return this.find('cellXfs', xf);
  }

  /** The workbook's default font (fonts[0]) with the style's changes, so new cells match the user's typeface. */
  private font(style: CellStyle): string {
    const p = this.p;
    const fonts = this.sections.get('fonts')!.el;
    const base = (fonts && children(fonts, 'font')[0]?.children) ?? [];
    const inherited = FONT_BASE.flatMap((local) => {
      if (local === 'sz' && style.fontSize) return [`<${p}sz val="${style.fontSize}"/>`];
      if (local === 'color' && style.fontColor) return [`<${p}color rgb="${argb(style.fontColor)}"/>`];
      const el = base.find((e) => e.local === local);
      return el ? [tag(el.name, el.attrs, true)] : [];
    });
    return `<${p}font>${style.bold ? `<${p}b/>` : ''}${style.italic ? `<${p}i/>` : ''}${inherited.join('')}</${p}font>`;
  }

  private format(code: string): number {
    const known = BUILT_IN.get(code) ?? this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.sections.get('numFmts')!.added.push(tag(`${this.p}numFmt`, { numFmtId: String(id), formatCode: code }, true));
    return id;
  }

  /** The index of an identical existing entry, or of `xml` appended to the section. */
  private find(section: Section, xml: string): number {
    const s = this.sections.get(section)!;
    const key = canonical(parseXml(xml), section === UNORDERED);
    let index = s.keys.get(key);
    if (index === undefined) {
      index = s.count + s.added.length;
      s.keys.set(key, index);
      s.added.push(xml);
    }
    return index;
  }
}
