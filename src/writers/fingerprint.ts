import type { SheetSnapshot } from '../plan/update';

// The sidebar prepares a write from a snapshot of the sheet, and the server applies it a moment later: the server
// refuses when the sheet no longer matches that snapshot (the analyst typed in between), rather than overwrite.

/**
 * FNV-1a (32-bit) of the snapshot's values and formulas, as hex with the text's length. Names are left out: reading
 * them costs calls per line, and what moves a name (rows inserted or deleted) moves the cells too.
 */
export function fingerprint(snapshot: Pick<SheetSnapshot, 'values' | 'formulas'>): string {
  const text = JSON.stringify([snapshot.values, snapshot.formulas ?? []]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(16)}:${text.length}`;
}
