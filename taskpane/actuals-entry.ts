import { monthKey } from '../src/case/calendar';
import type { Locale } from '../src/i18n/locales';
import { calendarMonth } from './format';

// Entering actuals: the calendar months of a case, and a column pasted from Excel or a CRM export read into them.
// A paste is all or nothing: one unreadable row and no month changes, with a message naming that row and its month.

const TEXT = {
  initial: (label: string) => `Initial period (${label})`,
  row: (n: number, month?: string) => (month ? `Row ${n} (${month})` : `Row ${n}`),
  notNumber: (cell: string) => `“${cell}” is not a number.`,
  notMonth: (cell: string) => `“${cell}” is not a month: write it as Mar 2025 or 2025-03.`,
  outside: (month: string, first: string, last: string) => `${month} is not a month of the case (${first} to ${last}).`,
  twice: (month: string) => `${month} appears twice.`,
  columns: (n: number) => `${n} columns: paste one column of amounts, or two (month, amount).`,
  tooLong: (rows: number, room: number, from: string, last: string) =>
    `${rows} rows, but only ${room} month${room === 1 ? '' : 's'} from ${from} to the horizon (${last}).`,
};

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
    return { month: m, key, label: m === 0 ? TEXT.initial(calendarMonth(key, locale)) : calendarMonth(key, locale) };
  });
}

/**
 * A pasted cell as a number's text, or undefined when it is none. Takes what spreadsheets and exports put in a cell:
 * thousands separators ("1,250.50", "1 250", "1.250,50"), quotes or a leading apostrophe (a number stored as text),
 * a currency sign, and a negative in brackets ("(300)") or with a trailing minus ("300-").
 */
export function pastedAmount(cell: string): string | undefined {
  let t = cell.trim().replace(/^"(.*)"$/s, '$1').replace(/^'/, '').replace(/[\s\u00a0\u202f]/g, '');
  let sign = '';
  const bracketed = /^\((.*)\)$/.exec(t) ?? /^(.*)-$/.exec(t);
  if (bracketed) [sign, t] = ['-', bracketed[1]];
  t = t.replace(/^([-+]?)[$€£¥]/, '$1').replace(/[$€£¥]$/, '');
  if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) || (sign && /^[-+]/.test(t))) return undefined;
  return String(Number(sign + t));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month cell as a key "YYYY-MM": "2025-03", "2025-03-01", "Mar 2025", "March 2025", "Mar-25", "3/2025", "3/31/2025". */
export function pastedMonth(cell: string): string | undefined {
  const t = cell.trim().replace(/^"(.*)"$/s, '$1').trim().toLowerCase();
  const key = (y: number, m: number) => (m >= 1 && m <= 12 && y >= 1000 && y <= 9999 ? `${y}-${String(m).padStart(2, '0')}` : undefined);
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  let m = /^(\d{4})-(\d{1,2})(-\d{1,2})?$/.exec(t);
  if (m) return key(Number(m[1]), Number(m[2]));
  m = /^([a-z]{3,9})\.?[\s\-/]+(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const i = MONTHS.indexOf(m[1].slice(0, 3));
    return i >= 0 && (m[1].length === 3 || 'january february march april may june july august september october november december'.split(' ')[i].startsWith(m[1])) ? key(year(m[2]), i + 1) : undefined;
  }
  m = /^(\d{1,2})\/(?:\d{1,2}\/)?(\d{4})$/.exec(t);
  return m ? key(Number(m[2]), Number(m[1])) : undefined;
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
  const fail = (i: number, what: string, month?: string) => ({ ok: false as const, message: `${TEXT.row(first + i + 1, month)}: ${what}` });
  const byKey = new Map(months.map((m) => [m.key, m]));
  const start = months.findIndex((m) => m.month === from);
  if (!twoColumns && start + body.length > months.length) {
    const room = months.length - start;
    return { ok: false, message: TEXT.tooLong(body.length, room, months[start].label, months[months.length - 1].label) };
  }
  for (const [i, cells] of body.entries()) {
    let slot = months[start + i];
    if (twoColumns) {
      if (cells.filter((c) => c.trim() !== '').length > 2) return fail(i, TEXT.columns(cells.length));
      const key = pastedMonth(cells[0]);
      if (!key) return fail(i, TEXT.notMonth(cells[0].trim()));
      if (!byKey.has(key)) return fail(i, TEXT.outside(calendarMonth(key, locale), months[0].label, months[months.length - 1].label));
      if (key in fills) return fail(i, TEXT.twice(calendarMonth(key, locale)));
      slot = byKey.get(key)!;
    }
    const cell = (twoColumns ? cells[1] : cells[0]) ?? '';
    const amount = cell.trim() === '' ? '' : pastedAmount(cell);
    if (amount === undefined) return fail(i, TEXT.notNumber(cell.trim()), slot.label);
    fills[slot.key] = amount;
  }
  return { ok: true, fills };
}
