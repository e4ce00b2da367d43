// One cell's XML from a PlanCell.
import type { PlanCell } from '../../plan/types';
import { escapeText } from './xml';

const ERROR_VALUES = new Set(['#DIV/0!', '#NUM!', '#VALUE!', '#N/A', '#REF!', '#NAME?', '#NULL!']);
/** Functions newer than Excel 2007 are stored with the _xlfn. prefix in the file format (the list xlsx.ts uses). */
const FUTURE_FUNCTIONS = ['IFS', 'SWITCH', 'XLOOKUP', 'XMATCH', 'LET', 'SEQUENCE', 'FILTER', 'MAXIFS', 'MINIFS', 'CONCAT', 'TEXTJOIN', 'RRI', 'PDURATION'];
const FUTURE_RE = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join('|')})\\(`, 'g');

// Characters XML 1.0 cannot carry at all: C0 controls but tab and line breaks, U+FFFE/U+FFFF, unpaired surrogates.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as the file format's ST_Xstring, before XML escaping: Excel and LibreOffice read "_xHHHH_" as the character
 * U+HHHH, so that is how characters XML cannot carry travel, and an "_" that starts such a sequence in the text
 * itself is written "_x005F_" (an underscore).
 */
export function xstring(text: string): string {
  const hex = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(NOT_XML, hex);
}

/** The stored formula: no "=", post-2007 functions prefixed, string literals left alone. */
export function storedFormula(formula: string, where: string): string {
  // Unlike cell text, a formula is read without _xHHHH_ decoding, so a character XML cannot carry cannot be stored.
  if (formula.search(NOT_XML) !== -1) throw new Error(`${where}: the formula holds a character a spreadsheet file cannot store; use CHAR() or UNICHAR()`);
  const stored = formula
    .replace(/^=/, '')
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(FUTURE_RE, '_xlfn.$1(')))
    .join('');
  if (!stored.trim()) throw new Error(`${where}: the formula is empty`);
  return stored;
}

function number(n: number, where: string): string {
  if (!Number.isFinite(n)) throw new Error(`${where}: ${n} is not a value a spreadsheet can store`);
  return String(n);
}

/**
 * `<c>` for `cell` at `ref` with cellXfs index `s` (none: the default style), or "" when there is nothing to store.
 * Text goes to the shared strings (`sharedString` gives its index), never into a formula; a formula keeps the plan's
 * value as its cached result.
 */
export function cellXml(ref: string, cell: PlanCell, s: number | undefined, p: string, sharedString: (text: string) => number): string {
  const open = (t?: string) => `<${p}c r="${ref}"${s ? ` s="${s}"` : ''}${t ? ` t="${t}"` : ''}>`;
  const v = (text: string) => `<${p}v>${text}</${p}v>`;
  const close = `</${p}c>`;
  const value = cell.value ?? null;
  if (cell.formula !== undefined) {
    const f = `<${p}f>${escapeText(storedFormula(cell.formula, ref))}</${p}f>`;
    if (value === null) return open() + f + close;
    if (typeof value === 'number') return open() + f + v(number(value, ref)) + close;
    if (typeof value === 'boolean') return open('b') + f + v(value ? '1' : '0') + close;
    return open(ERROR_VALUES.has(value) ? 'e' : 'str') + f + v(escapeText(xstring(value))) + close;
  }
  if (value === null || value === '') return s ? `<${p}c r="${ref}" s="${s}"/>` : '';
  if (typeof value === 'number') return open() + v(number(value, ref)) + close;
  if (typeof value === 'boolean') return open('b') + v(value ? '1' : '0') + close;
  return open('s') + v(String(sharedString(value))) + close;
}
