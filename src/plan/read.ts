import { driversOf as declaredDrivers, lineType, type FieldDecl } from '../case/lines';
import type { RoiCase } from '../case/types';
import { isCurrency } from '../case/currencies';
import { formatIssue, issueMessage, type CaseIssue } from '../case/issues';
import { MAX_AMOUNT, MAX_HORIZON_MONTHS, validateCase } from '../case/validate';
import { absolute, address } from './a1';
import { serialToIso } from './dates';
import { ASSUMPTION, BASIS_LABEL, CATEGORY_LABEL, COL, KINDS, SECTION, SIDE_LABEL, V1_KIND_LABELS, fromLabel, type Pattern } from './layout';
import type { SheetIssue } from './types';
import { isBlank, isOwnedSheet, type SheetSnapshot } from './update';

// An existing ROI sheet back into a case: the analyst's edits to inputs and notes included, every bad cell named.

export type ReadResult = { ok: true; case: RoiCase } | { ok: false; issues: SheetIssue[] };

type Kind = keyof typeof KINDS;
type Line = Record<string, unknown>;

/** Driver fields per line type, from its declaration. */
const driversOf = (kind: Kind): FieldDecl[] => declaredDrivers(lineType(kind)!);

const KIND_LABEL = Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [k, v.label])) as Record<Kind, string>;
/** A v1 sheet's old type label ("Labour") still reads as its type. */
const kindOf = (v: unknown): Kind | undefined => fromLabel(KIND_LABEL, v) ?? fromLabel(V1_KIND_LABELS as Record<Kind, string>, v);

/** What a cell holds, in words: hosts hand back error values, rich text and hyperlinks as objects (ExcelJS). */
function describe(v: unknown): string {
  if (isBlank(v)) return 'a blank cell';
  const quote = (t: string) => `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`;
  if (typeof v === 'string') return /^#[A-Z0-9/!?]+$/.test(v.trim()) ? `the error ${v.trim()}` : `text ${quote(v)}`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `the date ${Number.isNaN(v.getTime()) ? 'that is not valid' : v.toISOString().slice(0, 10)}`;
  if (typeof v === 'object' && v !== null) {
    const o = v as { error?: unknown; hyperlink?: unknown };
    if (typeof o.error === 'string') return `the error ${o.error}`;
    const t = plainText(v);
    if (t !== undefined) return o.hyperlink ? `a link ${quote(t)}` : `formatted text ${quote(t)}`;
    return 'a value of an unknown kind';
  }
  return String(v);
}

/** A note cell's text, whatever its formatting. */
const cellText = (v: unknown): string => (typeof v === 'string' ? v : (plainText(v) ?? String(v)));

/** The text of a rich-text or hyperlink cell (ExcelJS: { richText: [{ text }] } or { text, hyperlink }). */
function plainText(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as { richText?: { text?: unknown }[]; text?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  if (typeof o.text === 'string') return o.text;
  if (typeof o.text === 'object') return plainText(o.text);
}

/** readSheet(snapshot): the case the sheet describes now, or every problem with its cell address. */
export function readSheet(snapshot: SheetSnapshot): ReadResult {
  const issues: SheetIssue[] = [];
  const at = (r: number, c: number): unknown => snapshot.values[r]?.[c];
  const formulaAt = (r: number, c: number): string | undefined => {
    const f = snapshot.formulas?.[r]?.[c];
    return typeof f === 'string' && f.startsWith('=') ? f.replace(/\$/g, '').toUpperCase() : undefined;
  };
  const issue = (r: number, c: number, message: string) => issues.push({ address: address(r, c), message, code: '#VALUE!' });
  if (!isOwnedSheet(snapshot)) return { ok: false, issues: [{ address: 'A1', message: `Sheet "${snapshot.name}" is not a CRM ROI sheet: row 1 has no crm-roi marker`, code: '#N/A' }] };

  const rowOf = (label: string) => snapshot.values.findIndex((row) => typeof row[0] === 'string' && row[0].trim() === label);
  const find = (label: string) => {
    const r = rowOf(label);
    if (r < 0) issues.push({ address: 'A1', message: `Cannot find the "${label}" row in column A: the sheet's layout was changed; rebuild it from the add-in`, code: '#N/A' });
    return r;
  };
  const rows = Object.fromEntries(Object.entries(ASSUMPTION).map(([k, label]) => [k, find(label)])) as Record<keyof typeof ASSUMPTION, number>;
  const inputsRow = find(SECTION.inputs);
  const notesRow = find(SECTION.notes);
  const howRow = find(SECTION.howToRead);
  if (issues.length) return { ok: false, issues };

  // Checked readers: each returns undefined after recording an issue.
  const text = (r: number, c: number, what: string): string | undefined => {
    const v = at(r, c);
    if (typeof v === 'number') return String(v);
    // Partly bold or linked text is still the name the analyst typed.
    const t = typeof v === 'string' ? v : plainText(v);
    if (t !== undefined && t.trim() !== '') return t.trim();
    issue(r, c, `${what} must be text, got ${describe(v)}`);
  };
  const number = (r: number, c: number, what: string, min: number, max: number, whole = false): number | undefined => {
    const v = at(r, c);
    const range = whole ? `a whole number from ${min} to ${max}` : `a number from ${min} to ${max}`;
    if (typeof v !== 'number' || !Number.isFinite(v)) issue(r, c, `${what} must be ${range}, got ${describe(v)}`);
    else if (v < min || v > max || (whole && !Number.isInteger(v))) issue(r, c, `${what} must be ${range}, got ${v}`);
    else return v;
  };
  const choice = <K extends string>(r: number, c: number, what: string, table: Record<K, string>, allowed?: readonly K[]): K | undefined => {
    const k = fromLabel(table, at(r, c));
    if (k !== undefined && (!allowed || allowed.includes(k))) return k;
    const options = (allowed ?? (Object.keys(table) as K[])).map((x) => `"${table[x]}"`).join(', ');
    issue(r, c, `${what} must be one of ${options}, got ${describe(at(r, c))}`);
  };

  const B = 1;
  const horizon = number(rows.horizonMonths, B, ASSUMPTION.horizonMonths, 1, MAX_HORIZON_MONTHS, true);
  const startDate = isoDate(at(rows.startDate, B));
  if (!startDate) issue(rows.startDate, B, `${ASSUMPTION.startDate} must be a date, got ${describe(at(rows.startDate, B))}`);
  const currency = text(rows.currency, B, ASSUMPTION.currency)?.toUpperCase();
  if (currency !== undefined && !isCurrency(currency)) issue(rows.currency, B, `${ASSUMPTION.currency} must be an ISO 4217 code such as "USD", "EUR" or "PLN", got ${describe(at(rows.currency, B))}`);
  const c: Line = {
    name: text(rows.name, B, ASSUMPTION.name),
    currency,
    startDate,
    horizonMonths: horizon,
    discountRate: number(rows.discountRate, B, ASSUMPTION.discountRate, 0, 1),
    costs: [] as Line[],
    benefits: [] as Line[],
  };
  const H = horizon ?? MAX_HORIZON_MONTHS;
  const horizonRef = absolute(rows.horizonMonths, B).replace(/\$/g, '');

  // Line rows run from below the header while the Side or Type label is there.
  const located: { side: 'cost' | 'benefit'; row: number; line: Line }[] = [];
  for (let r = inputsRow + 2; !isBlank(at(r, COL.side)) || !isBlank(at(r, COL.kind)); r++) {
    const line = readLine(r);
    if (line) located.push(line);
  }
  function readLine(r: number) {
    const side = choice(r, COL.side, 'Side', SIDE_LABEL);
    const kind = kindOf(at(r, COL.kind)) ?? choice(r, COL.kind, 'Type', KIND_LABEL);
    if (!side || !kind) return;
    if (KINDS[kind].side !== side) return void issue(r, COL.kind, `Type "${KINDS[kind].label}" is a ${KINDS[kind].side}, not a ${side}`);
    const name = text(r, COL.name, 'Line name');
    const what = (field: string) => `${field} of "${name ?? `row ${r + 1}`}"`;
    const line: Line = { type: kind, name };
    driversOf(kind).forEach((d, j) => {
      line[d.key] = d.kind === 'percent' ? number(r, COL.driverValues[j], what(d.label), 0, 1) : number(r, COL.driverValues[j], what(d.label), 0, MAX_AMOUNT);
    });
    const patterns = KINDS[kind].patterns;
    const pattern = choice<Pattern>(r, COL.pattern, what('Timing'), { once: 'once', monthly: 'monthly', annual: 'annual' }, patterns);
    if (patterns.length > 1) line.frequency = pattern;
    if (KINDS[kind].basisEditable) line.per = choice(r, COL.basis, what('Basis'), BASIS_LABEL);
    const start = number(r, COL.start, what('Start month'), 1, H, true);
    if (kind === 'oneTime') line.month = start;
    else line.startMonth = start;
    if (pattern && pattern !== 'once') {
      // "To the horizon" stays implicit while the cell is still linked to the horizon (or, values only, equals it).
      const linked = snapshot.formulas ? formulaAt(r, COL.end) === `=${horizonRef}` : at(r, COL.end) === horizon;
      if (!linked) line.endMonth = number(r, COL.end, what('End month'), start ?? 1, H, true);
    }
    if (side === 'benefit') {
      line.category = choice(r, COL.category, what('Category'), CATEGORY_LABEL);
      const linked = snapshot.formulas ? formulaAt(r, COL.full) === `=${address(r, COL.start)}` : at(r, COL.full) === start;
      if (!linked) line.fullEffectMonth = number(r, COL.full, what('Full effect month'), start ?? 1, MAX_HORIZON_MONTHS, true);
      if (!isBlank(at(r, COL.risk))) line.risk = number(r, COL.risk, what('Risk'), 0, 1);
    }
    const note = at(r, COL.note);
    if (!isBlank(note)) line.note = cellText(note);
    (side === 'cost' ? (c.costs as Line[]) : (c.benefits as Line[])).push(line);
    return { side, row: r, line };
  }

  const notes: string[] = [];
  for (let r = notesRow + 1; r < howRow; r++) if (!isBlank(at(r, 0))) notes.push(cellText(at(r, 0)));
  if (notes.length) c.notes = notes;
  if (issues.length) return { ok: false, issues };

  // Cross-field rules the cell checks do not cover (e.g. an end month before the start) come from the case validator.
  const checked = validateCase(c);
  if (checked.ok) return { ok: true, case: checked.case };
  return { ok: false, issues: checked.issues.map((e) => toIssue(e, rows, located)) };
}

const FIELD_COL: Record<string, number> = {
  name: COL.name, type: COL.kind, category: COL.category, frequency: COL.pattern, per: COL.basis, month: COL.start, startMonth: COL.start,
  endMonth: COL.end, fullEffectMonth: COL.full, risk: COL.risk, note: COL.note,
};

/** A case issue (e.g. benefits[1].endMonth) → the cell that holds that field. */
function toIssue(e: CaseIssue, rows: Record<keyof typeof ASSUMPTION, number>, located: { side: string; row: number; line: Line }[]): SheetIssue {
  const [head, index, field] = e.path;
  if ((head === 'costs' || head === 'benefits') && typeof index === 'number') {
    const line = located.filter((l) => l.side === (head === 'costs' ? 'cost' : 'benefit'))[index];
    const drivers = driversOf(line.line.type as Kind).map((d) => d.key);
    const col = typeof field === 'string' ? (FIELD_COL[field] ?? COL.driverValues[Math.max(0, drivers.indexOf(field))]) : COL.name;
    return { address: address(line.row, col), message: `${field ?? 'line'} of "${String(line.line.name)}": ${issueMessage(e)}`, code: '#VALUE!' };
  }
  const assumption = typeof head === 'string' && head in rows;
  return { address: address(assumption ? rows[head as keyof typeof ASSUMPTION] : 0, assumption ? 1 : 0), message: formatIssue(e), code: '#VALUE!' };
}

/** A date cell as hosts return it: a serial number, an ISO string, or a Date (Apps Script). */
function isoDate(v: unknown): string | undefined {
  if (typeof v === 'number') return serialToIso(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return v.trim();
}
