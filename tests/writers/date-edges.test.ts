import { describe, expect, it } from 'vitest';
import { evaluate, validateCase } from '../../src/case';
import { planSheet } from '../../src/plan';
import { readRoiWorkbook, writeXlsx } from '../../src/writers/xlsx';
import { MIXED } from '../plan/fixtures';

// The first and last start dates the validator accepts give workbooks that read back to the same case.
describe('start dates at the edges of what a workbook can hold', () => {
  it.each([
    ['1900-03-01', 30],
    ['9980-01-01', 240],
    ['9999-12-01', 1],
  ])('%s with %i months writes and reads back', async (startDate, horizonMonths) => {
    const c = { ...MIXED, startDate, horizonMonths, costs: [MIXED.costs[0]], benefits: [{ ...MIXED.benefits[0], startMonth: 1, fullEffectMonth: undefined }] };
    const ev = evaluate(c);
    const read = await readRoiWorkbook(await writeXlsx(planSheet(ev.case, { evaluation: ev }), ev.case));
    expect(read).toMatchObject({ ok: true, case: ev.case });
  });

  it('the edges just outside are refused before anything is planned', () => {
    for (const [startDate, horizonMonths] of [['1900-02-28', 12], ['9980-02-01', 240], ['10000-01-01', 1]] as const)
      expect(validateCase({ ...MIXED, startDate, horizonMonths }).ok).toBe(false);
  });
});
