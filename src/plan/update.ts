import { cellMessage, type CellText } from './issue-text';
import { address, parseRange, rectToA1, type Rect } from './a1';
import { findLayout, LAYOUT_KEY, LAYOUT_VERSION, namesOf, type SheetName } from './anchors';
import { cellText, isBlank } from './cell-text';
import { MARKER_TAG } from './layout';
import { locate } from './locate';
import { MAX_SHEET_NAME, replaceUnusableCharacters, sheetNameProblem } from './sheet-name';
import type { PlanCell, SheetIssue, SheetPlan } from './types';

// Host-neutral update rules: which sheet is ours, which name to use, what to clear, and when to refuse.

/** An existing sheet as a host returns it. Values start at A1; blanks may be "", null or undefined. */
export interface SheetSnapshot {
  name: string;
  /** values[r][c] = cell at row r+1, column c+1: numbers, text, booleans, blanks (Excel date cells as serial numbers). */
  values: readonly (readonly unknown[])[];
  /** Same shape; "=…" where the cell holds a formula, "" or undefined otherwise. Lets readSheet tell a linked cell from a typed one. */
  formulas?: readonly (readonly unknown[])[];
  /** The workbook's defined names that refer to this sheet, with their references on it (layout v2 anchors). */
  names?: readonly SheetName[];
}

export { isBlank };

/** The marker cell sits in row 1; scanning the row keeps it found if the analyst inserts a column before it. */
function markerText(snapshot: SheetSnapshot): string | undefined {
  const row = snapshot.values[0] ?? [];
  const hit = row.find((v) => typeof v === 'string' && v.startsWith(MARKER_TAG));
  return hit as string | undefined;
}

/** True when the sheet carries this add-in's marker, i.e. the add-in wrote it and may update it. */
export const isOwnedSheet = (snapshot: SheetSnapshot): boolean => findLayout(snapshot.names) !== undefined || markerText(snapshot) !== undefined;

/** The region the add-in laid out, where it is now (its layout name moves with edits; a v1 marker records it). */
export function ownedRange(snapshot: SheetSnapshot): Rect | undefined {
  const layout = findLayout(snapshot.names);
  if (layout) return parseRange(layout.ref);
  const text = markerText(snapshot);
  return text ? parseRange(text.slice(MARKER_TAG.length).trim()) : undefined;
}


export const DEFAULT_SHEET_NAME = 'CRM ROI';

/**
 * Named ranges are workbook-wide, so each ROI sheet gets its own prefix and a second one ("CRM ROI (2)", or a sheet
 * the analyst named) never takes over the first one's names: "CRM ROI" → "CRMROI_", "Harbor ROI" → "CRMROI_HARBOR_ROI_".
 */
export function namePrefixFor(sheetName: string): string {
  if (sheetName === DEFAULT_SHEET_NAME) return 'CRMROI_';
  const latin = sheetName.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  // A name with no Latin letters or digits (e.g. "売上") still needs a distinct, valid prefix: its code points.
  const key = latin || [...sheetName].map((ch) => ch.codePointAt(0)!.toString(36).toUpperCase()).join('_');
  return `CRMROI_${key}_`;
}

/**
 * The sheet name to write to. A sheet of the desired name that the add-in owns is reused (an update);
 * one it does not own is never overwritten: "Name (2)", "Name (3)" … is chosen instead, as it is for Excel's reserved
 * "History". Characters a sheet name cannot hold become spaces, and the name is cut to fit (see sheetNameProblem).
 */
export function chooseSheetName(existing: { name: string; owned: boolean }[], desired: string): string {
  const base = fit(replaceUnusableCharacters(desired).replace(/\s+/g, ' '), MAX_SHEET_NAME) || DEFAULT_SHEET_NAME;
  if (existing.some((s) => s.owned && s.name.toLowerCase() === base.toLowerCase())) return base;
  const others = existing.map((s) => s.name);
  if (!sheetNameProblem(base, others)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${fit(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!sheetNameProblem(candidate, others)) return candidate;
  }
}

/** At most `max` UTF-16 units, never half a surrogate pair, with no blank or apostrophe at either end. */
function fit(name: string, max: number): string {
  const edges = /^[\s']+|[\s']+$/g;
  const cut = name.replace(edges, '').slice(0, max);
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).replace(edges, '');
}

export interface WritePlan {
  /** True when the plan may be written: no conflicts. */
  ok: boolean;
  /** Cells (A1 runs) the add-in wrote before that the new plan leaves empty: clear them (contents and formats). */
  clear: string[];
  /** Non-empty cells the add-in does not own that the new plan would write: refuse and show these. */
  conflicts: SheetIssue[];
  /**
   * Cells a writer leaves as they are (or, writing whole blocks, puts back): the analyst's cells inside the plan's
   * rectangle where the plan writes nothing, and inputs that already show the value the plan would write there.
   */
  keep: { row: number; col: number; input: unknown }[];
  /** Defined names of the previous layout that the new plan does not have (a removed line's anchor): delete them. */
  removeNames: string[];
}

/**
 * What writing `plan` over `previous` entails. The add-in owns exactly the cells its previous plan filled or styled,
 * found where they are now through the layout's names; `previousPlan` is that plan (the previous sheet's case,
 * planned again). Everything else on the sheet is the analyst's: never cleared, kept where the new plan is blank,
 * and a conflict (the write is refused) where the new plan needs the cell. A v1 sheet has no names: its marker's
 * recorded range stands in, as v1 did. A foreign sheet owns nothing: every non-empty cell under the plan conflicts.
 */
export function planWrite(plan: SheetPlan, previous?: SheetSnapshot, previousPlan?: SheetPlan): WritePlan {
  const none: WritePlan = { ok: true, clear: [], conflicts: [], keep: [], removeNames: [] };
  if (!previous) return none;
  const moved = movedColumns(previous, previousPlan) ?? resizedBlock(previous, previousPlan);
  if (moved) return { ...none, ok: false, conflicts: [moved] };
  const owns = ownership(previous, previousPlan);
  const wasInput = inputCells(previous);
  const width = plan.cells[0]?.length ?? 0;
  const written = (r: number, c: number) => r < plan.cells.length && c < width && !isEmptyCell(plan.cells[r][c]);
  const conflicts: SheetIssue[] = [];
  const keep: WritePlan['keep'] = [];
  previous.values.forEach((row, r) =>
    row.forEach((v, c) => {
      // A formula counts even where the host shows no value for it (yet).
      const formula = previous.formulas?.[r]?.[c];
      if (isBlank(v) && isBlank(formula)) return;
      if (owns(r, c)) {
        // An input that already holds what the plan writes stays as the analyst left it: a formula typed into it,
        // a note's formatting, links and dates (the plan would write their plain value). Only where the sheet had an
        // input: a layout whose blocks moved puts inputs over the old formulas, some showing the very same number.
        if (wasInput(r, c) && sameInput(plan.cells[r]?.[c], v)) keep.push({ row: r, col: c, input: isBlank(formula) ? v : formula });
        return;
      }
      if (written(r, c)) conflicts.push(issueAt(address(r, c), { key: 'cell.yourData', params: { cell: address(r, c), got: describe(isBlank(formula) ? v : formula) } }));
      else if (r < plan.cells.length && c < width) keep.push({ row: r, col: c, input: isBlank(formula) ? v : formula });
    }),
  );
  const clear: Rect[] = [];
  owns.cells().forEach(([r, c]) => {
    if (!written(r, c)) clear.push({ top: r, bottom: r, left: c, right: c });
  });
  const next = new Set(plan.names.map((n) => n.name.toUpperCase()));
  const prefix = findLayout(previous.names)?.prefix ?? namePrefixFor(previous.name);
  const removeNames = (previous.names ?? []).map((n) => n.name).filter((n) => n.toUpperCase().startsWith(prefix.toUpperCase()) && !next.has(n.toUpperCase()));
  return { ok: conflicts.length === 0, clear: runs(clear).map(rectToA1), conflicts, keep, removeNames };
}

/** The plan writes this input cell's value, and the cell shows that value already (a note's text, whatever its form). */
function sameInput(cell: PlanCell | undefined, shown: unknown): boolean {
  if (!cell || cell.formula !== undefined || cell.value === undefined || cell.value === null || (cell.style !== 'input' && cell.style !== 'note')) return false;
  if (typeof cell.value === 'number') return shown === cell.value;
  return typeof cell.value === 'string' && !isBlank(shown) && cellText(shown).trim() === cell.value.trim();
}

/**
 * The cells an analyst types into on `previous`, where its names (a v1 sheet's labels) put them now: the assumptions,
 * each line's Inputs columns and the case notes. None when they cannot all be found.
 */
function inputCells(previous: SheetSnapshot): (r: number, c: number) => boolean {
  const { located } = locate(previous);
  const cells = new Set<string>();
  if (located) {
    for (const { row, col } of [...Object.values(located.assumptions), ...located.notes]) cells.add(`${row},${col}`);
    for (const { row } of located.lines) for (const col of Object.values(located.columns)) cells.add(`${row},${col}`);
    // Actuals and KPIs: a formula typed into one stays while it shows what the plan would write.
    for (const { cells: r } of located.actuals) for (let c = r.left; c <= r.right; c++) cells.add(`${r.top},${c}`);
    for (const k of located.kpis) for (const r of [k.table, k.baseline, k.actual]) for (let c = r.left; c <= r.right; c++) cells.add(`${r.top},${c}`);
  }
  return (r, c) => cells.has(`${r},${c}`);
}

const isEmptyCell = (c: PlanCell) => c.value === undefined && c.formula === undefined && c.style === undefined && c.numberFormat === undefined;

/** Which cells of `previous` the add-in wrote, as a test and a list. */
function ownership(previous: SheetSnapshot, previousPlan: SheetPlan | undefined): { (r: number, c: number): boolean; cells(): [number, number][] } {
  const owned = new Set<string>();
  const add = (r: number, c: number) => owned.add(`${r},${c}`);
  const layout = findLayout(previous.names);
  // Planning the previous case again reproduces the sheet only under this layout version: a sheet of another version
  // (a block laid out differently) is owned by its whole region, as v1's marker range was.
  if (layout && layout.version === LAYOUT_VERSION && previousPlan) {
    // Each anchored block (and line row) maps the plan's rows to where they are now; a block whose height changed
    // (rows inserted or deleted inside it) maps nothing, so its cells count as the analyst's and can only conflict.
    const now = namesOf(previous.names, layout.prefix);
    const planned = namesOf(previousPlan.names.map(({ name, ref }) => ({ name, ref })), layout.prefix);
    const region = parseRange(layout.ref);
    const plannedRegion = parseRange(planned.get(LAYOUT_KEY) ?? '');
    if (region && plannedRegion && width(region) === width(plannedRegion)) {
      const dc = region.left - plannedRegion.left;
      for (const [key, ref] of planned) {
        if (!/^(BLOCK_|LINE_|EST_)/.test(key)) continue;
        const from = parseRange(ref);
        const to = parseRange(now.get(key) ?? '');
        if (!from || !to) continue;
        if (to.bottom - to.top === from.bottom - from.top) {
          for (let r = from.top; r <= from.bottom; r++)
            previousPlan.cells[r]?.forEach((cell, c) => {
              if (!isEmptyCell(cell)) add(to.top + r - from.top, c + dc);
            });
        } else if (key === 'BLOCK_NOTES') {
          // Rows added inside the notes hold notes (read back as notes): the whole notes column is the add-in's.
          previousPlan.cells[from.top]?.forEach((cell, c) => !isEmptyCell(cell) && add(to.top, c + dc));
          const notes = parseRange(now.get('NOTES') ?? '');
          if (notes) for (let r = notes.top; r <= notes.bottom; r++) add(r, notes.left);
        }
      }
    }
  } else {
    const old = ownedRange(previous);
    if (old) for (let r = old.top; r <= old.bottom; r++) for (let c = old.left; c <= old.right; c++) add(r, c);
  }
  const owns = (r: number, c: number) => owned.has(`${r},${c}`);
  owns.cells = () => [...owned].map((k) => k.split(',').map(Number) as [number, number]);
  return owns;
}

const width = (r: Rect) => r.right - r.left + 1;

/**
 * Rows inserted or deleted inside one of the add-in's blocks (the Schedule, the Summary…): its cells no longer line up
 * with what the add-in wrote there. Notes may grow (rows added there hold notes); a deleted line row is planned for.
 */
function resizedBlock(previous: SheetSnapshot, previousPlan: SheetPlan | undefined): SheetIssue | undefined {
  const layout = findLayout(previous.names);
  if (!layout || layout.version !== LAYOUT_VERSION || !previousPlan) return undefined;
  const now = namesOf(previous.names, layout.prefix);
  for (const [key, ref] of namesOf(previousPlan.names, layout.prefix)) {
    if (!key.startsWith('BLOCK_') || key === 'BLOCK_NOTES') continue;
    const [was, is] = [parseRange(ref), parseRange(now.get(key) ?? '')];
    if (!was || !is || is.bottom - is.top === was.bottom - was.top) continue;
    const block = key.slice('BLOCK_'.length).toLowerCase().replace(/_/g, ' ');
    return issueAt(rectToA1(is), { key: 'cell.rowsMoved', params: { block, range: rectToA1(is) } });
  }
  return undefined;
}

/** Columns inserted or deleted inside a v2 region: every column after them shifted, and no cell can be told apart. */
function movedColumns(previous: SheetSnapshot, previousPlan: SheetPlan | undefined): SheetIssue | undefined {
  const layout = findLayout(previous.names);
  const region = layout?.version === LAYOUT_VERSION && parseRange(layout.ref);
  const planned = layout && region && previousPlan && parseRange(namesOf(previousPlan.names, layout.prefix).get(LAYOUT_KEY) ?? '');
  if (!region || !planned || width(region) === width(planned)) return undefined;
  return issueAt(rectToA1(region), { key: 'cell.columnsMoved', params: { range: rectToA1(region) } });
}

/** Single cells merged into runs along rows, so a host clears them in few calls. */
function runs(cells: Rect[]): Rect[] {
  const sorted = [...cells].sort((a, b) => a.top - b.top || a.left - b.left);
  const out: Rect[] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    if (last && last.top === cell.top && last.right + 1 === cell.left) last.right = cell.left;
    else out.push({ ...cell });
  }
  return out;
}

/** A refusal at a cell or range: its words as keys (said in the reader's language where shown), and their English. */
const issueAt = (at: string, text: CellText): SheetIssue => ({ address: at, message: cellMessage(text, 'en'), text });

const describe = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v) : String(v));
