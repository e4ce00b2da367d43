import { CATEGORIES, LINE_TYPES, type LineKind, type LineSide, type Pattern } from '../case/lines';
import type { BenefitCategory } from '../case/types';

// The sheet's fixed vocabulary, declared once: planSheet writes it and readSheet finds its way by it.

/** Layout v1 marked its sheets with this tag in a row-1 cell, followed by the owned range; v1 sheets are still read. */
export const MARKER_TAG = 'crm-roi:v1';

export const SECTION = {
  assumptions: 'Assumptions',
  inputs: 'Inputs',
  schedule: 'Schedule',
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

/** Inputs block: one row per line, these columns from A. Four driver label/value pairs hold the widest line. */
export const COL = {
  name: 0,
  side: 1,
  kind: 2,
  category: 3,
  driverLabels: [4, 6, 8, 10],
  driverValues: [5, 7, 9, 11],
  pattern: 12,
  basis: 13,
  start: 14,
  end: 15,
  full: 16,
  risk: 17,
  amount: 18,
  note: 19,
} as const;
export const INPUT_WIDTH = 20;

export const INPUT_HEADERS: string[] = [
  'Line', 'Side', 'Type', 'Category', 'Driver 1', 'Value', 'Driver 2', 'Value', 'Driver 3', 'Value', 'Driver 4', 'Value',
  'Timing', 'Basis', 'Start month', 'End month', 'Full effect month', 'Risk', 'Amount each active month or payment, before ramp and risk', 'Notes (yours, kept on update)',
];

export const SIDE_LABEL = { cost: 'Cost', benefit: 'Benefit' } as const;
export type { Pattern };
export const BASIS_LABEL = { month: 'per month', year: 'per year' } as const;

/** Per line type (from its declaration): its sheet label, the timings an analyst may pick, and whether the basis is editable. */
export const KINDS = Object.fromEntries(
  LINE_TYPES.map((t) => [t.type, { side: t.side, label: t.label, patterns: [...t.patterns], basisEditable: t.fields.some((f) => f.key === 'per') }]),
) as Record<LineKind, { side: LineSide; label: string; patterns: Pattern[]; basisEditable: boolean }>;

/** Type labels layout v1 wrote before the line-type registry named them; read-back still accepts them. */
export const V1_KIND_LABELS: Partial<Record<LineKind, string>> = { perUser: 'Per user', labour: 'Labour', amount: 'Amount', deals: 'Deals', churn: 'Churn' };

export const CATEGORY_LABEL = Object.fromEntries(CATEGORIES.map((c) => [c.value, c.label])) as Record<BenefitCategory, string>;

export const HOW_TO_READ: string[] = [
  'Blue cells on yellow are inputs: change a driver, month or risk and the schedule and summary recalculate; notes are yours and survive an update.',
  'Schedule: one row per line and month, amount = drivers × ramp (linear from start to full effect) × (1 − risk); costs and benefits fall at the end of each month.',
  'Present values discount month m by (1 + monthly rate)^m. ROI (nominal) is undiscounted; ROI (PV, TEI) uses present values, as in Forrester TEI studies.',
  'Payback is fractional months until the cumulative net stays ≥ 0 for good; "never" means it is still negative at the end of the horizon. IRR is annualised from monthly flows.',
  'To add or remove lines, or change the horizon, use the CRM ROI add-in and choose Update: it rebuilds this sheet and keeps your inputs and notes.',
];

/** Reverse lookup of a label table, case- and space-insensitive. */
export function fromLabel<K extends string>(table: Record<K, string>, text: unknown): K | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim().toLowerCase();
  return (Object.keys(table) as K[]).find((k) => table[k].toLowerCase() === t || k.toLowerCase() === t);
}
