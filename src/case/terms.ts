import { driversOf, lineType, type InYear, type Pattern } from './lines';
import type { BenefitCategory, BenefitLine, CostLine, RoiCase } from './types';

// Every cost and benefit line reduces to one shape: a product of drivers (one of which may vary by year), a timing
// pattern, a window, yearly growth (escalation, a cohort of kept customers), a ramp and a risk adjustment, read off its
// type's declaration in lines.ts. The evaluator, the sheet formulas and the wizard all use it.

export interface Driver {
  /** The case field it comes from, e.g. "pricePerUserMonth". */
  key: string;
  label: string;
  /** The value in the line's first year. */
  value: number;
  /** One value per year of the line, when the case gives a list (later years repeat the last). */
  byYear?: number[];
  format: 'money' | 'number' | 'percent';
}

export interface LineTerms {
  side: 'cost' | 'benefit';
  name: string;
  /** The line's `type` in the case. */
  kind: CostLine['type'] | BenefitLine['type'];
  category?: BenefitCategory;
  /** Their product is the amount per occurrence: per month, per payment, or per year when the pattern is annual. */
  drivers: Driver[];
  /** once: startMonth only; monthly: every month in the window; annual: a yearly amount placed by inYear. */
  pattern: Pattern;
  /** Annual pattern only: spread (1/12 every month), start (all in the year's first month) or end (its last). */
  inYear?: InYear;
  startMonth: number;
  endMonth: number;
  /** = startMonth for costs and for benefits without ramp. */
  fullEffectMonth: number;
  /** A fraction: benefits count × (1 − risk), costs × (1 + risk). */
  risk: number;
  /** Yearly price growth (recurring and per-user costs); 0 otherwise. */
  escalation: number;
  /** Churn lines: the yearly churn of the customers kept, whose count builds up year by year. */
  cohortChurn?: number;
  note?: string;
}

const FORMAT = { money: 'money', number: 'number', percent: 'percent' } as const;

/** A line's terms from its type's declaration (lines.ts): drivers in order, timing, window, growth, ramp and risk. */
export function lineTerms(line: CostLine | BenefitLine, horizonMonths: number): LineTerms {
  const decl = lineType(line.type)!;
  const record = line as unknown as Record<string, unknown>;
  const timing = decl.timing(record);
  const endMonth = timing.endMonth ?? horizonMonths;
  const drivers = driversOf(decl).map((f): Driver => {
    const v = record[f.key] as number | number[];
    const format = FORMAT[f.kind as keyof typeof FORMAT];
    return Array.isArray(v) ? { key: f.key, label: f.label, value: v[0], byYear: v, format } : { key: f.key, label: f.label, value: v, format };
  });
  const risk = (record.risk as number | undefined) ?? 0;
  const base = {
    name: line.name, kind: line.type, drivers, pattern: timing.pattern, ...(timing.inYear && { inYear: timing.inYear }),
    startMonth: timing.startMonth, endMonth, risk, escalation: (record.escalation as number | undefined) ?? 0,
    ...(decl.cohort && { cohortChurn: record.churnRate as number }), note: line.note,
  };
  if (decl.side === 'cost') return { ...base, side: 'cost', fullEffectMonth: timing.startMonth };
  const b = line as BenefitLine;
  return { ...base, side: 'benefit', category: b.category, fullEffectMonth: b.fullEffectMonth ?? b.startMonth };
}

export function caseTerms(c: RoiCase): { costs: LineTerms[]; benefits: LineTerms[] } {
  return { costs: c.costs.map((l) => lineTerms(l, c.horizonMonths)), benefits: c.benefits.map((l) => lineTerms(l, c.horizonMonths)) };
}

/** A yearly amount spread evenly: 1/12 of it in each month. */
export const isSpread = (t: LineTerms): boolean => t.pattern === 'annual' && t.inYear === 'spread';

/** The line's year of month m (1 from its start month, a new one every 12 months). */
export const lineYear = (t: LineTerms, month: number): number => Math.floor((month - t.startMonth) / 12) + 1;

/** A driver's value in year k of the line: a list's entry, its last entry after it ends. */
const driverIn = (d: Driver, year: number): number => (d.byYear ? d.byYear[Math.min(year, d.byYear.length) - 1] : d.value);

/** Kept customers in year k, in years' worth of one year's kept customers: Σ_{j<k} (1 − churn)^j. */
export function cohortSize(churn: number, year: number): number {
  return churn === 0 ? year : (1 - Math.pow(1 - churn, year)) / churn;
}

/**
 * Amount per occurrence in year k of the line, before ramp and risk: the drivers' product, grown by escalation, /12
 * when a yearly amount is spread over the months, times the cohort of kept customers. The sheet's formula does the
 * same operations in the same order.
 */
export function occurrenceAmount(t: LineTerms, year = 1): number {
  let amount = t.drivers.reduce((p, d) => p * driverIn(d, year), 1);
  if (t.escalation !== 0) amount *= Math.pow(1 + t.escalation, year - 1);
  if (isSpread(t)) amount /= 12;
  return t.cohortChurn === undefined ? amount : amount * cohortSize(t.cohortChurn, year);
}

/** Linear ramp: 1/(n) in the start month up to 1 at fullEffectMonth, where n = fullEffectMonth − startMonth + 1. */
export function rampFactor(t: LineTerms, month: number): number {
  if (month < t.startMonth) return 0;
  return Math.min(1, (month - t.startMonth + 1) / (t.fullEffectMonth - t.startMonth + 1));
}

/** The month of each year of the line in which an annual amount falls (start: its first month, end: its last). */
const IN_YEAR_OFFSET: Record<InYear, number> = { spread: 0, start: 0, end: 11 };

export function isActive(t: LineTerms, month: number): boolean {
  if (month < t.startMonth || month > t.endMonth) return false;
  if (t.pattern === 'once') return month === t.startMonth;
  if (t.pattern === 'annual' && !isSpread(t)) return (month - t.startMonth) % 12 === IN_YEAR_OFFSET[t.inYear!];
  return true;
}

/** Benefits are cut by their risk, costs raised by theirs. */
export const riskFactor = (t: LineTerms): number => (t.side === 'cost' ? 1 + t.risk : 1 - t.risk);

/** A schedule cell before risk: what the sheet's line row shows. */
export function unadjustedAmount(t: LineTerms, month: number): number {
  return isActive(t, month) ? occurrenceAmount(t, lineYear(t, month)) * rampFactor(t, month) : 0;
}

/** The reference semantics of one schedule cell after risk; the sheet's totals must reproduce it. */
export function monthlyAmount(t: LineTerms, month: number): number {
  return unadjustedAmount(t, month) * riskFactor(t);
}
