import { monthKey } from '../src/case/calendar';
import type { Locale } from '../src/i18n/locales';
import { entryText, parseLocaleNumber } from '../src/i18n/number';
import { plural } from '../src/i18n/plural';
import { t } from '../src/i18n/t';
import { calendarMonth } from './format';

// Entering actuals: the calendar months of a case, and a column pasted from Excel or a CRM export read into them.
// A paste is all or nothing: one unreadable row and no month changes, with a message naming that row and its month.
// Pasted text comes from the analyst's own spreadsheet, so numbers and month names are read the wizard's language's way
// first (German "1.250" is 1250), English month names always.


export interface CaseMonth {
  /** 0 = the initial period. */
  month: number;
  /** "2025-03", the case's key for it. */
  key: string;
  /** "Mar 2025", or "Initial period (Dec 2024)". */
  label: string;
}

/** The months actuals can be entered for: the initial period, then months 1 … horizon. */
export function caseMonths(startDate: string, horizonMonths: number, locale: Locale): CaseMonth[] {
  return Array.from({ length: horizonMonths + 1 }, (_, m) => {
    const key = monthKey(startDate, m);
    return { month: m, key, label: m === 0 ? t(locale, 'track.paste.initial', { month: calendarMonth(key, locale) }) : calendarMonth(key, locale) };
  });
}

/** The language's own group mark: "," in English and Chinese, "." in German, a space in French and Polish. */
const groupMark = (locale: Locale) => new Intl.NumberFormat(locale).formatToParts(1000).find((p) => p.type === 'group')?.value ?? ',';

/**
 * A pasted cell as a number, or undefined when it is none. Takes what spreadsheets and exports put in a cell: group
 * marks ("1,250.50" in English, "1.250,50" in German, "1 250,50" in French and Polish), quotes or a leading apostrophe
 * (a number stored as text), a currency sign or code, and a negative in brackets ("(300)") or with a trailing minus
 * ("300-"). A lone group mark ("1.250") is read the language's way; another notation only when it has both marks,
 * never by guessing (Polish "1.250").
 */
export function pastedAmount(cell: string, locale: Locale): number | undefined {
  let text = cell.trim().replace(/^"(.*)"$/s, '$1').replace(/^'/, '').replace(/[\s\u00a0\u202f]/g, '');
  let sign = '';
  const bracketed = /^\((.*)\)$/.exec(text) ?? /^(.*)-$/.exec(text);
  if (bracketed) [sign, text] = ['-', bracketed[1]];
  text = text.replace(/^([-+]?)(?:[$€£¥元]|zł|[A-Z]{3})/, '$1').replace(/(?:[$€£¥元]|zł|[A-Z]{3})$/, '').replace(/^\+/, '');
  if (sign && /^[-+]/.test(text)) return undefined;
  if (/^-?\d+$/.test(text)) return Number(sign + text);
  const parsed = parseLocaleNumber(/^-?[.,]\d/.test(text) ? text.replace(/^(-?)/, '$10') : text, locale);
  const value = parsed.ok
    ? parsed.value
    : parsed.code === 'ambiguous' && text.includes(groupMark(locale))
      ? parsed.params.readings[0]
      : parsed.code === 'otherNotation' && text.includes('.') && text.includes(',')
        ? parsed.params.reading
        : undefined;
  return value === undefined ? undefined : (sign ? -value : value) || 0;
}

const ENGLISH = 'january february march april may june july august september october november december'.split(' ');

/** Month names and abbreviations of the language, lower case, without a final dot: [name, month 1-12]. */
function monthNames(locale: Locale): [string, number][] {
  const names: [string, number][] = ENGLISH.map((n, i) => [n, i + 1]);
  const styles: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }];
  for (const style of styles) {
    const format = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      const part = format.formatToParts(new Date(Date.UTC(2025, m - 1, 15))).find((p) => p.type === 'month');
      if (part && /\p{L}/u.test(part.value)) names.push([part.value.toLowerCase().replace(/\.$/, ''), m]);
    }
  }
  return names;
}

/**
 * A month cell as a key "YYYY-MM": "2025-03", "2025-03-01", "Mar 2025", "March 2025", "Mar-25", and the language's
 * names ("März 2025", "mars 2025", "marzec 2025", "2025年3月"); numeric dates in the language's order ("3/2025",
 * "3/31/2025" in English; "31.03.2025", "03.2025", "31/03/2025" where the day comes first).
 */
export function pastedMonth(cell: string, locale: Locale): string | undefined {
  const text = cell.trim().replace(/^"(.*)"$/s, '$1').trim().toLowerCase();
  const key = (y: number, m: number) => (m >= 1 && m <= 12 && y >= 1000 && y <= 9999 ? `${y}-${String(m).padStart(2, '0')}` : undefined);
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  let m = /^(\d{4})[-/.](\d{1,2})([-/.]\d{1,2})?$/.exec(text) ?? /^(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(text);
  if (m) return key(Number(m[1]), Number(m[2]));
  m = /^(\p{L}+)\.?[\s\-/]+(\d{2}|\d{4})$/u.exec(text);
  if (m) {
    const word = m[1];
    const hit = monthNames(locale).find(([name]) => name === word || (word.length >= 3 && name.startsWith(word)));
    return hit ? key(year(m[2]), hit[1]) : undefined;
  }
  // English writes the month first (3/31/2025); the other four languages the day (31.03.2025, 31/03/2025).
  m = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return key(Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  return m ? key(Number(m[3]), Number(locale === 'en' ? m[1] : m[2])) : undefined;
}

export type Paste = { ok: true; fills: Record<string, string> } | { ok: false; message: string };

/** Whether clipboard text is more than one value (the input's own paste does for one). */
export const isColumn = (text: string): boolean => /[\n\t]/.test(text.replace(/\r?\n$/, ''));

/**
 * Pasted text → the months it fills, each with a number's text or '' (a blank cell: not known). One column fills the
 * months from `from` on; two tab-separated columns (month, amount) fill the months they name. A first row without a
 * digit is a header and is skipped.
 */
export function readPaste(text: string, months: readonly CaseMonth[], from: number, locale: Locale): Paste {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((r) => r.split('\t'));
  const header = rows.length > 1 && rows[0].some((c) => c.trim() !== '') && !/\d/.test(rows[0].join(''));
  const first = header ? 1 : 0;
  const body = rows.slice(first);
  const twoColumns = body.some((r) => r.length > 1);
  const fills: Record<string, string> = {};
  const fail = (i: number, problem: string, month?: string) => {
    const row = month ? t(locale, 'track.paste.rowMonth', { n: first + i + 1, month }) : t(locale, 'track.paste.row', { n: first + i + 1 });
    return { ok: false as const, message: t(locale, 'track.paste.at', { row, problem }) };
  };
  const byKey = new Map(months.map((m) => [m.key, m]));
  const start = months.findIndex((m) => m.month === from);
  if (!twoColumns && start + body.length > months.length) {
    const room = months.length - start;
    return { ok: false, message: plural(locale, 'track.paste.tooLong', room, { rows: body.length, from: months[start].label, last: months[months.length - 1].label }) };
  }
  for (const [i, cells] of body.entries()) {
    let slot = months[start + i];
    if (twoColumns) {
      if (cells.filter((c) => c.trim() !== '').length > 2) return fail(i, t(locale, 'track.paste.columns', { n: cells.length }));
      const key = pastedMonth(cells[0], locale);
      if (!key) return fail(i, t(locale, 'track.paste.notMonth', { cell: cells[0].trim(), example: calendarMonth('2025-03', locale), iso: '2025-03' }));
      if (!byKey.has(key)) return fail(i, t(locale, 'track.paste.outside', { month: calendarMonth(key, locale), first: months[0].label, last: months[months.length - 1].label }));
      if (key in fills) return fail(i, t(locale, 'track.paste.twice', { month: calendarMonth(key, locale) }));
      slot = byKey.get(key)!;
    }
    const cell = (twoColumns ? cells[1] : cells[0]) ?? '';
    const amount = cell.trim() === '' ? '' : pastedAmount(cell, locale);
    if (amount === undefined) return fail(i, t(locale, 'track.paste.notNumber', { cell: cell.trim() }), slot.label);
    // Written as the language types it, so the input reads it back as this number.
    fills[slot.key] = amount === '' ? '' : entryText(locale, amount);
  }
  return { ok: true, fills };
}
