import { driversOf, lineType } from './lines';
import type { BenefitCategory, BenefitLine, CostLine, RoiCase } from './types';

// Every cost and benefit line reduces to one shape: a product of drivers, a timing pattern,
// a window, a ramp and a risk haircut, read off its type's declaration in lines.ts. The evaluator, the sheet
// formulas and the wizard all use it.

export interface Driver {
  /** The case field it comes from, e.g. "pricePerUserMonth". */
  key: string;
  label: string;
  value: number;
  format: 'money' | 'number' | 'percent';
}

export interface LineTerms {
  side: 'cost' | 'benefit';
  name: string;
  /** The line's `type` in the case. */
  kind: CostLine['type'] | BenefitLine['type'];
  category?: BenefitCategory;
  /** Their product is the amount per occurrence (per year when perYear). */
  drivers: Driver[];
  /** once: startMonth only; monthly: every month in the window; annual: startMonth and every 12 months after. */
  pattern: 'once' | 'monthly' | 'annual';
  /** The product is an annual amount accrued evenly: /12 each month. */
  perYear: boolean;
  startMonth: number;
  endMonth: number;
  /** = startMonth for costs and for benefits without ramp. */
  fullEffectMonth: number;
  /** 0 for costs. */
  risk: number;
  note?: string;
}

const FORMAT = { money: 'money', number: 'number', percent: 'percent' } as const;

/** A line's terms from its type's declaration (lines.ts): drivers in order, timing, window, ramp and risk. */
export function lineTerms(line: CostLine | BenefitLine, horizonMonths: number): LineTerms {
  const decl = lineType(line.type)!;
  const record = line as unknown as Record<string, unknown>;
  const timing = decl.timing(record);
  const endMonth = timing.endMonth ?? horizonMonths;
  const drivers = driversOf(decl).map((f) => ({ key: f.key, label: f.label, value: record[f.key] as number, format: FORMAT[f.kind as keyof typeof FORMAT] }));
  const base = { name: line.name, kind: line.type, drivers, pattern: timing.pattern, perYear: timing.perYear, startMonth: timing.startMonth, endMonth, note: line.note };
  if (decl.side === 'cost') return { ...base, side: 'cost', fullEffectMonth: timing.startMonth, risk: 0 };
  const b = line as BenefitLine;
  return { ...base, side: 'benefit', category: b.category, fullEffectMonth: b.fullEffectMonth ?? b.startMonth, risk: b.risk ?? 0 };
}

export function caseTerms(c: RoiCase): { costs: LineTerms[]; benefits: LineTerms[] } {
  return { costs: c.costs.map((l) => lineTerms(l, c.horizonMonths)), benefits: c.benefits.map((l) => lineTerms(l, c.horizonMonths)) };
}

/** Amount per occurrence before ramp and risk: product of drivers, /12 when stated per year. */
export function occurrenceAmount(t: LineTerms): number {
  const product = t.drivers.reduce((p, x) => p * x.value, 1);
  return t.perYear ? product / 12 : product;
}

/** Linear ramp: 1/(n) in the start month up to 1 at fullEffectMonth, where n = fullEffectMonth − startMonth + 1. */
export function rampFactor(t: LineTerms, month: number): number {
  if (month < t.startMonth) return 0;
  return Math.min(1, (month - t.startMonth + 1) / (t.fullEffectMonth - t.startMonth + 1));
}

export function isActive(t: LineTerms, month: number): boolean {
  if (month < t.startMonth || month > t.endMonth) return false;
  if (t.pattern === 'once') return month === t.startMonth;
  if (t.pattern === 'annual') return (month - t.startMonth) % 12 === 0;
  return true;
}

/** The reference semantics of one schedule cell; the sheet formulas must reproduce it. */
export function monthlyAmount(t: LineTerms, month: number): number {
  return isActive(t, month) ? occurrenceAmount(t) * rampFactor(t, month) * (1 - t.risk) : 0;
}
