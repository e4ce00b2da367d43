import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { BenefitLine, CostLine, RoiCase } from '../../src/case/types';
import { parseRange, type Rect } from '../../src/plan/a1';
import type { SheetPlan } from '../../src/plan/types';

export const EXAMPLES = ['small-business', 'enterprise-tei', 'never-pays-back'];
export const loadExample = (name: string): RoiCase => JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));

/** A small hand-made case touching every line type, ramps, risk, annual billing and a note. */
export const MIXED: RoiCase = {
  name: 'Mixed fixture',
  currency: 'GBP',
  startDate: '2025-01-31',
  horizonMonths: 30,
  discountRate: 0.08,
  costs: [
    { type: 'oneTime', name: 'Setup', amount: 20000, month: 1 },
    { type: 'recurring', name: 'Support', amount: 6000, frequency: 'annual', startMonth: 2, endMonth: 26 },
    { type: 'perUser', name: 'Licences', pricePerUserMonth: 49.5, users: 25, startMonth: 1, note: 'list price' },
    { type: 'labour', name: 'Training', hours: 6, hourlyRate: 40, people: 25, frequency: 'once', startMonth: 2 },
    { type: 'labour', name: 'Admin', hours: 20, hourlyRate: 45, people: 1, frequency: 'monthly', startMonth: 3 },
  ],
  benefits: [
    { type: 'amount', name: 'Savings', category: 'costSavings', amount: 30000, per: 'year', startMonth: 4, fullEffectMonth: 9, risk: 0.1 },
    { type: 'hoursSaved', name: 'Less admin', category: 'productivity', hoursPerMonth: 5, hourlyRate: 35, people: 25, productivityFactor: 0.5, startMonth: 3, endMonth: 28 },
    { type: 'deals', name: 'More deals', category: 'revenue', dealsPerMonth: 1.5, averageDealSize: 8000, margin: 0.3, startMonth: 6, fullEffectMonth: 12, risk: 0.25, note: 'conservative' },
    { type: 'churn', name: 'Retention', category: 'retention', customers: 400, churnReduction: 0.02, annualValuePerCustomer: 1200, startMonth: 7, fullEffectMonth: 7, risk: 0 },
  ],
  notes: ['Unquantified: better forecasting.'],
};

/** The rows of one of a plan's blocks ("SCHEDULE"), found by its defined name. */
export const blockRows = (plan: SheetPlan, block: string): Rect => parseRange(plan.names.find((n) => n.name.endsWith(`BLOCK_${block}`))!.ref)!;

const money = fc.integer({ min: 0, max: 50_000_000 }).map((c) => c / 100);
const count = fc.integer({ min: 0, max: 500 });
const fraction = fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000);
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/).filter((s) => s.trim() === s);
const note = fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.]{0,30}$/), { nil: undefined });

/** A window inside the horizon: start, optional end ≥ start, optional full effect ≥ start. */
const window = (h: number) =>
  fc.integer({ min: 0, max: h }).chain((start) => // month 0: the initial period
    fc.record({
      startMonth: fc.constant(start),
      endMonth: fc.option(fc.integer({ min: start, max: h }), { nil: undefined }),
      fullEffectMonth: fc.option(fc.integer({ min: start, max: h }), { nil: undefined }),
    }),
  );

const costLine = (h: number): fc.Arbitrary<CostLine> =>
  fc.tuple(name, note, window(h), fc.integer({ min: 0, max: 5 })).chain(([n, nt, w, pick]): fc.Arbitrary<CostLine> => {
    const base = { name: n, ...(nt ? { note: nt } : {}) };
    const win = { startMonth: w.startMonth, ...(w.endMonth !== undefined ? { endMonth: w.endMonth } : {}) };
    switch (pick) {
      case 0: return money.map((amount) => ({ ...base, type: 'oneTime', amount, month: w.startMonth }));
      case 1: return fc.tuple(money, fc.constantFrom('monthly' as const, 'annual' as const)).map(([amount, frequency]) => ({ ...base, type: 'recurring', amount, frequency, ...win }));
      case 2: return fc.tuple(money, count).map(([pricePerUserMonth, users]) => ({ ...base, type: 'perUser', pricePerUserMonth, users, ...win }));
      case 3: return fc.tuple(count, money, count).map(([hours, hourlyRate, people]) => ({ ...base, type: 'labour', hours, hourlyRate, people, frequency: 'once', startMonth: w.startMonth }));
      default: return fc.tuple(count, money, count).map(([hours, hourlyRate, people]) => ({ ...base, type: 'labour', hours, hourlyRate, people, frequency: 'monthly', ...win }));
    }
  });

const benefitLine = (h: number): fc.Arbitrary<BenefitLine> =>
  fc.tuple(name, note, window(h), fc.option(fraction, { nil: undefined }), fc.constantFrom('revenue', 'costSavings', 'productivity', 'retention', 'other') as fc.Arbitrary<BenefitLine['category']>, fc.integer({ min: 0, max: 3 }))
    .chain(([n, nt, w, risk, category, pick]): fc.Arbitrary<BenefitLine> => {
      const base = {
        name: n, category, startMonth: w.startMonth, ...(nt ? { note: nt } : {}), ...(risk !== undefined ? { risk } : {}),
        ...(w.endMonth !== undefined ? { endMonth: w.endMonth } : {}), ...(w.fullEffectMonth !== undefined ? { fullEffectMonth: w.fullEffectMonth } : {}),
      };
      switch (pick) {
        case 0: return fc.tuple(money, fc.constantFrom('month' as const, 'year' as const)).map(([amount, per]) => ({ ...base, type: 'amount', amount, per }));
        case 1: return fc.tuple(count, money, count, fraction).map(([hoursPerMonth, hourlyRate, people, productivityFactor]) => ({ ...base, type: 'hoursSaved', hoursPerMonth, hourlyRate, people, productivityFactor }));
        case 2: return fc.tuple(count, money, fraction).map(([dealsPerMonth, averageDealSize, margin]) => ({ ...base, type: 'deals', dealsPerMonth, averageDealSize, margin }));
        default: return fc.tuple(count, fraction, money).map(([customers, churnReduction, annualValuePerCustomer]) => ({ ...base, type: 'churn', customers, churnReduction, annualValuePerCustomer }));
      }
    });

/** Random valid cases: horizons 1..120, 0–4 lines a side, ramps, risk, annual billing, once/monthly. */
export const arbitraryCase: fc.Arbitrary<RoiCase> = fc.integer({ min: 1, max: 120 }).chain((h) =>
  fc.record({
    name,
    currency: fc.constantFrom('USD', 'EUR', 'GBP', 'CHF', 'MUR'),
    startDate: fc.constantFrom('2025-01-01', '2024-02-29', '2026-10-31'),
    horizonMonths: fc.constant(h),
    discountRate: fraction,
    costs: fc.array(costLine(h), { maxLength: 4 }),
    benefits: fc.array(benefitLine(h), { maxLength: 4 }),
    notes: fc.option(fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,30}$/), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  }).map(({ notes, ...c }) => (notes ? { ...c, notes } : c)),
);
