// xl/sharedStrings.xml: finds or appends the texts the edits write. Existing entries (rich text included) keep their
// indices and their text; an entry no cell uses any more stays, as Excel's own files allow (Excel drops it on save).
import { xstring } from './cells';
import { applySplices, child, children, escapeText, parseXml, prefixOf, retag, tag, type Element, type Splice } from './xml';

export const emptyStrings = (namespace: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${namespace}" count="0" uniqueCount="0"/>`;

export class StringTable {
  private readonly root: Element;
  private readonly p: string;
  /** Plain entries (one <t>, no runs) by their stored text, so a text written again reuses its entry. */
  private readonly known = new Map<string, number>();
  private readonly existing: number;
  private readonly added: string[] = [];
  /** Cells referring to the table, added minus removed, for the optional `count`. */
  private references = 0;

  constructor(private readonly xml: string) {
    this.root = parseXml(xml, true);
    this.p = prefixOf(this.root);
    const entries = children(this.root, 'si');
    entries.forEach((si, i) => {
      const t = child(si, 't');
      if (t && si.children.length === 1 && !this.known.has(t.text ?? '')) this.known.set(t.text ?? '', i);
    });
    this.existing = entries.length;
  }

  /** The index of `text`, appended when new. */
  use(text: string): number {
    this.references++;
    const stored = xstring(text);
    let index = this.known.get(stored);
    if (index === undefined) {
      index = this.existing + this.added.length;
      this.known.set(stored, index);
      // Leading or trailing spaces and line breaks survive only with xml:space="preserve".
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      this.added.push(`<${this.p}si><${this.p}t${space}>${escapeText(stored)}</${this.p}t></${this.p}si>`);
    }
    return index;
  }

  /** A cell that referred to the table was replaced or cleared. */
  release(): void {
    this.references--;
  }

  /** The part with what changed, or undefined when nothing did. */
  result(): string | undefined {
    if (!this.added.length && !this.references) return undefined;
    const el = this.root;
    const counts = {
      ...(el.attrs.count !== undefined && { count: String(Math.max(0, Number(el.attrs.count) + this.references)) }),
      uniqueCount: String(this.existing + this.added.length),
    };
    const splices: Splice[] = el.selfClosing
      ? [{ start: el.start, end: el.end, text: `${tag(el.name, { ...el.attrs, ...counts })}${this.added.join('')}</${el.name}>` }]
      : [...retag(el, counts), { start: el.closeStart, end: el.closeStart, text: this.added.join('') }];
    return applySplices(this.xml, splices);
  }
}
