import type { Result } from '../finance/errors';
import type { KpiReport, Realisation, Reforecast } from './actuals';
import type { LineTerms } from './terms';
import type { RoiCase } from './types';

export interface LineSchedule {
  terms: LineTerms;
  /** The amount in the initial period (month 0: today, undiscounted). */
  initial: number;
  /** monthly[m-1] is the amount in month m (after ramp and risk). */
  monthly: number[];
  /** Initial period and every month. */
  total: number;
}

/** Amounts of one period. */
export interface PeriodAmounts {
  costs: number;
  benefits: number;
  net: number;
}

export interface YearRollup {
  /** 1-based year of the horizon; the last one may be partial. */
  year: number;
  firstMonth: number;
  lastMonth: number;
  costs: number;
  benefits: number;
  net: number;
}

/** What evaluate(case) returns. Flows sit at the end of each month; discounting is monthly at (1+r)^(1/12) − 1. */
export interface Evaluation {
  case: RoiCase;
  monthlyRate: number;
  costs: LineSchedule[];
  benefits: LineSchedule[];
  /** TEI's Initial period (month 0): before month 1, never discounted; zero when no line starts there. */
  initial: PeriodAmounts;
  monthlyCosts: number[];
  monthlyBenefits: number[];
  /** benefits − costs per month. */
  monthlyNet: number[];
  /** cumulativeNet[m-1]: the position at the end of month m, the initial period included. */
  cumulativeNet: number[];
  /** The lowest cumulative position (the funding the case needs) and its month (0 = the initial period). */
  peakFunding: { amount: number; month: number };
  years: YearRollup[];
  totals: { costs: number; benefits: number; net: number };
  /** The initial amount + Excel NPV(monthlyRate, months): month 1 is discounted one month, the initial period not at all. */
  presentValue: { costs: number; benefits: number };
  /** presentValue.benefits − presentValue.costs. */
  npv: number;
  roi: {
    /** (total benefits − total costs) / total costs, undiscounted. */
    nominal: Result;
    /** (PV benefits − PV costs) / PV costs: the Forrester TEI basis. */
    presentValue: Result;
  };
  /** PV benefits / PV costs. */
  benefitCostRatio: Result;
  /** The same figures before risk adjustment (no benefit cut, no cost raised), as TEI reports them beside the adjusted ones. */
  unadjusted: Pick<Evaluation, 'totals' | 'presentValue' | 'npv' | 'roi'>;
  /** Annualised: (1 + monthly IRR)^12 − 1. */
  irr: Result;
  paybackMonths: { simple: Result; discounted: Result };
  /** First whole month at whose end the cumulative net is ≥ 0 for good. */
  breakEvenMonth: Result;
  /** Plan against actuals, when any line has one. */
  actuals?: Realisation;
  /** The metrics again with actuals where known and the plan for the rest, when any line has an actual. */
  reforecast?: Reforecast;
  /** Each KPI's baseline, target and actual, when the case tracks any. */
  kpis?: KpiReport[];
}
