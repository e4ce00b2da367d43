import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { BenefitLine, CostLine, RoiCase } from '../../src/case/types';
import { parseRange, type Rect } from '../../src/plan/a1';
import type { SheetPlan } from '../../src/plan/types';

/** Every case in examples/, by name: a new example is recalculated, read back and printed by the tests that use this. */
export const EXAMPLES = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
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
    { type: 'churn', name: 'Retention', category: 'retention', customers: 400, churnReduction: 0.02, annualValuePerCustomer: 1200, churnRate: 0.1, startMonth: 7, fullEffectMonth: 7, risk: 0 },
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

/**
 * Every TEI-style feature at once: an initial period, per-year amounts (a list shorter than the horizon's years),
 * in-year timing at the start and at the end, escalation, seat growth, cost risk, and churn as a cohort.
 */
export const TEI_FEATURES: RoiCase = {
  name: 'TEI features',
  currency: 'USD',
  startDate: '2026-01-01',
  horizonMonths: 42,
  discountRate: 0.1,
  costs: [
    { type: 'oneTime', name: 'Implementation', amount: 250000, month: 0, risk: 0.1 },
    { type: 'recurring', id: 'licences', name: 'Licences', amount: [120000, 180000], frequency: 'annual', timing: 'end', startMonth: 1, risk: 0.05 },
    { type: 'recurring', name: 'Support in advance', amount: 30000, frequency: 'annual', startMonth: 0, endMonth: 35, escalation: 0.04 },
    { type: 'perUser', name: 'Seats', pricePerUserMonth: 45, users: [100, 150, 220, 240], escalation: 0.03, startMonth: 2, risk: 0.08 },
  ],
  benefits: [
    { type: 'amount', name: 'Productivity', category: 'productivity', amount: [400000, 650000, 800000], per: 'year', timing: 'end', startMonth: 1, risk: 0.15 },
    { type: 'amount', name: 'Retired tools', category: 'costSavings', amount: [60000, 90000], per: 'year', timing: 'start', startMonth: 3, risk: 0.1 },
    { type: 'amount', name: 'Spread savings', category: 'other', amount: [24000, 36000], per: 'year', startMonth: 1, fullEffectMonth: 6 },
    { type: 'churn', name: 'Kept customers', category: 'retention', customers: 1000, churnReduction: 0.02, annualValuePerCustomer: 1200, churnRate: 0.1, startMonth: 1, risk: 0.2 },
  ],
};

/** A window inside the horizon: start, optional end ≥ start, optional full effect ≥ start. */
const window = (h: number) =>
  fc.integer({ min: 0, max: h }).chain((start) => // month 0: the initial period
    fc.record({
      startMonth: fc.constant(start),
      endMonth: fc.option(fc.integer({ min: start, max: h }), { nil: undefined }),
      fullEffectMonth: fc.option(fc.integer({ min: start, max: h }), { nil: undefined }),
    }),
  );

/** One value, or one per year of the horizon (at most as many as it has years). */
const byYear = (value: fc.Arbitrary<number>, h: number): fc.Arbitrary<number | number[]> => fc.oneof(value, fc.array(value, { minLength: 1, maxLength: Math.ceil(h / 12) }));
const inYear = fc.option(fc.constantFrom('spread' as const, 'start' as const, 'end' as const), { nil: undefined });
const risk = fc.option(fraction, { nil: undefined }).map((r) => (r === undefined ? {} : { risk: r }));
const escalation = fc.option(fc.integer({ min: 0, max: 200 }).map((x) => x / 1000), { nil: undefined }).map((e) => (e === undefined ? {} : { escalation: e }));

const costLine = (h: number): fc.Arbitrary<CostLine> =>
  fc.tuple(name, note, window(h), fc.integer({ min: 0, max: 5 })).chain(([n, nt, w, pick]): fc.Arbitrary<CostLine> => {
    const base = { name: n, ...(nt ? { note: nt } : {}) };
    const win = { startMonth: w.startMonth, ...(w.endMonth !== undefined ? { endMonth: w.endMonth } : {}) };
    switch (pick) {
      case 0: return fc.tuple(money, risk).map(([amount, r]) => ({ ...base, type: 'oneTime', amount, month: w.startMonth, ...r }));
      case 1:
        return fc.tuple(byYear(money, h), fc.constantFrom('monthly' as const, 'annual' as const), inYear, risk, escalation).map(([amount, frequency, timing, r, e]) =>
          ({ ...base, type: 'recurring', amount, frequency, ...(frequency === 'annual' && timing && { timing }), ...win, ...r, ...e }));
      case 2: return fc.tuple(money, byYear(count, h), risk, escalation).map(([pricePerUserMonth, users, r, e]) => ({ ...base, type: 'perUser', pricePerUserMonth, users, ...win, ...r, ...e }));
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
        case 0: return fc.tuple(byYear(money, h), fc.constantFrom('month' as const, 'year' as const), inYear).map(([amount, per, timing]) => ({ ...base, type: 'amount', amount, per, ...(per === 'year' && timing && { timing }) }));
        case 1: return fc.tuple(count, money, count, fraction).map(([hoursPerMonth, hourlyRate, people, productivityFactor]) => ({ ...base, type: 'hoursSaved', hoursPerMonth, hourlyRate, people, productivityFactor }));
        case 2: return fc.tuple(count, money, fraction).map(([dealsPerMonth, averageDealSize, margin]) => ({ ...base, type: 'deals', dealsPerMonth, averageDealSize, margin }));
        default: return fc.tuple(count, fraction, money, fraction).map(([customers, churnReduction, annualValuePerCustomer, churnRate]) => ({ ...base, type: 'churn', customers, churnReduction, annualValuePerCustomer, churnRate }));
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

/** Every feature with words in it: each line type, annual timing at the start and end, an estimate (the selector). */
export const WORDY: RoiCase = {
  ...TEI_FEATURES,
  costs: [...TEI_FEATURES.costs, ...MIXED.costs.map((l, i) => ({ ...l, name: `${l.name} ${i}` }))],
  benefits: [
    ...TEI_FEATURES.benefits,
    ...MIXED.benefits.map((l, i) => ({ ...l, name: `${l.name} ${i}` })),
    { type: 'deals', id: 'ranged', name: 'Ranged deals', category: 'revenue', dealsPerMonth: { conservative: 1, expected: 2, optimistic: 3 }, averageDealSize: 5000, margin: 0.2, startMonth: 3 },
  ],
  notes: ['Unquantified: better forecasting.'],
} as RoiCase;
