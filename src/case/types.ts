// The CRM ROI case: what an analyst types in. JSON Schema: schema/crm-roi-case.schema.json. Docs: docs/case-format.md.

export interface RoiCase {
  name: string;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  /** First day of month 1, "YYYY-MM-DD". */
  startDate: string;
  /** Months modelled, 1..240. */
  horizonMonths: number;
  /** Annual discount rate as a fraction (0.1 = 10 %). Monthly rate = (1+r)^(1/12) − 1. */
  discountRate: number;
  costs: CostLine[];
  benefits: BenefitLine[];
  /** Unquantified benefits and remarks; carried, never evaluated. */
  notes?: string[];
}

/** Months are 1-based within the horizon. An omitted endMonth means "to the horizon". */
interface LineBase {
  /**
   * Stable identity of the line: a letter, then letters, digits or "_" (at most 32), unique in the case regardless of
   * case. Optional in a case file; validateCase fills in "cost1", "benefit2"… where it is absent, and the sheet keeps
   * it, so notes and later values stay attached to the line through renames and reordering.
   */
  id?: string;
  name: string;
  /** Free text the analyst keeps next to the line (survives sheet updates). */
  note?: string;
}

export type CostLine = OneTimeCost | RecurringCost | PerUserCost | LabourCost;

export interface OneTimeCost extends LineBase {
  type: 'oneTime';
  amount: number;
  month: number;
}
export interface RecurringCost extends LineBase {
  type: 'recurring';
  amount: number;
  /** monthly: every month; annual: at startMonth and every 12 months after (billed in advance). */
  frequency: 'monthly' | 'annual';
  startMonth: number;
  endMonth?: number;
}
export interface PerUserCost extends LineBase {
  type: 'perUser';
  pricePerUserMonth: number;
  users: number;
  startMonth: number;
  endMonth?: number;
}
export interface LabourCost extends LineBase {
  type: 'labour';
  /** Hours per person: in total when frequency is "once", per month when "monthly". */
  hours: number;
  hourlyRate: number;
  people: number;
  frequency: 'once' | 'monthly';
  startMonth: number;
  endMonth?: number;
}

export type BenefitCategory = 'revenue' | 'costSavings' | 'productivity' | 'retention' | 'other';

export type BenefitLine = AmountBenefit | HoursSavedBenefit | DealsBenefit | ChurnBenefit;

interface BenefitBase extends LineBase {
  category: BenefitCategory;
  startMonth: number;
  endMonth?: number;
  /** Month the benefit reaches full effect; linear ramp from startMonth. Default = startMonth (no ramp). */
  fullEffectMonth?: number;
  /** Risk adjustment as a fraction 0..1 (Forrester TEI): benefit × (1 − risk). Default 0. */
  risk?: number;
}
export interface AmountBenefit extends BenefitBase {
  type: 'amount';
  amount: number;
  /** The amount is per month, or per year (accrued evenly, /12 a month). */
  per: 'month' | 'year';
}
/** Hours saved per person per month × hourly rate × people × productivity factor (share of saved time put to productive use). */
export interface HoursSavedBenefit extends BenefitBase {
  type: 'hoursSaved';
  hoursPerMonth: number;
  hourlyRate: number;
  people: number;
  productivityFactor: number;
}
/** Extra deals per month × average deal size × margin. */
export interface DealsBenefit extends BenefitBase {
  type: 'deals';
  dealsPerMonth: number;
  averageDealSize: number;
  margin: number;
}
/** Customers × churn reduction (fraction, per year) × annual value per customer; an annual value accrued monthly. */
export interface ChurnBenefit extends BenefitBase {
  type: 'churn';
  customers: number;
  churnReduction: number;
  annualValuePerCustomer: number;
}
