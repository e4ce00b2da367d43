import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { planSheet, readSheet, type SheetSnapshot } from '../../src/plan';
import { INPUT_COLUMNS } from '../../src/plan/anchors';
import { sheetIssueText } from '../../src/plan/issue-text';
import { deleteColumns, deleteRows, insertColumns, insertRows } from './edits';
import { MIXED } from './fixtures';
import { computePlan, planContents } from './hf';

// Layout v2 reads a sheet through its defined names, so the analyst's structural edits do not change the case.

function snapshot(c: RoiCase): SheetSnapshot {
  const plan = planSheet(c);
  return {
    name: plan.sheetName,
    values: computePlan(plan).map((row) => row.map((v) => (v === null ? '' : v))),
    formulas: planContents(plan).map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : ''))),
    names: plan.names.map(({ name, ref }) => ({ name, ref })),
  };
}
const read = (s: SheetSnapshot) => {
  const r = readSheet(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.case;
};
const issuesOf = (s: SheetSnapshot) => {
  const r = readSheet(s);
  return r.ok ? [] : r.issues;
};
const expected = evaluate(MIXED).case;
const rowOf = (s: SheetSnapshot, name: string) => s.values.findIndex((r) => r[0] === name && r[1] !== '');
const refOf = (s: SheetSnapshot, suffix: string) => s.names!.find((n) => n.name.endsWith(suffix))!.ref;

describe('layout v2: reading through defined names', () => {
  const s = snapshot(MIXED);

  it('a blank row inserted between two lines drops nothing', () => {
    const edited = insertRows(s, rowOf(s, 'Licences'));
    expect(edited.values[rowOf(s, 'Licences')]).toEqual([]);
    expect(read(edited)).toEqual(expected);
  });

  it('rows inserted above everything, or between blocks, move every block and still read', () => {
    expect(read(insertRows(s, 0, 3))).toEqual(expected);
    expect(read(insertRows(s, rowOf(s, 'Setup') - 2, 2))).toEqual(expected);
  });

  it('a column inserted inside the Inputs block moves the columns after it', () => {
    const at = INPUT_COLUMNS.START;
    const edited = insertColumns(s, at, 2);
    expect(edited.values[rowOf(s, 'Setup')][at]).toBe('');
    expect(read(edited)).toEqual(expected);
    expect(read(insertColumns(s, 0))).toEqual(expected);
  });

  it('a deleted line row removes that line, and only that line', () => {
    const edited = deleteRows(s, rowOf(s, 'Training'));
    expect(refOf(edited, '_LINE_labour_cost4')).toBe('#REF!');
    expect(read(edited)).toEqual({ ...expected, costs: expected.costs.filter((l) => l.name !== 'Training') });
  });

  it('line rows swapped by the analyst keep their ids and read in their new order', () => {
    const [a, b] = [rowOf(s, 'Setup'), rowOf(s, 'Support')];
    const values = s.values.map((r) => [...r]);
    const formulas = s.formulas!.map((r) => [...r]);
    [values[a], values[b]] = [values[b], values[a]];
    [formulas[a], formulas[b]] = [formulas[b], formulas[a]];
    const names = s.names!.map((n) => (/_LINE_oneTime_cost1$/.test(n.name) ? { ...n, ref: refOf(s, '_LINE_recurring_cost2') } : /_LINE_recurring_cost2$/.test(n.name) ? { ...n, ref: refOf(s, '_LINE_oneTime_cost1') } : n));
    const c = read({ ...s, values, formulas, names });
    expect(c.costs.slice(0, 2).map((l) => [l.id, l.name])).toEqual([['cost2', 'Support'], ['cost1', 'Setup']]);
  });

  it('a renamed sheet reads the same: names follow the sheet', () => {
    expect(read({ ...s, name: 'Harbor ROI (final)' })).toEqual(expected);
  });

  it('a deleted Inputs column is named, not guessed around', () => {
    const edited = deleteColumns(s, INPUT_COLUMNS.RISK);
    const issues = issuesOf(edited);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/Inputs column “Risk \(cuts benefits, raises costs\)” is gone \(its defined name CRMROI_COL_RISK no longer refers to a cell\)/);
    // In the reader's language, the column by the header its sheet shows.
    expect(sheetIssueText(issues[0], 'de')).toMatch(/^Eingabespalte „Risiko[^“]*“ fehlt/);
  });

  it('an edited input is read where its row is now', () => {
    const edited = insertRows(s, 0, 5);
    const r = rowOf(edited, 'Licences');
    const values = edited.values.map((row) => [...row]);
    values[r][INPUT_COLUMNS.VALUE2] = 40;
    expect(read({ ...edited, values }).costs[2]).toMatchObject({ id: 'cost3', users: 40 });
  });
});
