import type { PlanCell } from './types';

/** A sparse sheet being built; `dense()` pads it into the SheetPlan grid (every row the same width). */
export class Grid {
  private rows: PlanCell[][] = [];

  set(row: number, col: number, cell: PlanCell): void {
    (this.rows[row] ??= [])[col] = cell;
  }

  /** A cell set before, to complete it (a formula added once the cells it reads are placed). */
  get(row: number, col: number): PlanCell {
    return this.rows[row]?.[col] ?? BLANK;
  }

  get height(): number {
    return this.rows.length;
  }

  dense(width: number): PlanCell[][] {
    return Array.from({ length: this.rows.length }, (_, r) => Array.from({ length: width }, (_, c) => this.rows[r]?.[c] ?? BLANK));
  }
}

/** Every padding cell is this one object (half the cells of a wide sheet are padding); frozen, as it is shared. */
const BLANK: PlanCell = Object.freeze({});
