import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/t';
import { TERM_KEYS, terminologyMarkdown, TERMINOLOGY_FILE } from '../../scripts/terminology';

const root = join(__dirname, '../..');

describe('docs/terminology.md', () => {
  it('is the generator output from the catalogs (run npm run codegen)', () => {
    expect(readFileSync(join(root, TERMINOLOGY_FILE), 'utf8')).toBe(terminologyMarkdown());
  });

  it('has a row per term with every language’s word, so a changed catalog changes the table', () => {
    const md = terminologyMarkdown();
    for (const key of TERM_KEYS) expect(md).toContain(`| ${['en', 'de', 'fr', 'pl', 'zh-CN'].map((l) => CATALOGS[l as keyof typeof CATALOGS][key]).join(' | ')} |`);
    expect(TERM_KEYS.length).toBeGreaterThanOrEqual(20);
  });
});

describe('the terms analysts use (issue 13)', () => {
  it.each([
    ['de', 'term.npv', 'Kapitalwert'], ['de', 'term.payback', 'Amortisationsdauer'], ['de', 'term.irr', 'Interner Zinsfuß'],
    ['fr', 'term.npv', 'VAN'], ['fr', 'term.npv', 'Valeur actuelle nette'], ['fr', 'term.payback', 'Délai de récupération'], ['fr', 'term.irr', 'TRI'],
    ['pl', 'term.npv', 'NPV'], ['pl', 'term.npv', 'Wartość bieżąca netto'], ['pl', 'term.payback', 'Okres zwrotu'], ['pl', 'term.irr', 'IRR'], ['pl', 'term.irr', 'Wewnętrzna stopa zwrotu'],
    ['zh-CN', 'term.npv', '净现值'], ['zh-CN', 'term.payback', '投资回收期'], ['zh-CN', 'term.irr', '内部收益率'], ['zh-CN', 'term.roi', '投资回报率'],
  ] as const)('%s %s says %s', (locale, key, word) => {
    expect(CATALOGS[locale][key]).toContain(word);
  });
});
