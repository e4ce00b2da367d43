import { CATEGORIES, LINE_TYPES, type LineKind, type LineSide, type Pattern } from '../case/lines';
import type { BenefitCategory } from '../case/types';

// The sheet's fixed vocabulary, declared once: planSheet writes it and readSheet finds its way by it.

/** Layout v1 marked its sheets with this tag in a row-1 cell, followed by the owned range; v1 sheets are still read. */
export const MARKER_TAG = 'crm-roi:v1';

export const SECTION = {
  assumptions: 'Assumptions',
  inputs: 'Inputs',
  estimates: 'Estimates and scenarios',
  simulation: 'Monte Carlo simulation of the estimates',
  schedule: 'Schedule',
  actuals: 'Actuals: plan against actual (type each month\u2019s actual in the blue cells; blank = not known yet)',
  kpis: 'KPIs: baseline, target and actual',
  summary: 'Summary',
  notes: 'Notes and unquantified benefits',
  howToRead: 'How to read this sheet',
} as const;

/** Assumption rows in order: label in column A, value in column B. */
export const ASSUMPTION = {
  name: 'Case name',
  currency: 'Currency',
  startDate: 'Start date',
  horizonMonths: 'Horizon (months)',
  discountRate: 'Annual discount rate',
  monthlyRate: 'Monthly discount rate',
} as const;

/**
 * Inputs block: one row per line, these columns from A, then one column per year of the horizon holding the line's
 * yearly driver (an amount or users) in each year of the line. Four driver label/value pairs hold the widest line.
 */
export const COL = {
  name: 0,
  side: 1,
  kind: 2,
  category: 3,
  driverLabels: [4, 6, 8, 10],
  driverValues: [5, 7, 9, 11],
  pattern: 12,
  inYear: 13,
  start: 14,
  end: 15,
  full: 16,
  risk: 17,
  escalation: 18,
  churn: 19,
  amount: 20,
  note: 21,
  /** Year 1 of the line; year k is in years + k − 1. */
  years: 22,
} as const;
/** The Inputs' fixed columns, before the years. */
export const INPUT_WIDTH = 22;

export const INPUT_HEADERS: string[] = [
  'Line', 'Side', 'Type', 'Category', 'Driver 1', 'Value', 'Driver 2', 'Value', 'Driver 3', 'Value', 'Driver 4', 'Value',
  'Timing', 'In each year', 'Start month', 'End month', 'Full effect month', 'Risk (cuts benefits, raises costs)', 'Escalation per year',
  'Churn of kept customers per year', 'Amount per month, payment or year in year 1, before ramp and risk', 'Notes (yours, kept on update)',
];
/** The header of year k's column: the yearly driver's value in the line's year k (later years follow the one before). */
export const yearHeader = (k: number): string => `Year ${k} of the line`;

/** Where layout v1 put the Inputs columns (it had a Basis column and no years); v1 sheets are read by these. */
export const V1_COL = { name: 0, category: 3, driverValues: [5, 7, 9, 11], pattern: 12, basis: 13, start: 14, end: 15, full: 16, risk: 17, note: 19, side: 1, kind: 2 } as const;

export const SIDE_LABEL = { cost: 'Cost', benefit: 'Benefit' } as const;
export type { Pattern };
/** Layout v1 and v2 said per month or per year in a Basis column; layout 3 says it by the Timing (monthly or annual). */
export const BASIS_LABEL = { month: 'per month', year: 'per year' } as const;

/** Per line type (from its declaration): its sheet label and the timings an analyst may pick. */
export const KINDS = Object.fromEntries(LINE_TYPES.map((t) => [t.type, { side: t.side, label: t.label, patterns: [...t.patterns] }])) as Record<
  LineKind,
  { side: LineSide; label: string; patterns: Pattern[] }
>;

/** Type labels layout v1 wrote before the line-type registry named them; read-back still accepts them. */
export const V1_KIND_LABELS: Partial<Record<LineKind, string>> = { perUser: 'Per user', labour: 'Labour', amount: 'Amount', deals: 'Deals', churn: 'Churn' };

export const CATEGORY_LABEL = Object.fromEntries(CATEGORIES.map((c) => [c.value, c.label])) as Record<BenefitCategory, string>;

/** One line each, short enough to run across the Summary's width on screen and on paper. */
export const HOW_TO_READ: string[] = [
  'Blue cells on yellow are inputs: change a driver, a month or a risk and everything recalculates. Notes are yours and survive an update.',
  'Schedule: one row per line and month, before risk: drivers (a yearly driver in its year, × escalation, × kept customers) × ramp-up.',
  'Its totals apply each line\u2019s risk: benefits × (1 − risk), costs × (1 + risk). The Summary shows both, risk-adjusted and before.',
  'Every flow falls at the end of its month; month 0 is the initial period (today, never discounted). Month m is discounted by (1 + monthly rate)^m.',
  'ROI (nominal) is undiscounted; ROI (PV, TEI) uses present values, as Forrester TEI studies do. IRR is annualised from monthly flows.',
  'Payback counts fractional months until the cumulative net stays ≥ 0 for good; "never" means it is still negative at the horizon.',
  'To add or remove lines or change the horizon, use the CRM ROI add-in and choose Update: it rebuilds this sheet and keeps your inputs and notes.',
];

/** Reverse lookup of a label table, case- and space-insensitive. */
export function fromLabel<K extends string>(table: Record<K, string>, text: unknown): K | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim().toLowerCase();
  return (Object.keys(table) as K[]).find((k) => table[k].toLowerCase() === t || k.toLowerCase() === t);
}
