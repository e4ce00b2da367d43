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
  /** The business metrics that carry the value (sales cycle, resolution time, NPS…): baseline, target and actuals. */
  kpis?: Kpi[];
}

/**
 * What happened, by calendar month "YYYY-MM" (the month before the start date is the initial period): an amount of
 * money for a line, before any risk adjustment (a fact is not at risk); a metric's value for a KPI. A month without
 * an entry is not known yet, never zero.
 */
export type Actuals = Record<string, number>;

/**
 * A business metric tracked before and after go-live. With `valuePerUnit` and `benefit` it carries money: each
 * month's improvement on the baseline's average × valuePerUnit is the realised benefit of that benefit line.
 */
export interface Kpi {
  /** Stable identity, as a line's; validateCase fills in "kpi1", "kpi2"… where it is absent. */
  id?: string;
  name: string;
  /** What a value counts, e.g. "days", "deals per rep", "points". */
  unit?: string;
  /** An increase is an improvement (sales, conversion) or a decrease is (resolution time, sales cycle). */
  betterWhen: 'higher' | 'lower';
  /** Monthly values before go-live, oldest first. */
  baseline: number[];
  /** The monthly value the case expects with the CRM in full use. */
  target: number;
  /** Monthly values after go-live. */
  actuals?: Actuals;
  /** Money per unit of improvement (a margin per sale, the cost of an hour): makes the KPI a measured benefit. */
  valuePerUnit?: number;
  /** The id of the benefit line whose actuals this KPI measures (with valuePerUnit). */
  benefit?: string;
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
  /** The line's actual amounts by calendar month, for measuring the case against its plan. */
  actuals?: Actuals;
}

export type CostLine = OneTimeCost | RecurringCost | PerUserCost | LabourCost;

/** A value, or one value per year of the line: entry k applies in its year k+1, and later years repeat the last. */
export type ByYear = number | number[];
/** Where a yearly amount falls in each year of the line: 1/12 a month, all in its first month, or all in its last. */
export type InYearTiming = 'spread' | 'start' | 'end';

interface CostBase extends LineBase {
  /** Risk adjustment as a fraction (TEI): the cost counts × (1 + risk). Default 0. */
  risk?: number;
}

export interface OneTimeCost extends CostBase {
  type: 'oneTime';
  amount: number;
  month: number;
}
export interface RecurringCost extends CostBase {
  type: 'recurring';
  amount: ByYear;
  /** monthly: every month; annual: once per year of the line, placed by `timing`. */
  frequency: 'monthly' | 'annual';
  /** For an annual fee; default "start" (in advance). */
  timing?: InYearTiming;
  /** Annual price escalation as a fraction: year k × (1 + escalation)^(k−1). */
  escalation?: number;
  startMonth: number;
  endMonth?: number;
}
export interface PerUserCost extends CostBase {
  type: 'perUser';
  pricePerUserMonth: number;
  /** Users, or users per year of the line (seat growth). */
  users: ByYear;
  /** Annual price escalation as a fraction. */
  escalation?: number;
  startMonth: number;
  endMonth?: number;
}
export interface LabourCost extends CostBase {
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
  amount: ByYear;
  /** The amount is per month, or per year (placed by `timing`). */
  per: 'month' | 'year';
  /** For an amount per year; default "spread" (1/12 a month). */
  timing?: InYearTiming;
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
/**
 * Customers × churn reduction (fraction, per year) × annual value per customer, accrued monthly. The customers kept
 * build up: year k counts Σ_{j<k} (1 − churnRate)^j years' worth of kept customers.
 */
export interface ChurnBenefit extends BenefitBase {
  type: 'churn';
  customers: number;
  churnReduction: number;
  annualValuePerCustomer: number;
  /** Normal churn among the kept customers, per year (1 = each year's kept customers count that year only). */
  churnRate: number;
}
