import { sheetIssueText } from '../../src/plan/issue-text';
import { describe, expect, it } from 'vitest';
import { address, chooseSheetName, isOwnedSheet, namePrefixFor, parseRange, planSheet, planWrite, type SheetPlan, type SheetSnapshot } from '../../src/plan';
import { evaluate } from '../../src/case/evaluate';
import { LAYOUT_KEY, LAYOUT_VERSION } from '../../src/plan/anchors';
import { COL } from '../../src/plan/layout';
import { MIXED } from './fixtures';

/** A sheet as the host shows it after writing `plan`: its values and its names (values only matter for these rules). */
const written = (plan: ReturnType<typeof planSheet>): SheetSnapshot => ({
  name: plan.sheetName,
  values: plan.cells.map((r) => r.map((c) => c.value ?? '')),
  names: plan.names.map(({ name, ref }) => ({ name, ref })),
});
const filled = (p: SheetPlan, r: number, c: number) => {
  const cell = p.cells[r]?.[c];
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined || cell.style !== undefined || cell.numberFormat !== undefined);
};
const cellsOf = (a1s: string[]) => a1s.flatMap((a1) => {
  const r = parseRange(a1)!;
  return Array.from({ length: (r.bottom - r.top + 1) * (r.right - r.left + 1) }, (_, i) => `${r.top + Math.floor(i / (r.right - r.left + 1))},${r.left + (i % (r.right - r.left + 1))}`);
});
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

  it('recognises its own sheets by their layout name, and v1 sheets by their marker', () => {
    expect(isOwnedSheet(written(plan))).toBe(true);
    expect(isOwnedSheet({ ...written(plan), names: [] })).toBe(false);
    expect(isOwnedSheet({ name: 'Old', values: [['CRM ROI business case', 'crm-roi:v1 A1:T9']] })).toBe(true);
    expect(isOwnedSheet({ name: 'Budget', values: [['crm roi'], ['crm-roi:v1']] })).toBe(false);
  });

  it('a new sheet or an unchanged layout: nothing to clear or remove, no conflicts; inputs already right are kept as they are', () => {
    expect(planWrite(plan)).toEqual({ ok: true, clear: [], conflicts: [], keep: [], removeNames: [] });
    const w = planWrite(plan, written(plan), plan);
    expect(w).toMatchObject({ ok: true, clear: [], conflicts: [], removeNames: [] });
    // The analyst's cells: inputs and the lines' notes. The add-in's own notes (the Summary's explanations, how to
    // read, helper labels) are its to write.
    const inputs = plan.cells.flatMap((row, r) => row.flatMap((c, col) => ((c.style === 'input' || (c.style === 'note' && col === COL.note)) && c.formula === undefined && c.value !== undefined ? [{ row: r, col, input: c.value }] : [])));
    expect(w.keep).toEqual(inputs);
    expect(inputs.length).toBeGreaterThan(20);
  });

  it('an input the analyst typed as a formula, or a note kept as rich text or a date, is left as it is', () => {
    const s = written(plan);
    const licences = plan.cells.findIndex((r) => r[0].value === 'Licences' && r[0].formula === undefined);
    const values = s.values.map((r) => [...r]);
    const formulas = values.map((r) => r.map(() => ''));
    formulas[licences][7] = '=20+5'; // users: the formula's value is what the sheet shows
    values[licences][19] = { richText: [{ text: 'list ' }, { font: { bold: true }, text: 'price' }] };
    const w = planWrite(plan, { ...s, values, formulas }, plan);
    expect(w.keep).toContainEqual({ row: licences, col: 7, input: '=20+5' });
    expect(w.keep).toContainEqual({ row: licences, col: 19, input: values[licences][19] });
    // A value that differs from the plan's is the plan's to write.
    values[licences][7] = 30;
    expect(planWrite(plan, { ...s, values, formulas }, plan).keep).not.toContainEqual(expect.objectContaining({ row: licences, col: 7 }));
  });

  it('a shorter horizon and fewer notes clear exactly the cells the old plan filled and the new one leaves empty', () => {
    const longer = planSheet({ ...MIXED, horizonMonths: 36, notes: ['a', 'b', 'c'] });
    const w = planWrite(plan, written(longer), longer);
    expect(w.ok).toBe(true);
    const expected = longer.cells.flatMap((row, r) => row.flatMap((_, c) => (filled(longer, r, c) && !filled(plan, r, c) ? [`${r},${c}`] : [])));
    expect(new Set(cellsOf(w.clear))).toEqual(new Set(expected));
    // Month 36's column of the net cash flow row is among them; the title never is.
    const net = longer.cells.findIndex((r) => r[0].value === 'Net cash flow');
    expect(cellsOf(w.clear)).toContain(`${net},${longer.cells[0].length - 1}`);
    expect(cellsOf(w.clear)).not.toContain('0,0');
  });

  it("keeps the analyst's cells in blank spots, inside the region or not, and refuses only where the plan needs the cell", () => {
    const shorter = planSheet({ ...MIXED, horizonMonths: 24, costs: MIXED.costs.slice(0, 1), benefits: [] });
    const net = plan.cells.findIndex((r) => r[0].value === 'Net cash flow');
    let old = written(shorter);
    old = withCell(old, 2, 5, 'between title and assumptions'); // a blank row of the region
    old = withCell(old, net, plan.cells[0].length - 1, 'my calc'); // where the 30-month schedule's last month goes
    old = withCell(old, 2, 60, 'far away');
    const w = planWrite(plan, old, shorter);
    expect(w.ok).toBe(false);
    expect(w.conflicts.map((c) => c.address)).toEqual([address(net, plan.cells[0].length - 1)]);
    expect(w.conflicts[0].message).toContain('"my calc"');
    expect(w.keep).toContainEqual({ row: 2, col: 5, input: 'between title and assumptions' });
    expect(w.keep.filter((k) => k.input === 'far away')).toEqual([]); // outside the new plan: nothing to put back
  });

  it('removes the names of lines that are gone, and only those', () => {
    // The case as read back from a sheet: every line has its id, so removing one leaves the others' ids as they are.
    const withIds = evaluate(MIXED).case;
    const fewer = planSheet({ ...withIds, costs: withIds.costs.slice(1) });
    const w = planWrite(fewer, written(plan), plan);
    expect(w.removeNames).toEqual(['CRMROI_LINE_oneTime_cost1', 'CRMROI_ACT_cost1']);
  });

  it('refuses when columns were inserted inside the region, saying so once', () => {
    const s = written(plan);
    // The region one column wider than the sheet was written: a column went in somewhere inside it.
    const region = parseRange(plan.owned)!;
    const wider = `$A$1:$${address(region.bottom, region.right + 1).replace(/(\d+)$/, '$$$1')}`;
    const names = s.names!.map((n) => (n.name === `CRMROI_${LAYOUT_KEY}` ? { ...n, ref: wider } : n));
    const w = planWrite(plan, { ...s, names }, plan);
    expect(w.ok).toBe(false);
    expect(w.conflicts).toHaveLength(1);
    expect(w.conflicts[0].message).toMatch(/^Columns were inserted or deleted inside the ROI sheet’s area/);
  });

  it('on a sheet it does not own, every non-empty cell the plan writes conflicts; the others are kept', () => {
    const w = planWrite(plan, { name: 'CRM ROI', values: [['Budget', '', 3], [], ['', true]] });
    expect(w).toMatchObject({ ok: false, clear: [] });
    expect(w.conflicts.map((c) => c.address)).toEqual(['A1']);
    expect(w.keep).toEqual([{ row: 0, col: 2, input: 3 }, { row: 2, col: 1, input: true }]);
  });

  it('migrates a v1 sheet on its first update: the marker cell is cleared, the v2 names are written', () => {
    const v1 = withCell({ name: 'CRM ROI', values: plan.cells.map((r) => r.map((c) => c.value ?? '')) }, 0, 19, `crm-roi:v1 ${plan.owned}`);
    expect(isOwnedSheet(v1)).toBe(true);
    const w = planWrite(plan, v1);
    expect(w.ok).toBe(true);
    expect(cellsOf(w.clear)).toContain('0,19');
    expect(plan.names.map((n) => n.name)).toContain(`CRMROI_${LAYOUT_KEY}`);
  });

  it('refuses when rows were inserted inside one of its blocks, naming the block once', () => {
    const s = written(plan);
    const schedule = parseRange(s.names!.find((n) => n.name === 'CRMROI_BLOCK_SCHEDULE')!.ref)!;
    const names = s.names!.map((n) => (n.name === 'CRMROI_BLOCK_SCHEDULE' ? { ...n, ref: `$A$${schedule.top + 1}:$${address(schedule.bottom + 1, schedule.right).replace(/(\d+)$/, '$$$1')}` } : n));
    const w = planWrite(plan, { ...s, names }, plan);
    expect(w.ok).toBe(false);
    expect(w.conflicts).toHaveLength(1);
    expect(w.conflicts[0].message).toMatch(/^Rows were inserted or deleted inside the add-in’s schedule block/);
  });

  it('keeps a cell as it is only where the sheet had an input: a moved layout\'s formula showing an input\'s value is rewritten', () => {
    // A sheet of another layout, as an update after a version bump sees it; the Licences row held something else there.
    const s = written(plan);
    const licences = plan.cells.findIndex((r) => r[0].value === 'Licences' && r[0].formula === undefined);
    const setup = plan.cells.findIndex((r) => r[0].value === 'Setup' && r[0].formula === undefined);
    const names = s.names!
      .filter((n) => !n.name.startsWith('CRMROI_LINE_perUser_'))
      .map((n) => (n.name === `CRMROI_${LAYOUT_KEY}` ? { ...n, name: `CRMROI_LAYOUT_V${LAYOUT_VERSION + 1}` } : n));
    const formulas = s.values.map((r) => r.map(() => ''));
    formulas[licences][7] = '=IF(ROUND(G20,6)<0,H$5,-1)'; // shows 25, the users the plan writes there
    formulas[setup][5] = '=15000+5000'; // the setup amount, typed as a formula into its input
    const w = planWrite(plan, { ...s, names, formulas }, plan);
    expect(w.ok).toBe(true);
    expect(w.keep).not.toContainEqual(expect.objectContaining({ row: licences, col: 7 }));
    expect(w.keep).toContainEqual({ row: setup, col: 5, input: '=15000+5000' });
  });

  it('a sheet of another layout version is owned by its whole region: its cells are rewritten, nothing is mapped', () => {
    const s = written(plan);
    const names = s.names!.map((n) => (n.name === `CRMROI_${LAYOUT_KEY}` ? { ...n, name: `CRMROI_LAYOUT_V${LAYOUT_VERSION - 1}` } : n));
    const other = withCell({ ...s, names }, 2, 5, 'typed in a blank spot');
    const w = planWrite(plan, other, plan);
    expect(w.ok).toBe(true);
    // As with v1's marker range: everything in the region is the add-in's, so the blank spot is not kept.
    expect(w.keep).not.toContainEqual(expect.objectContaining({ row: 2, col: 5 }));
    expect(cellsOf(w.clear)).toContain('2,5');
  });
});

describe('three-point estimates on update', () => {
  const withEstimates = (n: number) => {
    const c = structuredClone(MIXED) as any;
    if (n >= 1) c.costs[2].users = { conservative: 30, expected: 25, optimistic: 22 };
    if (n >= 2) c.benefits[0].amount = { conservative: 20000, expected: 30000, optimistic: 36000 };
    return c;
  };
  it.each([[0, 2], [2, 0], [1, 2], [2, 1]])('a sheet with %i estimates updates to one with %i: the add-in owns the estimates and scenarios, nothing conflicts', (from, to) => {
    const before = planSheet(withEstimates(from));
    const after = planSheet(withEstimates(to));
    const w = planWrite(after, written(before), before);
    expect(w.conflicts).toEqual([]);
    expect(w.ok).toBe(true);
    // The old estimate rows the new plan leaves empty are cleared, not kept as the analyst's.
    expect(w.keep.filter((k) => typeof k.input === 'string' && /Conservative|Scenarios as last built/.test(k.input))).toEqual([]);
  });
  it("keeps a value the analyst typed beside the scenarios table", () => {
    const before = planSheet(withEstimates(2));
    const table = parseRange(before.names.find((n) => n.name === 'CRMROI_BLOCK_SCENARIOS')!.ref)!;
    const w = planWrite(before, withCell(written(before), table.top, 8, 'my remark'), before);
    expect(w.ok).toBe(true);
    expect(w.keep).toContainEqual(expect.objectContaining({ row: table.top, col: 8, input: 'my remark' }));
  });
});

describe('refusals in the reader’s language', () => {
  it('a cell of the analyst’s in the way, in French', () => {
    const issue = { address: 'B7', message: '', text: { key: 'cell.yourData' as const, params: { cell: 'B7', got: '"mine"' } } };
    expect(sheetIssueText(issue, 'fr')).toBe('B7 contient vos données ("mine") là où la feuille mise à jour a besoin de place\u00a0; déplacez-les ou effacez-les, ou écrivez dans une nouvelle feuille');
  });
});
