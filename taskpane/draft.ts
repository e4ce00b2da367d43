import type { BenefitCategory, BenefitLine, CostLine, RoiCase } from '../src/case/types';
import { BENEFIT_TYPES, COST_TYPES, YEAR_SEPARATOR, type FieldSpec } from './fields';

// The form's state: what the analyst typed, as text, so a half-typed "12." or a wrong "abc" survives re-rendering.
// draftToCase turns it into a RoiCase plus errors whose paths are the case's own (e.g. "costs[2].amount"),
// the same paths validateCase reports, so every message lands next to its field.

export interface DraftLine {
  /** The line's id, kept so a rebuilt sheet keeps its notes with the right line; a new line gets one on validation. */
  id?: string;
  type: string;
  name: string;
  category?: BenefitCategory;
  note?: string;
  values: Record<string, string>;
}

export interface Draft {
  name: string;
  currency: string;
  startDate: string;
  horizonMonths: string;
  /** Percent, as shown. */
  discountRate: string;
  costs: DraftLine[];
  benefits: DraftLine[];
  notes?: string[];
}

export interface FieldError {
  path: string;
  message: string;
}

/** Every field of a line of this type the form has, shown or not (see `shows`). */
export function fieldsOf(side: 'costs' | 'benefits', type: string): FieldSpec[] {
  return (side === 'costs' ? COST_TYPES : BENEFIT_TYPES)[type]?.fields ?? [];
}

/** Whether the field is shown, and so put in the case, for the line's values as they stand. */
export const shows = (spec: FieldSpec, values: Record<string, string>): boolean => !spec.when || spec.when(values);

/** Number → the text the form shows: percents ×100, trimmed of float noise; a list of years as "1000; 1200". */
function show(value: unknown, spec: FieldSpec): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => show(v, spec)).join(`${YEAR_SEPARATOR} `);
  if (typeof value !== 'number') return String(value);
  const v = spec.kind === 'percent' ? value * 100 : value;
  return String(Number(v.toPrecision(12)));
}

export function lineToDraft(side: 'costs' | 'benefits', line: CostLine | BenefitLine): DraftLine {
  const record = line as unknown as Record<string, unknown>;
  const values: Record<string, string> = {};
  // An absent choice (a default timing) shows as the type's default, its first option.
  for (const spec of fieldsOf(side, line.type)) values[spec.key] = show(record[spec.key], spec) || (spec.kind === 'choice' ? spec.options![0].value : '');
  return { id: line.id, type: line.type, name: line.name, category: 'category' in line ? line.category : undefined, note: line.note, values };
}

export function caseToDraft(c: RoiCase): Draft {
  return {
    name: c.name, currency: c.currency, startDate: c.startDate, horizonMonths: String(c.horizonMonths),
    discountRate: show(c.discountRate, { key: 'discountRate', label: '', kind: 'percent' }),
    costs: c.costs.map((l) => lineToDraft('costs', l)),
    benefits: c.benefits.map((l) => lineToDraft('benefits', l)),
    notes: c.notes,
  };
}

/** Switching a line's type keeps the values whose keys the new type shares. */
export function retype(side: 'costs' | 'benefits', line: DraftLine, type: string): DraftLine {
  const values: Record<string, string> = {};
  for (const spec of fieldsOf(side, type)) values[spec.key] = line.values[spec.key] ?? (spec.kind === 'choice' ? spec.options![0].value : '');
  return { ...line, type, values };
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Accepts "1,250.50", " 12 ", "15%"; rejects everything else with a message. */
export function parseNumber(text: string, label: string): number | string {
  const cleaned = text.trim().replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/%$/, '').trim();
  if (cleaned === '') return `${label} is required.`;
  if (!NUMBER.test(cleaned)) return `${label} must be a number, not “${text.trim()}”.`;
  const n = Number(cleaned);
  if (!Number.isFinite(n)) return `${label} is too large.`;
  return n;
}

function parseField(spec: FieldSpec, text: string | undefined, path: string, errors: FieldError[]): unknown {
  const raw = text ?? '';
  if (spec.kind === 'choice') {
    if (spec.options!.some((o) => o.value === raw)) return raw;
    errors.push({ path, message: `Choose ${spec.label.toLowerCase()}.` });
    return undefined;
  }
  if (spec.optional && raw.trim() === '') return undefined;
  const entries = spec.yearly ? raw.split(YEAR_SEPARATOR) : [raw];
  // One value stays a number; a list names its wrong entry by its year.
  const values = entries.length === 1
    ? [parseValue(spec, raw, spec.label)]
    : entries.map((e, k) => (e.trim() === '' ? `Year ${k + 1} is empty.` : parseValue(spec, e, `Year ${k + 1}`)));
  const problem = values.find((v): v is string => typeof v === 'string');
  if (problem) {
    errors.push({ path, message: problem });
    return undefined;
  }
  return values.length === 1 ? values[0] : values;
}

/** One number as the case stores it (a percent as a fraction), or the message saying what is wrong with it. */
function parseValue(spec: FieldSpec, text: string, label: string): number | string {
  const n = parseNumber(text, label);
  if (typeof n === 'string') return n;
  if (spec.kind === 'month' && !Number.isInteger(n)) return `${label} must be a whole month number.`;
  return spec.kind === 'percent' ? n / 100 : n;
}

function lineFromDraft(side: 'costs' | 'benefits', line: DraftLine, index: number, errors: FieldError[]): CostLine | BenefitLine {
  const out: Record<string, unknown> = { ...(line.id && { id: line.id }), type: line.type, name: line.name.trim() };
  if (side === 'benefits') out.category = line.category ?? 'other';
  for (const spec of fieldsOf(side, line.type)) {
    if (!shows(spec, line.values)) continue;
    const v = parseField(spec, line.values[spec.key], `${side}[${index}].${spec.key}`, errors);
    if (v !== undefined) out[spec.key] = v;
  }
  if (line.note) out.note = line.note;
  return out as unknown as CostLine | BenefitLine;
}

/** The case the draft describes, and the problems that stop it being one. Range checks are validateCase's job. */
export function draftToCase(d: Draft): { case: RoiCase; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const horizon = parseNumber(d.horizonMonths, 'Horizon');
  if (typeof horizon === 'string') errors.push({ path: 'horizonMonths', message: horizon });
  const rate = parseNumber(d.discountRate, 'Discount rate');
  if (typeof rate === 'string') errors.push({ path: 'discountRate', message: rate });
  const c: RoiCase = {
    name: d.name.trim(),
    currency: d.currency.trim().toUpperCase(),
    startDate: d.startDate.trim(),
    horizonMonths: typeof horizon === 'number' ? horizon : NaN,
    discountRate: typeof rate === 'number' ? rate / 100 : NaN,
    costs: d.costs.map((l, i) => lineFromDraft('costs', l, i, errors) as CostLine),
    benefits: d.benefits.map((l, i) => lineFromDraft('benefits', l, i, errors) as BenefitLine),
  };
  if (d.notes?.length) c.notes = d.notes;
  return { case: c, errors };
}
