import { sumMoney } from '../finance';
import { kpiReports, realise } from './actuals';
import { Exact } from '../finance/money';
import type { Evaluation, LineSchedule, YearRollup } from './evaluation';
import { formatIssue, type CaseIssue } from './issues';
import { cashFlowMetrics, monthlyRate } from './metrics';
import { caseTerms, monthlyAmount, unadjustedAmount, type LineTerms } from './terms';
import type { RoiCase } from './types';
import { validateCase, type Point, type Uncertain } from './validate';

/** The case with each estimate at one point; `set` overrides single estimates (by index into `uncertain`). */
export function atPoint(c: RoiCase, uncertain: readonly Uncertain[], point: Point, set: ReadonlyMap<number, Point> = new Map()): RoiCase {
  const copy = JSON.parse(JSON.stringify(c)) as RoiCase;
  uncertain.forEach((u, i) => {
    const [key, index, field] = u.path;
    (copy[key][index] as unknown as Record<string, number>)[field] = u[set.get(i) ?? point];
  });
  return copy;
}

/** Thrown by evaluate() for an invalid case: `issues` holds every problem; `errors` renders each as "path: problem". */
export class CaseValidationError extends Error {
  readonly errors: string[];
  constructor(readonly issues: CaseIssue[]) {
    const errors = issues.map((issue) => formatIssue(issue));
    super(`The case has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
    this.name = 'CaseValidationError';
    this.errors = errors;
  }
}

/** case → schedule → metrics. Validates first, so an invalid case is never evaluated half-way. */
export function evaluate(input: RoiCase | unknown): Evaluation {
  const checked = validateCase(input);
  if (!checked.ok) throw new CaseValidationError(checked.issues);
  // Three-point estimates are evaluated at their expected values: the case's own figures.
  const c = checked.uncertain.length ? atPoint(checked.case, checked.uncertain, 'expected') : checked.case;
  const months = Array.from({ length: c.horizonMonths }, (_, i) => i + 1);
  const terms = caseTerms(c);
  const schedule = (t: LineTerms): LineSchedule => {
    const initial = monthlyAmount(t, 0);
    const monthly = months.map((m) => monthlyAmount(t, m));
    return { terms: t, initial, monthly, total: sumMoney([initial, ...monthly]) };
  };
  const costs = terms.costs.map(schedule);
  const benefits = terms.benefits.map(schedule);
  // Money is summed in decimal so totals, roll-ups and the cumulative position do not drift.
  const column = (lines: LineSchedule[]) => months.map((_, i) => sumMoney(lines.map((l) => l.monthly[i])));
  const monthlyCosts = column(costs);
  const monthlyBenefits = column(benefits);
  const monthlyNet = months.map((_, i) => sumMoney([monthlyBenefits[i], -monthlyCosts[i]]));
  const initialCosts = sumMoney(costs.map((l) => l.initial));
  const initialBenefits = sumMoney(benefits.map((l) => l.initial));
  const initial = { costs: initialCosts, benefits: initialBenefits, net: sumMoney([initialBenefits, -initialCosts]) };
  let running = new Exact(initial.net);
  const cumulativeNet = monthlyNet.map((n) => (running = running.plus(n)).toNumber());
  // The same case before any risk adjustment, for the side-by-side totals TEI reports.
  const before = (lines: LineTerms[]) => [0, ...months].map((m) => sumMoney(lines.map((t) => unadjustedAmount(t, m))));
  const [costsBefore, benefitsBefore] = [before(terms.costs), before(terms.benefits)];
  const { totals, presentValue, npv, roi } = cashFlowMetrics(costsBefore.slice(1), benefitsBefore.slice(1), c.discountRate, { costs: costsBefore[0], benefits: benefitsBefore[0] });

  return {
    case: c,
    monthlyRate: monthlyRate(c.discountRate),
    costs,
    benefits,
    initial,
    monthlyCosts,
    monthlyBenefits,
    monthlyNet,
    cumulativeNet,
    years: rollUp(monthlyCosts, monthlyBenefits),
    ...cashFlowMetrics(monthlyCosts, monthlyBenefits, c.discountRate, initial),
    unadjusted: { totals, presentValue, npv, roi },
    ...realise(c, costs, benefits),
    ...(c.kpis && { kpis: kpiReports(c) }),
  };
}

/** Year y covers months 12(y−1)+1 … 12y; the last year stops at the horizon. */
function rollUp(monthlyCosts: number[], monthlyBenefits: number[]): YearRollup[] {
  const years: YearRollup[] = [];
  for (let first = 1; first <= monthlyCosts.length; first += 12) {
    const last = Math.min(first + 11, monthlyCosts.length);
    const costs = sumMoney(monthlyCosts.slice(first - 1, last));
    const benefits = sumMoney(monthlyBenefits.slice(first - 1, last));
    years.push({ year: years.length + 1, firstMonth: first, lastMonth: last, costs, benefits, net: sumMoney([benefits, -costs]) });
  }
  return years;
}
