// A1 addresses, 0-based internally: row 0 / column 0 is A1.

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const address = (row: number, col: number): string => `${columnName(col)}${row + 1}`;
export const absolute = (row: number, col: number): string => `$${columnName(col)}$${row + 1}`;
export const range = (r0: number, c0: number, r1: number, c1: number): string => `${address(r0, c0)}:${address(r1, c1)}`;

export interface Cell {
  row: number;
  col: number;
}
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B12" or "$B$12" → {row: 11, col: 1}; undefined when it is not a single-cell A1 address. */
export function parseAddress(a1: string): Cell | undefined {
  const m = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(a1.trim().toUpperCase());
  if (!m) return undefined;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** "A1:T90" (or a single cell) → its rectangle; undefined when malformed. */
export function parseRange(a1: string): Rect | undefined {
  const [from, to = from] = a1.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export const rectToA1 = (r: Rect): string => (r.top === r.bottom && r.left === r.right ? address(r.top, r.left) : range(r.top, r.left, r.bottom, r.right));

export const contains = (r: Rect, row: number, col: number): boolean => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
