import { describe, expect, it } from 'vitest';
import { describeValue, expectation, formatIssue, issueMessage, type CaseIssue, type IssueCode } from '../../src/case/issues';
import { LOCALE_TAGS } from '../../src/i18n/locales';

// Every validation issue renders in every language from the catalogs: its facts kept, its path as the case spells it.

/** One issue of each code (a new code without one here is a compile error) and the facts every language must state. */
const SAMPLES: { [C in IssueCode]: [Extract<CaseIssue, { code: C }>, string[]] } = {
  notObject: [{ path: [], code: 'notObject', params: { got: [] } }, ['JSON']],
  notArray: [{ path: ['costs'], code: 'notArray', params: { of: 'costLines', got: 3 } }, ['3']],
  required: [{ path: ['benefits', 0, 'type'], code: 'required', params: { allowed: ['amount', 'hoursSaved'] } }, ['"amount", "hoursSaved"']],
  unknownProperty: [{ path: ['benefits', 1, 'margni'], code: 'unknownProperty', params: { allowed: ['name', 'margin'], hint: 'margin' } }, ['margin', 'name, margin']],
  amount: [{ path: ['costs', 0, 'amount'], code: 'amount', params: { max: 1e15, got: 2e15 } }, ['1e15', '2000000000000000']],
  fraction: [{ path: ['discountRate'], code: 'fraction', params: { got: 1.5 } }, ['0', '1', '1.5']],
  month: [{ path: ['costs', 0, 'month'], code: 'month', params: { max: 24, horizonBound: true, got: 30 } }, ['24', '30', 'horizonMonths']],
  horizon: [{ path: ['horizonMonths'], code: 'horizon', params: { max: 240, got: 0 } }, ['240']],
  oneOf: [{ path: ['costs', 0, 'per'], code: 'oneOf', params: { allowed: ['month', 'year'], got: 'week' } }, ['"month", "year"', '"week"']],
  text: [{ path: ['name'], code: 'text', params: { got: '' } }, ['""']],
  notString: [{ path: ['note'], code: 'notString', params: { got: 5 } }, ['5']],
  invisibleText: [{ path: ['name'], code: 'invisibleText', params: { got: '\u200b' } }, ['"\u200b"']],
  textTooLong: [{ path: ['name'], code: 'textTooLong', params: { max: 200, length: 250 } }, ['200', '250']],
  badCharacter: [{ path: ['name'], code: 'badCharacter', params: { codePoint: 0x1b, position: 3 } }, ['U+001B', '3']],
  currency: [{ path: ['currency'], code: 'currency', params: { got: 'dollars' } }, ['ISO 4217', '"USD"', '"dollars"']],
  date: [{ path: ['startDate'], code: 'date', params: { got: '2025-02-30' } }, ['"2025-02-30"']],
  dateRange: [{ path: ['startDate'], code: 'dateRange', params: { min: '1900-01-01', max: '9979-12-01', horizonMonths: 240, got: '9999-01-01' } }, ['1900-01-01', '9979-12-01', '240', '9999-01-01']],
  monthBefore: [{ path: ['benefits', 0, 'fullEffectMonth'], code: 'monthBefore', params: { field: 'startMonth', min: 6, got: 3 } }, ['startMonth', '6', '3']],
  notAllowedWhen: [{ path: ['costs', 0, 'escalation'], code: 'notAllowedWhen', params: { field: 'type', value: 'oneTime', reason: 'oneOff' } }, ['type', 'oneTime', 'startMonth']],
  byYear: [{ path: ['costs', 0, 'amount'], code: 'byYear', params: { maxYears: 3, got: [1, 2, 3, 4] } }, ['3']],
  threePoint: [{ path: ['costs', 0, 'users'], code: 'threePoint', params: { got: { low: 1 } } }, ['"conservative"', '"optimistic"']],
  threePointOrder: [{ path: ['benefits', 0, 'hoursPerMonth'], code: 'threePointOrder', params: { side: 'benefit', conservative: 14, expected: 10, optimistic: 6 } }, ['≤', '14', '10', '6']],
  lineId: [{ path: ['costs', 0, 'id'], code: 'lineId', params: { got: '1x' } }, ['32', '"_"', '"1x"']],
  duplicateId: [{ path: ['costs', 1, 'id'], code: 'duplicateId', params: { id: 'crm', first: ['costs', 0, 'id'] } }, ['crm', 'costs[0].id']],
  tooMany: [{ path: ['kpis'], code: 'tooMany', params: { of: 'kpis', max: 50, got: 51 } }, ['50', '51']],
  lineAmountTooLarge: [{ path: ['costs', 0], code: 'lineAmountTooLarge', params: { max: 1e15, got: 3.456e17 } }, ['3.46e+17', '1e15']],
  actualMonth: [{ path: ['costs', 0, 'actuals', '2030-01'], code: 'actualMonth', params: { first: '2025-01', last: '2026-12', got: '2030-01' } }, ['2025-01', '2026-12', '"2030-01"', 'YYYY-MM']],
  actualValue: [{ path: ['costs', 0, 'actuals', '2025-03'], code: 'actualValue', params: { max: 1e15, got: 'x' } }, ['1e15', '"x"']],
  series: [{ path: ['kpis', 0, 'baseline'], code: 'series', params: { max: 120, got: [] } }, ['120']],
  unknownBenefit: [{ path: ['kpis', 0, 'benefit'], code: 'unknownBenefit', params: { allowed: ['winRate'], got: 'nope' } }, ['"winRate"', '"nope"']],
  measuredLineHasActuals: [{ path: ['benefits', 0, 'actuals'], code: 'measuredLineHasActuals', params: { id: 'winRate' } }, ['winRate']],
  measuredTwice: [{ path: ['kpis', 1, 'benefit'], code: 'measuredTwice', params: { id: 'winRate', first: ['kpis', 0, 'benefit'] } }, ['winRate', 'kpis[0].benefit']],
  requiresWith: [{ path: ['kpis', 0, 'target'], code: 'requiresWith', params: { field: 'baseline' } }, ['baseline']],
};

// Words an English message is made of, which no other language's message should still hold. JSON in quotes and the
// case's own field names are left out first: they are the same in every language.
const ENGLISH = /\b(expected|got|allowed|required|between|number|already|month|line|unknown|missing|the|of|or|and)\b/i;
const withoutCode = (text: string) => text.replace(/"[^"]*"/g, '').replace(/\b[a-z]+[A-Z]\w*\b/g, '').replace(/\b(YYYY-MM(-DD)?|JSON|ISO|KPIs?|ids?)\b/g, '');

describe.each(LOCALE_TAGS)('validation issues in %s', (locale) => {
  it.each(Object.values(SAMPLES))('%j', (issue, facts) => {
    const message = issueMessage(issue, locale);
    expect(message).not.toMatch(/\{\w+\}/);
    for (const fact of facts) expect(message).toContain(fact);
    if (locale !== 'en') {
      expect(message).not.toBe(issueMessage(issue, 'en'));
      expect(withoutCode(message)).not.toMatch(ENGLISH);
    }
    // The path is the case's own, in every language, at the start of the line.
    expect(formatIssue(issue, locale).startsWith(`${formatIssue(issue).split(':')[0]}`)).toBe(true);
  });

  it('quotes a value in the language, JSON values as JSON', () => {
    expect(describeValue('x', locale)).toBe('"x"');
    expect(describeValue(null, locale)).toBe('null');
    if (locale !== 'en') expect([describeValue([], locale), describeValue({}, locale)]).not.toContain('an array');
    expect(expectation(SAMPLES.fraction[0], locale)?.got).toBe(1.5);
  });
});

describe('English stays as it was', () => {
  it('renders with no locale, word for word', () => {
    expect(formatIssue(SAMPLES.amount[0])).toBe('costs[0].amount: expected a number ≥ 0 and ≤ 1e15 (larger is not a plausible amount), got 2000000000000000');
    expect(formatIssue(SAMPLES.tooMany[0])).toBe('kpis: expected at most 50 KPIs, got 51');
    expect(issueMessage(SAMPLES.threePoint[0])).toBe('expected a number, or an estimate { "conservative": …, "expected": …, "optimistic": … }, got an object');
  });

  it('and the other languages read naturally', () => {
    expect(formatIssue(SAMPLES.textTooLong[0], 'pl')).toBe('name: tekst za długi: limit znaków: 200, podano: 250');
    expect(formatIssue(SAMPLES.unknownProperty[0], 'fr')).toBe('benefits[1].margni\u00a0: propriété inconnue (vouliez-vous dire «\u00a0margin\u00a0»\u00a0?)\u00a0; propriétés admises\u00a0: name, margin');
    expect(formatIssue(SAMPLES.duplicateId[0], 'de')).toBe('costs[1].id: die ID „crm“ wird bereits von costs[0].id verwendet (IDs sind eindeutig, unabhängig von Groß- und Kleinschreibung)');
    expect(formatIssue(SAMPLES.required[0], 'zh-CN')).toBe('benefits[0].type：缺少必填字段；应为 "amount", "hoursSaved" 之一');
  });
});
