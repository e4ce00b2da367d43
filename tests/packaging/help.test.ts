import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_TAGS, type Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { helpFile } from '../../webpack/manifest-locales';

// The help page in each language (taskpane/help/<lang>.html): the same page, the same strict policy and no script,
// the wizard's steps by the names the wizard gives them, and the finance terms of docs/terminology.md.

const root = join(__dirname, '../..');
const page = (l: Locale) => readFileSync(join(root, 'taskpane/help', `${l}.html`), 'utf8');
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" />`;
const TERMS: Record<Locale, string[]> = {
  en: ['NPV', 'IRR', 'payback'],
  de: ['Kapitalwert', 'interner Zinsfuß', 'Amortisationsdauer'],
  fr: ['VAN', 'TRI', 'délai de récupération'],
  pl: ['NPV', 'IRR', 'okres zwrotu'],
  'zh-CN': ['净现值', '内部收益率', '投资回收期', '投资回报率'],
};

describe.each(LOCALE_TAGS)('the help page in %s', (lang) => {
  const html = page(lang);
  const english = page('en');

  it('declares its language, keeps the policy, runs no script and links every language', () => {
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(CSP);
    expect(html).not.toMatch(/<script|\son\w+=/i);
    for (const l of LOCALE_TAGS) expect(html).toContain(`href="${helpFile(l)}" hreflang="${l}"`);
  });

  it('has the English page’s structure and every function, by its Excel name', () => {
    for (const re of [/<h2>/g, /<li>/g, /<code>/g, /<strong>/g]) expect(count(html, re), String(re)).toBe(count(english, re));
    for (const fn of english.match(/=CRM\.[A-Z]+/g)!) expect(html).toContain(fn);
  });

  it('names the wizard’s seven steps as the wizard does, and uses the language’s finance terms', () => {
    for (const step of ['basics', 'costs', 'benefits', 'review', 'risk', 'track', 'build'] as const) expect(html).toContain(t(lang, `wizard.step.${step}`));
    for (const term of TERMS[lang]) expect(html).toContain(term);
    expect(html).toContain(t(lang, 'manifest.buttonLabel'));
  });
});
