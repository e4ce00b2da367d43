import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_TAGS, localeFromEnv, resolveLocale } from '../../src/i18n/locales';

describe('LOCALES', () => {
  it('declares the five languages, each named in itself', () => {
    expect(LOCALE_TAGS).toEqual(['en', 'de', 'fr', 'pl', 'zh-CN']);
    expect(LOCALE_TAGS.map((l) => LOCALES[l].name)).toEqual(['English', 'Deutsch', 'Français', 'Polski', '简体中文']);
  });

  it('lists Office culture names (language-region) for every language but the default, each resolving back to it', () => {
    for (const l of LOCALE_TAGS) {
      if (l !== 'en') expect(LOCALES[l].office.length).toBeGreaterThan(0);
      for (const culture of LOCALES[l].office) {
        expect(culture).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
        expect(resolveLocale(culture)).toBe(l);
      }
    }
  });
});

describe('resolveLocale', () => {
  it.each([
    // Office.context.displayLanguage, navigator.language
    ['de-DE', 'de'], ['de-AT', 'de'], ['de-CH', 'de'], ['fr-CA', 'fr'], ['fr-FR', 'fr'], ['pl-PL', 'pl'], ['en-GB', 'en'], ['en-US', 'en'],
    ['zh-CN', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'], ['zh-Hans', 'zh-CN'], ['zh', 'zh-CN'], ['zh-SG', 'zh-CN'],
    // Apps Script's Session.getActiveUserLocale(): underscores, or a bare language
    ['de', 'de'], ['zh_CN', 'zh-CN'], ['pl_PL', 'pl'], ['fr', 'fr'],
    // POSIX LANG / LC_ALL
    ['de_DE.UTF-8', 'de'], ['fr_CA.utf8', 'fr'], ['zh_CN.GB18030', 'zh-CN'], ['de_DE@euro', 'de'], ['C', 'en'], ['POSIX', 'en'], ['C.UTF-8', 'en'],
    // case and surrounding space do not matter
    [' DE-de ', 'de'], ['ZH-hans-cn', 'zh-CN'],
    // Traditional Chinese is not served the Simplified catalog
    ['zh-TW', 'en'], ['zh-HK', 'en'], ['zh-Hant', 'en'], ['zh-Hant-TW', 'en'], ['zh_TW.UTF-8', 'en'],
    // unknown, empty or missing
    ['es-ES', 'en'], ['pt-BR', 'en'], ['dE-x', 'de'], ['', 'en'], ['deu', 'en'], ['plx', 'en'],
  ])('%j → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it('takes a missing tag as English', () => {
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale(null)).toBe('en');
  });
});

describe('localeFromEnv', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG, skipping empty ones', () => {
    expect(localeFromEnv({ LC_ALL: 'pl_PL.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('pl');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(localeFromEnv({})).toBe('en');
  });
});
