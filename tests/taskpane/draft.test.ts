import { evaluate } from '../../src/case/evaluate';
import { uncertaintyOf } from '../../src/case/scenarios';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/case/validate';
import type { RoiCase } from '../../src/case/types';
import { fieldsOf as registryFields, LINE_TYPES } from '../../src/case/lines';
import { caseToDraft, draftToCase, fieldsOf as formFields, lineToDraft, parseNumber, retype, setRange, shows } from '../../taskpane/draft';
import { BENEFIT_PRESETS, BLANK_LINE, COST_PRESETS } from '../../taskpane/presets';
import { checkDraft, fieldErrors } from '../../taskpane/validation';
import { defaultCase } from '../../taskpane/default-case';

const example = JSON.parse(readFileSync(new URL('../../examples/small-business.json', import.meta.url), 'utf8'));
delete example.$schema;

describe('draft ⇄ case', () => {
  it('round-trips a full example case through the form state unchanged', () => {
    const verdict = checkDraft(caseToDraft(example as RoiCase));
    expect(verdict.errors).toEqual([]);
    // The validated case: the same lines, each with the id validation gives it.
    expect(verdict.case).toEqual(evaluate(example).case);
    expect(checkDraft(caseToDraft(verdict.case!)).case).toEqual(verdict.case);
  });

  it('shows fractions as percents and reads them back as fractions', () => {
    const d = caseToDraft(example as RoiCase);
    expect(d.discountRate).toBe('8');
    const deals = d.benefits.find((b) => b.type === 'deals')!;
    expect(deals.values.margin).toBe('30');
    expect(deals.values.risk).toBe('20');
    deals.values.risk = '35';
    const c = checkDraft(d).case!;
    expect(c.benefits.find((b) => b.type === 'deals')!.risk).toBe(0.35);
  });

  it('every preset and the default case are valid case lines', () => {
    for (const p of [...COST_PRESETS, ...BENEFIT_PRESETS]) expect(p.line.name).not.toBe('');
    const c = { ...defaultCase(new Date(Date.UTC(2025, 5, 15))), costs: COST_PRESETS.map((p) => p.line), benefits: BENEFIT_PRESETS.map((p) => p.line) };
    expect(validateCase(c)).toMatchObject({ ok: true });
    expect(c.startDate).toBe('2025-07-01');
  });

  it('retyping a line keeps the shared values and fills the new ones', () => {
    const line = lineToDraft('costs', COST_PRESETS.find((p) => p.id === 'implementation')!.line);
    const recurring = retype('costs', line, 'recurring');
    expect(recurring.values.amount).toBe(line.values.amount);
    expect(recurring.values.frequency).toBe('monthly');
    expect(recurring.values.startMonth).toBe('');
    expect(checkDraft({ ...caseToDraft(example as RoiCase), costs: [recurring] }).errors.map((e) => e.path)).toEqual(['costs[0].startMonth']);
  });
});

describe('a blank line', () => {
  it.each(['costs', 'benefits'] as const)('adds nothing to the %s until named and filled in', (side) => {
    const draft = { ...caseToDraft(example as RoiCase), [side]: [lineToDraft(side, BLANK_LINE[side])] };
    expect(checkDraft(draft).errors.map((e) => e.path)).toEqual([`${side}[0].name`]);
    const line = draftToCase(draft).case[side][0] as unknown as Record<string, unknown>;
    expect(line.amount).toBe(0);
  });
});

describe('parseNumber', () => {
  it.each([['1,250.50', 1250.5], [' 12 ', 12], ['15%', 15], ['-3', -3], ['.5', 0.5], ['1 000', 1000], ['1,000.5', 1000.5]])('accepts %j', (text, n) => expect(parseNumber(text, 'X')).toBe(n));
  it.each([['', 'X is required.'], ['abc', 'X: “abc” is not a number.'], ['12abc', 'X: “12abc” is not a number.'], ['1,2', 'X: “1,2” is not written the English way (1,234.56). Did you mean 1.2?'], ['1,234', 'X: “1,234” could be 1234 or 1.234. Type 1234 or 1.234.']])(
    'rejects %j', (text, message) => expect(parseNumber(text, 'X')).toBe(message));
});

describe('checkDraft: errors keyed by the input they belong to', () => {
  const draft = () => caseToDraft(example as RoiCase);

  it('maps form parse errors and validateCase errors to case paths', () => {
    const d = draft();
    d.name = '  ';
    d.currency = 'usd$';
    d.horizonMonths = 'abc';
    d.costs[2].values.amount = '-5';
    d.benefits[1].values.margin = '150';
    d.benefits[0].values.fullEffectMonth = '1';
    const verdict = checkDraft(d);
    expect(verdict.case).toBeNull();
    const byPath = Object.fromEntries(verdict.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(byPath).sort()).toEqual(['benefits[0].fullEffectMonth', 'benefits[1].margin', 'costs[2].amount', 'currency', 'horizonMonths', 'name']);
    expect(byPath.name).toBe('Required.');
    expect(byPath.horizonMonths).toBe('Horizon: “abc” is not a number.');
    expect(byPath['costs[2].amount']).toBe('Must be a number ≥ 0 (got -5).');
    expect(byPath['benefits[1].margin']).toBe('Must be a percentage between 0 and 100 (got 150%).');
    expect(byPath['benefits[0].fullEffectMonth']).toMatch(/≥ startMonth \(2\)/);
  });

  it('a month beyond the horizon is an error on that month field', () => {
    const d = draft();
    d.costs[0].values.month = '25';
    expect(checkDraft(d).errors).toEqual([{ path: 'costs[0].month', message: 'Must be a whole month between 0 (the initial period) and 24 (horizonMonths) (got 25).' }]);
  });

  it('a blank optional month is omitted, not an error', () => {
    const d = draft();
    d.benefits[0].values.endMonth = ' ';
    d.benefits[0].values.fullEffectMonth = '';
    const c = checkDraft(d).case!;
    expect(c.benefits[0]).not.toHaveProperty('endMonth');
    expect(c.benefits[0]).not.toHaveProperty('fullEffectMonth');
  });

  it('keeps notes on lines and on the case through the draft', () => {
    const { case: c } = draftToCase(draft());
    expect(c.costs[4].note).toMatch(/half-day/);
    expect(c.notes).toEqual(example.notes);
  });
});

describe('the registry’s fields in the form', () => {
  it('every field of every line type is in the form, the category in its own picker', () => {
    for (const t of LINE_TYPES) {
      const side = t.side === 'cost' ? 'costs' : 'benefits';
      expect(formFields(side, t.type).map((f) => f.key), t.type).toEqual(registryFields(t).filter((f) => f.key !== 'category').map((f) => f.key));
    }
  });

  it.each(['enterprise-tei', 'tei-composite', 'never-pays-back'])('examples/%s goes through the form unchanged', (name) => {
    const c = JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));
    const verdict = checkDraft(caseToDraft(c));
    expect(verdict.errors).toEqual([]);
    // As stated, estimates included: the sheet keeps them.
    expect(verdict.case).toEqual(uncertaintyOf(c).case);
  });

  it('the default case and every preset line pass through the form without a problem', () => {
    const c = defaultCase(new Date(Date.UTC(2025, 5, 15)));
    expect(checkDraft(caseToDraft(c)).case).toEqual(evaluate(c).case);
    const d = caseToDraft({ ...c, costs: COST_PRESETS.map((p) => p.line), benefits: BENEFIT_PRESETS.map((p) => p.line) });
    expect(checkDraft(d).errors).toEqual([]);
  });
});

describe('a yearly field: one value, or one per year separated by ;', () => {
  /** The example with its annual add-on (costs[2]) and its churn benefit (benefits[2]). */
  const draft = () => caseToDraft({ ...example, horizonMonths: 36 } as RoiCase);
  const recurring = (text: string) => {
    const d = draft();
    d.costs[2].values.amount = text;
    return d;
  };

  it('says so in its help', () => {
    const amount = formFields('costs', 'recurring').find((f) => f.key === 'amount')!;
    expect(amount.yearly).toBe(true);
    expect(amount.help).toMatch(/^One value, or one per year separated by ;/);
    expect(formFields('costs', 'perUser').find((f) => f.key === 'users')!.yearly).toBe(true);
    expect(formFields('benefits', 'amount').find((f) => f.key === 'amount')!.yearly).toBe(true);
    expect(formFields('costs', 'oneTime').find((f) => f.key === 'amount')!.yearly).toBeUndefined();
  });

  it('a list of years loads as "a; b; c" and converts back to the list; one value stays a number', () => {
    const c: RoiCase = { ...example, horizonMonths: 36, costs: [{ type: 'recurring', name: 'Licences', amount: [450000, 675000, 900000], frequency: 'annual', startMonth: 1 }] };
    const d = caseToDraft(c);
    expect(d.costs[0].values.amount).toBe('450000; 675000; 900000');
    expect(checkDraft(d).case!.costs[0]).toMatchObject({ amount: [450000, 675000, 900000] });
    expect(checkDraft(recurring('1,200.5')).case!.costs[2]).toMatchObject({ amount: 1200.5 });
    // Spaces anywhere, and the language's number parsing for each entry.
    expect(checkDraft(recurring(' 1 200 ;1500;  1,800.0 ')).case!.costs[2]).toMatchObject({ amount: [1200, 1500, 1800] });
    // A list of one year is that year's value, as validateCase spells it.
    expect(caseToDraft({ ...c, costs: [{ ...c.costs[0], amount: [5] } as RoiCase['costs'][0]] }).costs[0].values.amount).toBe('5');
  });

  it.each([
    ['1200; ; 1500', 'Year 2 is empty.'],
    ['1200; 1500;', 'Year 3 is empty.'],
    ['1200; abc', 'Year 2: “abc” is not a number.'],
    ['1200 1500', 'Amount per payment: “1200 1500” is not a number.'],
    ['', 'Amount per payment is required.'],
  ])('%j: the message next to the field names the entry', (text, message) => {
    expect(checkDraft(recurring(text)).errors).toEqual([{ path: 'costs[2].amount', message }]);
  });

  it('a wrong entry found by validateCase (["costs", 2, "amount", 1]) is told at the amount, by its year', () => {
    expect(checkDraft(recurring('1200; -5; 1500')).errors).toEqual([{ path: 'costs[2].amount', message: 'Year 2: must be a number ≥ 0 (got -5).' }]);
    const users = draft();
    users.costs[1].values.users = '10; 12; 10000000000000000';
    expect(checkDraft(users).errors).toEqual([{ path: 'costs[1].users', message: 'Year 3: must be a number ≥ 0 and ≤ 1e15 (larger is not a plausible amount) (got 10000000000000000).' }]);
  });

  it('more years than the horizon has is an error at the field', () => {
    expect(checkDraft(recurring('1; 2; 3; 4')).errors).toEqual([{ path: 'costs[2].amount', message: 'One value, or one per year of the horizon: at most 3 (got 4).' }]);
  });
});

describe('in-year timing: only for an amount stated per year', () => {
  const timingOf = (side: 'costs' | 'benefits', type: string) => formFields(side, type).find((f) => f.key === 'timing')!;

  it('is shown for a yearly fee or a benefit per year, with the type’s default first', () => {
    const cost = timingOf('costs', 'recurring');
    expect(shows(cost, { frequency: 'annual' })).toBe(true);
    expect(shows(cost, { frequency: 'monthly' })).toBe(false);
    expect(cost.options![0].value).toBe('start');
    const benefit = timingOf('benefits', 'amount');
    expect(shows(benefit, { per: 'year' })).toBe(true);
    expect(shows(benefit, { per: 'month' })).toBe(false);
    expect(benefit.options![0].value).toBe('spread');
    // Every other field is always shown.
    expect(formFields('costs', 'recurring').filter((f) => f.when).map((f) => f.key)).toEqual(['timing']);
  });

  it('is not put in the case while hidden, whatever it was set to', () => {
    const d = caseToDraft(example as RoiCase);
    const addOn = d.costs[2];
    expect(addOn.values.timing).toBe('start'); // absent: the default shows
    addOn.values.timing = 'end';
    expect(checkDraft(d).case!.costs[2]).toMatchObject({ timing: 'end' });
    addOn.values.frequency = 'monthly';
    const verdict = checkDraft(d);
    expect(verdict.errors).toEqual([]);
    expect(verdict.case!.costs[2]).not.toHaveProperty('timing');
  });

  it('a default timing is left implicit, a chosen one kept, on a benefit per year too', () => {
    const d = caseToDraft({ ...example, benefits: [{ type: 'amount', name: 'Tools retired', category: 'costSavings', amount: 1200, per: 'year', startMonth: 1 }] } as RoiCase);
    expect(d.benefits[0].values.timing).toBe('spread');
    expect(checkDraft(d).case!.benefits[0]).not.toHaveProperty('timing');
    d.benefits[0].values.timing = 'end';
    expect(checkDraft(d).case!.benefits[0]).toMatchObject({ timing: 'end' });
    d.benefits[0].values.per = 'month';
    expect(checkDraft(d).case!.benefits[0]).not.toHaveProperty('timing');
  });
});

describe('escalation, cost risk and churn of kept customers: percents, stored as fractions', () => {
  it('shows them as percents and reads them back as fractions; the optional ones may stay blank', () => {
    const d = caseToDraft(example as RoiCase);
    expect(d.benefits[2].values.churnRate).toBe('20');
    expect(d.costs[1].values.escalation).toBe('');
    expect(d.costs[1].values.risk).toBe('');
    d.costs[1].values.escalation = '3';
    d.costs[1].values.risk = '7.5 %';
    d.costs[2].values.escalation = '4';
    d.benefits[2].values.churnRate = '15';
    const c = checkDraft(d).case!;
    expect(c.costs[1]).toMatchObject({ escalation: 0.03, risk: 0.075 });
    expect(c.costs[2]).toMatchObject({ escalation: 0.04 });
    expect(c.costs[0]).not.toHaveProperty('risk');
    expect(c.benefits[2]).toMatchObject({ churnRate: 0.15 });
    expect(caseToDraft(c).costs[1].values).toMatchObject({ escalation: '3', risk: '7.5' });
  });

  it('churn of kept customers is required, and out of range is told in percent', () => {
    const d = caseToDraft(example as RoiCase);
    d.benefits[2].values.churnRate = '';
    d.costs[1].values.escalation = '120';
    d.costs[0].values.risk = '-5';
    expect(Object.fromEntries(checkDraft(d).errors.map((e) => [e.path, e.message]))).toEqual({
      'benefits[2].churnRate': 'Churn of kept customers per year is required.',
      'costs[1].escalation': 'Must be a percentage between 0 and 100 (got 120%).',
      'costs[0].risk': 'Must be a percentage between 0 and 100 (got -5%).',
    });
  });
});

describe('a driver typed as a range: conservative, expected, optimistic', () => {
  /** The example with ranges on a one-time cost, a yearly driver (users), a percent (margin) and a benefit's amount per year. */
  const ranged = (): RoiCase => {
    const c = structuredClone(example) as any;
    c.costs[0].amount = { conservative: 14000, expected: 12000, optimistic: 11000 };
    c.costs[1].users = { conservative: 12, expected: 10, optimistic: 9 };
    c.benefits[1].margin = { conservative: 0.2, expected: 0.3, optimistic: 0.35 };
    c.benefits.push({ type: 'amount', name: 'Tools retired', category: 'costSavings', amount: { conservative: 20000, expected: 30000, optimistic: 36000 }, per: 'year', startMonth: 1 });
    return c;
  };
  const errorsOf = (d: ReturnType<typeof caseToDraft>) => Object.fromEntries(checkDraft(d).errors.map((e) => [e.path, e.message]));

  it('every driver of the registry may be a range, and nothing else', () => {
    for (const t of LINE_TYPES) {
      const side = t.side === 'cost' ? 'costs' : 'benefits';
      expect(formFields(side, t.type).filter((f) => f.driver).map((f) => f.key), t.type).toEqual(registryFields(t).filter((f) => f.driver).map((f) => f.key));
    }
  });

  it('a case with estimates loads with its ranges on and converts back to the same estimates', () => {
    const c = ranged();
    const d = caseToDraft(c);
    expect(d.costs[1]).toMatchObject({ values: { users: '10' }, ranges: { users: { conservative: '12', optimistic: '9' } } });
    expect(d.benefits[1]).toMatchObject({ values: { margin: '30' }, ranges: { margin: { conservative: '20', optimistic: '35' } } });
    expect(d.costs[2].ranges).toBeUndefined();
    const { case: back, errors } = draftToCase(d);
    expect(errors).toEqual([]);
    expect(back.costs[0]).toMatchObject({ amount: { conservative: 14000, expected: 12000, optimistic: 11000 } });
    expect(back.costs[1]).toMatchObject({ users: { conservative: 12, expected: 10, optimistic: 9 } });
    expect(back.benefits[1]).toMatchObject({ margin: { conservative: 0.2, expected: 0.3, optimistic: 0.35 } });
    expect(back.benefits[3]).toMatchObject({ amount: { conservative: 20000, expected: 30000, optimistic: 36000 } });
    // The verdict: the expected case (what the sheet holds) and the ranges, as validateCase gives them.
    const verdict = checkDraft(d);
    const checked = validateCase(c);
    expect(checked.ok && [verdict.case, verdict.uncertain]).toEqual(checked.ok && [checked.case, checked.uncertain]);
    expect(verdict.uncertain.map((u) => u.path)).toEqual([['costs', 0, 'amount'], ['costs', 1, 'users'], ['benefits', 1, 'margin'], ['benefits', 3, 'amount']]);
  });

  it('switching the range on starts all three points at the value; off keeps the expected value', () => {
    const d = caseToDraft(example as RoiCase);
    const licences = d.costs[1];
    setRange(licences, 'users', true);
    expect(licences.ranges).toEqual({ users: { conservative: '10', optimistic: '10' } });
    expect(checkDraft(d).case!.costs[1]).toMatchObject({ users: { conservative: 10, expected: 10, optimistic: 10 } });
    licences.ranges!.users = { conservative: '14', optimistic: '9' };
    licences.values.users = '11';
    expect(draftToCase(d).case.costs[1]).toMatchObject({ users: { conservative: 14, expected: 11, optimistic: 9 } });
    setRange(licences, 'users', false);
    expect(licences.ranges).toBeUndefined();
    expect(draftToCase(d).case.costs[1]).toMatchObject({ users: 11 });
    expect(checkDraft(d).uncertain).toEqual([]);
  });

  it('retyping a line keeps the ranges of the drivers the new type shares', () => {
    const d = caseToDraft(ranged());
    expect(retype('costs', d.costs[0], 'recurring').ranges).toEqual({ amount: { conservative: '14000', optimistic: '11000' } });
    expect(retype('costs', d.costs[0], 'labour').ranges).toBeUndefined();
    expect(retype('benefits', d.benefits[3], 'hoursSaved').ranges).toBeUndefined();
  });

  it('points out of order are told at the driver, in the form’s own numbers', () => {
    const d = caseToDraft(ranged());
    d.benefits[3].values.amount = '40000';
    d.costs[1].ranges!.users.conservative = '9.5';
    d.benefits[1].ranges!.margin.optimistic = '25';
    expect(errorsOf(d)).toEqual({
      'benefits[3].amount': 'For a benefit, conservative ≤ expected ≤ optimistic (got 20,000, 40,000, 36,000).',
      'costs[1].users': 'For a cost, conservative ≥ expected ≥ optimistic (got 9.5, 10, 9).',
      'benefits[1].margin': 'For a benefit, conservative ≤ expected ≤ optimistic (got 20%, 30%, 25%).',
    });
  });

  it('a wrong point is told at its own input, by its name', () => {
    const d = caseToDraft(ranged());
    d.benefits[1].ranges!.margin.optimistic = '150';
    d.costs[1].ranges!.users.conservative = '-1';
    expect(errorsOf(d)).toEqual({
      'benefits[1].margin.optimistic': 'Optimistic margin: must be a percentage between 0 and 100 (got 150%).',
      'costs[1].users.conservative': 'Conservative users: must be a number ≥ 0 (got -1).',
    });
  });

  it('a point the form cannot read is told there alone: the range it leaves out of the case is not also “required”', () => {
    const d = caseToDraft(ranged());
    d.benefits[1].ranges!.margin.conservative = 'abc';
    d.benefits[1].values.margin = '';
    d.costs[1].ranges!.users.optimistic = '9; 8';
    expect(errorsOf(d)).toEqual({
      'benefits[1].margin.conservative': 'Conservative margin: “abc” is not a number.',
      'benefits[1].margin.expected': 'Expected margin is required.',
      'costs[1].users.optimistic': 'Optimistic users: a range is of one value, not one per year.',
    });
  });

  it('a range of the wrong shape (from a case file) is told at its driver', () => {
    const c = structuredClone(example) as any;
    c.costs[1].users = { conservative: 12, expected: 10 };
    c.benefits[1].margin = { conservative: 0.2, expected: 0.3, optimistic: 'high' };
    const checked = validateCase(c);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(fieldErrors(caseToDraft(example as RoiCase), checked.issues)).toEqual([
      { path: 'costs[1].users', message: 'Must be one value, or a range of three: conservative, expected and optimistic (got an object).' },
      { path: 'benefits[1].margin.optimistic', message: 'Optimistic margin: must be a percentage between 0 and 100 (got high).' },
    ]);
  });
});
