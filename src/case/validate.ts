import type { RoiCase } from './types';

// Checks an untrusted JSON value against the case format (docs/case-format.md) and reports EVERY problem,
// each as "<json path>: <problem>". The fields of each line type are declared once in the tables below;
// schema/crm-roi-case.schema.json mirrors them (tests/case/schema.test.ts keeps the two in step).

export type ValidationResult = { ok: true; case: RoiCase } | { ok: false; errors: string[] };

/** Numbers above this are typos or units mistakes, and lose cent precision in doubles. */
export const MAX_AMOUNT = 1e15;
export const MAX_HORIZON_MONTHS = 240;

export const COST_TYPES = ['oneTime', 'recurring', 'perUser', 'labour'] as const;
export const BENEFIT_TYPES = ['amount', 'hoursSaved', 'deals', 'churn'] as const;
export const BENEFIT_CATEGORIES = ['revenue', 'costSavings', 'productivity', 'retention', 'other'] as const;

type Check = (value: unknown, ctx: Context) => string | undefined;
interface Field {
  check: Check;
  optional?: boolean;
}
interface Context {
  /** Valid horizon, or undefined when horizonMonths itself is invalid (months are then checked against 1..240). */
  horizon?: number;
}

const describe = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
};
const expected = (what: string, v: unknown) => `expected ${what}, got ${describe(v)}`;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const amount: Check = (v) => {
  if (isNumber(v) && v > MAX_AMOUNT) return expected('a number ≥ 0 and ≤ 1e15 (larger is not a plausible amount)', v);
  return isNumber(v) && v >= 0 ? undefined : expected('a number ≥ 0', v);
};
const fraction: Check = (v) => (isNumber(v) && v >= 0 && v <= 1 ? undefined : expected('a fraction between 0 and 1', v));
const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : expected('a non-empty string', v));
const note: Check = (v) => (typeof v === 'string' ? undefined : expected('a string', v));
const oneOf = (allowed: readonly string[]): Check => (v) =>
  typeof v === 'string' && allowed.includes(v) ? undefined : expected(`one of ${allowed.map((a) => `"${a}"`).join(', ')}`, v);
const month: Check = (v, ctx) => {
  const max = ctx.horizon ?? MAX_HORIZON_MONTHS;
  if (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= max) return undefined;
  return expected(ctx.horizon ? `a whole month between 1 and ${max} (horizonMonths)` : `a whole month between 1 and ${max}`, v);
};

/** A slow ramp may reach full effect after the horizon: the case then never sees 100 %. */
const rampMonth: Check = (v, ctx) => month(v, { ...ctx, horizon: undefined });

const common = { name: { check: text }, note: { check: note, optional: true } };
const window = { startMonth: { check: month }, endMonth: { check: month, optional: true } };
const benefitBase = {
  ...common,
  type: { check: oneOf(BENEFIT_TYPES) },
  category: { check: oneOf(BENEFIT_CATEGORIES) },
  ...window,
  fullEffectMonth: { check: rampMonth, optional: true },
  risk: { check: fraction, optional: true },
};

const COST_FIELDS: Record<(typeof COST_TYPES)[number], Record<string, Field>> = {
  oneTime: { ...common, type: { check: oneOf(COST_TYPES) }, amount: { check: amount }, month: { check: month } },
  recurring: { ...common, type: { check: oneOf(COST_TYPES) }, amount: { check: amount }, frequency: { check: oneOf(['monthly', 'annual']) }, ...window },
  perUser: { ...common, type: { check: oneOf(COST_TYPES) }, pricePerUserMonth: { check: amount }, users: { check: amount }, ...window },
  labour: {
    ...common, type: { check: oneOf(COST_TYPES) }, hours: { check: amount }, hourlyRate: { check: amount }, people: { check: amount },
    frequency: { check: oneOf(['once', 'monthly']) }, ...window,
  },
};
const BENEFIT_FIELDS: Record<(typeof BENEFIT_TYPES)[number], Record<string, Field>> = {
  amount: { ...benefitBase, amount: { check: amount }, per: { check: oneOf(['month', 'year']) } },
  hoursSaved: { ...benefitBase, hoursPerMonth: { check: amount }, hourlyRate: { check: amount }, people: { check: amount }, productivityFactor: { check: fraction } },
  deals: { ...benefitBase, dealsPerMonth: { check: amount }, averageDealSize: { check: amount }, margin: { check: fraction } },
  churn: { ...benefitBase, customers: { check: amount }, churnReduction: { check: fraction }, annualValuePerCustomer: { check: amount } },
};

const CASE_FIELDS: Record<string, Field> = {
  $schema: { check: note, optional: true },
  name: { check: text },
  currency: { check: (v) => (typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? undefined : expected('an ISO 4217 currency code of 3 upper-case letters, e.g. "USD"', v)) },
  startDate: { check: (v) => (typeof v === 'string' && isIsoDate(v) ? undefined : expected('a real calendar date "YYYY-MM-DD"', v)) },
  horizonMonths: { check: (v) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_HORIZON_MONTHS ? undefined : expected(`a whole number of months between 1 and ${MAX_HORIZON_MONTHS}`, v)) },
  discountRate: { check: fraction },
  costs: { check: (v) => (Array.isArray(v) ? undefined : expected('an array of cost lines', v)) },
  benefits: { check: (v) => (Array.isArray(v) ? undefined : expected('an array of benefit lines', v)) },
  notes: { check: (v) => (Array.isArray(v) ? undefined : expected('an array of strings', v)), optional: true },
};

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks each declared field, then flags undeclared ones: a misspelt optional field must not be silently ignored. */
function checkFields(obj: Record<string, unknown>, fields: Record<string, Field>, path: string, ctx: Context, errors: string[]): void {
  for (const [key, field] of Object.entries(fields)) {
    const at = `${path}${key}`;
    if (!(key in obj) || obj[key] === undefined) {
      if (!field.optional) errors.push(`${at}: required field is missing`);
      continue;
    }
    const problem = field.check(obj[key], ctx);
    if (problem) errors.push(`${at}: ${problem}`);
  }
  const allowed = Object.keys(fields).filter((k) => k !== '$schema');
  for (const key of Object.keys(obj)) {
    if (key in fields) continue;
    const hint = allowed.find((a) => closeTo(a, key));
    errors.push(`${path}${key}: unknown property${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`);
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

function checkLine(line: unknown, path: string, table: Record<string, Record<string, Field>>, ctx: Context, errors: string[]): void {
  if (!isObject(line)) {
    errors.push(`${path}: expected an object, got ${describe(line)}`);
    return;
  }
  const types = Object.keys(table);
  const type = line.type;
  if (typeof type !== 'string' || !types.includes(type)) {
    // Without a known type the allowed fields are unknown: report the type and the common fields only.
    errors.push(type === undefined ? `${path}.type: required field is missing; one of ${types.map((t) => `"${t}"`).join(', ')}` : `${path}.type: ${oneOf(types)(type, ctx)}`);
    if (!('name' in line)) errors.push(`${path}.name: required field is missing`);
    else if (text(line.name, ctx)) errors.push(`${path}.name: ${text(line.name, ctx)}`);
    return;
  }
  checkFields(line, table[type], `${path}.`, ctx, errors);
  checkOrder(line, path, errors);
}

/** Cross-field rules the per-field checks cannot see. */
function checkOrder(line: Record<string, unknown>, path: string, errors: string[]): void {
  const start = line.startMonth;
  if (!Number.isInteger(start)) return;
  if (Number.isInteger(line.endMonth) && (line.endMonth as number) < (start as number))
    errors.push(`${path}.endMonth: expected a month ≥ startMonth (${start}), got ${line.endMonth}`);
  if (Number.isInteger(line.fullEffectMonth) && (line.fullEffectMonth as number) < (start as number))
    errors.push(`${path}.fullEffectMonth: expected a month ≥ startMonth (${start}), got ${line.fullEffectMonth}`);
  if (line.type === 'labour' && line.frequency === 'once' && line.endMonth !== undefined)
    errors.push(`${path}.endMonth: not allowed when frequency is "once" (a one-off effort falls in startMonth)`);
}

export function validateCase(input: unknown): ValidationResult {
  if (!isObject(input)) return { ok: false, errors: [`(case): expected a JSON object, got ${describe(input)}`] };
  const errors: string[] = [];
  const horizonOk = CASE_FIELDS.horizonMonths.check(input.horizonMonths, {}) === undefined;
  const ctx: Context = { horizon: horizonOk ? (input.horizonMonths as number) : undefined };
  checkFields(input, CASE_FIELDS, '', ctx, errors);
  if (Array.isArray(input.costs)) input.costs.forEach((line, i) => checkLine(line, `costs[${i}]`, COST_FIELDS, ctx, errors));
  if (Array.isArray(input.benefits)) input.benefits.forEach((line, i) => checkLine(line, `benefits[${i}]`, BENEFIT_FIELDS, ctx, errors));
  if (Array.isArray(input.notes))
    input.notes.forEach((n, i) => {
      if (typeof n !== 'string') errors.push(`notes[${i}]: ${expected('a string', n)}`);
    });
  if (errors.length > 0) return { ok: false, errors };
  // A detached copy without the editor-only "$schema" key: later edits to the input cannot change the case.
  // JSON round-trip, not structuredClone: Apps Script's V8 runtime has no structuredClone.
  const { $schema: _schema, ...rest } = input;
  return { ok: true, case: JSON.parse(JSON.stringify(rest)) as RoiCase };
}
