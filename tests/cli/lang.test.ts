import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case';
import { simulate } from '../../src/case/simulate';
import { metricName } from '../../src/cli/words';
import { displayWidth } from '../../src/cli/width';
import { LOCALE_TAGS, type Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { buildCli, cli, cliIn } from './run-cli';

// crm-roi in each language: the catalog's words, the language's figures, tables that still line up, --json untouched.

beforeAll(buildCli);
const tmp = mkdtempSync(join(tmpdir(), 'crm-roi-lang-'));
const ENTERPRISE = 'examples/enterprise-tei.json';
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Money as Intl writes it in the language, grouped always, as the CLI does. */
const money = (x: number, currency: string, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', useGrouping: 'always' as unknown as boolean }).format(x);

/** The output's blocks (separated by blank lines), each a list of lines. */
const blocks = (stdout: string) => stdout.trimEnd().split('\n\n').map((b) => b.split('\n'));

/** The column where a "label  value" line's value starts. */
const valueColumn = (line: string) => displayWidth(/^(.*?\S {2,})\S/.exec(line)![1]);

describe.each(LOCALE_TAGS)('crm-roi evaluate --lang %s', (locale) => {
  const e = evaluate(read(ENTERPRISE));
  const { code, stdout, stderr } = cli('evaluate', ENTERPRISE, '--lang', locale);

  it('labels every figure with the catalog’s words', () => {
    expect([code, stderr]).toEqual([0, '']);
    for (const text of [t(locale, 'term.npv'), t(locale, 'term.horizon'), t(locale, 'term.discountRate'), t(locale, 'term.peakFunding'), t(locale, 'cli.evaluate.cumulativeNet'), t(locale, 'cli.evaluate.sensitivity')])
      expect(stdout).toContain(text);
    for (const key of ['ROI', 'ROI_PV', 'IRR', 'PAYBACK', 'PAYBACK_DISCOUNTED', 'BREAK_EVEN'] as const) expect(stdout).toMatch(new RegExp(`^${escape(metricName(key, locale))} `, 'm'));
  });

  it('writes money, percentages and months in the language’s notation', () => {
    expect(stdout).toMatch(new RegExp(`^${escape(t(locale, 'term.npv'))}\\s+${escape(money(e.npv as number, 'USD', locale))}  `, 'm'));
    expect(stdout).toContain(t(locale, 'cli.percent', { value: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((e.irr as number) * 100) }));
    expect(stdout).toContain(t(locale, 'cli.months', { value: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(e.paybackMonths.simple as number) }));
  });

  it('lines up every table and every list of labelled values, counting Chinese characters as two columns', () => {
    const [header, metrics, years, scenarios, tornado] = blocks(stdout);
    const columns = [...header, ...metrics].map(valueColumn);
    expect(new Set(columns).size).toBe(1);
    // The last column of a table is right-aligned: every line of it ends in the same column.
    for (const table of [years, scenarios, tornado]) expect(new Set(table.map(displayWidth)).size, table.join('\n')).toBe(1);
  });
});

describe.each(LOCALE_TAGS)('crm-roi simulate --lang %s', (locale) => {
  const { code, stdout, stderr } = cli('simulate', ENTERPRISE, '--iterations', '300', '--seed', '5', '--lang', locale);
  const s = simulate(read(ENTERPRISE), { iterations: 300, seed: 5 });

  it('says it in the language, with aligned blocks and the language’s figures', () => {
    expect([code, stderr]).toEqual([0, '']);
    const [settings, figures, odds] = blocks(stdout);
    expect(settings[1]).toMatch(new RegExp(`^${escape(t(locale, 'cli.simulate.draws'))}\\s+300`));
    expect(figures[0]).toMatch(new RegExp(`P10\\s+P50\\s+P90\\s+${escape(t(locale, 'cli.simulate.mean'))}$`));
    expect(figures[1]).toMatch(new RegExp(`^${escape(t(locale, 'term.npv'))}\\s.*${escape(money(s.npv.mean!, 'USD', locale))}$`));
    expect(new Set(figures.map(displayWidth)).size).toBe(1);
    expect(new Set([...settings, ...odds].map(valueColumn)).size).toBe(1);
    expect(odds[0].startsWith(t(locale, 'cli.simulate.npvPositive'))).toBe(true);
  });
});

describe('the language', () => {
  it('comes from the environment without --lang: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(cliIn({ LANG: 'de_DE.UTF-8' }, 'evaluate', ENTERPRISE).stdout).toMatch(/^Kapitalwert \(NPV\)\s+1\.679\.745,13\u00a0\$/m);
    expect(cliIn({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8' }, 'evaluate', ENTERPRISE).stdout).toContain('Wartość bieżąca netto (NPV)');
    expect(cliIn({ LANG: 'de_DE.UTF-8', LC_ALL: 'fr_FR.UTF-8' }, 'evaluate', ENTERPRISE).stdout).toContain('Valeur actuelle nette (VAN)');
    expect(cliIn({ LANG: 'zh_CN.UTF-8' }, 'simulate', ENTERPRISE, '--iterations', '10').stdout).toContain('净现值 (NPV)');
    expect(cliIn({ LANG: 'C.UTF-8' }, 'evaluate', ENTERPRISE).stdout).toContain('Net present value (NPV)');
  });

  it('--lang wins over the environment, and puts help and usage errors in the language too', () => {
    expect(cliIn({ LC_ALL: 'de_DE.UTF-8' }, 'evaluate', ENTERPRISE, '--lang', 'en').stdout).toContain('Net present value (NPV)');
    expect(cli('evaluate', '--help', '--lang', 'de').stdout).toContain('Aufruf: crm-roi evaluate');
    expect(cli('--help', '--lang', 'fr').stdout).toContain('Utilisation\u00a0: crm-roi <commande>');
    expect(cli('help', 'simulate', '--lang', 'zh-CN').stdout).toContain('用法：crm-roi simulate');
    const usage = cli('simulate', ENTERPRISE, '--seed', '-1', '--lang', 'pl');
    expect([usage.code, usage.stderr.split('\n')[0]]).toEqual([2, 'crm-roi simulate: --seed musi być liczbą całkowitą od 0 do 4\u00a0294\u00a0967\u00a0295, otrzymano "-1"']);
  });

  it('an unknown --lang is a usage error naming the five, in the environment’s language', () => {
    for (const command of ['evaluate', 'simulate']) {
      const r = cli(command, ENTERPRISE, '--lang', 'es');
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr.split('\n')[0]).toBe(`crm-roi ${command}: --lang must be one of en, de, fr, pl, zh-CN, got "es"`);
      expect(r.stderr).toContain(`Usage: crm-roi ${command}`);
    }
    expect(cliIn({ LANG: 'de_DE.UTF-8' }, 'evaluate', ENTERPRISE, '--lang', 'zh-TW').stderr.split('\n')[0]).toBe(
      'crm-roi evaluate: --lang muss eine dieser Sprachen sein: en, de, fr, pl, zh-CN; angegeben ist "zh-TW"',
    );
    expect(cli('evaluate', ENTERPRISE, '--lang').stderr.split('\n')[0]).toBe('crm-roi evaluate: --lang needs a value');
    expect(cli('evaluate', ENTERPRISE, '--lang', 'de', '--lang', 'fr').stderr.split('\n')[0]).toBe('crm-roi evaluate: --lang ist doppelt angegeben');
  });

  it('--json is the same bytes in every language and every environment', () => {
    for (const [command, ...args] of [['evaluate', ENTERPRISE, '--json'], ['evaluate', 'examples/never-pays-back.json', '--json'], ['simulate', ENTERPRISE, '--iterations', '200', '--json']]) {
      const english = cli(command, ...args).stdout;
      expect(JSON.parse(english)).toBeTruthy();
      for (const locale of LOCALE_TAGS) {
        expect(cli(command, ...args, '--lang', locale).stdout).toBe(english);
        expect(cliIn({ LANG: `${locale.replace('-', '_')}.UTF-8` }, command, ...args).stdout).toBe(english);
      }
    }
  });

  it('Polish złoty and euros are placed and grouped the local way', () => {
    const path = join(tmp, 'pln.json');
    writeFileSync(path, JSON.stringify({ ...read('examples/small-business.json'), currency: 'PLN' }));
    expect(cli('evaluate', path, '--lang', 'pl').stdout).toMatch(/^Koszty łącznie\s+42\u00a0000,00\u00a0zł$/m);
    expect(cli('evaluate', 'examples/never-pays-back.json', '--lang', 'de').stdout).toMatch(/#N\/A — keine Amortisation innerhalb von 24 Monaten/);
    expect(cli('evaluate', 'examples/never-pays-back.json', '--lang', 'de').stdout).toMatch(/\d{1,3}(\.\d{3})*,\d{2}\u00a0€/);
  });
});

describe('every command’s messages follow the language', () => {
  it('file errors', () => {
    const missing = join(tmp, 'nope.json');
    expect(cli('evaluate', missing, '--lang', 'fr').stderr).toBe(`crm-roi evaluate: impossible de lire ${missing}\u00a0: fichier introuvable\n`);
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{\n  "name": x\n}');
    expect(cli('simulate', broken, '--lang', 'pl').stderr).toBe(`crm-roi simulate: ${broken} nie jest poprawnym JSON-em: nieoczekiwany znak "x", oczekiwano: wartość: obiekt, tablica, tekst w cudzysłowie prostym, liczba, true, false lub null (wiersz 2, kolumna 11)\n`);
    const empty = join(tmp, 'empty.json');
    writeFileSync(empty, '');
    expect(cli('evaluate', empty, '--lang', 'zh-CN').stderr).toBe(`crm-roi evaluate: ${empty} 是空文件\n`);
  });

  it('crm-roi workbook, in the environment’s language', () => {
    const out = join(tmp, 'roi.xlsx');
    const wrote = cliIn({ LANG: 'de_DE.UTF-8' }, 'workbook', ENTERPRISE, '-o', out);
    expect([wrote.code, wrote.stderr]).toEqual([0, '']);
    expect(wrote.stdout).toMatch(new RegExp(`^${escape(out)} geschrieben: Blatt „CRM ROI“ \\(\\S+, Formeln: \\d+, benannte Bereiche: \\d+\\) und Blatt „.+“\\.$`, 'm'));
    const again = cliIn({ LANG: 'pl_PL.UTF-8' }, 'workbook', ENTERPRISE, '-o', out);
    expect(again.stdout).toMatch(/^Zaktualizowano w .*roi\.xlsx: arkusz „CRM ROI” \(.*\); reszta skoroszytu pozostała bez zmian\.$/m);
    const usage = cliIn({ LANG: 'fr_FR.UTF-8' }, 'workbook', ENTERPRISE, '-o', join(tmp, 'roi.txt'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('ne se termine pas par .xlsx');
    expect(usage.stderr).toContain('Utilisation\u00a0: crm-roi workbook');
  });

  it('an unknown command, and the list of commands', () => {
    const r = cliIn({ LANG: 'pl_PL.UTF-8' }, 'frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('crm-roi: nieznane polecenie „frobnicate”');
    expect(r.stderr).toMatch(/^ {2}simulate {4}Symulacja Monte Carlo/m);
  });
});

describe('validation errors in every language name the same paths', () => {
  const bad = read('examples/small-business.json');
  bad.currency = 'dollars';
  bad.costs[0].amount = 'abc';
  bad.benefits[1].margni = 0.3;
  const path = join(tmp, 'bad.json');
  writeFileSync(path, JSON.stringify(bad));
  const paths = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('  ')).map((l) => /^ {2}([\w.[\]]+)/.exec(l)![1]);

  it.each(LOCALE_TAGS)('%s', (locale) => {
    const { code, stdout, stderr } = cli('evaluate', path, '--lang', locale);
    expect([code, stdout]).toEqual([1, '']);
    expect(paths(stderr)).toEqual(['currency', 'costs[0].amount', 'benefits[1].margni']);
    expect(stderr.split('\n')[0].replace(path, '')).toMatch(/[(（]3\s/);
    expect(stderr).toContain('"dollars"'); // values quoted as JSON, the same in every language
    if (locale !== 'en') expect(stderr).not.toMatch(/\b(expected|got|unknown property|allowed)\b/);
  });

  it('German and Chinese, line by line', () => {
    expect(cli('evaluate', path, '--lang', 'de').stderr.split('\n').slice(0, 3)).toEqual([
      `crm-roi evaluate: ${path} ist kein gültiger Business Case (3 Probleme):`,
      '  currency: erwartet: ein Währungscode nach ISO 4217 wie "USD", "EUR" oder "PLN", erhalten: "dollars"',
      '  costs[0].amount: erwartet: eine Zahl ≥ 0, erhalten: "abc"',
    ]);
    expect(cli('evaluate', path, '--lang', 'zh-CN').stderr.split('\n')[2]).toBe('  costs[0].amount：应为≥ 0 的数字，实际为 "abc"');
  });
});
