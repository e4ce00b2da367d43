import { describe, expect, it } from 'vitest';
import { byId } from '../../functions/catalog';
import { invoke } from '../../functions/invoke';
import type { Outcome } from '../../functions/invoke';
import { FinanceError } from '../../src/finance/errors';

const call = (id: string, ...args: unknown[]): Outcome => invoke(byId(id), args);
const error = (out: Outcome) => {
  expect(out).toBeInstanceOf(FinanceError);
  const e = out as FinanceError;
  return `${e.code} ${e.message}`;
};

describe('bad single values: #VALUE! naming function and parameter', () => {
  it.each([
    ['abc', '#VALUE! ROI: cost must be a number, got text "abc"'],
    [true, '#VALUE! ROI: cost must be a number, got TRUE'],
    [false, '#VALUE! ROI: cost must be a number, got FALSE'],
    [NaN, '#VALUE! ROI: cost must be a number, got NaN'],
    [Infinity, '#VALUE! ROI: cost must be a finite number, got Infinity'],
    [2e15, '#VALUE! ROI: cost is 2000000000000000, beyond the ±1e15 limit'],
    ['', '#VALUE! ROI: cost is blank'],
    [null, '#VALUE! ROI: cost is blank'],
    [undefined, '#VALUE! ROI: cost is blank'],
    [{ code: '#REF!' }, '#VALUE! ROI: cost must be a number, got an error value (#REF!)'],
    [{}, '#VALUE! ROI: cost must be a number, got an object'],
    [[[new Date(0)]], '#VALUE! ROI: cost must be a number, got a date'],
  ])('cost = %j', (cost, message) => {
    expect(error(call('ROI', 100, cost))).toBe(message);
  });

  it('long text is shortened in the message', () => {
    expect(error(call('BCR', 'x'.repeat(100), 1))).toBe(`#VALUE! BCR: benefit must be a number, got text "${'x'.repeat(24)}…"`);
  });

  it('more arguments than parameters', () => {
    expect(error(call('ROI', 1, 2, 3))).toBe('#VALUE! ROI: takes at most 2 arguments, got 3');
  });
});

describe('range shapes', () => {
  it.each([
    [[], '#VALUE! ROI: cost is an empty range'],
    [[[]], '#VALUE! ROI: cost is an empty range'],
    [[1, 2], '#VALUE! ROI: cost must be a cell or a rectangular range, got a flat list'],
    [[[1, 2], [3]], '#VALUE! ROI: cost is a ragged range (row 2 has 1 cells, row 1 has 2)'],
    [[[1, [2]]], '#VALUE! ROI: cost has a range inside a cell (column 2 of the range)'],
    [[[1], ['x']], '#VALUE! ROI: cost must be a number, got text "x" (row 2 of the range)'],
    [[[1, 2], [3, 'x']], '#VALUE! ROI: cost must be a number, got text "x" (row 2, column 2 of the range)'],
  ])('cost = %j', (cost, message) => {
    expect(error(call('ROI', 100, cost))).toBe(message);
  });

  it('a series must be one row or column', () => {
    expect(error(call('PAYBACK', 1, [[1, 2], [3, 4]]))).toBe('#VALUE! PAYBACK: benefits must be a single row or column, got a 2×2 range');
  });

  it('a series with no numbers', () => {
    expect(error(call('PAYBACK', 1, [[''], [null]]))).toBe('#VALUE! PAYBACK: benefits has no numbers');
    expect(error(call('UPLIFT', [['']], [[1]]))).toBe('#VALUE! UPLIFT: before has no numbers');
  });

  it('text inside a series names the cell', () => {
    expect(error(call('PAYBACK', 1, [[0.5], ['n/a'], [0.5]]))).toBe('#VALUE! PAYBACK: benefits must be a number, got text "n/a" (row 2 of the range)');
  });

  it('a number parameter of a one-case function (PAYBACK, SUMMARY) sums its whole range', () => {
    expect(call('PAYBACK', [[0.5], [null], [0.5]], [[0.3, 0.3, 0.3, 0.3]])).toBeCloseTo(10 / 3, 12);
    expect(error(call('PAYBACK', [[9e14], [9e14]], [[1, 1]]))).toBe('#VALUE! PAYBACK: cost sums to 1800000000000000, beyond the ±1e15 limit');
  });
});

describe('the range rule: one case per row, each the sum of its row', () => {
  it('a single row is summed to one value', () => {
    expect(call('ROI', [[100, 50]], [[60, 40]])).toBeCloseTo(0.5);
  });

  it('R rows give an R×1 column; single cells broadcast', () => {
    expect(call('ROI', [[150], [300], [50]], 100)).toEqual([[0.5], [2], [-0.5]]);
    expect(call('ROI', [[100, 50], [200, 100]], [[100], [200]])).toEqual([[0.5], [0.5]]);
  });

  it('ranges of different heights are rejected', () => {
    expect(error(call('ROI', [[1], [2], [3]], [[1], [2]]))).toBe('#VALUE! ROI: benefit has 3 rows but cost has 2; give ranges of equal height or single cells');
  });

  it('a row blank in every range gives a blank result; blank only in some ranges is an error in that row only', () => {
    expect(call('ROI', [[150], [''], [200]], [[100], [null], [100]])).toEqual([[0.5], [''], [1]]);
    const rows = call('ROI', [[150], [''], [200]], [[100], [100], [100]]) as unknown[][];
    expect(rows[0][0]).toBeCloseTo(0.5);
    expect(error(rows[1][0] as Outcome)).toBe('#VALUE! ROI: benefit is blank (row 2 of the range)');
    expect(rows[2][0]).toBe(1);
  });

  it('a message names its function once, whatever the primitive called itself', () => {
    const message = error(call('BCR', 10, -5));
    expect(message).toMatch(/^#NUM! BCR: cost is -5/);
    expect(message).not.toMatch(/Benefit\/cost ratio:/);
  });

  it('blank cells inside a row are skipped in its sum', () => {
    expect(call('ROI', [[100, '', 50]], 100)).toBeCloseTo(0.5);
  });

  it('a domain error stays in its own row', () => {
    const out = call('ROI', [[1], [1]], [[1], [0]]) as unknown[][];
    expect(out[0][0]).toBe(0);
    expect((out[1][0] as FinanceError).code).toBe('#DIV/0!');
    expect((out[1][0] as FinanceError).message).toMatch(/^ROI: /);
  });

  it('bounds are #NUM! for the case outside them', () => {
    const out = call('CLV', 100, [[0.8], [1.5]], 0.1) as unknown[][];
    expect(out[0][0]).toBeCloseTo(80 / 0.3);
    expect(error(out[1][0] as Outcome)).toBe('#NUM! CLV: retention must be between 0 and 1, got 1.5');
    expect(error(call('PAYBACK', 1, [[1]], -1))).toBe('#NUM! PAYBACK: rate_per_period must be greater than -1, got -1');
  });

  it('a row sum beyond the limit is rejected even when each cell is within it', () => {
    expect(error(call('ROI', [[9e14, 9e14]], 1))).toBe('#VALUE! ROI: benefit sums to 1800000000000000, beyond the ±1e15 limit');
  });
});

describe('series and samples', () => {
  it('blanks in a series are periods with no flow; trailing blanks are ignored', () => {
    // 0.5 in period 1, nothing in period 2, 0.5 in period 3: paid back exactly at the end of period 3
    expect(call('PAYBACK', 1, [[0.5], [''], [0.5], [''], [null]])).toBeCloseTo(3);
  });

  it('blanks in a sample are skipped, as AVERAGE does', () => {
    expect(call('UPLIFT', [[100, '', 200]], [[300]])).toBeCloseTo(150);
  });

  it('omitted optional parameters take their default; given, they apply', () => {
    expect(call('PAYBACK', 1, [[0.3, 0.3, 0.3, 0.3]])).toBeCloseTo(10 / 3);
    expect(call('PAYBACK', 1, [[0.3, 0.3, 0.3, 0.3]], null)).toBeCloseTo(10 / 3);
    expect(call('PAYBACK', 1, [[0.3, 0.3, 0.3, 0.3]], [['']])).toBeCloseTo(10 / 3);
    expect(call('PAYBACK', 1, [[0.3, 0.3, 0.3, 0.3, 0.3]], 0.1)).toBeGreaterThan(4);
    expect((call('PAYBACK', 1, [[0.3, 0.3, 0.3, 0.3]], 0.1) as FinanceError).code).toBe('#N/A');
  });

  it('SUMMARY pads the shorter series with zeros and keeps errors in their rows', () => {
    const rows = call('SUMMARY', [[100]], [[0], [50], [50]]) as [string, unknown][];
    expect(rows.find((r) => r[0] === 'Total costs')![1]).toBe(100);
    expect(rows.find((r) => r[0] === 'Payback (months, simple)')![1]).toBeCloseTo(3);
    const never = call('SUMMARY', [[100]], [[10]]) as [string, unknown][];
    expect((never.find((r) => r[0] === 'Payback (months, simple)')![1] as FinanceError).code).toBe('#N/A');
  });
});
