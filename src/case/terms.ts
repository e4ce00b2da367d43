import type { BenefitCategory, BenefitLine, CostLine, RoiCase } from './types';

// Every cost and benefit line reduces to one shape: a product of drivers, a timing pattern,
// a window, a ramp and a risk haircut. The evaluator, the sheet formulas and the wizard all use it.

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

const d = (key: string, label: string, value: number, format: Driver['format']): Driver => ({ key, label, value, format });

export function costTerms(line: CostLine, horizonMonths: number): LineTerms {
  const base = { side: 'cost' as const, name: line.name, kind: line.type, risk: 0, note: line.note };
  switch (line.type) {
    case 'oneTime':
      return { ...base, drivers: [d('amount', 'Amount', line.amount, 'money')], pattern: 'once', perYear: false, startMonth: line.month, endMonth: line.month, fullEffectMonth: line.month };
    case 'recurring':
      return { ...base, drivers: [d('amount', 'Amount', line.amount, 'money')], pattern: line.frequency, perYear: false, ...window(line.startMonth, line.endMonth, horizonMonths) };
    case 'perUser':
      return {
        ...base,
        drivers: [d('pricePerUserMonth', 'Price per user per month', line.pricePerUserMonth, 'money'), d('users', 'Users', line.users, 'number')],
        pattern: 'monthly', perYear: false, ...window(line.startMonth, line.endMonth, horizonMonths),
      };
    case 'labour': {
      const w = line.frequency === 'once' ? { startMonth: line.startMonth, endMonth: line.startMonth, fullEffectMonth: line.startMonth } : window(line.startMonth, line.endMonth, horizonMonths);
      return {
        ...base,
        drivers: [d('hours', 'Hours per person', line.hours, 'number'), d('hourlyRate', 'Hourly rate', line.hourlyRate, 'money'), d('people', 'People', line.people, 'number')],
        pattern: line.frequency, perYear: false, ...w,
      };
    }
  }
}

export function benefitTerms(line: BenefitLine, horizonMonths: number): LineTerms {
  const w = window(line.startMonth, line.endMonth, horizonMonths);
  const base = {
    side: 'benefit' as const, name: line.name, kind: line.type, category: line.category, pattern: 'monthly' as const,
    startMonth: w.startMonth, endMonth: w.endMonth, fullEffectMonth: line.fullEffectMonth ?? line.startMonth, risk: line.risk ?? 0, note: line.note,
  };
  switch (line.type) {
    case 'amount':
      return { ...base, drivers: [d('amount', line.per === 'year' ? 'Amount per year' : 'Amount per month', line.amount, 'money')], perYear: line.per === 'year' };
    case 'hoursSaved':
      return {
        ...base, perYear: false,
        drivers: [d('hoursPerMonth', 'Hours saved per person per month', line.hoursPerMonth, 'number'), d('hourlyRate', 'Hourly rate', line.hourlyRate, 'money'), d('people', 'People', line.people, 'number'), d('productivityFactor', 'Productivity factor', line.productivityFactor, 'percent')],
      };
    case 'deals':
      return {
        ...base, perYear: false,
        drivers: [d('dealsPerMonth', 'Extra deals per month', line.dealsPerMonth, 'number'), d('averageDealSize', 'Average deal size', line.averageDealSize, 'money'), d('margin', 'Margin', line.margin, 'percent')],
      };
    case 'churn':
      return {
        ...base, perYear: true,
        drivers: [d('customers', 'Customers', line.customers, 'number'), d('churnReduction', 'Churn reduction per year', line.churnReduction, 'percent'), d('annualValuePerCustomer', 'Annual value per customer', line.annualValuePerCustomer, 'money')],
      };
  }
}

function window(startMonth: number, endMonth: number | undefined, horizonMonths: number) {
  return { startMonth, endMonth: endMonth ?? horizonMonths, fullEffectMonth: startMonth };
}

export function caseTerms(c: RoiCase): { costs: LineTerms[]; benefits: LineTerms[] } {
  return { costs: c.costs.map((l) => costTerms(l, c.horizonMonths)), benefits: c.benefits.map((l) => benefitTerms(l, c.horizonMonths)) };
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
