import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import { LOCALE_TAGS, type Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { buildCli, cli, cliIn } from './run-cli';
import { trackedWithKpi } from '../case/tracked';

// Plan against actual and `crm-roi actuals` in the reader's language: the catalog's words, the language's figures
// (the same figures --json gives), --json the same bytes in every language, and the sheet kept in its own language.

beforeAll(buildCli);
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-actuals-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const write = (name: string, text: string) => {
  writeFileSync(at(name), text);
  return at(name);
};

// The tracked case of evaluate-actuals.test.ts in euros: through March 2025, a KPI half-way to its target.
const tracked = (): RoiCase => ({ ...trackedWithKpi(), currency: 'EUR' });
const CASE = write('tracked.json', JSON.stringify(tracked()));

/** Money and percentages as the CLI writes them in a language (Intl, grouped always). */
const money = (x: number, locale: Locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol', useGrouping: 'always' as unknown as boolean }).format(x);
const pct = (x: number, locale: Locale) => t(locale, 'cli.percent', { value: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100) });
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const row = (...cells: string[]) => new RegExp(`^${cells.map(esc).join('\\s+')}$`, 'm');

describe.each(['de', 'zh-CN'] as const)('crm-roi evaluate --lang %s: plan against actual', (locale) => {
  // In beforeAll, not at collection: the bundle is built first.
  let json: ReturnType<typeof JSON.parse>;
  let stdout = '';
  beforeAll(() => {
    json = JSON.parse(cli('evaluate', CASE, '--json').stdout);
    const run = cli('evaluate', CASE, '--lang', locale);
    expect([run.code, run.stderr]).toEqual([0, '']);
    stdout = run.stdout;
  });

  it('heads every table with the catalog’s words, no English left', () => {
    expect(stdout).toContain(t(locale, 'cli-actuals.heading', { calendar: new Date(Date.UTC(2025, 2, 1)).toLocaleString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }), month: 3 }));
    for (const key of ['cli-actuals.toDate', 'cli-actuals.variance', 'cli-actuals.monthsWithActuals', 'cli-actuals.realisedRate', 'cli-actuals.impliedPayback', 'cli-actuals.reforecastPayback', 'cli-actuals.periodRoi', 'actuals.kpi.betterWhen', 'cli-actuals.kpi.lower'] as const) {
      expect(stdout, key).toContain(t(locale, key));
    }
    expect(stdout).not.toMatch(/\b(To date|Planned|Actual|Variance|Line|Side|Months with actuals|Realised rate|Payback|Period|Better|Baseline|Target|Progress|to date|lower|cost|benefit)\b/);
  });

  it('gives the --json figures in the language’s notation', () => {
    const a = json.actuals;
    expect(stdout).toMatch(row(t(locale, 'cli.evaluate.costs'), money(a.plannedToDate.costs, locale), money(a.toDate.costs, locale), money(a.variance.costs, locale)));
    expect(stdout).toMatch(row(t(locale, 'cli.evaluate.benefits'), money(a.plannedToDate.benefits, locale), money(a.toDate.benefits, locale), money(a.variance.benefits, locale)));
    expect(stdout).toMatch(row(t(locale, 'cli.evaluate.net'), money(a.plannedToDate.net, locale), money(a.toDate.net, locale), money(a.variance.net, locale)));
    expect(stdout).toMatch(row(t(locale, 'cli-actuals.roi'), pct(a.plannedToDate.roi, locale), pct(a.toDate.roi, locale)));
    const fees = a.variance.lines[1];
    expect(stdout).toMatch(row('Fees', t(locale, 'cli-actuals.side.cost'), money(fees.planned, locale), money(fees.actual, locale), money(fees.variance, locale), String(fees.monthsWithActuals)));
    expect(stdout).toMatch(row(t(locale, 'cli-actuals.annualRoi.other', { count: 3, cost: money(a.systemCost, locale) }), pct(a.annualRoi, locale)));
    const q1 = a.byPeriod.quarters[0];
    expect(stdout).toMatch(new RegExp(`^${esc(t(locale, 'cli-actuals.quarter', { year: 1, quarter: 1 }))}\\s.*${esc(money(q1.net, locale))}\\s+${esc(pct(q1.periodRoi, locale))}\\s+${esc(pct(q1.planned.periodRoi, locale))}\\s`, 'm'));
    expect(stdout).toMatch(new RegExp(`^${esc(t(locale, 'cli-actuals.underWay', { period: t(locale, 'cli-actuals.year', { year: 1 }) }))}\\s`, 'm'));
    const kpi = json.kpis[0];
    expect(stdout).toMatch(row('Sales cycle', 'days', t(locale, 'cli-actuals.kpi.lower'), String(kpi.baseline), String(kpi.target), String(kpi.actual), pct(kpi.progress, locale), String(kpi.months)));
  });

  it('writes German money the German way and Chinese money the Chinese way', () => {
    expect(stdout).toMatch(locale === 'de' ? /^Kosten\s+1\.500,00\u00a0€\s+1\.530,00\u00a0€\s+30,00\u00a0€$/m : /^成本\s+€1,500\.00\s+€1,530\.00\s+€30\.00$/m);
  });
});

describe('crm-roi evaluate --json with actuals', () => {
  it('is the same bytes in every language and every environment', () => {
    const english = cli('evaluate', CASE, '--json').stdout;
    expect(JSON.parse(english).actuals.throughMonth).toBe(3);
    for (const locale of LOCALE_TAGS) {
      expect(cli('evaluate', CASE, '--json', '--lang', locale).stdout).toBe(english);
      expect(cliIn({ LANG: `${locale.replace('-', '_')}.UTF-8` }, 'evaluate', CASE, '--json').stdout).toBe(english);
    }
  });
});

/** Every text of the ROI sheet's cells. */
async function sheetTexts(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  wb.getWorksheet('CRM ROI')!.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && out.push(c.value)));
  return out;
}

describe('crm-roi actuals in the reader’s language', () => {
  let german: string;
  beforeAll(() => {
    german = at('roi-de.xlsx');
    const r = cli('workbook', CASE, '-o', german, '--lang', 'de');
    if (r.code !== 0) throw new Error(r.stderr);
  });

  it('names each bad row in German, and writes nothing', () => {
    const bad = write('bad.csv', 'month,line,amount\n2025-04,fees,100\n2025-13,fees,1\n2025-04,marketing,1\n2025-05,fees,"1.234,56"\n2025-04,FEES,2\n');
    const out = at('bad-out.xlsx');
    for (const r of [cli('actuals', german, bad, '-o', out, '--lang', 'de'), cliIn({ LANG: 'de_DE.UTF-8' }, 'actuals', german, bad, '-o', out)]) {
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr.split('\n')).toEqual([
        `crm-roi actuals: ${bad} kann nicht übernommen werden (4 Probleme); nichts geschrieben:`,
        '  Zeile 3: erwartet: ein Monat "JJJJ-MM", ein Datum "JJJJ-MM-TT" oder ein Monat wie "Mar 2025", erhalten: "2025-13"',
        '  Zeile 4: keine Position hat die ID oder den Namen "marketing"',
        '  Zeile 5: "1.234,56" hat ein Dezimalkomma; erwartet: ein Betrag in EUR wie 1234.56 oder 1,234.56, mit Dezimalpunkt',
        '  Zeile 6: die Position "fees" ist für 2025-04 bereits in Zeile 2 angegeben',
        '',
      ]);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('says the same in Chinese and Polish, row by row', () => {
    const bad = write('bad2.csv', 'month,line,amount\n2025-13,fees,1\n');
    expect(cli('actuals', german, bad, '-o', at('x.xlsx'), '--lang', 'zh-CN').stderr).toContain('  第 2 行：应为月份 "YYYY-MM"');
    expect(cli('actuals', german, bad, '-o', at('x.xlsx'), '--lang', 'pl').stderr).toContain('(1 problem); nic nie zapisano:\n  wiersz 2: oczekiwano miesiąca');
  });

  it('gives usage errors and the help in the language', () => {
    const r = cli('actuals', german, '--lang', 'de');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('crm-roi actuals: erwartet: eine Arbeitsmappe und eine CSV-Datei, angegeben: 1 Datei');
    expect(r.stderr).toContain('Aufruf: crm-roi actuals <roi.xlsx>');
    expect(cliIn({ LANG: 'fr_FR.UTF-8' }, 'actuals', german, 'a.csv').stderr).toContain('-o <sortie.xlsx> manque\u00a0:');
    expect(cli('actuals', '--help', '--lang', 'zh-CN').stdout).toContain('用法：crm-roi actuals');
    expect(cli('--help', '--lang', 'de').stdout).toMatch(/^\s+actuals\s+Istwerte aus einer CSV-Datei/m);
  });

  it('keeps the sheet’s language whatever the environment’s, and rebuilds it in the language --lang names', async () => {
    const good = write('good.csv', 'month,line,amount\n2025-04,fees,100\n2025-04,sales,\n');
    const kept = at('kept.xlsx');
    const r = cliIn({ LANG: 'fr_FR.UTF-8' }, 'actuals', german, good, '-o', kept);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toBe(`1\u00a0réel intégré depuis ${good}\u00a0; 1\u00a0montant vide n’a rien changé.`);
    expect(await sheetTexts(kept)).toContain(t('de', 'actuals.section.actuals'));
    const english = at('english.xlsx');
    const again = cliIn({ LANG: 'de_DE.UTF-8' }, 'actuals', kept, good, '-o', english, '--lang', 'en');
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout.split('\n')[0]).toBe(`Merged 1 actual from ${good} (1 replacing an earlier one); 1 blank amount changed nothing.`);
    const texts = await sheetTexts(english);
    expect(texts).toContain(t('en', 'actuals.section.actuals'));
    expect(texts).not.toContain(t('de', 'actuals.section.actuals'));
  });
});
