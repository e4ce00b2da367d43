import type { Actuals, BenefitCategory, BenefitLine, CostLine, Kpi, RoiCase } from '../src/case/types';
import { POINTS, type Point } from '../src/case/validate';
import type { Locale } from '../src/i18n/locales';
import { entryText, numberIssueText, parseLocaleNumber } from '../src/i18n/number';
import { t } from '../src/i18n/t';
import { BENEFIT_TYPES, COST_TYPES, pointName, YEAR_SEPARATOR, type FieldSpec } from './fields';
import { calendarMonth } from './format';
import { localSpec } from './labels';

// The form's state: what the analyst typed, as text, so a half-typed "12." or a wrong "abc" survives re-rendering.
// draftToCase turns it into a RoiCase plus errors whose paths are the case's own (e.g. "costs[2].amount"),
// the same paths validateCase reports, so every message lands next to its field.
// A driver typed as a range keeps its expected value where its single value is, so switching the range off keeps it.
// Numbers are typed and shown the way the wizard's language writes them (src/i18n/number.ts): "1.234,5" in German.

/** The other two points of a driver typed as a range; its expected value is the driver's own, in `values`. */
export type DraftRange = Record<Exclude<Point, 'expected'>, string>;

export interface DraftLine {
  /** The line's id, kept so a rebuilt sheet keeps its notes with the right line; a new line gets one on validation. */
  id?: string;
  type: string;
  name: string;
  category?: BenefitCategory;
  note?: string;
  values: Record<string, string>;
  /** The drivers typed as a range (conservative, expected, optimistic), by key. */
  ranges?: Record<string, DraftRange>;
  /** What happened, as typed, by calendar month "YYYY-MM"; blank or absent = not known yet. */
  actuals?: DraftActuals;
}

/** Actuals as typed, by calendar month "YYYY-MM": text, so a half-typed or wrong entry survives re-rendering. */
export type DraftActuals = Record<string, string>;

/** A KPI: its definition carried as the case has it, its values after go-live as typed. */
export interface DraftKpi {
  kpi: Omit<Kpi, 'actuals'>;
  actuals?: DraftActuals;
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
  kpis?: DraftKpi[];
}

export interface FieldError {
  path: string;
  message: string;
}

/** Every field of a line of this type the form has, shown or not (see `shows`). */
export function fieldsOf(side: 'costs' | 'benefits', type: string, locale: Locale = 'en'): FieldSpec[] {
  return ((side === 'costs' ? COST_TYPES : BENEFIT_TYPES)[type]?.fields ?? []).map((spec) => localSpec(locale, side, type, spec));
}

/** Whether the field is shown, and so put in the case, for the line's values as they stand. */
export const shows = (spec: FieldSpec, values: Record<string, string>): boolean => !spec.when || spec.when(values);

/** Number → the text the form shows: percents ×100, trimmed of float noise; a list of years as "1000; 1200". */
function show(value: unknown, spec: FieldSpec, locale: Locale): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => show(v, spec, locale)).join(`${YEAR_SEPARATOR} `);
  if (typeof value !== 'number') return String(value);
  const v = spec.kind === 'percent' ? value * 100 : value;
  return entryText(locale, Number(v.toPrecision(12)));
}

const isEstimate = (v: unknown): v is Record<Point, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function lineToDraft(side: 'costs' | 'benefits', line: CostLine | BenefitLine, locale: Locale = 'en'): DraftLine {
  const record = line as unknown as Record<string, unknown>;
  const values: Record<string, string> = {};
  const ranges: Record<string, DraftRange> = {};
  for (const spec of fieldsOf(side, line.type)) {
    const v = record[spec.key];
    if (spec.driver && isEstimate(v)) {
      values[spec.key] = show(v.expected, spec, locale);
      ranges[spec.key] = { conservative: show(v.conservative, spec, locale), optimistic: show(v.optimistic, spec, locale) };
    } else {
      // An absent choice (a default timing) shows as the type's default, its first option.
      values[spec.key] = show(v, spec, locale) || (spec.kind === 'choice' ? spec.options![0].value : '');
    }
  }
  return {
    id: line.id, type: line.type, name: line.name, category: 'category' in line ? line.category : undefined, note: line.note, values,
    ...(Object.keys(ranges).length > 0 && { ranges }),
    ...(line.actuals && { actuals: actualsToDraft(line.actuals, locale) }),
  };
}

/** Every digit rather than show()'s twelve: an actual is a fact read back from the sheet. */
const actualsToDraft = (a: Actuals, locale: Locale): DraftActuals => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, entryText(locale, v)]));

/** The months with an entry, parsed; a wrong entry is told at "<holder>.actuals.YYYY-MM" and left out. Undefined for none. */
function actualsFromDraft(a: DraftActuals | undefined, path: string, errors: FieldError[], locale: Locale): Actuals | undefined {
  const out: Actuals = {};
  for (const [key, text] of Object.entries(a ?? {})) {
    if (text.trim() === '') continue;
    const n = parseNumber(text, calendarMonth(key, locale), locale);
    if (typeof n === 'string') errors.push({ path: `${path}.actuals.${key}`, message: n });
    else out[key] = n;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function kpiToDraft(k: Kpi, locale: Locale): DraftKpi {
  const { actuals, ...kpi } = k;
  return { kpi, ...(actuals && { actuals: actualsToDraft(actuals, locale) }) };
}

/** A driver typed as a range starts at its value for all three points; back to one value, it keeps its expected value. */
export function setRange(line: DraftLine, key: string, on: boolean): void {
  const { [key]: _old, ...others } = line.ranges ?? {};
  const value = line.values[key] ?? '';
  const ranges = on ? { ...others, [key]: { conservative: value, optimistic: value } } : others;
  line.ranges = Object.keys(ranges).length > 0 ? ranges : undefined;
}

export function caseToDraft(c: RoiCase, locale: Locale = 'en'): Draft {
  return {
    name: c.name, currency: c.currency, startDate: c.startDate, horizonMonths: entryText(locale, c.horizonMonths),
    discountRate: show(c.discountRate, { key: 'discountRate', label: '', kind: 'percent' }, locale),
    costs: c.costs.map((l) => lineToDraft('costs', l, locale)),
    benefits: c.benefits.map((l) => lineToDraft('benefits', l, locale)),
    notes: c.notes,
    ...(c.kpis && { kpis: c.kpis.map((k) => kpiToDraft(k, locale)) }),
  };
}

/** Switching a line's type keeps the values whose keys the new type shares, and the ranges of its drivers. */
export function retype(side: 'costs' | 'benefits', line: DraftLine, type: string): DraftLine {
  const values: Record<string, string> = {};
  const ranges: Record<string, DraftRange> = {};
  for (const spec of fieldsOf(side, type)) {
    values[spec.key] = line.values[spec.key] ?? (spec.kind === 'choice' ? spec.options![0].value : '');
    if (spec.driver && line.ranges?.[spec.key]) ranges[spec.key] = line.ranges[spec.key];
  }
  return { ...line, type, values, ranges: Object.keys(ranges).length > 0 ? ranges : undefined };
}

/**
 * A typed number in the wizard's language, or the message saying what is wrong with it: an entry that reads two ways
 * ("1.234" in German), or only another language's way ("1,5" in English), gets a message, never a guess.
 * A trailing "%" is allowed on any field: the form's percent fields hold percents as typed (15 for 15 %).
 */
export function parseNumber(text: string, label: string, locale: Locale = 'en'): number | string {
  const parsed = parseLocaleNumber(text.trim().replace(/\s*[%\uff05]$/, ''), locale);
  if (parsed.ok) return parsed.value;
  if (parsed.code === 'empty') return t(locale, 'wizard.parse.required', { label });
  return t(locale, 'wizard.parse.number', { label, issue: numberIssueText(locale, parsed) });
}

function parseField(spec: FieldSpec, text: string | undefined, path: string, errors: FieldError[], locale: Locale, range?: DraftRange): unknown {
  const raw = text ?? '';
  if (range) return parseRange(spec, { ...range, expected: raw }, path, errors, locale);
  if (spec.kind === 'choice') {
    if (spec.options!.some((o) => o.value === raw)) return raw;
    errors.push({ path, message: t(locale, 'wizard.parse.choose', { label: spec.label }) });
    return undefined;
  }
  if (spec.optional && raw.trim() === '') return undefined;
  // ";" parts the years in every language: "," is a decimal mark in German, French and Polish.
  const entries = spec.yearly ? raw.split(YEAR_SEPARATOR) : [raw];
  // One value stays a number; a list names its wrong entry by its year.
  const year = (k: number) => t(locale, 'wizard.parse.year', { n: k + 1 });
  const values = entries.length === 1
    ? [parseValue(spec, raw, spec.label, locale)]
    : entries.map((e, k) => (e.trim() === '' ? t(locale, 'wizard.parse.yearEmpty', { n: k + 1 }) : parseValue(spec, e, year(k), locale)));
  const problem = values.find((v): v is string => typeof v === 'string');
  if (problem) {
    errors.push({ path, message: problem });
    return undefined;
  }
  return values.length === 1 ? values[0] : values;
}

/** { conservative, expected, optimistic }, each point's problem told at its own path ("costs[0].users.optimistic"). */
function parseRange(spec: FieldSpec, texts: Record<Point, string>, path: string, errors: FieldError[], locale: Locale): Record<Point, number> | undefined {
  const points: Partial<Record<Point, number>> = {};
  for (const p of POINTS) {
    const label = pointName(p, spec, locale);
    // An estimate is of one value: a per-year list has no range.
    const v = spec.yearly && texts[p].includes(YEAR_SEPARATOR) ? t(locale, 'wizard.parse.rangeOneValue', { label }) : parseValue(spec, texts[p], label, locale);
    if (typeof v === 'string') errors.push({ path: `${path}.${p}`, message: v });
    else points[p] = v;
  }
  return POINTS.every((p) => points[p] !== undefined) ? (points as Record<Point, number>) : undefined;
}

/** One number as the case stores it (a percent as a fraction), or the message saying what is wrong with it. */
function parseValue(spec: FieldSpec, text: string, label: string, locale: Locale): number | string {
  const n = parseNumber(text, label, locale);
  if (typeof n === 'string') return n;
  if (spec.kind === 'month' && !Number.isInteger(n)) return t(locale, 'wizard.parse.wholeMonth', { label });
  return spec.kind === 'percent' ? n / 100 : n;
}

function lineFromDraft(side: 'costs' | 'benefits', line: DraftLine, index: number, errors: FieldError[], locale: Locale): CostLine | BenefitLine {
  const out: Record<string, unknown> = { ...(line.id && { id: line.id }), type: line.type, name: line.name.trim() };
  if (side === 'benefits') out.category = line.category ?? 'other';
  for (const spec of fieldsOf(side, line.type, locale)) {
    if (!shows(spec, line.values)) continue;
    const v = parseField(spec, line.values[spec.key], `${side}[${index}].${spec.key}`, errors, locale, spec.driver ? line.ranges?.[spec.key] : undefined);
    if (v !== undefined) out[spec.key] = v;
  }
  if (line.note) out.note = line.note;
  const actuals = actualsFromDraft(line.actuals, `${side}[${index}]`, errors, locale);
  if (actuals) out.actuals = actuals;
  return out as unknown as CostLine | BenefitLine;
}

/** The case the draft describes, and the problems that stop it being one. Range checks are validateCase's job. */
export function draftToCase(d: Draft, locale: Locale = 'en'): { case: RoiCase; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const horizon = parseNumber(d.horizonMonths, t(locale, 'term.horizon'), locale);
  if (typeof horizon === 'string') errors.push({ path: 'horizonMonths', message: horizon });
  const rate = parseNumber(d.discountRate, t(locale, 'term.discountRate'), locale);
  if (typeof rate === 'string') errors.push({ path: 'discountRate', message: rate });
  const c: RoiCase = {
    name: d.name.trim(),
    currency: d.currency.trim().toUpperCase(),
    startDate: d.startDate.trim(),
    horizonMonths: typeof horizon === 'number' ? horizon : NaN,
    discountRate: typeof rate === 'number' ? rate / 100 : NaN,
    costs: d.costs.map((l, i) => lineFromDraft('costs', l, i, errors, locale) as CostLine),
    benefits: d.benefits.map((l, i) => lineFromDraft('benefits', l, i, errors, locale) as BenefitLine),
  };
  if (d.notes?.length) c.notes = d.notes;
  if (d.kpis?.length)
    c.kpis = d.kpis.map((k, i) => {
      const actuals = actualsFromDraft(k.actuals, `kpis[${i}]`, errors, locale);
      return { ...k.kpi, ...(actuals && { actuals }) };
    });
  return { case: c, errors };
}
