import type { BenefitCategory, BenefitLine, CostLine } from '../src/case/types';

// Which inputs each line type has, declared once: the form, the draft⇄case conversion and the error mapping all read this table.

export type FieldKind = 'money' | 'number' | 'percent' | 'month' | 'choice';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  optional?: boolean;
  /** For kind 'choice'. */
  options?: { value: string; label: string }[];
  help?: string;
}

const money = (key: string, label: string, help?: string): FieldSpec => ({ key, label, kind: 'money', help });
const num = (key: string, label: string, help?: string): FieldSpec => ({ key, label, kind: 'number', help });
const pct = (key: string, label: string, help?: string, optional = false): FieldSpec => ({ key, label, kind: 'percent', help, optional });
const month = (key: string, label: string, optional = false, help?: string): FieldSpec => ({ key, label, kind: 'month', optional, help });
const choice = (key: string, label: string, options: [string, string][]): FieldSpec => ({ key, label, kind: 'choice', options: options.map(([value, l]) => ({ value, label: l })) });

const window = [month('startMonth', 'From month'), month('endMonth', 'To month', true, 'Blank = to the end of the horizon.')];

export const COST_TYPES: Record<CostLine['type'], { label: string; fields: FieldSpec[] }> = {
  oneTime: { label: 'One-time', fields: [money('amount', 'Amount'), month('month', 'In month')] },
  recurring: { label: 'Recurring', fields: [money('amount', 'Amount per payment'), choice('frequency', 'Paid', [['monthly', 'Monthly'], ['annual', 'Yearly in advance']]), ...window] },
  perUser: { label: 'Per user per month', fields: [money('pricePerUserMonth', 'Price per user per month'), num('users', 'Users'), ...window] },
  labour: {
    label: 'People’s time',
    fields: [num('hours', 'Hours per person'), money('hourlyRate', 'Hourly rate'), num('people', 'People'), choice('frequency', 'Hours are', [['once', 'In total (once)'], ['monthly', 'Per month']]), ...window],
  },
};

export const BENEFIT_TYPES: Record<BenefitLine['type'], { label: string; fields: FieldSpec[] }> = {
  amount: { label: 'Fixed amount', fields: [money('amount', 'Amount'), choice('per', 'Per', [['month', 'Month'], ['year', 'Year']])] },
  hoursSaved: {
    label: 'Hours saved',
    fields: [
      num('hoursPerMonth', 'Hours saved per person per month'), money('hourlyRate', 'Hourly rate (loaded)'), num('people', 'People'),
      pct('productivityFactor', 'Share of saved time put to use', 'Typically 50–80 %: not every saved hour becomes productive work.'),
    ],
  },
  deals: { label: 'Extra deals', fields: [num('dealsPerMonth', 'Extra deals per month'), money('averageDealSize', 'Average deal size'), pct('margin', 'Margin')] },
  churn: {
    label: 'Churn reduction',
    fields: [num('customers', 'Customers'), pct('churnReduction', 'Churn reduction per year', 'Percentage points fewer customers lost each year.'), money('annualValuePerCustomer', 'Annual value per customer')],
  },
};

/** Every benefit has a window, a ramp-up and a risk haircut. */
export const BENEFIT_TIMING: FieldSpec[] = [
  month('startMonth', 'Starts in month'),
  month('fullEffectMonth', 'Full effect from month', true, 'Benefits ramp up linearly to full effect. Blank = full effect at once.'),
  month('endMonth', 'Ends in month', true, 'Blank = to the end of the horizon.'),
  pct('risk', 'Risk adjustment', 'Haircut for uncertainty: the benefit counts × (1 − risk). 10–30 % is common; blank = none.', true),
];

export const CATEGORIES: { value: BenefitCategory; label: string }[] = [
  { value: 'revenue', label: 'Revenue' },
  { value: 'costSavings', label: 'Cost savings' },
  { value: 'productivity', label: 'Productivity' },
  { value: 'retention', label: 'Retention' },
  { value: 'other', label: 'Other' },
];
