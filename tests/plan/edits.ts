import { columnName, parseAddress } from '../../src/plan/a1';
import type { SheetSnapshot } from '../../src/plan';

// What a spreadsheet does to a sheet when the analyst inserts or deletes rows or columns: cells move, references in
// formulas and defined names follow, a name whose cells are all deleted becomes #REF!. Enough of Excel's rules for
// the add-in's own formulas (plain A1 references on the same sheet); LibreOffice tests check the real thing.

type Axis = 'row' | 'col';

/** Shifts one A1 reference ("$B$8", "C12") for an insertion (count > 0) or deletion (count < 0) at index `at`. */
function shiftRef(ref: string, axis: Axis, at: number, count: number): string | undefined {
  const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(ref);
  const cell = parseAddress(ref);
  if (!m || !cell) return ref;
  let { row, col } = cell;
  const index = axis === 'row' ? row : col;
  if (count < 0 && index >= at && index < at - count) return undefined;
  const moved = index >= at ? index + count : index;
  if (axis === 'row') row = moved;
  else col = moved;
  return `${m[1]}${columnName(col)}${m[3]}${row + 1}`;
}

/** A range "A1:T9" after the edit: it grows with rows inserted inside it and shrinks with rows deleted from it. */
function shiftRange(ref: string, axis: Axis, at: number, count: number): string {
  if (ref === '#REF!') return ref;
  const [from, to = from] = ref.split(':');
  const a = parseAddress(from)!;
  const b = parseAddress(to)!;
  const lo = axis === 'row' ? a.row : a.col;
  const hi = axis === 'row' ? b.row : b.col;
  if (count < 0) {
    const [d0, d1] = [at, at - count - 1];
    if (d0 <= lo && d1 >= hi) return '#REF!';
    const newLo = lo > d1 ? lo + count : lo < d0 ? lo : d0;
    const newHi = hi > d1 ? hi + count : hi < d0 ? hi : d0 - 1;
    return set(from, to, axis, newLo, newHi);
  }
  // An insertion at the first row of a range moves it; inside it, the range grows.
  return set(from, to, axis, lo >= at ? lo + count : lo, hi >= at ? hi + count : hi);
}

function set(from: string, to: string, axis: Axis, lo: number, hi: number): string {
  const re = (s: string, index: number) => {
    const c = parseAddress(s)!;
    const m = /^(\$?)[A-Z]+(\$?)\d+$/.exec(s)!;
    const [row, col] = axis === 'row' ? [index, c.col] : [c.row, index];
    return `${m[1]}${columnName(col)}${m[2]}${row + 1}`;
  };
  return from === to && lo === hi ? re(from, lo) : `${re(from, lo)}:${re(to, hi)}`;
}

const shiftFormula = (f: unknown, axis: Axis, at: number, count: number): unknown =>
  typeof f === 'string' && f.startsWith('=') ? f.replace(/\$?[A-Z]{1,3}\$?\d+/g, (ref) => shiftRef(ref, axis, at, count) ?? '#REF!') : f;

function edit(s: SheetSnapshot, axis: Axis, at: number, count: number): SheetSnapshot {
  const grid = (rows: readonly (readonly unknown[])[] | undefined, formulas: boolean) => {
    if (!rows) return undefined;
    let out = rows.map((r) => [...r]);
    if (axis === 'row') {
      if (count > 0) out.splice(at, 0, ...Array.from({ length: count }, () => [] as unknown[]));
      else out.splice(at, -count);
    } else {
      out = out.map((r) => {
        const copy = [...r];
        if (count > 0) copy.splice(at, 0, ...Array(count).fill(''));
        else copy.splice(at, -count);
        return copy;
      });
    }
    return formulas ? out.map((r) => r.map((f) => shiftFormula(f, axis, at, count))) : out;
  };
  return {
    ...s,
    values: grid(s.values, false)!,
    ...(s.formulas && { formulas: grid(s.formulas, true) }),
    ...(s.names && { names: s.names.map((n) => ({ name: n.name, ref: shiftRange(n.ref, axis, at, count) })) }),
  };
}

/** Inserts `count` blank rows before 0-based row `at`. */
export const insertRows = (s: SheetSnapshot, at: number, count = 1) => edit(s, 'row', at, count);
export const deleteRows = (s: SheetSnapshot, at: number, count = 1) => edit(s, 'row', at, -count);
export const insertColumns = (s: SheetSnapshot, at: number, count = 1) => edit(s, 'col', at, count);
export const deleteColumns = (s: SheetSnapshot, at: number, count = 1) => edit(s, 'col', at, -count);
