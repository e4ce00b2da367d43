// The decisions every host writer makes the same way, before it writes anything: which case, which sheet, what plan,
// what to clear, and when to refuse. A writer that throws here has not changed the workbook.
import { CaseValidationError, evaluate } from '../case/evaluate';
import { issueMessage, pathText } from '../case/issues';
import { uncertaintyOf } from '../case/scenarios';
import type { CostLine, RoiCase } from '../case/types';
import { chooseSheetName, DEFAULT_SHEET_NAME, isOwnedSheet, namePrefixFor, planSheet, planWrite, readSheet, type SheetSnapshot, type WritePlan } from '../plan';
import { absolute, parseRange } from '../plan/a1';
import { blockKey, findLayout, KPI_KEYS, namesOf, sheetLocale } from '../plan/anchors';
import type { Locale } from '../i18n/locales';
import { KPI_COL } from '../plan/kpis';
import type { SheetName } from '../plan/anchors';
import type { SheetPlan } from '../plan/types';
import { SheetWriteError } from './write-error';

export { DEFAULT_SHEET_NAME };
export { SheetWriteError, type SheetWriteErrorKind } from './write-error';

/** How a writer builds or updates a sheet. `lang`: the sheet's language; default: an updated sheet's own, else English. */
export interface WriteOptions {
  lang?: Locale;
}

/** What a host writer (Excel, Sheets) reports: the sheet written, whether it was added or rewritten, and its case. */
export interface WriteResult {
  sheetName: string;
  mode: 'created' | 'updated';
  case: RoiCase;
}

export interface PreparedWrite {
  case: RoiCase;
  plan: SheetPlan;
  /** A1 runs of cells the previous version wrote that the new plan leaves empty. */
  clear: string[];
  /** The analyst's cells inside the plan's rectangle, to put back as they were. */
  keep: WritePlan['keep'];
  /** The previous layout's names the new plan no longer has. */
  removeNames: string[];
  /** Where the previous build's drop-downs are now (its selector, found by name): cleared before the plan's are set. */
  oldValidations: string[];
}

/** The target sheet name: the desired one if free or ours, else "Name (2)"…; `sameName` is that sheet's snapshot, if any. */
export function targetSheetName(existingNames: string[], desired: string, sameName: SheetSnapshot | undefined): string {
  const existing = existingNames.map((name) => ({ name, owned: sameName !== undefined && name.toLowerCase() === sameName.name.toLowerCase() && isOwnedSheet(sameName) }));
  return chooseSheetName(existing, desired);
}

/**
 * Validates the case, plans the sheet and checks it against what is there now (`previous`: an owned sheet, or none).
 * An update keeps the sheet's name prefix (a renamed sheet keeps its names) and learns which cells the add-in wrote
 * by planning the previous sheet's own case again, in the previous sheet's language. A new language rewrites every
 * label and choice word and no input.
 */
export function prepareWrite(input: unknown, sheetName: string, previous: SheetSnapshot | undefined, options: WriteOptions = {}): PreparedWrite {
  let evaluation;
  try {
    evaluation = evaluate(input);
  } catch (err) {
    if (!(err instanceof CaseValidationError)) throw err;
    throw new SheetWriteError('invalidCase', { key: 'write.invalidCase', params: { count: err.issues.length } }, err.issues.map((i) => ({ address: pathText(i.path), message: issueMessage(i), code: '#VALUE!' as const, caseIssue: i })));
  }
  const namePrefix = findLayout(previous?.names)?.prefix ?? namePrefixFor(sheetName);
  const before = previous && isOwnedSheet(previous) ? readSheet(previous) : undefined;
  const previousPlan = before?.ok ? planAsWritten(previous!, before.case, { sheetName, namePrefix, lang: before.lang }) : undefined;
  const lang = options.lang ?? (previous && isOwnedSheet(previous) ? sheetLocale(previous.names) : 'en');
  // Planned from the case as stated: its three-point estimates have their own cells.
  const plan = planSheet(input as RoiCase, { sheetName, namePrefix, evaluation, lang });
  const write = planWrite(plan, previous, previousPlan);
  if (!write.ok) throw new SheetWriteError('conflict', { key: 'write.conflict', params: { sheet: sheetName } }, write.conflicts);
  // The previous selector's cell, wherever the analyst's edits moved it: its drop-down goes, unless the plan's is there.
  const oldSelector = previous && namesOf(previous.names, namePrefix).get('SCENARIO');
  // So do the KPIs' better-when drop-downs, found by their KPI rows' names.
  const oldBetterWhen = [...(previous ? namesOf(previous.names, namePrefix) : new Map<string, string>())]
    .filter(([key]) => key.startsWith(`${KPI_KEYS.table}_`))
    .flatMap(([, ref]) => {
      const r = parseRange(ref);
      return r ? [absolute(r.top, r.left + KPI_COL.betterWhen)] : [];
    });
  const oldValidations = [...(oldSelector && parseRange(oldSelector) ? [oldSelector] : []), ...oldBetterWhen].filter((ref) => !plan.validations?.some((v) => v.ref.replace(/\$/g, '') === ref.replace(/\$/g, '')));
  return { case: uncertaintyOf(input).case, plan, clear: write.clear, keep: write.keep, removeNames: write.removeNames, oldValidations };
}

/**
 * The plan of the sheet as the add-in last wrote it: the case read back, plus a stand-in for each line whose input row
 * the analyst deleted. Those lines still have their rows in the Schedule, which is therefore taller than the read case
 * makes it; every line's schedule row fills the same cells, so stand-ins restore its height. Usually none is needed,
 * and the read case's plan is the answer.
 */
function planAsWritten(previous: SheetSnapshot, read: RoiCase, options: { sheetName: string; namePrefix: string; lang: Locale }): SheetPlan {
  const scheduleHeight = (names: readonly SheetName[] | undefined) => {
    const r = parseRange(namesOf(names, options.namePrefix).get(blockKey('SCHEDULE')) ?? '');
    return r ? r.bottom - r.top + 1 : undefined;
  };
  const plan = planSheet(read, options);
  const now = scheduleHeight(previous.names);
  const planned = scheduleHeight(plan.names);
  if (now === undefined || planned === undefined || now <= planned) return plan;
  const used = new Set([...read.costs, ...read.benefits].map((l) => l.id?.toLowerCase()));
  const standIns: CostLine[] = [];
  for (let n = 1; standIns.length < now - planned; n++)
    if (!used.has(`deleted${n}`)) standIns.push({ id: `deleted${n}`, type: 'oneTime', name: 'deleted', amount: 0, month: 1 });
  return planSheet({ ...read, costs: [...read.costs, ...standIns] }, options);
}

/** The case an owned sheet describes now, with the analyst's edits; refuses a foreign sheet or invalid edits. */
export function caseFromSheet(snapshot: SheetSnapshot): RoiCase {
  if (!isOwnedSheet(snapshot)) throw new SheetWriteError('notOwned', { key: 'write.notOwned', params: { sheet: snapshot.name } });
  const read = readSheet(snapshot);
  if (!read.ok) throw new SheetWriteError('invalidSheet', { key: 'write.invalidSheet', params: { sheet: snapshot.name, count: read.issues.length } }, read.issues);
  return read.case;
}


/** A host's used range (which may start below or right of A1) as a snapshot anchored at A1. */
export function snapshotAtA1(name: string, top: number, left: number, values: unknown[][], formulas?: unknown[][]): SheetSnapshot {
  const pad = (rows: unknown[][]) => [...Array.from({ length: top }, () => []), ...rows.map((r) => [...Array(left).fill(''), ...r])];
  return { name, values: pad(values), ...(formulas && { formulas: pad(formulas) }) };
}

/**
 * The names that refer to `sheetName`, with their references on it: "='CRM ROI'!$A$1:$T$9" (Office.js) or
 * "'CRM ROI'!$A$1:$T$9" (ExcelJS) → "$A$1:$T$9". A deleted reference ("#REF!") is kept, so a reader can say so.
 */
export function namesOnSheet(entries: { name: string; reference: string }[], sheetName: string): SheetName[] {
  const out: SheetName[] = [];
  for (const { name, reference } of entries) {
    // A name whose cells were all deleted has no sheet left ("#REF!"): kept for every sheet, the layout's prefix sorts it out.
    if (/^=?#REF!$/.test(reference.trim())) {
      out.push({ name, ref: '#REF!' });
      continue;
    }
    const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.trim());
    if (!m) continue;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (sheet.toLowerCase() === sheetName.toLowerCase()) out.push({ name, ref: m[3] });
  }
  return out;
}
