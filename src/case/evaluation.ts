import type { Result } from '../finance/errors';
import type { LineTerms } from './terms';
import type { RoiCase } from './types';

export interface LineSchedule {
  terms: LineTerms;
  /** monthly[m-1] is the amount in month m (after ramp and risk). */
  monthly: number[];
  total: number;
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
  monthlyCosts: number[];
  monthlyBenefits: number[];
  /** benefits − costs per month. */
  monthlyNet: number[];
  cumulativeNet: number[];
  years: YearRollup[];
  totals: { costs: number; benefits: number; net: number };
  /** Excel NPV(monthlyRate, series): month 1 is discounted one month. */
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
  /** Annualised: (1 + monthly IRR)^12 − 1. */
  irr: Result;
  paybackMonths: { simple: Result; discounted: Result };
  /** First whole month at whose end the cumulative net is ≥ 0 for good. */
  breakEvenMonth: Result;
}
