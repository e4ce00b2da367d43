import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/case/issues';
import { validateCase } from '../../src/case/validate';

const base = () => ({
  name: 'Case', currency: 'USD', startDate: '2025-01-01', horizonMonths: 24, discountRate: 0.1,
  costs: [
    { type: 'oneTime', name: 'Setup', amount: 1200, month: 1 },
    { type: 'recurring', name: 'Support', amount: 500, frequency: 'annual', startMonth: 1 },
  ] as any[],
  benefits: [{ type: 'hoursSaved', name: 'Time', category: 'productivity', hoursPerMonth: 5, hourlyRate: 40, people: 3, productivityFactor: 0.5, startMonth: 2 }] as any[],
}) as any;

function errorsOfValue(value: unknown): string[] {
  const r = validateCase(value);
  return r.ok ? [] : r.issues.map((issue) => formatIssue(issue));
}

function errorsOf(mutate: (c: any) => void): string[] {
  const c = base();
  mutate(c);
  const r = validateCase(c);
  return r.ok ? [] : r.issues.map((issue) => formatIssue(issue));
}

describe('validateCase', () => {
  it('accepts a valid case and returns a detached copy without $schema', () => {
    const c = { ...base(), $schema: '../schema/crm-roi-case.schema.json', notes: ['n'] };
    const r = validateCase(c);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.case).not.toHaveProperty('$schema');
    c.costs[0].amount = 9;
    expect(r.case.costs[0]).toMatchObject({ amount: 1200 });
  });

  it('rejects a non-object', () => {
    for (const v of [null, [], 'case', 3, true]) expect(validateCase(v).ok).toBe(false);
    expect(errorsOfValue([])).toEqual(['(case): expected a JSON object, got an array']);
  });

  it('names each missing required field', () => {
    expect(errorsOfValue({})).toEqual(['name', 'currency', 'startDate', 'horizonMonths', 'discountRate', 'costs', 'benefits'].map((f) => `${f}: required field is missing`));
    expect(errorsOf((c) => delete c.costs[1].frequency)).toEqual(['costs[1].frequency: required field is missing']);
    expect(errorsOf((c) => delete c.benefits[0].category)).toEqual(['benefits[0].category: required field is missing']);
  });

  it('rejects text, booleans, null, NaN, Infinity, negatives and huge numbers for amounts', () => {
    const cases: [unknown, string][] = [
      ['abc', 'costs[0].amount: expected a number ≥ 0, got "abc"'],
      ['1200', 'costs[0].amount: expected a number ≥ 0, got "1200"'],
      [true, 'costs[0].amount: expected a number ≥ 0, got true'],
      [null, 'costs[0].amount: expected a number ≥ 0, got null'],
      [NaN, 'costs[0].amount: expected a number ≥ 0, got NaN'],
      [Infinity, 'costs[0].amount: expected a number ≥ 0, got Infinity'],
      [-5, 'costs[0].amount: expected a number ≥ 0, got -5'],
      [[1], 'costs[0].amount: expected a number ≥ 0, got an array'],
      [2e15, 'costs[0].amount: expected a number ≥ 0 and ≤ 1e15 (larger is not a plausible amount), got 2000000000000000'],
    ];
    for (const [value, message] of cases) expect(errorsOf((c) => (c.costs[0].amount = value))).toEqual([message]);
    expect(errorsOf((c) => (c.costs[0].amount = 1e15))).toEqual([]);
  });

  it('checks the case header', () => {
    expect(errorsOf((c) => (c.name = ' '))).toEqual(['name: expected a non-empty string, got " "']);
    expect(errorsOf((c) => (c.currency = 'US$'))).toEqual(['currency: expected an ISO 4217 currency code such as "USD", "EUR" or "PLN", got "US$"']);
    expect(errorsOf((c) => (c.currency = 'eur'))).toHaveLength(1);
    for (const d of ['2025-02-29', '2025-13-01', '2025-1-1', '01/01/2025', '2025-01-01T00:00:00Z'])
      expect(errorsOf((c) => (c.startDate = d))).toEqual([`startDate: expected a real calendar date "YYYY-MM-DD", got "${d}"`]);
    expect(errorsOf((c) => (c.startDate = '2024-02-29'))).toEqual([]);
    for (const h of [0, 241, 12.5, '12'])
      expect(errorsOf((c) => (c.horizonMonths = h))).toContain(`horizonMonths: expected a whole number of months between 1 and 240, got ${typeof h === 'string' ? `"${h}"` : h}`);
    for (const r of [-0.01, 1.5, '10%'])
      expect(errorsOf((c) => (c.discountRate = r))).toEqual([`discountRate: expected a fraction between 0 and 1, got ${typeof r === 'string' ? `"${r}"` : r}`]);
    expect(errorsOf((c) => (c.costs = 'none'))).toEqual(['costs: expected an array of cost lines, got "none"']);
    expect(errorsOf((c) => (c.notes = ['ok', 3]))).toEqual(['notes[1]: expected a string, got 3']);
  });

  it('keeps every month within 0 (the initial period)..horizon and whole', () => {
    expect(errorsOf((c) => (c.costs[0].month = 25))).toEqual(['costs[0].month: expected a whole month between 0 (the initial period) and 24 (horizonMonths), got 25']);
    expect(errorsOf((c) => (c.costs[1].startMonth = -1))).toEqual(['costs[1].startMonth: expected a whole month between 0 (the initial period) and 24 (horizonMonths), got -1']);
    expect(errorsOf((c) => (c.benefits[0].endMonth = 2.5))).toEqual(['benefits[0].endMonth: expected a whole month between 0 (the initial period) and 24 (horizonMonths), got 2.5']);
    expect(errorsOf((c) => ((c.costs[0].month = 0), (c.costs[1].startMonth = 0)))).toEqual([]);
    // With an invalid horizon, months are still checked against the largest horizon.
    expect(errorsOf((c) => ((c.horizonMonths = 'x'), (c.costs[0].month = 300)))).toContain('costs[0].month: expected a whole month between 0 (the initial period) and 240, got 300');
  });

  it('orders the window: endMonth and fullEffectMonth not before startMonth', () => {
    expect(errorsOf((c) => ((c.costs[1].startMonth = 5), (c.costs[1].endMonth = 4)))).toEqual(['costs[1].endMonth: expected a month ≥ startMonth (5), got 4']);
    expect(errorsOf((c) => (c.benefits[0].fullEffectMonth = 1))).toEqual(['benefits[0].fullEffectMonth: expected a month ≥ startMonth (2), got 1']);
    expect(errorsOf((c) => ((c.benefits[0].endMonth = 2), (c.benefits[0].fullEffectMonth = 2)))).toEqual([]);
  });

  it('keeps fractions within 0..1', () => {
    expect(errorsOf((c) => (c.benefits[0].risk = 1.2))).toEqual(['benefits[0].risk: expected a fraction between 0 and 1, got 1.2']);
    expect(errorsOf((c) => (c.benefits[0].productivityFactor = 50))).toEqual(['benefits[0].productivityFactor: expected a fraction between 0 and 1, got 50']);
    expect(errorsOf((c) => (c.benefits[0] = { type: 'deals', name: 'D', category: 'revenue', dealsPerMonth: 1, averageDealSize: 9, margin: -0.1, startMonth: 1 }))).toEqual([
      'benefits[0].margin: expected a fraction between 0 and 1, got -0.1',
    ]);
    expect(errorsOf((c) => (c.benefits[0] = { type: 'churn', name: 'C', category: 'retention', customers: 10, churnReduction: 2, annualValuePerCustomer: 9, churnRate: 0.1, startMonth: 1 }))).toEqual([
      'benefits[0].churnReduction: expected a fraction between 0 and 1, got 2',
    ]);
  });

  it('lists the allowed values for an unknown type, category, frequency or per', () => {
    expect(errorsOf((c) => (c.costs[0].type = 'subscription'))).toEqual(['costs[0].type: expected one of "oneTime", "recurring", "perUser", "labour", got "subscription"']);
    expect(errorsOf((c) => delete c.costs[0].type)).toEqual(['costs[0].type: required field is missing; one of "oneTime", "recurring", "perUser", "labour"']);
    expect(errorsOf((c) => (c.benefits[0].type = 'savings'))).toEqual(['benefits[0].type: expected one of "amount", "hoursSaved", "deals", "churn", got "savings"']);
    expect(errorsOf((c) => (c.benefits[0].category = 'sales'))).toEqual(['benefits[0].category: expected one of "revenue", "costSavings", "productivity", "retention", "other", got "sales"']);
    expect(errorsOf((c) => (c.costs[1].frequency = 'quarterly'))).toEqual(['costs[1].frequency: expected one of "monthly", "annual", got "quarterly"']);
    expect(errorsOf((c) => (c.costs[0] = { type: 'labour', name: 'L', hours: 1, hourlyRate: 1, people: 1, frequency: 'annual', startMonth: 1 }))).toEqual([
      'costs[0].frequency: expected one of "once", "monthly", got "annual"',
    ]);
    expect(errorsOf((c) => (c.benefits[0] = { type: 'amount', name: 'A', category: 'other', amount: 1, per: 'week', startMonth: 1 }))).toEqual([
      'benefits[0].per: expected one of "month", "year", got "week"',
    ]);
  });

  it('rejects unknown properties, suggesting the likely field', () => {
    expect(errorsOf((c) => (c.costs[1].endmonth = 12))).toEqual(['costs[1].endmonth: unknown property (did you mean "endMonth"?); allowed: id, name, note, type, amount, frequency, timing, escalation, startMonth, endMonth, risk, actuals']);
    expect(errorsOf((c) => (c.discount = 0.1))).toEqual(['discount: unknown property; allowed: name, currency, startDate, horizonMonths, discountRate, costs, benefits, notes, kpis']);
    // A field of another line type is a mistake too: it would be silently ignored.
    expect(errorsOf((c) => (c.costs[0].startMonth = 1))[0]).toMatch(/^costs\[0\]\.startMonth: unknown property/);
  });

  it('rejects endMonth on a one-off labour line', () => {
    expect(errorsOf((c) => (c.costs[0] = { type: 'labour', name: 'L', hours: 1, hourlyRate: 1, people: 1, frequency: 'once', startMonth: 2, endMonth: 4 }))).toEqual([
      'costs[0].endMonth: not allowed when frequency is "once" (a one-off effort falls in startMonth)',
    ]);
  });

  it('checks notes and lines as strings and objects', () => {
    expect(errorsOf((c) => (c.costs[0].note = 5))).toEqual(['costs[0].note: expected a string, got 5']);
    expect(errorsOf((c) => (c.benefits[0] = 'time'))).toEqual(['benefits[0]: expected an object, got "time"']);
  });

  it('reports every problem at once, in document order', () => {
    const errors = errorsOf((c) => {
      c.currency = 'usd';
      c.costs[0].amount = 'abc';
      c.benefits[0].risk = 2;
    });
    expect(errors).toEqual([
      'currency: expected an ISO 4217 currency code such as "USD", "EUR" or "PLN", got "usd"',
      'costs[0].amount: expected a number ≥ 0, got "abc"',
      'benefits[0].risk: expected a fraction between 0 and 1, got 2',
    ]);
  });
});
