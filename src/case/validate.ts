import { isCurrency } from './currencies';
import { monthKey, monthOfKey } from './calendar';
import type { CaseIssue, IssuePath, ListOf } from './issues';
import { CATEGORIES, driversOf, fieldsOf, LINE_TYPES, lineType, typesOf, type FieldKind, type LineSide, type LineTypeDecl } from './lines';
import { MAX_CASE_NOTES, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, textProblem } from './text';
import type { RoiCase } from './types';

export const POINTS = ['conservative', 'expected', 'optimistic'] as const;
export type Point = (typeof POINTS)[number];
/** Each point's name, as the sheet, the CLI and the wizard show it. */
export const POINT_LABEL: Record<Point, string> = { conservative: 'Conservative', expected: 'Expected', optimistic: 'Optimistic' };
/** A driver given as a three-point estimate, found at `path` (["costs", 1, "users"]). */
export interface Uncertain extends Record<Point, number> {
  path: [key: 'costs' | 'benefits', index: number, field: string];
  side: LineSide;
  lineId: string;
  lineName: string;
  field: string;
  label: string;
  /** The field's kind: how its points read (money, a count, a fraction). */
  kind: FieldKind;
}

// Checks an untrusted JSON value against the case format (docs/case-format.md) and reports EVERY problem as a
// structured issue { path, code, params } (src/case/issues.ts renders them). The fields of each line type come from
// its declaration in lines.ts; schema/crm-roi-case.schema.json is generated from the same declarations (src/case/schema.ts).

/**
 * A valid case is returned as stated, estimates included; `uncertain` lists its three-point estimates, each with the
 * path of its field, from which scenarios.ts builds the expected case (what evaluate() evaluates) and the others.
 */
export type ValidationResult = { ok: true; case: RoiCase; uncertain: Uncertain[] } | { ok: false; issues: CaseIssue[] };

/** Numbers above this are typos or units mistakes, and lose cent precision in doubles. */
export const MAX_AMOUNT = 1e15;
export const MAX_HORIZON_MONTHS = 240;
/** A CRM case has tens of lines; far more is a generated file gone wrong, and would take minutes to write. */
export const MAX_LINES_PER_SIDE = 100;
/** A line id: it becomes part of a defined name in the sheet, so letters, digits and "_" only, starting with a letter. */
export const LINE_ID = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
/** Before March 1900 Excel's serial dates disagree with every other spreadsheet (its 1900 leap-year bug). */
export const FIRST_START_DATE = '1900-03-01';
export const LAST_MONTH = '9999-12';

export const COST_TYPES = typesOf('cost').map((t) => t.type);
export const BENEFIT_TYPES = typesOf('benefit').map((t) => t.type);
export const BENEFIT_CATEGORIES = CATEGORIES.map((c) => c.value);

/** A problem without its path: the field check knows what is wrong, the caller knows where. */
type Problem = Omit<CaseIssue, 'path'> & { path?: never; /** The entry of a list, or the point of an estimate, that is wrong. */ at?: number | string };
type Check = (value: unknown, ctx: Context) => Problem | undefined;
interface Field {
  check: Check;
  optional?: boolean;
}
interface Context {
  /** Valid horizon, or undefined when horizonMonths itself is invalid (months are then checked against 1..240). */
  horizon?: number;
  /** Valid start date, or undefined: calendar months are then checked for their form only. */
  startDate?: string;
}

const problem = <C extends CaseIssue['code']>(code: C, params: Extract<CaseIssue, { code: C }>['params']) => ({ code, params }) as Problem;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const amount: Check = (v) => (isNumber(v) && v >= 0 && v <= MAX_AMOUNT ? undefined : problem('amount', { max: MAX_AMOUNT, got: v }));
const fraction: Check = (v) => (isNumber(v) && v >= 0 && v <= 1 ? undefined : problem('fraction', { got: v }));
const oneOf = (allowed: readonly string[]): Check => (v) => (typeof v === 'string' && allowed.includes(v) ? undefined : problem('oneOf', { allowed, got: v }));
/** Month 0 is TEI's Initial period: today, undiscounted; months 1…horizon end each month after the start date. */
const month: Check = (v, ctx) => {
  const max = ctx.horizon ?? MAX_HORIZON_MONTHS;
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max ? undefined : problem('month', { max, horizonBound: ctx.horizon !== undefined, got: v });
};
/** A slow ramp may reach full effect after the horizon: the case then never sees 100 %. */
const rampMonth: Check = (v, ctx) => month(v, { ...ctx, horizon: undefined });

const textCheck = (options: { max: number; multiline?: boolean; visible?: boolean }): Check => (v) => {
  if (typeof v !== 'string') return problem(options.visible ? 'text' : 'notString', { got: v });
  if (options.visible && v.trim() === '') return problem('text', { got: v });
  const p = textProblem(v, options);
  if (!p) return undefined;
  if (p.kind === 'badCharacter') return problem('badCharacter', { codePoint: p.codePoint!, position: p.position! });
  if (p.kind === 'tooLong') return problem('textTooLong', { max: options.max, length: p.length! });
  return problem('invisibleText', { got: v });
};
const name = textCheck({ max: MAX_NAME_LENGTH, visible: true });
const note = textCheck({ max: MAX_NOTE_LENGTH, multiline: true });
const array = (of: ListOf, max?: number): Check => (v) => {
  if (!Array.isArray(v)) return problem('notArray', { of, got: v });
  if (max !== undefined && v.length > max) return problem('tooMany', { of, max, got: v.length });
};

/** Monthly values by calendar month, the initial period's month to the horizon's last: money or a metric's value. */
const actuals: Check = (v, ctx) => {
  if (!isObject(v)) return problem('notObject', { got: v });
  for (const [key, x] of Object.entries(v)) {
    const m = ctx.startDate ? monthOfKey(ctx.startDate, key) : /^\d{4}-(0[1-9]|1[0-2])$/.test(key) ? 0 : undefined;
    if (m === undefined || m < 0 || m > (ctx.horizon ?? MAX_HORIZON_MONTHS)) {
      const [first, last] = ctx.startDate ? [monthKey(ctx.startDate, 0), monthKey(ctx.startDate, ctx.horizon ?? MAX_HORIZON_MONTHS)] : ['YYYY-MM', 'YYYY-MM'];
      return { ...problem('actualMonth', { first, last, got: key }), at: key } as Problem;
    }
    if (!isNumber(x) || Math.abs(x) > MAX_AMOUNT) return { ...problem('actualValue', { max: MAX_AMOUNT, got: x }), at: key } as Problem;
  }
};
/** The most monthly values a KPI's baseline holds: ten years. */
export const MAX_BASELINE_MONTHS = 120;
export const MAX_KPIS = 50;
const series: Check = (v) =>
  Array.isArray(v) && v.length >= 1 && v.length <= MAX_BASELINE_MONTHS && v.every((x) => isNumber(x) && Math.abs(x) <= MAX_AMOUNT) ? undefined : problem('series', { max: MAX_BASELINE_MONTHS, got: v });
const finiteNumber: Check = (v) => (isNumber(v) && Math.abs(v) <= MAX_AMOUNT ? undefined : problem('actualValue', { max: MAX_AMOUNT, got: v }));

const KPI_FIELDS: Record<string, Field> = {
  id: { check: (v) => (typeof v === 'string' && LINE_ID.test(v) ? undefined : problem('lineId', { got: v })), optional: true },
  name: { check: textCheck({ max: MAX_NAME_LENGTH, visible: true }) },
  unit: { check: textCheck({ max: MAX_NAME_LENGTH }), optional: true },
  betterWhen: { check: oneOf(['higher', 'lower']) },
  baseline: { check: series },
  target: { check: finiteNumber },
  actuals: { check: actuals, optional: true },
  valuePerUnit: { check: amount, optional: true },
  benefit: { check: (v) => (typeof v === 'string' ? undefined : problem('notString', { got: v })), optional: true },
};

const CHECKS: Record<Exclude<FieldKind, 'choice'>, Check> = { money: amount, number: amount, percent: fraction, month, rampMonth };

/**
 * A driver is a number or a three-point estimate { conservative, expected, optimistic }: each point a valid value, in
 * order for its side (conservative is the pessimistic value: lower for a benefit's driver, higher for a cost's).
 */
const threePoint = (each: Check, side: LineSide): Check => (v, ctx) => {
  if (!isObject(v)) return each(v, ctx);
  const keys = Object.keys(v);
  if (keys.length !== 3 || !POINTS.every((k) => has(v, k))) return problem('threePoint', { got: v });
  for (const k of POINTS) {
    const p = each(v[k], ctx);
    if (p) return { ...p, at: k } as Problem;
  }
  const [low, mid, high] = POINTS.map((k) => v[k] as number);
  const ordered = side === 'benefit' ? low <= mid && mid <= high : low >= mid && mid >= high;
  return ordered ? undefined : problem('threePointOrder', { side, conservative: low, expected: mid, optimistic: high });
};

/** The most entries a per-year list may have: one per year of the horizon. */
export const yearsOf = (horizon: number): number => Math.ceil(horizon / 12);

/** A number, or one per year: the shape here, each entry by `each` (its issues carry the entry's index in their path). */
const byYear = (each: Check, one: Check): Check => (v, ctx) => {
  if (!Array.isArray(v)) return one(v, ctx);
  const maxYears = yearsOf(ctx.horizon ?? MAX_HORIZON_MONTHS);
  if (v.length === 0 || v.length > maxYears) return problem('byYear', { maxYears, got: v });
  const bad = v.findIndex((x) => each(x, ctx) !== undefined);
  return bad < 0 ? undefined : { ...each(v[bad], ctx)!, at: bad } as Problem;
};

/** The checks of one line type, from its declaration: name, note and type, then its fields in the form's order. */
function fieldTable(t: LineTypeDecl): Record<string, Field> {
  const table: Record<string, Field> = {
    id: { check: (v) => (typeof v === 'string' && LINE_ID.test(v) ? undefined : problem('lineId', { got: v })), optional: true },
    name: { check: name }, note: { check: note, optional: true }, type: { check: oneOf(typesOf(t.side).map((x) => x.type)) },
  };
  for (const f of fieldsOf(t)) {
    const check = f.kind === 'choice' ? oneOf(f.options!.map((o) => o.value)) : CHECKS[f.kind];
    const single = f.driver ? threePoint(check, t.side) : check;
    // A per-year list holds numbers; an estimate is of one value.
    table[f.key] = { check: f.yearly ? byYear(check, single) : single, optional: f.optional };
  }
  table.actuals = { check: actuals, optional: true };
  return table;
}
const FIELDS = new Map(LINE_TYPES.map((t) => [t.type, fieldTable(t)]));

const CASE_FIELDS: Record<string, Field> = {
  $schema: { check: (v) => (typeof v === 'string' ? undefined : problem('notString', { got: v })), optional: true },
  name: { check: name },
  currency: { check: (v) => (isCurrency(v) ? undefined : problem('currency', { got: v })) },
  startDate: { check: (v) => (typeof v === 'string' && isIsoDate(v) ? undefined : problem('date', { got: v })) },
  horizonMonths: { check: (v) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_HORIZON_MONTHS ? undefined : problem('horizon', { max: MAX_HORIZON_MONTHS, got: v })) },
  discountRate: { check: fraction },
  costs: { check: array('costLines', MAX_LINES_PER_SIDE) },
  benefits: { check: array('benefitLines', MAX_LINES_PER_SIDE) },
  notes: { check: array('strings', MAX_CASE_NOTES), optional: true },
  kpis: { check: array('kpis', MAX_KPIS), optional: true },
};

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The latest start whose horizon still ends in 9999-12 (Excel's last date). */
function lastStart(horizonMonths: number): string {
  const months = 9999 * 12 + 11 - (horizonMonths - 1);
  return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** Checks each declared field, then flags undeclared ones: a misspelt optional field must not be silently ignored. */
function checkFields(obj: Record<string, unknown>, fields: Record<string, Field>, path: IssuePath, ctx: Context, issues: CaseIssue[]): void {
  for (const [key, field] of Object.entries(fields)) {
    // Own properties only: "constructor" or "__proto__" must never pass for a declared field or an allowed key.
    if (!has(obj, key) || obj[key] === undefined) {
      if (!field.optional) issues.push({ path: [...path, key], code: 'required', params: {} });
      continue;
    }
    const p = field.check(obj[key], ctx);
    if (p) {
      const { at, ...rest } = p;
      issues.push({ ...rest, path: at === undefined ? [...path, key] : [...path, key, at] } as CaseIssue);
    }
  }
  const allowed = Object.keys(fields).filter((k) => k !== '$schema');
  for (const key of Object.keys(obj)) {
    if (has(fields, key)) continue;
    const hint = allowed.find((a) => closeTo(a, key));
    issues.push({ path: [...path, key], code: 'unknownProperty', params: { allowed, ...(hint && { hint }) } });
  }
}

/** Case-insensitive edit distance ≤ 2: enough to catch "ammount" or "startmonth". */
function closeTo(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (Math.abs(x.length - y.length) > 2) return false;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length] <= 2;
}

function checkLine(line: unknown, path: IssuePath, side: LineSide, ctx: Context, issues: CaseIssue[]): void {
  if (!isObject(line)) {
    issues.push({ path, code: 'notObject', params: { got: line } });
    return;
  }
  const decl = lineType(line.type);
  if (!decl || decl.side !== side) {
    // Without a known type the allowed fields are unknown: report the type and the name only.
    const types = typesOf(side).map((t) => t.type);
    issues.push(line.type === undefined ? { path: [...path, 'type'], code: 'required', params: { allowed: types } } : { path: [...path, 'type'], code: 'oneOf', params: { allowed: types, got: line.type } });
    if (!has(line, 'name')) issues.push({ path: [...path, 'name'], code: 'required', params: {} });
    else {
      const p = name(line.name, ctx);
      if (p) issues.push({ ...p, path: [...path, 'name'] } as CaseIssue);
    }
    return;
  }
  const before = issues.length;
  checkFields(line, FIELDS.get(decl.type)!, path, ctx, issues);
  checkOrder(line, path, issues);
  if (issues.length === before) checkLineAmount(line, path, decl, issues);
}

/** Cross-field rules the per-field checks cannot see. */
function checkOrder(line: Record<string, unknown>, path: IssuePath, issues: CaseIssue[]): void {
  const start = line.startMonth;
  if (!Number.isInteger(start)) return;
  for (const field of ['endMonth', 'fullEffectMonth'])
    if (Number.isInteger(line[field]) && (line[field] as number) < (start as number))
      issues.push({ path: [...path, field], code: 'monthBefore', params: { field: 'startMonth', min: start as number, got: line[field] as number } });
  if (line.type === 'labour' && line.frequency === 'once' && line.endMonth !== undefined)
    issues.push({ path: [...path, 'endMonth'], code: 'notAllowedWhen', params: { field: 'frequency', value: 'once', reason: 'oneOff' } });
  // Timing within the year means something only for an amount stated per year.
  const monthlyBy = line.type === 'recurring' && line.frequency === 'monthly' ? 'frequency' : line.type === 'amount' && line.per === 'month' ? 'per' : undefined;
  if (monthlyBy && line.timing !== undefined)
    issues.push({ path: [...path, 'timing'], code: 'notAllowedWhen', params: { field: monthlyBy, value: line[monthlyBy] as string, reason: 'notYearly' } });
}

/** Each driver may be plausible and their product absurd (1e15 users × 1e15 a month): bound the amount per payment. */
function checkLineAmount(line: Record<string, unknown>, path: IssuePath, decl: LineTypeDecl, issues: CaseIssue[]): void {
  // A list counts at its largest entry.
  const largest = (v: unknown) => (Array.isArray(v) ? Math.max(...(v as number[])) : isObject(v) ? Math.max(...POINTS.map((k) => v[k] as number)) : (v as number));
  const perPayment = driversOf(decl).reduce((p, f) => p * largest(line[f.key]), 1);
  if (perPayment > MAX_AMOUNT) issues.push({ path, code: 'lineAmountTooLarge', params: { max: MAX_AMOUNT, got: perPayment } });
}

export function validateCase(input: unknown): ValidationResult {
  if (!isObject(input)) return { ok: false, issues: [{ path: [], code: 'notObject', params: { got: input } }] };
  const issues: CaseIssue[] = [];
  const horizonOk = CASE_FIELDS.horizonMonths.check(input.horizonMonths, {}) === undefined;
  const ctx: Context = { horizon: horizonOk ? (input.horizonMonths as number) : undefined };
  const start = input.startDate;
  if (typeof start === 'string' && isIsoDate(start)) {
    const max = lastStart(ctx.horizon ?? 1);
    if (start < FIRST_START_DATE || start > max)
      issues.push({ path: ['startDate'], code: 'dateRange', params: { min: FIRST_START_DATE, max, ...(ctx.horizon && { horizonMonths: ctx.horizon }), got: start } });
    else ctx.startDate = start;
  }
  checkFields(input, CASE_FIELDS, [], ctx, issues);
  // Lines are checked only within the limit: 10,000 lines get one issue, fast, not 10,000.
  const lines = (key: 'costs' | 'benefits', side: LineSide) => {
    const list = input[key];
    if (Array.isArray(list) && list.length <= MAX_LINES_PER_SIDE) list.forEach((line, i) => checkLine(line, [key, i], side, ctx, issues));
  };
  lines('costs', 'cost');
  lines('benefits', 'benefit');
  if (Array.isArray(input.notes) && input.notes.length <= MAX_CASE_NOTES)
    input.notes.forEach((n, i) => {
      const p = note(n, ctx);
      if (p) issues.push({ ...p, path: ['notes', i] } as CaseIssue);
    });
  if (Array.isArray(input.kpis) && input.kpis.length <= MAX_KPIS)
    input.kpis.forEach((kpi, i) => (isObject(kpi) ? checkFields(kpi, KPI_FIELDS, ['kpis', i], ctx, issues) : issues.push({ path: ['kpis', i], code: 'notObject', params: { got: kpi } })));
  checkIds(input, issues);
  if (issues.length > 0) return { ok: false, issues };
  // A detached copy without the editor-only "$schema" key: later edits to the input cannot change the case.
  // JSON round-trip, not structuredClone: Apps Script's V8 runtime has no structuredClone.
  const { $schema: _schema, ...rest } = input;
  const c = withIds(canonical(JSON.parse(JSON.stringify(rest)) as RoiCase));
  // A KPI names its benefit line by id, which may be one withIds just filled in ("benefit2").
  checkMeasured(c, issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, case: c, uncertain: estimatesOf(c) };
}

/**
 * One spelling per case, so that a sheet reads back what was written: a list of one year's value is that value, and
 * a timing that is the type's default is left implicit.
 */
function canonical(c: RoiCase): RoiCase {
  for (const line of [...c.costs, ...c.benefits] as unknown as Record<string, unknown>[])
    for (const f of fieldsOf(lineType(line.type)!)) {
      if (f.yearly && Array.isArray(line[f.key]) && (line[f.key] as number[]).length === 1) line[f.key] = (line[f.key] as number[])[0];
      if (f.key === 'timing' && line.timing === f.options![0].value) delete line.timing;
    }
  // Actuals in calendar order, and none rather than an empty set: a sheet without any reads back without them.
  for (const holder of [...c.costs, ...c.benefits, ...(c.kpis ?? [])]) {
    const keys = Object.keys(holder.actuals ?? {}).sort();
    if (keys.length) holder.actuals = Object.fromEntries(keys.map((k) => [k, holder.actuals![k]]));
    else delete holder.actuals;
  }
  if (c.kpis?.length === 0) delete c.kpis;
  return c;
}

/** The case's three-point estimates, in the order of its lines and fields. */
function estimatesOf(c: RoiCase): Uncertain[] {
  const uncertain: Uncertain[] = [];
  for (const [key, side] of [['costs', 'cost'], ['benefits', 'benefit']] as const)
    (c[key] as unknown as Record<string, unknown>[]).forEach((line, i) => {
      for (const f of fieldsOf(lineType(line.type)!)) {
        const v = line[f.key];
        if (!isObject(v)) continue;
        const points = v as unknown as Record<Point, number>;
        uncertain.push({ path: [key, i, f.key], side, lineId: line.id as string, lineName: line.name as string, field: f.key, label: f.label, kind: f.kind, ...points });
      }
    });
  return uncertain;
}

/** A KPI that carries money has a value per unit and names a benefit line, which it alone measures. */
function checkMeasured(c: RoiCase, issues: CaseIssue[]): void {
  const ids = c.benefits.map((b) => b.id!);
  const measured = new Map<string, IssuePath>();
  (c.kpis ?? []).forEach((kpi, i) => {
    const path: IssuePath = ['kpis', i];
    if (kpi.valuePerUnit !== undefined && kpi.benefit === undefined) issues.push({ path: [...path, 'benefit'], code: 'requiresWith', params: { field: 'valuePerUnit' } });
    if (kpi.benefit === undefined) return;
    if (kpi.valuePerUnit === undefined) issues.push({ path: [...path, 'valuePerUnit'], code: 'requiresWith', params: { field: 'benefit' } });
    const line = c.benefits.find((b) => b.id!.toLowerCase() === kpi.benefit!.toLowerCase());
    if (!line) return issues.push({ path: [...path, 'benefit'], code: 'unknownBenefit', params: { allowed: ids, got: kpi.benefit } });
    if (line.actuals) issues.push({ path: [...path, 'benefit'], code: 'measuredLineHasActuals', params: { id: line.id! } });
    const first = measured.get(line.id!);
    if (first) issues.push({ path: [...path, 'benefit'], code: 'measuredTwice', params: { id: line.id!, first } });
    else measured.set(line.id!, path);
  });
}

/** Ids are unique across costs and benefits, ignoring case (defined names ignore case). */
function checkIds(input: Record<string, unknown>, issues: CaseIssue[]): void {
  const seen = new Map<string, IssuePath>();
  for (const key of ['costs', 'benefits', 'kpis'] as const) {
    const list = input[key];
    if (!Array.isArray(list) || list.length > MAX_LINES_PER_SIDE) continue;
    list.forEach((line, i) => {
      if (!isObject(line) || typeof line.id !== 'string' || !LINE_ID.test(line.id)) return;
      const first = seen.get(line.id.toLowerCase());
      if (first) issues.push({ path: [key, i, 'id'], code: 'duplicateId', params: { id: line.id, first: [...first, 'id'] } });
      else seen.set(line.id.toLowerCase(), [key, i]);
    });
  }
}

/** Every line gets an id: its own, or "cost1", "benefit1"… by position, skipping ids the case already uses. */
function withIds(c: RoiCase): RoiCase {
  const used = new Set([...c.costs, ...c.benefits].flatMap((l) => (l.id ? [l.id.toLowerCase()] : [])));
  const fill = (lines: { id?: string }[], stem: string) => {
    let n = 0;
    for (const line of lines) {
      if (line.id) continue;
      do n++; while (used.has(`${stem}${n}`));
      line.id = `${stem}${n}`;
      used.add(line.id);
    }
  };
  fill(c.costs, 'cost');
  fill(c.benefits, 'benefit');
  if (c.kpis) fill(c.kpis, 'kpi');
  return c;
}
