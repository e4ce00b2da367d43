import { serialToIso } from './dates';
import type { Got } from './issue-text';

// Cell contents as hosts hand them back (numbers, text, booleans, Dates, ExcelJS rich text, links and errors), in words.

/** A blank cell as hosts return it: undefined, null or blank text. */
export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** What a cell holds, for a message: hosts hand back error values, rich text and hyperlinks as objects (ExcelJS). */
export function gotOf(v: unknown): Got {
  if (isBlank(v)) return { got: 'blank' };
  const quote = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
  if (typeof v === 'string') return /^#[A-Z0-9/!?]+$/.test(v.trim()) ? { got: 'error', text: v.trim() } : { got: 'text', text: quote(v) };
  if (typeof v === 'boolean') return { got: 'value', text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { got: 'badDate' } : { got: 'date', text: v.toISOString().slice(0, 10) };
  if (typeof v === 'object' && v !== null) {
    const o = v as { error?: unknown; hyperlink?: unknown };
    if (typeof o.error === 'string') return { got: 'error', text: o.error };
    const t = plainText(v);
    if (t !== undefined) return { got: o.hyperlink ? 'link' : 'formatted', text: quote(t) };
    return { got: 'unknown' };
  }
  return { got: 'value', text: String(v) };
}

/** A note cell's text, whatever its formatting. */
export const cellText = (v: unknown): string => (typeof v === 'string' ? v : (plainText(v) ?? String(v)));

/** The text of a rich-text or hyperlink cell (ExcelJS: { richText: [{ text }] } or { text, hyperlink }). */
export function plainText(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as { richText?: { text?: unknown }[]; text?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  if (typeof o.text === 'string') return o.text;
  if (typeof o.text === 'object') return plainText(o.text);
}

/** A date cell as hosts return it: a serial number, an ISO string, or a Date (Apps Script). */
export function isoDate(v: unknown): string | undefined {
  if (typeof v === 'number') return serialToIso(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return v.trim();
}

/**
 * A number as exports from a CRM or ERP paste it: a number, or text such as "1,234.56", " 1 234 ", "-75" or "(1,200)"
 * (accounting's negative). Commas and spaces group thousands, a point marks decimals; anything else is not a number.
 * Undefined for a cell that is not one.
 */
export function amountOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const t = typeof v === 'string' ? v : plainText(v);
  if (t === undefined) return undefined;
  // No-break and thin spaces group thousands as often as plain ones do.
  const s = t.replace(/[\u00A0\u2007\u202F]/g, ' ').trim();
  const m = /^(\()?([+-])?(\d{1,3}(?:([, ])\d{3})(?:\4\d{3})*|\d+)?(\.\d+)?(\))?$/.exec(s);
  if (!m || (!m[3] && !m[5]) || !m[1] !== !m[6] || (m[1] && m[2])) return undefined;
  const n = Number(`${m[2] ?? ''}${(m[3] ?? '0').replace(/[, ]/g, '')}${m[5] ?? ''}`);
  return m[1] ? -n : n;
}
