import { describe, expect, it } from 'vitest';
import { planSheet } from '../../src/plan';
import { howToRead } from '../../src/plan/layout';
import type { SheetPlan } from '../../src/plan/types';
import { spillCounts } from '../../playground/spill';
import { defaultCase } from '../../taskpane/default-case';

// Which cells' text runs on over their empty neighbours in the playground, as text does in a spreadsheet.

const plan = planSheet(defaultCase(new Date(Date.UTC(2025, 0, 15))));
const width = plan.cells[0].length;
const rowOf = (text: string) => plan.cells.findIndex((r) => r[0].value === text) + 1;

describe('spillCounts', () => {
  const counts = spillCounts(plan, new Set());

  it('lets the title, the subtitle and the how-to-read lines run over the rest of their (empty) rows', () => {
    expect(counts.get('A1')).toBe(width - 1);
    expect(counts.get('A2')).toBe(width - 1);
    for (const line of howToRead('en')) expect(counts.get(`A${rowOf(line)}`), line).toBe(width - 1);
  });

  it('keeps wrapped notes, numbers, headers and labels with a value beside them in their cells', () => {
    expect(counts.has('D6')).toBe(false); // a Summary explanation: wraps
    expect(counts.has('B6')).toBe(false); // a number
    expect(counts.has('B5')).toBe(false); // a centred, wrapped header
    expect(counts.has('A6')).toBe(false); // "Total costs", its value in B6
  });

  it('stops at the next cell with a value or a formula, and never runs into or out of a cell typed into', () => {
    const small: SheetPlan = {
      ...plan,
      cells: [[{ value: 'Long text' }, {}, { formula: '=""', value: '' }, {}, { value: 'More' }, {}, {}]],
    };
    expect([...spillCounts(small, new Set())]).toEqual([['A1', 1], ['E1', 2]]);
    expect([...spillCounts(small, new Set(['B1', 'E1']))]).toEqual([]);
  });

  it('keeps right-aligned and centred text in its cell', () => {
    const aligned: SheetPlan = { ...plan, styles: { ...plan.styles, label: { horizontalAlignment: 'right' } }, cells: [[{ value: 'Right', style: 'label' }, {}]] };
    expect(spillCounts(aligned, new Set()).size).toBe(0);
  });
});
