import { describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import type { Locale } from '../../src/i18n/locales';
import { caseToDraft, parseNumber, type Draft } from '../../taskpane/draft';
import { relocaleDraft } from '../../taskpane/draft-locale';
import { defaultCase } from '../../taskpane/default-case';
import { rememberLocale, rememberedLocale, startLocale } from '../../taskpane/language';
import { checkDraft } from '../../taskpane/validation';

// Numbers typed the local way in the wizard's fields; the language each host gives; switching language mid-draft.

const c: RoiCase = defaultCase(new Date(Date.UTC(2026, 0, 15)));

describe('a number typed in a field, the language’s way', () => {
  it.each<[Locale, string, number]>([
    ['de', '1.234,5', 1234.5], ['de', '1,234', 1.234], ['de', '1234', 1234], ['de', '1 234,5', 1234.5], ['de', '15 %', 15],
    ['en', '1,234.5', 1234.5], ['en', '1.5', 1.5], ['en', '-3', -3],
    ['fr', '1 234,5', 1234.5], ['fr', '1\u202f234,5', 1234.5], ['fr', '0,125', 0.125],
    ['pl', '1 234,5', 1234.5], ['pl', '12,5%', 12.5],
    ['zh-CN', '1,234.5', 1234.5], ['zh-CN', '１２３４.５', 1234.5],
  ])('%s “%s” is %d', (locale, text, value) => expect(parseNumber(text, 'X', locale)).toBe(value));

  it.each<[Locale, string, string]>([
    ['de', '1.234', 'X: „1.234“ kann 1234 oder 1,234 bedeuten. Geben Sie 1234 oder 1,234 ein.'],
    ['en', '1,234', 'X: “1,234” could be 1234 or 1.234. Type 1234 or 1.234.'],
    ['en', '1,5', 'X: “1,5” is not written the English way (1,234.56). Did you mean 1.5?'],
    ['fr', '1.234', 'X\u00a0: «\u00a0X\u00a0»'],
    ['pl', '1.5', 'X: Zapis „1.5” nie jest w polskim formacie (1\u00a0234,56). Czy chodziło o 1,5?'],
    ['zh-CN', '1,5', 'X：“1,5”不是中文惯用的写法（1,234.56）。您是指 1.5 吗？'],
  ])('%s “%s” is not guessed: %s', (locale, text, message) => {
    const got = parseNumber(text, 'X', locale);
    if (locale === 'fr') expect(got).toMatch(/^X\u00a0: «\u00a01\.234\u00a0» peut signifier 1,234 ou 1234\./);
    else expect(got).toBe(message);
  });

  it('ambiguous and foreign entries stop the case and are told at their field, in the language', () => {
    const d = caseToDraft(c, 'de');
    d.costs[1].values.amount = '25.000';
    const verdict = checkDraft(d, 'de');
    expect(verdict.case).toBeNull();
    expect(verdict.errors).toEqual([{ path: 'costs[1].amount', message: 'Betrag: „25.000“ kann 25000 oder 25 bedeuten. Geben Sie 25000 oder 25 ein.' }]);
  });

  it.each<[Locale, string, number[]]>([['de', '1000; 1200,5; 1500', [1000, 1200.5, 1500]], ['fr', '1 000 ; 1 200,5', [1000, 1200.5]], ['en', '1000; 1,200.5', [1000, 1200.5]]])(
    '%s: a per-year list “%s” is parted by “;”, the decimal comma stays a decimal', (locale, text, years) => {
      const d = caseToDraft(c, locale);
      d.costs[0].values.users = text;
      expect(checkDraft(d, locale).case!.costs[0]).toMatchObject({ users: years });
    });

  it('a case shows in each language’s notation and reads back the same', () => {
    const withDecimals: RoiCase = { ...c, discountRate: 0.075 };
    expect(caseToDraft(withDecimals, 'de').discountRate).toBe('7,5');
    expect(caseToDraft(withDecimals, 'zh-CN').discountRate).toBe('7.5');
    for (const locale of ['en', 'de', 'fr', 'pl', 'zh-CN'] as const) expect(checkDraft(caseToDraft(withDecimals, locale), locale).case).toEqual(checkDraft(caseToDraft(withDecimals)).case);
  });
});

describe('switching language mid-draft', () => {
  it('rewrites the numbers in the new notation, keeps everything else as typed, and means the same case', () => {
    const d: Draft = caseToDraft({ ...c, discountRate: 0.075 }, 'de');
    d.name = 'Einführung Nord';
    d.costs[0].values.users = '20; 25,5';
    d.costs[1].values.amount = 'abc';
    d.benefits[0].ranges = { ...d.benefits[0].ranges, hoursPerMonth: { conservative: '2,5', optimistic: '6' } };
    const english = relocaleDraft(d, 'de', 'en');
    expect(english.name).toBe('Einführung Nord');
    expect(english.discountRate).toBe('7.5');
    expect(english.costs[0].values.users).toBe('20; 25.5');
    expect(english.costs[1].values.amount).toBe('abc');
    expect(english.benefits[0].ranges!.hoursPerMonth).toEqual({ conservative: '2.5', optimistic: '6' });
    d.costs[1].values.amount = '25000';
    expect(checkDraft(relocaleDraft(d, 'de', 'fr'), 'fr').case).toEqual(checkDraft(d, 'de').case);
  });
});

describe('the language a host gives', () => {
  const none = () => undefined;
  it.each([
    ['de-AT', 'de'], ['fr-CA', 'fr'], ['pl-PL', 'pl'], ['zh-CN', 'zh-CN'], ['en-US', 'en'], ['ja-JP', 'en'], // Office.context.displayLanguage
    ['de', 'de'], ['zh_CN', 'zh-CN'], ['zh_TW', 'en'], ['fr_FR', 'fr'], // Session.getActiveUserLocale()
    ['zh-Hans-CN', 'zh-CN'], ['pl', 'pl'], [undefined, 'en'], // navigator.language
  ] as const)('%s → %s', (tag, locale) => expect(startLocale(tag, none)).toBe(locale));

  it('a remembered choice wins over the host; a refused storage falls back to the host and never throws', () => {
    const store = new Map<string, string>();
    const storage = () => ({ getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }) as unknown as Storage;
    rememberLocale('pl', storage);
    expect(startLocale('de-DE', storage)).toBe('pl');
    store.set('crm-roi.language', 'xx');
    expect(rememberedLocale(storage)).toBeUndefined();
    const refused = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(startLocale('fr-FR', refused)).toBe('fr');
    expect(() => rememberLocale('de', refused)).not.toThrow();
  });
});
