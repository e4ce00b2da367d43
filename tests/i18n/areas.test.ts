import { describe, expect, it } from 'vitest';
import { LOCALE_TAGS, type Locale } from '../../src/i18n/locales';
import { cliDe } from '../../src/i18n/messages/cli/de';
import { cliEn } from '../../src/i18n/messages/cli/en';
import { cliFr } from '../../src/i18n/messages/cli/fr';
import { cliPl } from '../../src/i18n/messages/cli/pl';
import { cliZhCN } from '../../src/i18n/messages/cli/zh-CN';
import { cliActualsDe } from '../../src/i18n/messages/cli-actuals/de';
import { cliActualsEn } from '../../src/i18n/messages/cli-actuals/en';
import { cliActualsFr } from '../../src/i18n/messages/cli-actuals/fr';
import { cliActualsPl } from '../../src/i18n/messages/cli-actuals/pl';
import { cliActualsZhCN } from '../../src/i18n/messages/cli-actuals/zh-CN';
import { fnEn } from '../../src/i18n/messages/fn/en';
import { fnDe } from '../../src/i18n/messages/fn/de';
import { fnFr } from '../../src/i18n/messages/fn/fr';
import { fnPl } from '../../src/i18n/messages/fn/pl';
import { fnZhCN } from '../../src/i18n/messages/fn/zh-CN';
import { menuEn } from '../../src/i18n/messages/menu/en';
import { menuDe } from '../../src/i18n/messages/menu/de';
import { menuFr } from '../../src/i18n/messages/menu/fr';
import { menuPl } from '../../src/i18n/messages/menu/pl';
import { menuZhCN } from '../../src/i18n/messages/menu/zh-CN';
import { issueDe } from '../../src/i18n/messages/issue/de';
import { issueEn } from '../../src/i18n/messages/issue/en';
import { issueFr } from '../../src/i18n/messages/issue/fr';
import { issuePl } from '../../src/i18n/messages/issue/pl';
import { issueZhCN } from '../../src/i18n/messages/issue/zh-CN';
import { reasonDe } from '../../src/i18n/messages/reason/de';
import { reasonEn } from '../../src/i18n/messages/reason/en';
import { reasonFr } from '../../src/i18n/messages/reason/fr';
import { reasonPl } from '../../src/i18n/messages/reason/pl';
import { reasonZhCN } from '../../src/i18n/messages/reason/zh-CN';
import { CATALOGS } from '../../src/i18n/t';

// The area catalogs (cli.*, issue.*, cli-actuals.*) are part of each language's catalog, so the catalog test (same keys, same
// placeholders in every language) covers them; this checks they are spread in, and what that test cannot see.

const AREAS: Record<string, Record<Locale, Record<string, string>>> = {
  cli: { en: cliEn, de: cliDe, fr: cliFr, pl: cliPl, 'zh-CN': cliZhCN },
  fn: { en: fnEn, de: fnDe, fr: fnFr, pl: fnPl, 'zh-CN': fnZhCN },
  menu: { en: menuEn, de: menuDe, fr: menuFr, pl: menuPl, 'zh-CN': menuZhCN },
  reason: { en: reasonEn, de: reasonDe, fr: reasonFr, pl: reasonPl, 'zh-CN': reasonZhCN },
  issue: { en: issueEn, de: issueDe, fr: issueFr, pl: issuePl, 'zh-CN': issueZhCN },
  'cli-actuals': { en: cliActualsEn, de: cliActualsDe, fr: cliActualsFr, pl: cliActualsPl, 'zh-CN': cliActualsZhCN },
};

describe.each(Object.entries(AREAS))('the %s area', (area, byLocale) => {
  it.each(LOCALE_TAGS)('is in the %s catalog, key for key, and holds only its own prefix', (locale) => {
    const messages = byLocale[locale];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(byLocale.en).sort());
    for (const [key, text] of Object.entries(messages)) {
      expect(key.startsWith(`${area}.`), key).toBe(true);
      expect((CATALOGS[locale] as Record<string, string>)[key], key).toBe(text);
    }
  });
});

describe('plural forms', () => {
  it('every message with plural forms has all four (one, few, many, other)', () => {
    const keys = [...Object.keys(cliEn), ...Object.keys(reasonEn), ...Object.keys(cliActualsEn)];
    const bases = new Set(keys.filter((k) => /\.(one|few|many|other)$/.test(k)).map((k) => k.replace(/\.\w+$/, '')));
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases) for (const form of ['one', 'few', 'many', 'other']) expect(keys, base).toContain(`${base}.${form}`);
  });
});

describe('French typography', () => {
  // Prose only: the usage texts list option syntax and characters (": \ / ? *") that are code, not French.
  const prose = Object.entries({ ...cliFr, ...issueFr, ...cliActualsFr, ...fnFr }).filter(([key]) => !key.endsWith('.usage'));

  it('a no-break space before ; : ? ! and inside « »', () => {
    // JSON in straight quotes (":", ",") is code too.
    for (const [key, text] of prose.map(([key, text]) => [key, text.replace(/"[^"]*"/g, '')])) {
      expect(text, key).not.toMatch(/[^\u00a0\u202f][;:?!]/);
      expect(text, key).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
    }
  });
});
