import type { BenefitCategory, BenefitLine, CostLine } from './types';

// Every line type, declared once: its fields (kind, label, help, whether optional, whether a driver of the amount)
// and its timing. Validation, the schedule terms, the sheet's input columns, read-back and the wizard's form all
// read this table; adding a line type is one entry here, its TypeScript shape in types.ts and its timing below.

export type LineSide = 'cost' | 'benefit';
export type LineKind = CostLine['type'] | BenefitLine['type'];
/** once: one month; monthly: an amount every month; annual: an amount per year, placed by its in-year timing. */
export type Pattern = 'once' | 'monthly' | 'annual';
/** Where a yearly amount falls within each of the line's years: 1/12 in every month, all in the first, all in the last. */
export type InYear = 'spread' | 'start' | 'end';
export const IN_YEAR: readonly InYear[] = ['spread', 'start', 'end'];

/** money: an amount ≥ 0; number: a count or quantity ≥ 0; percent: a fraction 0..1; month: 1..horizon; rampMonth: 1..240. */
export type FieldKind = 'money' | 'number' | 'percent' | 'month' | 'rampMonth' | 'choice';

export interface FieldDecl {
  key: string;
  kind: FieldKind;
  label: string;
  help?: string;
  optional?: boolean;
  /** Choices in the order offered; the first is the default. */
  options?: readonly { value: string; label: string }[];
  /** A factor of the line's amount: their product is the amount per payment. */
  driver?: boolean;
  /** The driver may be a list, one value per year of the line (later years repeat the last). */
  yearly?: boolean;
}

export interface Timing {
  pattern: Pattern;
  startMonth: number;
  /** undefined: to the horizon. */
  endMonth?: number;
  /** For an annual pattern: where each year's amount falls. */
  inYear?: InYear;
}

export interface LineTypeDecl {
  type: LineKind;
  side: LineSide;
  label: string;
  help: string;
  /** The fields of this type besides name, note and type (and, for benefits, the BENEFIT_FIELDS every benefit has). */
  fields: readonly FieldDecl[];
  /** The timing patterns an analyst may choose between; the first is the default. */
  patterns: readonly Pattern[];
  timing(line: Record<string, unknown>): Timing;
  /** Its amount grows by an annual escalation %. */
  escalates?: boolean;
  /** Its yearly value accumulates as a cohort of kept customers, less their churn (churnRate). */
  cohort?: boolean;
}

const money = (key: string, label: string, help?: string, yearly = false): FieldDecl => ({ key, kind: 'money', label, help, driver: true, ...(yearly && { yearly }) });
const number = (key: string, label: string, help?: string, yearly = false): FieldDecl => ({ key, kind: 'number', label, help, driver: true, ...(yearly && { yearly }) });
const percent = (key: string, label: string, help?: string): FieldDecl => ({ key, kind: 'percent', label, help, driver: true });
const month = (key: string, label: string, help?: string, optional = false): FieldDecl => ({ key, kind: 'month', label, help, optional });
const choice = (key: string, label: string, options: [string, string][]): FieldDecl => ({ key, kind: 'choice', label, options: options.map(([value, l]) => ({ value, label: l })) });

const TO_HORIZON = 'Blank = to the end of the horizon.';
const BY_YEAR = 'One value, or one per year of the line (its first year starts in its start month; later years repeat the last value).';
/** Where a yearly amount falls; the first option is the type's default. */
const inYear = (first: InYear): FieldDecl => ({
  key: 'timing', kind: 'choice', label: 'In each year', optional: true,
  help: 'For an amount stated per year: spread evenly over the year\u2019s months, all in its first month (in advance), or all in its last (TEI\u2019s year-end convention).',
  options: [first, ...IN_YEAR.filter((x) => x !== first)].map((value) => ({ value, label: IN_YEAR_LABEL[value] })),
});
export const IN_YEAR_LABEL: Record<InYear, string> = { spread: 'Spread over the year', start: 'At the start of the year', end: 'At the end of the year' };
const escalation: FieldDecl = { key: 'escalation', kind: 'percent', label: 'Price escalation per year', help: 'Each year of the line costs this much more than the one before. Blank = none.', optional: true };
const INITIAL = '0 = the initial period: today, before month 1, never discounted (TEI’s “Initial”).';
const window = [month('startMonth', 'From month', INITIAL), month('endMonth', 'To month', TO_HORIZON, true)];
const monthly = (line: Record<string, unknown>): Timing => ({ pattern: 'monthly', startMonth: line.startMonth as number, endMonth: line.endMonth as number | undefined });
const annual = (line: Record<string, unknown>, fallback: InYear): Timing => ({ ...monthly(line), pattern: 'annual', inYear: (line.timing as InYear | undefined) ?? fallback });

export const CATEGORIES: readonly { value: BenefitCategory; label: string }[] = [
  { value: 'revenue', label: 'Revenue' },
  { value: 'costSavings', label: 'Cost savings' },
  { value: 'productivity', label: 'Productivity' },
  { value: 'retention', label: 'Retention' },
  { value: 'other', label: 'Other' },
];

/** Every benefit has a category, a window, a ramp-up and a risk haircut. */
export const BENEFIT_FIELDS: readonly FieldDecl[] = [
  { key: 'category', kind: 'choice', label: 'Category', options: CATEGORIES },
  month('startMonth', 'Starts in month', INITIAL),
  { key: 'fullEffectMonth', kind: 'rampMonth', label: 'Full effect from month', help: 'Benefits ramp up linearly to full effect. Blank = full effect at once.', optional: true },
  month('endMonth', 'Ends in month', TO_HORIZON, true),
  { key: 'risk', kind: 'percent', label: 'Risk adjustment', help: 'Haircut for uncertainty: the benefit counts × (1 − risk). 10–30 % is common; blank = none.', optional: true },
];

/** Every cost may be raised for risk, as TEI does. */
export const COST_FIELDS: readonly FieldDecl[] = [
  { key: 'risk', kind: 'percent', label: 'Risk adjustment', help: 'Uplift for uncertainty: the cost counts × (1 + risk). TEI studies use 5–10 %; blank = none.', optional: true },
];

export const LINE_TYPES: readonly LineTypeDecl[] = [
  {
    type: 'oneTime', side: 'cost', label: 'One-time', help: 'A single payment: set-up, implementation partner, hardware.',
    fields: [money('amount', 'Amount'), month('month', 'In month', INITIAL)],
    patterns: ['once'],
    timing: (l) => ({ pattern: 'once', startMonth: l.month as number, endMonth: l.month as number }),
  },
  {
    type: 'recurring', side: 'cost', label: 'Recurring', help: 'A fee paid every month, or every year in advance: support plans, add-ons, hosting.',
    fields: [money('amount', 'Amount per payment', BY_YEAR, true), choice('frequency', 'Paid', [['monthly', 'Monthly'], ['annual', 'Yearly']]), inYear('start'), escalation, ...window],
    patterns: ['monthly', 'annual'],
    timing: (l) => (l.frequency === 'annual' ? annual(l, 'start') : monthly(l)),
    escalates: true,
  },
  {
    type: 'perUser', side: 'cost', label: 'Per user per month', help: 'Licences: a price per user per month × users.',
    fields: [money('pricePerUserMonth', 'Price per user per month'), number('users', 'Users', BY_YEAR, true), escalation, ...window],
    patterns: ['monthly'],
    timing: monthly,
    escalates: true,
  },
  {
    type: 'labour', side: 'cost', label: 'People’s time', help: 'Hours × hourly rate × people, once in total or every month: training, migration, admins.',
    fields: [
      number('hours', 'Hours per person'), money('hourlyRate', 'Hourly rate'), number('people', 'People'),
      choice('frequency', 'Hours are', [['once', 'In total (once)'], ['monthly', 'Per month']]), ...window,
    ],
    patterns: ['once', 'monthly'],
    timing: (l) => (l.frequency === 'once' ? { pattern: 'once', startMonth: l.startMonth as number, endMonth: l.startMonth as number } : monthly(l)),
  },
  {
    type: 'amount', side: 'benefit', label: 'Fixed amount', help: 'A known amount per month or per year: retired tools, contractors no longer needed.',
    fields: [money('amount', 'Amount', BY_YEAR, true), choice('per', 'Per', [['month', 'Month'], ['year', 'Year']]), inYear('spread')],
    patterns: ['monthly', 'annual'],
    timing: (l) => (l.per === 'year' ? annual(l, 'spread') : monthly(l)),
  },
  {
    type: 'hoursSaved', side: 'benefit', label: 'Hours saved', help: 'Hours saved per person per month × hourly rate × people × the share put to use.',
    fields: [
      number('hoursPerMonth', 'Hours saved per person per month'), money('hourlyRate', 'Hourly rate (loaded)'), number('people', 'People'),
      percent('productivityFactor', 'Share of saved time put to use', 'Typically 50–80 %: not every saved hour becomes productive work.'),
    ],
    patterns: ['monthly'],
    timing: monthly,
  },
  {
    type: 'deals', side: 'benefit', label: 'Extra deals', help: 'Extra deals per month × average deal size × margin: the profit on them, not the revenue.',
    fields: [number('dealsPerMonth', 'Extra deals per month'), money('averageDealSize', 'Average deal size'), percent('margin', 'Margin')],
    patterns: ['monthly'],
    timing: monthly,
  },
  {
    type: 'churn', side: 'benefit', label: 'Churn reduction',
    help: 'Customers × churn reduction × annual value per customer, accrued monthly. Customers kept in one year still pay in the next, less normal churn: the kept customers build up year by year.',
    fields: [
      number('customers', 'Customers'), percent('churnReduction', 'Churn reduction per year', 'Percentage points fewer customers lost each year.'),
      money('annualValuePerCustomer', 'Annual value per customer', 'The margin a customer brings in one year (not a lifetime value: the kept customers are carried from year to year here).'),
      { key: 'churnRate', kind: 'percent', label: 'Churn of kept customers per year', help: 'The share of the kept customers still lost each year (normal churn); 100 % = each year\u2019s kept customers count for that year only.' },
    ],
    patterns: ['annual'],
    timing: (l) => ({ ...monthly(l), pattern: 'annual', inYear: 'spread' }),
    cohort: true,
  },
];

const BY_TYPE = new Map(LINE_TYPES.map((t) => [t.type as string, t]));

/** The declaration of a line type, or undefined for an unknown one (own entries only: "constructor" is unknown). */
export const lineType = (type: unknown): LineTypeDecl | undefined => (typeof type === 'string' ? BY_TYPE.get(type) : undefined);

export const typesOf = (side: LineSide): LineTypeDecl[] => LINE_TYPES.filter((t) => t.side === side);

/** Every field of a line of this type after name, note and type, in the order the form shows them. */
export const fieldsOf = (t: LineTypeDecl): readonly FieldDecl[] => [...t.fields, ...(t.side === 'benefit' ? BENEFIT_FIELDS : COST_FIELDS)];

/** The factors of the amount, in order. */
export const driversOf = (t: LineTypeDecl): FieldDecl[] => t.fields.filter((f) => f.driver);
