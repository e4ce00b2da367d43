import { address, contains, parseRange, rectToA1, type Rect } from './a1';
import { findLayout, type SheetName } from './anchors';
import { MARKER_TAG } from './layout';
import { MAX_SHEET_NAME, replaceUnusableCharacters, sheetNameProblem } from './sheet-name';
import type { SheetIssue, SheetPlan } from './types';

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

export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

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

/** The marker cell's text: the version tag and the owned range. */
export const markerValue = (owned: string): string => `${MARKER_TAG} ${owned}`;

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
  /** A1 ranges the add-in wrote before that the new plan does not cover: clear them (contents and formats). */
  clear: string[];
  /** Non-empty cells the add-in does not own that the new plan would cover: refuse and show these. */
  conflicts: SheetIssue[];
}

/**
 * What writing `plan` over `previous` entails. Without a previous sheet, nothing. On a sheet the add-in owns,
 * only cells outside the old owned range can conflict; on any other sheet every non-empty cell under the plan does.
 */
export function planWrite(plan: SheetPlan, previous?: SheetSnapshot): WritePlan {
  if (!previous) return { ok: true, clear: [], conflicts: [] };
  const next = parseRange(plan.owned);
  if (!next) throw new RangeError(`plan.owned is not an A1 range: "${plan.owned}"`);
  const old = ownedRange(previous);
  const conflicts: SheetIssue[] = [];
  for (let r = next.top; r <= next.bottom; r++) {
    const row = previous.values[r] ?? [];
    for (let c = next.left; c <= next.right; c++) {
      if (isBlank(row[c]) || (old && contains(old, r, c))) continue;
      conflicts.push({ address: address(r, c), message: `${address(r, c)} holds your data (${describe(row[c])}) where the updated sheet needs room; move or clear it, or write to a new sheet` });
    }
  }
  return { ok: conflicts.length === 0, clear: old ? difference(old, next).map(rectToA1) : [], conflicts };
}

const describe = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v) : String(v));

/** old minus next as rectangles: the strips above, below, left and right of next that old still covers. */
function difference(old: Rect, next: Rect): Rect[] {
  const out: Rect[] = [];
  if (old.top < next.top) out.push({ ...old, bottom: Math.min(old.bottom, next.top - 1) });
  const top = Math.max(old.top, next.top);
  if (old.bottom > next.bottom) out.push({ ...old, top: Math.max(top, next.bottom + 1) });
  const bottom = Math.min(old.bottom, next.bottom);
  if (top <= bottom) {
    if (old.left < next.left) out.push({ top, bottom, left: old.left, right: Math.min(old.right, next.left - 1) });
    if (old.right > next.right) out.push({ top, bottom, left: Math.max(old.left, next.right + 1), right: old.right });
  }
  return out.filter((r) => r.top <= r.bottom && r.left <= r.right);
}
