import { describe, expect, it } from 'vitest';
import { chooseSheetName, isOwnedSheet, namePrefixFor, planSheet, planWrite, type SheetSnapshot } from '../../src/plan';
import { MIXED } from './fixtures';

/** A sheet as the host shows it after writing `plan` (values only matter for these rules). */
const written = (plan: ReturnType<typeof planSheet>): SheetSnapshot => ({ name: plan.sheetName, values: plan.cells.map((r) => r.map((c) => c.value ?? '')) });
const withCell = (s: SheetSnapshot, row: number, col: number, v: unknown): SheetSnapshot => {
  const values = s.values.map((r) => [...r]);
  while (values.length <= row) values.push([]);
  values[row][col] = v;
  return { ...s, values };
};

describe('chooseSheetName', () => {
  it('reuses a sheet of that name the add-in owns, never one it does not', () => {
    expect(chooseSheetName([{ name: 'CRM ROI', owned: true }], 'CRM ROI')).toBe('CRM ROI');
    expect(chooseSheetName([{ name: 'crm roi', owned: false }], 'CRM ROI')).toBe('CRM ROI (2)');
    expect(chooseSheetName([{ name: 'CRM ROI', owned: false }, { name: 'CRM ROI (2)', owned: true }], 'CRM ROI')).toBe('CRM ROI (3)');
    expect(chooseSheetName([], 'Pipeline')).toBe('Pipeline');
  });

  it('stays within host limits: 31 characters, none of [ ] : * ? / \\, never blank', () => {
    expect(chooseSheetName([], 'Q3: CRM [draft] a/b*c?d\\e')).toBe('Q3 CRM draft a b c d e');
    const long = 'A very long business case name that goes on';
    const first = chooseSheetName([], long);
    expect(first).toBe(long.slice(0, 31).trim());
    const second = chooseSheetName([{ name: first, owned: false }], long);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(chooseSheetName([], ' :*? ')).toBe('CRM ROI');
    expect(chooseSheetName([], "'quoted'")).toBe('quoted');
  });
});

describe('named ranges per sheet', () => {
  it('gives each ROI sheet its own prefix, valid as a workbook name', () => {
    expect(namePrefixFor('CRM ROI')).toBe('CRMROI_');
    expect(namePrefixFor('CRM ROI (2)')).toBe('CRMROI_CRM_ROI_2_');
    expect(namePrefixFor('Harbor ROI')).toBe('CRMROI_HARBOR_ROI_');
    expect(namePrefixFor('売上')).toMatch(/^CRMROI_[A-Z0-9_]+_$/);
    expect(namePrefixFor('売上')).not.toBe(namePrefixFor('利益'));
  });

  it('a second ROI sheet never takes over the first one\'s names', () => {
    const first = planSheet(MIXED).names.map((n) => n.name);
    const second = planSheet(MIXED, { sheetName: chooseSheetName([{ name: 'CRM ROI', owned: false }], 'CRM ROI') }).names.map((n) => n.name);
    expect(first).toContain('CRMROI_NPV');
    expect(second).toContain('CRMROI_CRM_ROI_2_NPV');
    expect(first.filter((n) => second.includes(n))).toEqual([]);
  });
});

describe('isOwnedSheet / planWrite', () => {
  const plan = planSheet(MIXED);
  const rows = plan.cells.length;

  it('recognises its own sheets by the marker', () => {
    expect(isOwnedSheet(written(plan))).toBe(true);
    expect(isOwnedSheet({ name: 'Budget', values: [['crm roi'], ['crm-roi:v1']] })).toBe(false);
  });

  it('a new sheet or an unchanged layout: nothing to clear, no conflicts', () => {
    expect(planWrite(plan)).toEqual({ ok: true, clear: [], conflicts: [] });
    expect(planWrite(plan, written(plan))).toEqual({ ok: true, clear: [], conflicts: [] });
  });

  it('a shorter horizon clears exactly the old cells the new plan leaves uncovered', () => {
    const longer = planSheet({ ...MIXED, horizonMonths: 36, notes: ['a', 'b', 'c'] });
    const w = planWrite(plan, written(longer));
    expect(w.ok).toBe(true);
    // Old A1:AO{n} minus new A1:AI{rows}: the columns right of AI, and the rows below.
    expect(longer.owned).toBe(`A1:AO${longer.cells.length}`);
    expect(plan.owned).toBe(`A1:AI${rows}`);
    expect(w.clear).toEqual([`A${rows + 1}:AO${longer.cells.length}`, `AJ1:AO${rows}`]);
  });

  it('refuses to grow over the user\'s cells outside the old owned range, naming each', () => {
    const shorter = planSheet({ ...MIXED, horizonMonths: 24, costs: MIXED.costs.slice(0, 1), benefits: [] });
    let old = written(shorter);
    old = withCell(old, 4, 34, 'my calc'); // AI5: outside the 24-month sheet (…AB), inside the 30-month one
    old = withCell(old, 2, 60, 'far away'); // beyond both: untouched, no conflict
    const w = planWrite(plan, old);
    expect(w.ok).toBe(false);
    expect(w.conflicts.map((c) => c.address)).toEqual(['AI5']);
    expect(w.conflicts[0].message).toContain('"my calc"');
  });

  it('on a sheet it does not own, every non-empty cell under the plan conflicts', () => {
    const w = planWrite(plan, { name: 'CRM ROI', values: [['Budget', '', 3], [], ['', true]] });
    expect(w).toMatchObject({ ok: false, clear: [] });
    expect(w.conflicts.map((c) => c.address)).toEqual(['A1', 'C1', 'B3']);
  });
});
