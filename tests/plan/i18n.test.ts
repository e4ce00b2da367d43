import { describe, expect, it } from 'vitest';
import { uncertaintyOf } from '../../src/case/scenarios';
import { LOCALE_TAGS, type Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { planSheet, readSheet, type SheetSnapshot } from '../../src/plan';
import { parseRange } from '../../src/plan/a1';
import { sheetLocale } from '../../src/plan/anchors';
import { driversOf, LINE_TYPES } from '../../src/case/lines';
import { COL, choiceWord, driverLabel, type Choice } from '../../src/plan/layout';
import type { SheetPlan } from '../../src/plan/types';
import { prepareWrite } from '../../src/writers/flow';
import { WORDY } from './fixtures';
import { close, computePlan, planContents } from './hf';

// The sheet in each language: the same formulas compute the core's numbers, read-back returns the same case, choice
// cells read in any language, and a rebuild in another language changes no input.

const CASE = WORDY;
const STATED = uncertaintyOf(CASE).case;

/** A freshly written sheet as a host returns it: computed values, formulas, names. */
function snapshotOf(plan: SheetPlan): SheetSnapshot {
  const values = computePlan(plan).map((row) => row.map((v) => (v === null ? '' : v)));
  const formulas = planContents(plan).map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : '')));
  return { name: plan.sheetName, values, formulas, names: plan.names.map(({ name, ref }) => ({ name, ref })) };
}
const cellOf = (plan: SheetPlan, key: string) => parseRange(plan.names.find((n) => n.name === `CRMROI_${key}`)!.ref)!;
const read = (s: SheetSnapshot) => {
  const r = readSheet(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};
const plans = Object.fromEntries(LOCALE_TAGS.map((lang) => [lang, planSheet(CASE, { lang, builtOn: '2026-01-01' })])) as Record<Locale, SheetPlan>;

describe.each(LOCALE_TAGS)('the sheet in %s', (lang) => {
  const plan = plans[lang];
  const snapshot = snapshotOf(plan);

  it('computes the core’s figures with its own formulas', () => {
    const summary = parseRange(plan.names.find((n) => n.name === 'CRMROI_BLOCK_SUMMARY')!.ref)!;
    for (let r = summary.top; r <= summary.bottom; r++)
      for (const c of [1, 2]) {
        const cell = plan.cells[r][c];
        if (!cell.formula) continue;
        const got = snapshot.values[r][c];
        if (typeof cell.value === 'number') expect(close(got as number, cell.value, 1e6), `${r},${c}: ${String(got)} vs ${cell.value}`).toBe(true);
        else expect(got, `${r},${c}`).toBe(cell.value);
      }
    // The selector's word in this language picks the expected point: the ranged line's driver is 2.
    const ranged = cellOf(plan, 'LINE_deals_ranged');
    expect(snapshot.values[ranged.top][COL.driverValues[0]]).toBe(2);
  });

  it('is recorded in the sheet’s LANG name and reads back as the same case', () => {
    expect(sheetLocale(snapshot.names)).toBe(lang);
    const r = read(snapshot);
    expect(r.case).toEqual(STATED);
    expect(r.lang).toBe(lang);
  });

  it('titles the Summary and names the metrics with the language’s finance terms', () => {
    const summary = cellOf(plan, 'BLOCK_SUMMARY');
    expect(plan.cells[summary.top][0].value).toBe(t(lang, 'sheet.section.summary'));
    const label = (key: string) => plan.cells[cellOf(plan, key).top][0].value;
    const expected: Record<Locale, [string, string, string]> = {
      en: ['Net present value', 'IRR', 'Payback'],
      de: ['Kapitalwert', 'Interner Zinsfuß', 'Amortisationsdauer'],
      fr: ['Valeur actuelle nette (VAN)', 'TRI', 'Délai de récupération'],
      pl: ['wartość bieżąca netto', 'wewnętrzna stopa zwrotu', 'Okres zwrotu'],
      'zh-CN': ['净现值', '内部收益率', '投资回收期'],
    };
    const [npv, irr, payback] = expected[lang];
    expect(label('NPV')).toContain(npv);
    expect(label('IRR')).toContain(irr);
    expect(label('PAYBACK')).toContain(payback);
  });

  it.skipIf(lang === 'en')('writes no English text where it writes words', () => {
    // Same layout in every language: a cell holding the same text as in English is case data, a code or a unit.
    const data = new Set(['P10', 'P50', 'P90', CASE.name, CASE.currency, ...[...CASE.costs, ...CASE.benefits].flatMap((l) => [l.name, l.note ?? '']), ...CASE.notes!]);
    const same: string[] = [];
    plans.en.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const mine = plan.cells[r][c].value;
        if (typeof cell.value === 'string' && !cell.formula && mine === cell.value && !data.has(mine) && !/^[\d\s.,−-]+$/.test(mine)) same.push(mine);
      }),
    );
    // Words French and English share.
    const shared: Partial<Record<Locale, string[]>> = { fr: ['Total', 'Type', 'Initial'] };
    expect([...new Set(same)].filter((s) => !shared[lang]?.includes(s))).toEqual([]);
    for (const chart of plan.charts) expect(plans.en.charts.find((x) => x.id === chart.id)!.title).not.toBe(chart.title);
  });
});

it('labels every driver of every line type in every language', () => {
  for (const lang of LOCALE_TAGS) for (const type of LINE_TYPES) for (const f of driversOf(type)) expect(driverLabel(lang, type.type, f.key).trim(), `${lang} ${type.type}.${f.key}`).not.toBe('');
});

describe('choice cells', () => {
  const plan = plans.de;
  const snapshot = snapshotOf(plan);
  const row = (id: string) => cellOf(plan, `LINE_recurring_${id}`).top;
  const retype = (cells: [number, number, string][]): SheetSnapshot => {
    const values = snapshot.values.map((r) => [...r]);
    for (const [r, c, v] of cells) values[r][c] = v;
    return { ...snapshot, values };
  };

  it('are written in the sheet’s language', () => {
    expect(snapshot.values[row('licences')][COL.pattern]).toBe('jährlich');
    expect(snapshot.values[row('licences')][COL.inYear]).toBe('Jahresende');
  });

  it('read in any language, and as their codes', () => {
    for (const lang of LOCALE_TAGS) {
      const words = (c: Choice) => choiceWord(lang, c).toUpperCase();
      expect(read(retype([[row('licences'), COL.pattern, words('annual')], [row('licences'), COL.inYear, ` ${words('end')} `]])).case).toEqual(STATED);
    }
    expect(read(retype([[row('licences'), COL.pattern, 'annual'], [row('licences'), COL.inYear, 'end']])).case).toEqual(STATED);
    // A French colleague's word changes the case like the German one: the licences spread over the year.
    const changed = read(retype([[row('licences'), COL.inYear, 'réparti']])).case;
    expect(changed.costs.find((l) => l.id === 'licences')).toMatchObject({ timing: 'spread' });
  });

  it('name the sheet’s own words when a cell holds none of them', () => {
    const r = readSheet(retype([[row('licences'), COL.pattern, 'quarterly']]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toMatch(/"monatlich", "jährlich", got text "quarterly"/);
  });

  it('are one word each and never another choice’s word in any language', () => {
    const owner = new Map<string, string>();
    const choices: Choice[] = ['once', 'monthly', 'annual', 'spread', 'start', 'end', 'conservative', 'expected', 'optimistic'];
    for (const lang of LOCALE_TAGS)
      for (const c of choices) {
        const w = choiceWord(lang, c).toLowerCase();
        expect(owner.get(w) ?? c, `${lang} ${w}`).toBe(c);
        owner.set(w, c);
        expect(w).not.toMatch(/[",]/);
      }
  });
});

describe('a rebuild in another language', () => {
  /** Every input cell's value: what the analyst typed, wherever the language put it. */
  const inputs = (plan: SheetPlan) => plan.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell.style === 'input' && typeof cell.value === 'number' ? [`${r},${c}=${cell.value}`] : [])));

  it('switches every label and choice word and changes no input: de → fr → zh-CN → en', () => {
    let snapshot = snapshotOf(plans.de);
    const firstInputs = inputs(plans.de);
    for (const lang of ['fr', 'zh-CN', 'en'] as const) {
      const before = read(snapshot);
      const prepared = prepareWrite(before.case, snapshot.name, snapshot, { lang });
      expect(prepared.plan).toEqual(planSheet(STATED, { lang })); // the same plan as a fresh build in that language
      expect(prepared.removeNames).toContain(`CRMROI_LANG_${before.lang.toUpperCase().replace('-', '_')}`);
      snapshot = snapshotOf(prepared.plan);
      const after = read(snapshot);
      expect(after.lang).toBe(lang);
      expect(after.case).toEqual(STATED);
      expect(inputs(prepared.plan)).toEqual(firstInputs);
    }
  });

  it('keeps the sheet’s language when none is asked for', () => {
    const snapshot = snapshotOf(plans.pl);
    expect(sheetLocale(prepareWrite(read(snapshot).case, snapshot.name, snapshot).plan.names)).toBe('pl');
    expect(sheetLocale(prepareWrite(STATED, 'CRM ROI', undefined).plan.names)).toBe('en');
  });
});
