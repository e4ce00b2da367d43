import type { Locale } from './locales';
import { t } from './t';

// Numbers typed the local way. Each language has its notation (decimal mark, group marks):
//   en, zh-CN: 1,234.56    de: 1.234,56    fr, pl: 1 234,56
// A space (U+0020), no-break space (U+00A0) or narrow no-break space (U+202F) groups digits in every language
// (SI / ISO 80000-1, DIN 5008): a space is never a decimal mark, so it cannot be misread. Groups are threes after a
// first group of one to three digits that does not start with 0, all with one kind of mark. Also accepted: a leading
// minus (- or U+2212), surrounding spaces, full-width digits and marks (a Chinese IME's), and a trailing % when the
// caller asks for a percent (the value is then divided by 100).
//
// What is ambiguous, precisely. Text the language's own notation reads:
//   - is ambiguous when it is one to three digits (not starting with 0), then one "." or "," that is the language's
//     GROUP mark, then exactly three digits, and nothing else: de "1.234", en "1,234", en "-12,500". The other
//     notation reads that mark as a decimal (1.234), and nothing in the text tells which was meant.
//   - otherwise has one reading: de "1,234" is 1.234 (the typist used the German decimal mark), de "1.234,5",
//     "1.234.567" and "0,125" cannot be read the other way; to type 1234 unambiguously, type "1234".
// Text the own notation does not read is tried in both notations (point decimal with "," groups; comma decimal with
// "." groups; spaces in either): two readings are ambiguous (fr "1.234": 1.234 or 1234), one is "otherNotation"
// (en "1,5" is a German 1.5: reported with that reading, never taken), none is "notANumber".

export type NumberIssue =
  | { code: 'empty'; params: { text: string } }
  | { code: 'notANumber'; params: { text: string } }
  /** readings[0] is the language's own reading when it has one. */
  | { code: 'ambiguous'; params: { text: string; readings: [number, number]; percent: boolean } }
  | { code: 'otherNotation'; params: { text: string; reading: number; percent: boolean } };

export type ParsedNumber = { ok: true; value: number } | ({ ok: false } & NumberIssue);

interface Notation {
  decimal: '.' | ',';
  groups: readonly string[];
}

const SPACES = [' ', '\u00a0', '\u202f'];
const POINT: Notation = { decimal: '.', groups: [',', ...SPACES] };
const COMMA: Notation = { decimal: ',', groups: ['.', ...SPACES] };
const NOTATION: Record<Locale, Notation> = { en: POINT, 'zh-CN': POINT, de: COMMA, fr: { decimal: ',', groups: SPACES }, pl: { decimal: ',', groups: SPACES } };

/** Full-width digits, marks and signs (U+FF01–U+FF5E) as their ASCII twins; nothing else (NFKC would turn ² into 2). */
const halfWidth = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const markClass = (c: string) => (SPACES.includes(c) ? ' ' : c);

/** The digits of `body` read in a notation, as a plain decimal string ("1234.5"), or undefined. */
function readAs(body: string, n: Notation): string | undefined {
  const parts = body.split(n.decimal);
  if (parts.length > 2) return undefined;
  const [int, frac] = parts;
  if (frac !== undefined && !/^\d+$/.test(frac)) return undefined;
  if (int === '') return frac === undefined ? undefined : `0.${frac}`;
  const groups = int.split(/\D/);
  const marks = int.match(/\D/g) ?? [];
  const grouped =
    marks.length === 0 ||
    (marks.every((m) => n.groups.includes(m)) &&
      new Set(marks.map(markClass)).size === 1 &&
      /^[1-9]\d{0,2}$/.test(groups[0]) &&
      groups.slice(1).every((g) => /^\d{3}$/.test(g)));
  if (!grouped || !/^\d+$/.test(groups[0])) return undefined;
  return groups.join('') + (frac === undefined ? '' : `.${frac}`);
}

/** One to three digits, one mark, three digits: a lone group mark, or a decimal mark with three decimals. */
const LONE_MARK = /^[1-9]\d{0,2}([.,])\d{3}$/;

export function parseLocaleNumber(text: string, locale: Locale, options: { percent?: boolean } = {}): ParsedNumber {
  let body = halfWidth(text).trim();
  const percent = Boolean(options.percent) && body.endsWith('%');
  if (percent) body = body.slice(0, -1).trimEnd();
  const negative = /^[-\u2212]/.test(body);
  if (negative) body = body.slice(1);
  if (body === '' && !negative && !percent) return { ok: false, code: 'empty', params: { text } };

  const value = (digits: string) => {
    const v = Number(`${negative ? '-' : ''}${digits}${percent ? 'e-2' : ''}`);
    return v === 0 ? 0 : v; // never -0
  };
  const own = readAs(body, NOTATION[locale]);
  if (own !== undefined) {
    const lone = LONE_MARK.exec(body);
    if (lone && lone[1] !== NOTATION[locale].decimal) {
      return { ok: false, code: 'ambiguous', params: { text, readings: [value(own), value(body.replace(lone[1], '.'))], percent } };
    }
    const v = value(own);
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, code: 'notANumber', params: { text } };
  }
  const readings = [...new Set([readAs(body, POINT), readAs(body, COMMA)].filter((r): r is string => r !== undefined).map(value))].filter(Number.isFinite);
  if (readings.length === 2) return { ok: false, code: 'ambiguous', params: { text, readings: [readings[0], readings[1]], percent } };
  if (readings.length === 1) return { ok: false, code: 'otherNotation', params: { text, reading: readings[0], percent } };
  return { ok: false, code: 'notANumber', params: { text } };
}

/** A number as the language writes it for typing back: no group marks, so parseLocaleNumber reads it one way only. */
export function entryText(locale: Locale, value: number, options: { percent?: boolean } = {}): string {
  return new Intl.NumberFormat(locale, { style: options.percent ? 'percent' : 'decimal', useGrouping: false, maximumSignificantDigits: 17 }).format(value);
}

/** What went wrong with a typed number, in the reader's language. */
export function numberIssueText(locale: Locale, issue: NumberIssue): string {
  switch (issue.code) {
    case 'empty':
      return t(locale, 'number.empty');
    case 'notANumber':
      return t(locale, 'number.notANumber', { text: issue.params.text });
    case 'ambiguous': {
      const [first, second] = issue.params.readings.map((r) => entryText(locale, r, issue.params));
      return t(locale, 'number.ambiguous', { text: issue.params.text, first, second });
    }
    case 'otherNotation':
      return t(locale, 'number.otherNotation', { text: issue.params.text, reading: entryText(locale, issue.params.reading, issue.params) });
  }
}
