import type { BenefitCategory, BenefitLine, CostLine } from '../case/types';

// The sheet's fixed vocabulary, declared once: planSheet writes it and readSheet finds its way by it.

/** Version tag at the start of the hidden marker cell (row 1); the owned range follows it. */
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
  'Timing', 'Basis', 'Start month', 'End month', 'Full effect month', 'Risk', 'Amount per occurrence', 'Notes (yours, kept on update)',
];

export const SIDE_LABEL = { cost: 'Cost', benefit: 'Benefit' } as const;
export type Pattern = 'once' | 'monthly' | 'annual';
export const BASIS_LABEL = { month: 'per month', year: 'per year' } as const;

type Kind = CostLine['type'] | BenefitLine['type'];

/** Per line type: its sheet label, the timings an analyst may pick, and whether the basis (per month/year) is editable. */
export const KINDS: Record<Kind, { side: 'cost' | 'benefit'; label: string; patterns: Pattern[]; basisEditable: boolean }> = {
  oneTime: { side: 'cost', label: 'One-time', patterns: ['once'], basisEditable: false },
  recurring: { side: 'cost', label: 'Recurring', patterns: ['monthly', 'annual'], basisEditable: false },
  perUser: { side: 'cost', label: 'Per user', patterns: ['monthly'], basisEditable: false },
  labour: { side: 'cost', label: 'Labour', patterns: ['once', 'monthly'], basisEditable: false },
  amount: { side: 'benefit', label: 'Amount', patterns: ['monthly'], basisEditable: true },
  hoursSaved: { side: 'benefit', label: 'Hours saved', patterns: ['monthly'], basisEditable: false },
  deals: { side: 'benefit', label: 'Deals', patterns: ['monthly'], basisEditable: false },
  churn: { side: 'benefit', label: 'Churn', patterns: ['monthly'], basisEditable: false },
};

export const CATEGORY_LABEL: Record<BenefitCategory, string> = {
  revenue: 'Revenue',
  costSavings: 'Cost savings',
  productivity: 'Productivity',
  retention: 'Retention',
  other: 'Other',
};

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
