import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALE_TAGS, type Locale } from '../../src/i18n/locales';
import { entryText, numberIssueText, parseLocaleNumber, type ParsedNumber } from '../../src/i18n/number';

const ok = (value: number): ParsedNumber => ({ ok: true, value });
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseLocaleNumber: each language’s own notation', () => {
  it.each<[Locale, string, number]>([
    ['en', '1,234.56', 1234.56], ['en', '1234.56', 1234.56], ['en', '-1,234,567.5', -1234567.5], ['en', '.5', 0.5], ['en', '0.125', 0.125],
    ['en', '1 234.5', 1234.5], ['en', '  42  ', 42], ['en', '\u22125', -5], ['en', '1,234,567', 1234567], ['en', '1.5', 1.5],
    ['zh-CN', '1,234.56', 1234.56], ['zh-CN', '１２３，４５６．７', 123456.7], ['zh-CN', '－５', -5],
    ['de', '1.234,56', 1234.56], ['de', '1234,56', 1234.56], ['de', '1,234', 1.234], ['de', '0,125', 0.125], ['de', '1.234.567', 1234567],
    ['de', '-1.234.567,8', -1234567.8], ['de', '1 234,5', 1234.5], ['de', ',5', 0.5],
    ['fr', '1 234,56', 1234.56], [`fr`, `1${NBSP}234,56`, 1234.56], ['fr', `1${NNBSP}234${NNBSP}567,5`, 1234567.5], ['fr', '1,234', 1.234], ['fr', '1234,5', 1234.5],
    ['pl', '1 234,56', 1234.56], ['pl', `12${NBSP}345`, 12345], ['pl', '−0,5', -0.5],
    ['en', '-0', 0], ['de', '000123', 123],
  ])('%s %j → %d', (locale, text, value) => {
    expect(parseLocaleNumber(text, locale)).toEqual(ok(value));
  });

  it('reads a percent only where the caller asks for one, to a fraction', () => {
    expect(parseLocaleNumber('12.5%', 'en', { percent: true })).toEqual(ok(0.125));
    expect(parseLocaleNumber(`12,5${NBSP}%`, 'fr', { percent: true })).toEqual(ok(0.125));
    expect(parseLocaleNumber('-7 %', 'de', { percent: true })).toEqual(ok(-0.07));
    expect(parseLocaleNumber('7', 'pl', { percent: true })).toEqual(ok(7));
    expect(parseLocaleNumber('12.5%', 'en')).toMatchObject({ ok: false, code: 'notANumber' });
  });
});

describe('parseLocaleNumber: ambiguous input gets both readings, never a guess', () => {
  it.each<[Locale, string, [number, number]]>([
    // The language's group mark alone before three digits: its own reading first, then the other notation's decimal.
    ['de', '1.234', [1234, 1.234]], ['de', '-12.500', [-12500, -12.5]], ['en', '1,234', [1234, 1.234]], ['zh-CN', '999,000', [999000, 999]],
    // Neither of the own notation: both readings of the other two.
    ['fr', '1.234', [1.234, 1234]], ['pl', '1.234', [1.234, 1234]],
  ])('%s %j', (locale, text, readings) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: false, code: 'ambiguous', params: { text, readings, percent: false } });
  });

  it('keeps percent readings as fractions', () => {
    expect(parseLocaleNumber('1.234 %', 'de', { percent: true })).toEqual({ ok: false, code: 'ambiguous', params: { text: '1.234 %', readings: [12.34, 0.01234], percent: true } });
  });

  it.each<[Locale, string, number]>([
    // Readable only in the other notation: named, not taken.
    ['en', '1,5', 1.5], ['en', '0,125', 0.125], ['en', '1.234,56', 1234.56], ['en', '1.234.567', 1234567], ['zh-CN', '12,34', 12.34],
    ['de', '12.34', 12.34], ['de', '1,234,567', 1234567], ['de', '1,234.5', 1234.5],
    ['fr', '1.234,5', 1234.5], ['fr', '1 234.5', 1234.5], ['pl', '1,234.56', 1234.56], ['pl', '0.5', 0.5],
  ])('%s %j is another notation’s %d', (locale, text, reading) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: false, code: 'otherNotation', params: { text, reading, percent: false } });
  });
});

describe('parseLocaleNumber: not numbers', () => {
  it.each<[Locale, string]>([
    ['en', 'abc'], ['en', '1.'], ['de', '1,'], ['en', '1,23,456'], ['en', '12,3456,789'], ['de', '1.2.3'], ['en', '1e5'], ['en', '--5'], ['en', '- 5'],
    ['en', '-'], ['en', '5-'], ['fr', '1 23'], ['en', '1 234,567.8'], ['de', '1. 234'], ['en', '$5'], ['en', '1_000'], ['en', '٣'], ['en', '10²'],
    ['en', '1'.padEnd(400, '0')],
  ])('%s %j', (locale, text) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: false, code: 'notANumber', params: { text } });
  });

  it('says when nothing was typed', () => {
    for (const text of ['', '   ', NBSP]) expect(parseLocaleNumber(text, 'de')).toEqual({ ok: false, code: 'empty', params: { text } });
  });
});

describe('numberIssueText', () => {
  const issue = (text: string, locale: Locale) => {
    const r = parseLocaleNumber(text, locale);
    if (r.ok) throw new Error(`${text} parsed`);
    return numberIssueText(locale, r);
  };

  it('renders each issue in the reader’s language, readings written so they read one way only', () => {
    expect(issue('1.234', 'de')).toBe('„1.234“ kann 1234 oder 1,234 bedeuten. Geben Sie 1234 oder 1,234 ein.');
    expect(issue('1,234', 'en')).toBe('“1,234” could be 1234 or 1.234. Type 1234 or 1.234.');
    expect(issue('1,5', 'en')).toBe('“1,5” is not written the English way (1,234.56). Did you mean 1.5?');
    expect(issue('1.234,5', 'fr')).toBe(`«${NBSP}1.234,5${NBSP}» n’est pas écrit à la française (1${NBSP}234,56). Vouliez-vous dire 1234,5${NBSP}?`);
    expect(issue('x', 'pl')).toBe('„x” nie jest liczbą.');
    expect(issue('', 'zh-CN')).toBe('请输入数字。');
    expect(numberIssueText('de', { code: 'ambiguous', params: { text: '1.234 %', readings: [12.34, 0.01234], percent: true } })).toBe(
      `„1.234 %“ kann 1234${NBSP}% oder 1,234${NBSP}% bedeuten. Geben Sie 1234${NBSP}% oder 1,234${NBSP}% ein.`,
    );
  });
});

// Doubles a spreadsheet holds as amounts and rates: up to 1e15, any fraction.
const amount = fc.double({ min: -1e15, max: 1e15, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const locale = fc.constantFrom(...LOCALE_TAGS);

describe('parseLocaleNumber against Intl.NumberFormat (properties)', () => {
  it('reads back what Intl writes in the language: the number, or (a lone group mark) ambiguous with it first', () => {
    fc.assert(
      fc.property(locale, amount, (l, x) => {
        const text = new Intl.NumberFormat(l, { maximumSignificantDigits: 17 }).format(x);
        const r = parseLocaleNumber(text, l);
        if (r.ok) {
          expect(r.value).toBe(x);
          return;
        }
        expect(r).toMatchObject({ code: 'ambiguous', params: { readings: [x, expect.any(Number)] } });
        // Only 1 000 ≤ |x| < 1 000 000, whole, written with the language's "." or "," group mark.
        expect(text.replace('-', '')).toMatch(/^[1-9]\d{0,2}[.,]\d{3}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every whole number from 1 000 to 999 999 as ambiguous exactly where Intl groups it with . or ,', () => {
    fc.assert(
      fc.property(locale, fc.integer({ min: 1000, max: 999_999 }), (l, x) => {
        const text = new Intl.NumberFormat(l).format(x);
        expect(parseLocaleNumber(text, l).ok).toBe(!/[.,]/.test(text));
      }),
    );
  });

  it('reads money written with cents unambiguously, to the cent', () => {
    fc.assert(
      fc.property(locale, fc.integer({ min: -1e14, max: 1e14 }), (l, cents) => {
        const text = new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
        expect(parseLocaleNumber(text, l)).toEqual(ok(cents / 100));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads entryText back exactly, as a number and as a percent', () => {
    fc.assert(
      fc.property(locale, amount, (l, x) => {
        expect(parseLocaleNumber(entryText(l, x), l)).toEqual(ok(x));
        expect(parseLocaleNumber(entryText(l, x, { percent: true }), l, { percent: true })).toEqual(ok(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('offers readings that the language reads back one way only', () => {
    fc.assert(
      fc.property(locale, fc.stringMatching(/^-?[1-9]\d{0,2}[.,]\d{3}$/), (l, text) => {
        const r = parseLocaleNumber(text, l);
        if (r.ok || r.code !== 'ambiguous') return;
        for (const reading of r.params.readings) expect(parseLocaleNumber(entryText(l, reading), l)).toEqual(ok(reading));
      }),
    );
  });
});
