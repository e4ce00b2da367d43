// Host-neutral shaping of a SheetPlan into the 2D blocks and grouped areas the host writers send in a few calls.
import type { CellStyle, PlanCell, SheetPlan, StyleName } from '../plan/types';
import { address, parseRange, range } from '../plan/a1';

export type HostInput = string | number | boolean;

/**
 * What a host receives as a cell's input: the formula, or the constant. Text gets a leading apostrophe, which both
 * Excel and Sheets treat as "this is text": otherwise "2025-01", "1e3" or "=x" typed by an analyst would be parsed.
 */
export function hostInput(cell: PlanCell): HostInput {
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? (v === '' ? '' : `'${v}`) : v;
}

/**
 * The inputs of the plan's whole rectangle, one 2D block for one host call, with the analyst's own cells inside it
 * (`keep`: formulas, or values entered as typed) put back where the plan writes nothing.
 */
export function inputGrid(plan: SheetPlan, keep: { row: number; col: number; input: unknown }[] = []): HostInput[][] {
  const grid = plan.cells.map((row) => row.map(hostInput));
  for (const { row, col, input } of keep) grid[row][col] = keptInput(input);
  return grid;
}

/** A kept cell as the host should enter it: a formula as is, text as text, a date as its serial-free Date value. */
function keptInput(input: unknown): HostInput {
  if (typeof input === 'string') return input.startsWith('=') ? input : `'${input}`;
  if (typeof input === 'number' || typeof input === 'boolean') return input;
  return input instanceof Date ? (input as unknown as HostInput) : String(input);
}

export const GENERAL = 'General';
export const numberFormatGrid = (plan: SheetPlan): string[][] => plan.cells.map((row) => row.map((c) => c.numberFormat ?? GENERAL));

/** A per-cell grid of one style attribute (the fallback for unstyled cells resets whatever was there before). */
export function styleGrid<T>(plan: SheetPlan, pick: (style: CellStyle) => T | undefined, fallback: T): T[][] {
  return plan.cells.map((row) => row.map((c) => (c.style ? pick(plan.styles[c.style] ?? {}) : undefined) ?? fallback));
}

export type Kept = { row: number; col: number }[];
const keyOf = (r: number, c: number) => `${r},${c}`;

/**
 * A1 runs within each row of cells grouped by `groupOf` (undefined: not in any group), merged ("C6:DR6") so a host
 * handles each group in one call. Kept cells (the analyst's, or inputs left as they are) belong to no group.
 */
function areas<K>(plan: SheetPlan, groupOf: (cell: PlanCell) => K | undefined, keep: Kept): Map<K, string[]> {
  const kept = new Set(keep.map((k) => keyOf(k.row, k.col)));
  const out = new Map<K, string[]>();
  plan.cells.forEach((row, r) => {
    const group = (c: number) => (kept.has(keyOf(r, c)) ? undefined : groupOf(row[c]));
    let c = 0;
    while (c < row.length) {
      const g = group(c);
      let end = c;
      while (end + 1 < row.length && group(end + 1) === g) end++;
      if (g !== undefined) {
        const list = out.get(g) ?? out.set(g, []).get(g)!;
        list.push(end === c ? address(r, c) : range(r, c, r, end));
      }
      c = end + 1;
    }
  });
  return out;
}

/** A1 areas per style name, kept cells left out: each style is applied in one call. */
export const styleAreas = (plan: SheetPlan, keep: Kept = []): Map<StyleName, string[]> => areas(plan, (cell) => cell.style, keep);

const written = (cell: PlanCell) => (cell.value !== undefined || cell.formula !== undefined || cell.style !== undefined || cell.numberFormat !== undefined ? true : undefined);

/** A1 runs of every cell the plan writes (content or format), kept cells left out: their formats are reset first. */
export const writtenAreas = (plan: SheetPlan, keep: Kept = []): string[] => areas(plan, written, keep).get(true) ?? [];

/** The same runs as row and column indexes, for a host that writes them one by one. */
export const writtenRuns = (plan: SheetPlan, keep: Kept): { row: number; from: number; to: number }[] =>
  writtenAreas(plan, keep).map((a1) => {
    const r = parseRange(a1)!;
    return { row: r.top, from: r.left, to: r.right };
  });

/** A dense grid of one attribute for the plan's rectangle, with each kept cell's current attribute put back. */
export function withKept<T>(grid: T[][], keep: Kept, current: (row: number, col: number) => T | undefined): T[][] {
  for (const { row, col } of keep) {
    const v = current(row, col);
    if (v !== undefined) grid[row][col] = v;
  }
  return grid;
}

/** Consecutive columns of equal width as one run (month columns share a width, so runs do not grow with the horizon). */
export function widthRuns(widths: number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count++;
    else runs.push({ start: i, count: 1, width });
  });
  return runs;
}

/** Sheet names are quoted in references when they are not plain identifiers. */
export const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** Column widths: the plan counts characters; Sheets wants pixels, Office.js points (7 px a character plus padding). */
export const widthPixels = (chars: number): number => Math.round(chars * 7 + 5);
export const widthPoints = (chars: number): number => Math.round(widthPixels(chars) * 0.75 * 100) / 100;
