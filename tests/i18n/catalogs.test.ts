import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_TAGS } from '../../src/i18n/locales';
import { en } from '../../src/i18n/messages/en';
import type { Messages } from '../../src/i18n/messages/types';
import { wizardEn } from '../../src/i18n/messages/wizard/en';
import { CATALOGS, placeholders, t } from '../../src/i18n/t';

// Every language has exactly the English keys, each with the same placeholders, and no empty text.
// (The types make a missing key a compile error too: see the @ts-expect-error below, checked by `npm run typecheck`.)

const keys = Object.keys(en).sort();

describe.each(LOCALE_TAGS)('the %s catalog', (locale) => {
  const catalog = CATALOGS[locale] as Record<string, string>;

  it('has every English key and no other', () => {
    expect(Object.keys(catalog).sort()).toEqual(keys);
  });

  it('uses the same placeholders as English in every message', () => {
    for (const key of keys) expect([key, placeholders(catalog[key]).sort()]).toEqual([key, placeholders(en[key as keyof typeof en]).sort()]);
  });

  it('has no empty message and no stray braces', () => {
    for (const key of keys) {
      expect(catalog[key].trim(), key).not.toBe('');
      expect(catalog[key].replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });
});

describe('every key is used', () => {
  // Terms are listed by prefix (docs/terminology.md); every other key is named in code outside the catalogs.
  const root = join(__dirname, '../..');
  const sources = ['src', 'functions', 'webpack', 'scripts', 'taskpane', 'playground', 'gas']
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(root, dir, f)))
    .filter((f) => /\.(ts|cjs)$/.test(f) && !f.includes(join('i18n', 'messages')) && !f.includes('generated'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

  // Named whole ('cli.net'), as a plural's base ('cli.invalidCase' for .one … .other), or as a family built in a
  // template (`cli.metric.${key}`, `metric.${key}.explain`), whose members the types check.
  const families = [...sources.matchAll(/`((?:[a-z]+\.)[^`]*?\$\{[^`]*?)`/gi)].map(
    (m) => new RegExp(`^${m[1].split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^()|[\]\\]/g, '\\$&')).join('[^.]+(?:\\.[^.]+)*')}$`),
  );
  const named = (key: string) =>
    sources.includes(`'${key}'`) ||
    (/\.(one|few|many|other)$/.test(key) && sources.includes(`'${key.replace(/\.(one|few|many|other)$/, '')}'`)) ||
    families.some((family) => family.test(key));
  it.each(keys.filter((k) => !k.startsWith('term.')))('%s', (key) => {
    expect(named(key)).toBe(true);
  });
});

describe('area files', () => {
  it('the wizard’s keys are among the keys every language is checked for', () => {
    expect(Object.keys(wizardEn).length).toBeGreaterThan(100);
    for (const key of Object.keys(wizardEn)) expect(keys).toContain(key);
  });
});

describe('the catalog check', () => {
  it('finds a missing key, an extra key and a placeholder mismatch', () => {
    const { 'term.npv': _dropped, ...missing } = CATALOGS.de;
    // @ts-expect-error a catalog without a key is not a Messages
    const broken: Messages = missing;
    expect(Object.keys(broken).sort()).not.toEqual(keys);
    expect(Object.keys({ ...CATALOGS.de, 'term.extra': 'x' }).sort()).not.toEqual(keys);
    expect(placeholders('„{text}“ kann {erste} bedeuten')).not.toEqual(placeholders(en['number.ambiguous']));
  });
});

describe('t()', () => {
  it('fills placeholders in the chosen language', () => {
    expect(t('de', 'number.ambiguous', { text: '1.234', first: '1234', second: '1,234' })).toBe(
      '„1.234“ kann 1234 oder 1,234 bedeuten. Geben Sie 1234 oder 1,234 ein.',
    );
    expect(t('en', 'number.notANumber', { text: 'abc' })).toBe('“abc” is not a number.');
    expect(t('zh-CN', 'term.npv')).toBe('净现值 (NPV)');
  });

  it('refuses to leave a placeholder unfilled', () => {
    // @ts-expect-error the types ask for every placeholder
    expect(() => t('fr', 'number.notANumber', {})).toThrow('message number.notANumber (fr) needs {text}');
  });
});
