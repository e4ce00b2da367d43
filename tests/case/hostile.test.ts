import { describe, expect, it } from 'vitest';
import { CURRENCIES, evaluate, formatIssue, MAX_LINES_PER_SIDE, validateCase, type CaseIssue } from '../../src/case';
import { MAX_CASE_NOTES, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../src/case/text';

// Hostile input found by probing (issue: bad input never corrupts a file): each case names the field and is refused.

const base = () =>
  ({
    name: 'Case', currency: 'USD', startDate: '2025-01-01', horizonMonths: 24, discountRate: 0.1,
    costs: [{ type: 'oneTime', name: 'Setup', amount: 1200, month: 1 }],
    benefits: [{ type: 'amount', name: 'Savings', category: 'costSavings', amount: 100, per: 'month', startMonth: 1 }],
  }) as any;

function issuesOf(mutate: (c: any) => void): CaseIssue[] {
  const c = base();
  mutate(c);
  const r = validateCase(c);
  return r.ok ? [] : r.issues;
}
const errorsOf = (mutate: (c: any) => void) => issuesOf(mutate).map((issue) => formatIssue(issue));

describe('prototype keys are unknown keys, like any other', () => {
  for (const key of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) {
    it(`rejects "${key}" on the case and on a line`, () => {
      const onCase = base();
      Object.defineProperty(onCase, key, { value: 1, enumerable: true });
      const r1 = validateCase(JSON.parse(JSON.stringify(onCase).replace('"name"', `"${key}":1,"name"`)));
      expect(r1.ok).toBe(false);
      if (!r1.ok) expect(r1.issues).toContainEqual(expect.objectContaining({ path: [key], code: 'unknownProperty' }));
      const text = JSON.stringify(base()).replace('"type":"oneTime"', `"type":"oneTime","${key}":2`);
      const r2 = validateCase(JSON.parse(text));
      expect(r2.ok).toBe(false);
      if (!r2.ok) expect(r2.issues).toContainEqual(expect.objectContaining({ path: ['costs', 0, key], code: 'unknownProperty' }));
    });
  }
  it('rejects a line whose type is a prototype key', () => {
    expect(issuesOf((c) => (c.costs[0].type = 'constructor'))).toContainEqual(expect.objectContaining({ path: ['costs', 0, 'type'], code: 'oneOf' }));
  });
});

describe('text a workbook cannot hold, or a reader cannot see', () => {
  it('rejects control characters and non-characters in names, naming the field and the character', () => {
    for (const [ch, code] of [['\uFFFE', 0xfffe], ['\uFFFF', 0xffff], ['\u0000', 0], ['\u001b', 0x1b], ['\u0085', 0x85], ['\uFDD0', 0xfdd0], ['\uD800', 0xd800], ['\u{1FFFF}', 0x1ffff]] as const) {
      expect(issuesOf((c) => (c.costs[0].name = `Set${ch}up`))).toEqual([{ path: ['costs', 0, 'name'], code: 'badCharacter', params: { codePoint: code, position: 4 } }]);
    }
    expect(errorsOf((c) => (c.name = 'A\nB'))).toEqual(['name: contains the character U+000A at position 2, which a workbook cannot hold (a control character or a non-character)']);
  });
  it('allows line breaks and tabs in notes, not other control characters', () => {
    expect(errorsOf((c) => (c.costs[0].note = 'line 1\nline 2\twith a tab\r\n'))).toEqual([]);
    expect(issuesOf((c) => (c.notes = ['ok', 'bell\u0007']))).toEqual([{ path: ['notes', 1], code: 'badCharacter', params: { codePoint: 7, position: 5 } }]);
  });
  it('rejects a name of only invisible characters', () => {
    for (const name of ['\u00a0\u200b', '\u200b', '\u2800', '\ufeff \u3164', '\u2060\u200d']) {
      expect(issuesOf((c) => (c.benefits[0].name = name))).toEqual([expect.objectContaining({ path: ['benefits', 0, 'name'], code: expect.stringMatching(/^(invisibleText|text)$/) })]);
    }
    expect(errorsOf((c) => (c.name = '\u200b'))).toEqual(['name: expected visible text, got only blank or invisible characters "\u200b"']);
    expect(errorsOf((c) => (c.name = '\u200bCRM'))).toEqual([]);
  });
  it('limits names and notes to their documented lengths, counted in characters', () => {
    expect(errorsOf((c) => (c.name = 'x'.repeat(MAX_NAME_LENGTH)))).toEqual([]);
    expect(errorsOf((c) => (c.name = '€'.repeat(MAX_NAME_LENGTH)))).toEqual([]);
    expect(errorsOf((c) => (c.name = 'x'.repeat(MAX_NAME_LENGTH + 1)))).toEqual([`name: expected at most ${MAX_NAME_LENGTH} characters, got ${MAX_NAME_LENGTH + 1}`]);
    expect(errorsOf((c) => (c.costs[0].note = 'n'.repeat(40_000)))).toEqual([`costs[0].note: expected at most ${MAX_NOTE_LENGTH} characters, got 40000`]);
    expect(errorsOf((c) => (c.notes = Array(MAX_CASE_NOTES + 1).fill('n')))).toEqual([`notes: expected at most ${MAX_CASE_NOTES} notes, got ${MAX_CASE_NOTES + 1}`]);
  });
});

describe('sizes and magnitudes', () => {
  it(`accepts ${MAX_LINES_PER_SIDE} lines a side and rejects more with one issue, without checking each line`, () => {
    const line = base().costs[0];
    expect(errorsOf((c) => (c.costs = Array(MAX_LINES_PER_SIDE).fill(line)))).toEqual([]);
    const many = Array(10_000).fill({ type: 'bogus' });
    expect(errorsOf((c) => (c.costs = many))).toEqual([`costs: expected at most ${MAX_LINES_PER_SIDE} lines, got 10000`]);
    expect(errorsOf((c) => (c.benefits = Array(MAX_LINES_PER_SIDE + 1).fill(base().benefits[0])))).toEqual([`benefits: expected at most ${MAX_LINES_PER_SIDE} lines, got ${MAX_LINES_PER_SIDE + 1}`]);
  });
  it("bounds a line's amount after its drivers multiply", () => {
    const huge = { type: 'labour', name: 'Huge', hours: 1e15, hourlyRate: 1e15, people: 1e15, frequency: 'monthly', startMonth: 1 };
    expect(issuesOf((c) => (c.costs = [huge]))).toEqual([{ path: ['costs', 0], code: 'lineAmountTooLarge', params: { max: 1e15, got: 1e15 * 1e15 * 1e15 } }]);
    expect(errorsOf((c) => (c.costs = [huge]))[0]).toBe("costs[0]: the line's drivers multiply to 1.00e+45 per payment, above 1e15: check the units");
    // At the bound exactly it passes, and evaluating it stays finite.
    const atBound = { ...huge, hours: 1e5, hourlyRate: 1e5, people: 1e5 };
    const ev = evaluate({ ...base(), costs: [atBound] });
    expect(ev.totals.costs).toBe(24e15);
    expect(Number.isFinite(ev.npv)).toBe(true);
    // A per-year benefit is bounded on its yearly amount (the product of its drivers), not the twelfth.
    const churn = { type: 'churn', name: 'Churn', category: 'retention', customers: 1e10, churnReduction: 1, annualValuePerCustomer: 1e6, churnRate: 1, startMonth: 1 };
    expect(issuesOf((c) => (c.benefits = [churn]))).toEqual([expect.objectContaining({ code: 'lineAmountTooLarge', params: { max: 1e15, got: 1e16 } })]);
  });
});

describe('start dates a workbook can hold', () => {
  it('rejects dates before March 1900 (serial dates disagree across spreadsheets)', () => {
    for (const d of ['1899-12-01', '1900-01-01', '1900-02-28'])
      expect(errorsOf((c) => (c.startDate = d))).toEqual([`startDate: expected a date from 1900-03-01 to 9998-01-01 (so that 24 months end by 9999-12-31), got "${d}"`]);
    expect(errorsOf((c) => (c.startDate = '1900-03-01'))).toEqual([]);
  });
  it('rejects a start whose horizon runs past 9999-12', () => {
    expect(errorsOf((c) => { c.startDate = '9999-12-01'; c.horizonMonths = 240; })).toEqual(['startDate: expected a date from 1900-03-01 to 9980-01-01 (so that 240 months end by 9999-12-31), got "9999-12-01"']);
    expect(errorsOf((c) => { c.startDate = '9980-01-01'; c.horizonMonths = 240; })).toEqual([]);
    expect(errorsOf((c) => { c.startDate = '9999-12-01'; c.horizonMonths = 1; })).toEqual([]);
  });
});

describe('currency', () => {
  it('is an active ISO 4217 code, not any three letters', () => {
    expect(errorsOf((c) => (c.currency = 'DOL'))).toEqual(['currency: expected an ISO 4217 currency code such as "USD", "EUR" or "PLN", got "DOL"']);
    expect(errorsOf((c) => (c.currency = 'Dollars'))).toHaveLength(1);
    expect(errorsOf((c) => (c.currency = 'usd'))).toHaveLength(1);
    for (const code of ['USD', 'EUR', 'PLN', 'CNY', 'GBP', 'CHF', 'JPY']) expect(errorsOf((c) => (c.currency = code))).toEqual([]);
  });
  it('lists codes every Intl implementation can format', () => {
    expect(new Set(CURRENCIES).size).toBe(CURRENCIES.length);
    for (const code of CURRENCIES) expect(() => new Intl.NumberFormat('en', { style: 'currency', currency: code }).format(1)).not.toThrow();
  });
});
