import { t } from '../../src/i18n/t';
import { sheetIssueText } from '../../src/plan/issue-text';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { uncertaintyOf } from '../../src/case/scenarios';
import type { RoiCase } from '../../src/case/types';
import { planSheet, readSheet, type SheetSnapshot } from '../../src/plan';
import { arbitraryCase, EXAMPLES, loadExample, MIXED } from './fixtures';
import { computePlan, planContents } from './hf';

/** What a host returns for a freshly written sheet: computed values, and formulas where the plan put them. */
function snapshot(c: RoiCase, withFormulas = true): SheetSnapshot {
  const plan = planSheet(c);
  const values = computePlan(plan).map((row) => row.map((v) => (v === null ? '' : v)));
  const formulas = planContents(plan).map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : '')));
  return { name: plan.sheetName, values, ...(withFormulas ? { formulas } : {}), names: plan.names.map(({ name, ref }) => ({ name, ref })) };
}
const read = (s: SheetSnapshot) => {
  const r = readSheet(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.case;
};
/** Row (0-based) of an input line by name, and a writable copy of the values. */
const inputRow = (s: SheetSnapshot, name: string) => s.values.findIndex((r) => r[0] === name && r[1] !== '' && r[2] !== '');
const edit = (s: SheetSnapshot, row: number, col: number, value: unknown): SheetSnapshot => {
  const values = s.values.map((r) => [...r]);
  values[row][col] = value;
  return { ...s, values };
};
const issuesOf = (s: SheetSnapshot) => {
  const r = readSheet(s);
  return r.ok ? [] : r.issues;
};
const F = 5; // first driver value column
const [START, END] = [14, 15];

describe('readSheet', () => {
  it.each(EXAMPLES)('round-trips examples/%s.json', (name) => {
    const c = loadExample(name);
    // As stated: three-point estimates come back from the Estimates block.
    expect(read(snapshot(c))).toEqual(uncertaintyOf(c).case);
  });

  it('round-trips a ramp that reaches full effect after the horizon', () => {
    const c: RoiCase = { ...MIXED, benefits: [{ ...MIXED.benefits[0], fullEffectMonth: MIXED.horizonMonths + 12 }] };
    expect(read(snapshot(c))).toEqual(evaluate(c).case);
  });

  it('round-trips random valid cases', () => {
    fc.assert(fc.property(arbitraryCase, (c) => void expect(read(snapshot(c))).toEqual(evaluate(c).case)), { numRuns: 25 });
  });

  it('from values alone (no formulas) gives a case with the same numbers', () => {
    const back = read(snapshot(MIXED, false));
    const [a, b] = [evaluate(back), evaluate(MIXED)];
    expect(a.monthlyNet).toEqual(b.monthlyNet);
    expect(a.npv).toBe(b.npv);
  });

  it('keeps the analyst\'s edits to drivers, timing and notes, and a re-plan reflects them', () => {
    let s = snapshot(MIXED);
    const lic = inputRow(s, 'Licences');
    s = edit(s, lic, F + 2, 40); // users 25 → 40
    s = edit(s, lic, 21, 'renegotiate in year 2');
    const deals = inputRow(s, 'More deals');
    s = edit(s, deals, 17, 0.5); // risk
    s = edit(s, inputRow(s, 'Support'), 12, 'monthly');
    const notesRow = s.values.findIndex((r) => r[0] === 'Notes and unquantified benefits');
    s = edit(s, notesRow + 2, 0, 'Second remark');
    const c = read(s);
    expect(c.costs[2]).toMatchObject({ name: 'Licences', users: 40, note: 'renegotiate in year 2' });
    expect(c.costs[1]).toMatchObject({ name: 'Support', frequency: 'monthly' });
    expect(c.benefits[2]).toMatchObject({ name: 'More deals', risk: 0.5 });
    expect(c.notes).toEqual(['Unquantified: better forecasting.', 'Second remark']);
    const plan = planSheet(c);
    const row = plan.cells.find((r) => r[0].value === 'Licences' && !r[0].formula)!;
    expect(row[F + 2].value).toBe(40);
    expect(row[20].value).toBe(49.5 * 40);
    expect(evaluate(c).totals.costs - evaluate(MIXED).totals.costs).toBeGreaterThan(0);
  });

  it('text in a money cell: one issue at that cell, nothing else', () => {
    const s = snapshot(MIXED);
    const r = inputRow(s, 'Licences');
    const issues = issuesOf(edit(s, r, F, 'about 50'));
    expect(issues).toMatchObject([{ address: `F${r + 1}`, message: 'Price per user per month of "Licences" must be a number from 0 to 1000000000000000, got text "about 50"', code: '#VALUE!' }]);
    expect(issues).toHaveLength(1);
    // Said in the reader's language where it is shown, the field by the sheet's label in that language.
    expect(sheetIssueText(issues[0], 'de')).toBe('Preis je Nutzer und Monat von „Licences“ muss eine Zahl von 0 bis 1000000000000000 sein, erhalten: Text „about 50“');
    expect(sheetIssueText(issues[0], 'zh-CN')).toBe(`“Licences”的${t('zh-CN', 'sheet.driver.perUser.pricePerUserMonth')}必须是 0 到 1000000000000000 之间的数字，当前为文本“about 50”`);
  });

  it('a blank driver, a month outside the horizon, a bad timing or category: each named with its address', () => {
    const s = snapshot(MIXED);
    const adm = inputRow(s, 'Admin');
    const sav = inputRow(s, 'Savings');
    const issues = issuesOf(edit(edit(edit(edit(s, adm, F + 2, ''), adm, START, 31), sav, 12, 'weekly'), sav, 3, 'Luck'));
    expect(issues.map((i) => i.address)).toEqual([`H${adm + 1}`, `O${adm + 1}`, `M${sav + 1}`, `D${sav + 1}`]);
    expect(issues[0].message).toBe('Hourly rate of "Admin" must be a number from 0 to 1000000000000000, got a blank cell');
    expect(issues[1].message).toBe('Start month of "Admin" must be a whole number from 0 to 30, got 31');
    expect(issues[2].message).toContain('Timing of "Savings" must be one of "monthly"');
    expect(issues[3].message).toContain('Category of "Savings" must be one of "Revenue"');
  });

  it('an end month before the start is reported at the end month cell', () => {
    const s = snapshot(MIXED);
    const sup = inputRow(s, 'Support');
    const issues = issuesOf(edit(s, sup, END, 1));
    expect(issues).toHaveLength(1);
    expect(issues[0].address).toBe(`P${sup + 1}`);
    expect(issues[0].message).toContain('Support');
  });

  it('booleans, NaN and a bad start date are refused', () => {
    const s = snapshot(MIXED);
    const lic = inputRow(s, 'Licences');
    const date = s.values.findIndex((r) => r[0] === 'Start date');
    const issues = issuesOf(edit(edit(edit(s, lic, F, true), lic, F + 2, Number.NaN), date, 1, 'soon'));
    expect(issues.map((i) => i.address)).toEqual([`B${date + 1}`, `F${lic + 1}`, `H${lic + 1}`]);
  });

  it('refuses a sheet the add-in does not own', () => {
    expect(issuesOf({ name: 'Budget', values: [['Budget 2025', 1000]] })).toMatchObject([
      { address: 'A1', message: 'Sheet "Budget" is not a CRM ROI sheet: it has no CRM ROI layout name (or v1 marker in row 1)', code: '#N/A' },
    ]);
  });

  it('accepts a start date as an ISO string or a Date (Apps Script)', () => {
    const s = snapshot(MIXED);
    const date = s.values.findIndex((r) => r[0] === 'Start date');
    expect(read(edit(s, date, 1, '2026-03-01')).startDate).toBe('2026-03-01');
    expect(read(edit(s, date, 1, new Date(2026, 2, 1))).startDate).toBe('2026-03-01');
  });

  it('says what a cell holds: an error value, formatted text or a link, never "[object Object]"', () => {
    const s = snapshot(MIXED);
    const row = inputRow(s, 'Setup');
    const messages = (value: unknown) => issuesOf(edit(s, row, F, value)).map((i) => i.message);
    expect(messages({ error: '#REF!' })).toEqual([expect.stringMatching(/got the error #REF!$/)]);
    expect(messages('#DIV/0!')).toEqual([expect.stringMatching(/got the error #DIV\/0!$/)]);
    expect(messages({ richText: [{ text: 'a' }, { font: { bold: true }, text: 'bc' }] })).toEqual([expect.stringMatching(/got formatted text "abc"$/)]);
    expect(messages({ text: 'price list', hyperlink: 'https://example.com' })).toEqual([expect.stringMatching(/got a link "price list"$/)]);
    for (const m of [...messages({ error: '#REF!' }), ...messages({ richText: [] })]) expect(m).not.toContain('[object Object]');
  });

  it('takes a partly bold line name or note as its text', () => {
    const s = snapshot(MIXED);
    const row = inputRow(s, 'Setup');
    const bold = edit(edit(s, row, 0, { richText: [{ text: 'Set' }, { font: { bold: true }, text: 'up' }] }), row, 21, { richText: [{ text: 'see ' }, { text: 'quote' }] });
    const c = read(bold);
    expect(c.costs[0]).toMatchObject({ name: 'Setup', note: 'see quote' });
  });

  it('refuses a currency that is not an ISO 4217 code, by its cell', () => {
    const s = snapshot(MIXED);
    const row = s.values.findIndex((r) => r[0] === 'Currency');
    expect(issuesOf(edit(s, row, 1, 'Dollars'))).toEqual([expect.objectContaining({ address: `B${row + 1}`, message: expect.stringContaining('ISO 4217') })]);
    expect(read(edit(s, row, 1, 'pln')).currency).toBe('PLN');
  });

  it('reads the type labels a v1 sheet wrote before the line-type registry renamed them', () => {
    // A v1 sheet: no names, the marker in row 1 (T1) recording the owned range.
    const { names: _v3, ...v3 } = snapshot(MIXED);
    // v1's Inputs columns: a Basis column where layout 3 says where in the year, notes in T, no years.
    const lines = new Set(MIXED.costs.concat(MIXED.benefits as never[]).map((l) => inputRow(v3, l.name)));
    const v1Row = (row: readonly unknown[], r: number) => {
      if (!lines.has(r)) return row;
      const out = [...row];
      const annualAmount = row[2] === 'Fixed amount' && row[12] === 'annual';
      if (row[2] === 'Fixed amount') [out[12], out[13]] = ['monthly', annualAmount ? 'per year' : 'per month'];
      else out[13] = '';
      [out[18], out[19], out[20], out[21]] = [row[20], row[21], '', ''];
      return out.slice(0, 22);
    };
    const asV1 = { ...v3, values: v3.values.map(v1Row), formulas: v3.formulas!.map((row, r) => (lines.has(r) ? row.map((f, c) => (c >= 18 ? '' : f)) : row)) };
    const s = edit(asV1, 0, 19, `crm-roi:v1 A1:AI${v3.values.length}`);
    let v1 = s;
    for (const [name, label] of [['Training', 'Labour'], ['Licences', 'Per user'], ['Savings', 'Amount'], ['More deals', 'Deals'], ['Retention', 'Churn']])
      v1 = edit(v1, inputRow(s, name), 2, label);
    // A v1 sheet has no ids: lines get them by position, as a case file without ids does. Its kept customers counted
    // for their year only, which a churn of 100 % among them keeps.
    const asWritten = structuredClone(MIXED);
    (asWritten.benefits.find((b) => b.type === 'churn') as { churnRate: number }).churnRate = 1;
    expect(read(v1)).toEqual(evaluate(asWritten).case);
    expect(issuesOf(edit(s, inputRow(s, 'Training'), 2, 'Labor'))).toEqual([expect.objectContaining({ address: `C${inputRow(s, 'Training') + 1}` })]);
  });
});
