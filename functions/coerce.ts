import { FinanceError, got, numError, reason, valueError, type FinanceParam } from '../src/finance/errors';

// The ONE path from host arguments (Excel `any[][]`, Sheets scalars or 2-D arrays) to numbers.
// Both hosts call it, so they accept and reject exactly the same input for the same reason.

/** Amounts beyond this magnitude are almost certainly a units mistake, and lose cent precision in a double. */
export const MAX_MAGNITUDE = 1e15;

/**
 * number: one value per case (a range: one case per row, each the SUM of its row).
 * series: per-period flows in order (a single row or column); blanks are periods with no flow (0), trailing blanks are trimmed.
 * sample: observations to average (a single row or column); blanks are skipped, as AVERAGE does.
 */
export type ParamKind = 'number' | 'series' | 'sample';

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  description: string;
  /** Used when the argument is omitted or blank; only `number` parameters may be optional. */
  default?: number;
  /** Inclusive bounds, and `above` for an exclusive lower bound; a value outside is #NUM! for that case. */
  min?: number;
  max?: number;
  above?: number;
}

/** A blank cell: Excel passes null or "", Sheets passes "" (or undefined for an omitted argument). */
export const isBlank = (x: unknown): boolean => x === null || x === undefined || x === '';

/** A rectangular grid of cells, or the reason the argument is not one. */
export function toGrid(fn: string, p: ParamSpec, arg: unknown): unknown[][] | FinanceError {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return valueError(reason('fn.emptyRange', { fn, what: p.name }));
  if (!arg.every(Array.isArray)) return valueError(reason('fn.flatList', { fn, what: p.name }));
  const width = (arg[0] as unknown[]).length;
  if (width === 0) return valueError(reason('fn.emptyRange', { fn, what: p.name }));
  for (let r = 0; r < arg.length; r++) {
    const row = arg[r] as unknown[];
    if (row.length !== width) return valueError(reason('fn.ragged', { fn, what: p.name, row: r + 1, cells: row.length, width }));
    const c = row.findIndex(Array.isArray);
    if (c >= 0) return valueError(reason('fn.rangeInCell', { fn, what: p.name, at: where(arg.length, width, r, c) }));
  }
  return arg as unknown[][];
}

/** The number in one non-blank cell, or why it is not one. */
export function cellNumber(fn: string, p: ParamSpec, x: unknown, at: FinanceParam = ''): number | FinanceError {
  if (typeof x === 'number') {
    if (Number.isNaN(x)) return valueError(reason('fn.mustBeNumber', { fn, what: p.name, got: x, at }));
    if (!Number.isFinite(x)) return valueError(reason('fn.mustBeFinite', { fn, what: p.name, got: x, at }));
    if (Math.abs(x) > MAX_MAGNITUDE) return valueError(reason('fn.beyondLimit', { fn, what: p.name, value: x, at }));
    return x;
  }
  return valueError(reason('fn.mustBeNumber', { fn, what: p.name, got: got(x), at }));
}

/** Where a cell sits, for a reason's {at}; nothing for a single cell. */
export function where(rows: number, cols: number, r: number, c: number): FinanceParam {
  if (rows === 1 && cols === 1) return '';
  if (cols === 1) return reason('fn.at.row', { row: r + 1 });
  if (rows === 1) return reason('fn.at.column', { column: c + 1 });
  return reason('fn.at.cell', { row: r + 1, column: c + 1 });
}

/**
 * A `number` argument as one value per row: each the sum of the row's non-blank cells, or null when the whole
 * row is blank (the caller decides: default, blank output row, or error).
 */
export function rowSums(fn: string, p: ParamSpec, grid: unknown[][]): (number | null)[] | FinanceError {
  const out: (number | null)[] = [];
  const cols = grid[0].length;
  for (let r = 0; r < grid.length; r++) {
    let sum: number | null = null;
    for (let c = 0; c < cols; c++) {
      const x = grid[r][c];
      if (isBlank(x)) continue;
      const n = cellNumber(fn, p, x, where(grid.length, cols, r, c));
      if (n instanceof FinanceError) return n;
      sum = sum === null ? n : sum + n; // a single cell passes through exactly (even −0)
    }
    if (sum !== null && Math.abs(sum) > MAX_MAGNITUDE) return valueError(reason('fn.sumBeyondLimit', { fn, what: p.name, value: sum, at: where(grid.length, 1, r, 0) }));
    out.push(sum);
  }
  return out;
}

/** A `series` or `sample` argument as a list of numbers in reading order. */
export function vector(fn: string, p: ParamSpec, grid: unknown[][]): number[] | FinanceError {
  const rows = grid.length;
  const cols = grid[0].length;
  if (rows > 1 && cols > 1) return valueError(reason('fn.notOneRowOrColumn', { fn, what: p.name, rows, columns: cols }));
  const cells = rows > 1 ? grid.map((row) => row[0]) : grid[0];
  const out: number[] = [];
  let lastFilled = -1;
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    if (isBlank(x)) {
      if (p.kind === 'series') out.push(0);
      continue;
    }
    const n = cellNumber(fn, p, x, where(rows, cols, rows > 1 ? i : 0, rows > 1 ? 0 : i));
    if (n instanceof FinanceError) return n;
    out.push(n);
    lastFilled = out.length - 1;
  }
  if (lastFilled < 0) return valueError(reason('fn.noNumbers', { fn, what: p.name }));
  return out.slice(0, lastFilled + 1);
}

/** #NUM! naming the bound when `x` is outside the parameter's domain. */
export function outOfBounds(fn: string, p: ParamSpec, x: number): FinanceError | undefined {
  if (p.above !== undefined && !(x > p.above)) return numError(reason('fn.notAbove', { fn, what: p.name, bound: p.above, value: x }));
  if (p.min !== undefined && p.max !== undefined && (x < p.min || x > p.max)) return numError(reason('fn.notBetween', { fn, what: p.name, min: p.min, max: p.max, value: x }));
  if (p.min !== undefined && x < p.min) return numError(reason('fn.belowMin', { fn, what: p.name, min: p.min, value: x }));
  if (p.max !== undefined && x > p.max) return numError(reason('fn.aboveMax', { fn, what: p.name, max: p.max, value: x }));
  return undefined;
}
