// The largest case the validator accepts: 100 cost and 100 benefit lines over 240 months, every line type and
// timing, with end months, ramps, risk and notes. Deterministic, for the at-limit test and bench/limit.bench.ts.
import type { BenefitLine, CostLine, RoiCase } from '../../src/case/types';
import { MAX_HORIZON_MONTHS, MAX_LINES_PER_SIDE } from '../../src/case/validate';

function limitCost(i: number): CostLine {
  const name = `Cost ${i + 1}`;
  const start = 1 + ((i * 7) % 60);
  const note = i % 3 === 0 ? { note: `Quote ${i + 1} from the vendor, reviewed by finance.` } : {};
  const end = i % 4 === 0 ? { endMonth: Math.min(MAX_HORIZON_MONTHS, start + 120) } : {};
  switch (i % 6) {
    case 0: return { type: 'oneTime', name, amount: 1000 + i * 137.25, month: start, ...note };
    case 1: return { type: 'recurring', name, amount: 250 + i * 3.5, frequency: 'monthly', startMonth: start, ...end, ...note };
    case 2: return { type: 'recurring', name, amount: 5000 + i * 11, frequency: 'annual', startMonth: start, ...end, ...note };
    case 3: return { type: 'perUser', name, pricePerUserMonth: 49.99, users: 10 + i, startMonth: start, ...end, ...note };
    case 4: return { type: 'labour', name, hours: 8, hourlyRate: 45.5, people: 1 + (i % 9), frequency: 'once', startMonth: start, ...note };
    default: return { type: 'labour', name, hours: 12, hourlyRate: 52, people: 2, frequency: 'monthly', startMonth: start, ...end, ...note };
  }
}

function limitBenefit(i: number): BenefitLine {
  const startMonth = 2 + ((i * 5) % 48);
  const base = {
    name: `Benefit ${i + 1}`,
    startMonth,
    ...(i % 2 === 0 && { fullEffectMonth: startMonth + 3 + (i % 12) }),
    ...(i % 3 !== 0 && { risk: (i % 5) / 10 }),
    ...(i % 4 === 0 && { endMonth: Math.min(MAX_HORIZON_MONTHS, startMonth + 150) }),
    ...(i % 3 === 1 && { note: `Estimate ${i + 1}: sales operations, confirmed in the pilot.` }),
  };
  switch (i % 5) {
    case 0: return { ...base, type: 'amount', category: 'costSavings', amount: 1200 + i * 10, per: 'month' };
    case 1: return { ...base, type: 'amount', category: 'other', amount: 24000 + i * 100, per: 'year' };
    case 2: return { ...base, type: 'hoursSaved', category: 'productivity', hoursPerMonth: 4 + (i % 6), hourlyRate: 40, people: 5 + (i % 20), productivityFactor: 0.6 };
    case 3: return { ...base, type: 'deals', category: 'revenue', dealsPerMonth: 0.5 + (i % 4), averageDealSize: 8000, margin: 0.3 };
    default: return { ...base, type: 'churn', category: 'retention', customers: 300 + i, churnReduction: 0.02, annualValuePerCustomer: 1100, churnRate: 0.1 };
  }
}

export function limitCase(): RoiCase {
  return {
    name: `At the limit: ${MAX_LINES_PER_SIDE} costs, ${MAX_LINES_PER_SIDE} benefits, ${MAX_HORIZON_MONTHS} months`,
    currency: 'EUR',
    startDate: '2025-01-31',
    horizonMonths: MAX_HORIZON_MONTHS,
    discountRate: 0.09,
    costs: Array.from({ length: MAX_LINES_PER_SIDE }, (_, i) => limitCost(i)),
    benefits: Array.from({ length: MAX_LINES_PER_SIDE }, (_, i) => limitBenefit(i)),
    notes: ['Unquantified: better forecasting.', 'Unquantified: one customer record for service and sales.'],
  };
}

/** `lines` lines per side, cycling through the same line types (for a case far over the limit). */
export function oversizedCase(linesPerSide: number): RoiCase {
  return {
    ...limitCase(),
    costs: Array.from({ length: linesPerSide }, (_, i) => limitCost(i)),
    benefits: Array.from({ length: linesPerSide }, (_, i) => limitBenefit(i)),
  };
}
