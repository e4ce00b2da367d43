import { evaluate } from '../../src/case/evaluate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/case/validate';
import type { RoiCase } from '../../src/case/types';
import { caseToDraft, draftToCase, lineToDraft, parseNumber, retype } from '../../taskpane/draft';
import { BENEFIT_PRESETS, BLANK_LINE, COST_PRESETS } from '../../taskpane/presets';
import { checkDraft } from '../../taskpane/validation';
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
  it.each([['1,250.50', 1250.5], [' 12 ', 12], ['15%', 15], ['-3', -3], ['.5', 0.5], ['1e3', 1000]])('accepts %j', (text, n) => expect(parseNumber(text, 'X')).toBe(n));
  it.each([['', 'X is required.'], ['abc', 'X must be a number, not “abc”.'], ['12abc', 'X must be a number, not “12abc”.'], ['1,2', 'X must be a number, not “1,2”.'], ['1e999', 'X is too large.']])(
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
    expect(byPath.horizonMonths).toBe('Horizon must be a number, not “abc”.');
    expect(byPath['costs[2].amount']).toBe('Must be a number ≥ 0 (got -5).');
    expect(byPath['benefits[1].margin']).toBe('Must be a percentage between 0 and 100 (got 150 %).');
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
