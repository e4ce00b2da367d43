import { areaT } from '../i18n/area';
import type { Locale } from '../i18n/locales';
import { issueDe } from '../i18n/messages/issue/de';
import { issueEn } from '../i18n/messages/issue/en';
import { issueFr } from '../i18n/messages/issue/fr';
import { issuePl } from '../i18n/messages/issue/pl';
import { issueZhCN } from '../i18n/messages/issue/zh-CN';

// Validation problems as data: where (a JSON path), what (a code) and the facts (params). Nothing downstream parses a
// message; each edge (CLI, sheet read-back, wizard) renders the issue in its own words and its reader's language.

// The issue.* area alone, not every catalog: evaluate() throws with these words, and the Risk step's worker evaluates.
const t = areaT<typeof issueEn>({ en: issueEn, de: issueDe, fr: issueFr, pl: issuePl, 'zh-CN': issueZhCN });

export type IssuePath = readonly (string | number)[];

export type CaseIssue =
  | { path: IssuePath; code: 'notObject'; params: { got: unknown } }
  | { path: IssuePath; code: 'notArray'; params: { of: ListOf; got: unknown } }
  | { path: IssuePath; code: 'required'; params: { allowed?: readonly string[] } }
  | { path: IssuePath; code: 'unknownProperty'; params: { allowed: readonly string[]; hint?: string } }
  | { path: IssuePath; code: 'amount'; params: { max: number; got: unknown } }
  | { path: IssuePath; code: 'fraction'; params: { got: unknown } }
  | { path: IssuePath; code: 'month'; params: { max: number; horizonBound: boolean; got: unknown } }
  | { path: IssuePath; code: 'horizon'; params: { max: number; got: unknown } }
  | { path: IssuePath; code: 'oneOf'; params: { allowed: readonly string[]; got: unknown } }
  | { path: IssuePath; code: 'text'; params: { got: unknown } }
  | { path: IssuePath; code: 'notString'; params: { got: unknown } }
  | { path: IssuePath; code: 'invisibleText'; params: { got: string } }
  | { path: IssuePath; code: 'textTooLong'; params: { max: number; length: number } }
  | { path: IssuePath; code: 'badCharacter'; params: { codePoint: number; position: number } }
  | { path: IssuePath; code: 'currency'; params: { got: unknown } }
  | { path: IssuePath; code: 'date'; params: { got: unknown } }
  | { path: IssuePath; code: 'dateRange'; params: { min: string; max: string; horizonMonths?: number; got: string } }
  | { path: IssuePath; code: 'monthBefore'; params: { field: string; min: number; got: number } }
  | { path: IssuePath; code: 'notAllowedWhen'; params: { field: string; value: string; reason: 'oneOff' | 'notYearly' } }
  | { path: IssuePath; code: 'byYear'; params: { maxYears: number; got: unknown } }
  | { path: IssuePath; code: 'threePoint'; params: { got: unknown } }
  | { path: IssuePath; code: 'threePointOrder'; params: { side: 'cost' | 'benefit'; conservative: number; expected: number; optimistic: number } }
  | { path: IssuePath; code: 'lineId'; params: { got: unknown } }
  | { path: IssuePath; code: 'duplicateId'; params: { id: string; first: IssuePath } }
  | { path: IssuePath; code: 'tooMany'; params: { of: ListOf; max: number; got: number } }
  | { path: IssuePath; code: 'lineAmountTooLarge'; params: { max: number; got: number } }
  | { path: IssuePath; code: 'actualMonth'; params: { first: string; last: string; got: string } }
  | { path: IssuePath; code: 'actualValue'; params: { max: number; got: unknown } }
  | { path: IssuePath; code: 'series'; params: { max: number; got: unknown } }
  | { path: IssuePath; code: 'unknownBenefit'; params: { allowed: readonly string[]; got: unknown } }
  | { path: IssuePath; code: 'measuredLineHasActuals'; params: { id: string } }
  | { path: IssuePath; code: 'measuredTwice'; params: { id: string; first: IssuePath } }
  | { path: IssuePath; code: 'requiresWith'; params: { field: string } };

/** The lists a case holds. */
export type ListOf = 'costLines' | 'benefitLines' | 'strings' | 'kpis';

export type IssueCode = CaseIssue['code'];

/** ["costs", 2, "amount"] → "costs[2].amount"; the whole case is "(case)". */
export function pathText(path: IssuePath): string {
  if (path.length === 0) return '(case)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** A value as a message quotes it: short, and never a raw control character. JSON values read the same in every language. */
export function describeValue(v: unknown, locale: Locale = 'en'): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return t(locale, 'issue.value.array');
  if (typeof v === 'object') return t(locale, 'issue.value.object');
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

const codePoint = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;
const quoted = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
/** A three-point estimate as the case file writes it: JSON, the same in every language. */
export const ESTIMATE = '{ "conservative": …, "expected": …, "optimistic": … }';
const exponent = (x: number) => x.toExponential().replace('e+', 'e');

const LIST_KEYS = { costLines: 'issue.want.costLines', benefitLines: 'issue.want.benefitLines', strings: 'issue.want.strings', kpis: 'issue.want.kpis' } as const;
const TOO_MANY_KEYS = { strings: 'issue.tooManyNotes', kpis: 'issue.tooManyKpis', costLines: 'issue.tooManyLines', benefitLines: 'issue.tooManyLines' } as const;

/** For an issue about a value of the wrong kind or range: what was expected, in the locale's words, and what came instead. */
export function expectation(issue: CaseIssue, locale: Locale = 'en'): { want: string; got: unknown } | undefined {
  const { got } = issue.params as { got?: unknown };
  const want = (text: string) => ({ want: text, got });
  switch (issue.code) {
    case 'notObject': return want(t(locale, issue.path.length ? 'issue.want.object' : 'issue.want.jsonObject'));
    case 'notArray': return want(t(locale, LIST_KEYS[issue.params.of]));
    case 'amount': {
      const { max } = issue.params;
      return want(typeof got === 'number' && Number.isFinite(got) && got > max ? t(locale, 'issue.want.amountMax', { max: exponent(max) }) : t(locale, 'issue.want.amount'));
    }
    case 'fraction': return want(t(locale, 'issue.want.fraction'));
    case 'month': return want(t(locale, issue.params.horizonBound ? 'issue.want.monthHorizon' : 'issue.want.month', { max: issue.params.max }));
    case 'horizon': return want(t(locale, 'issue.want.horizon', { max: issue.params.max }));
    case 'oneOf': return want(t(locale, 'issue.want.oneOf', { allowed: quoted(issue.params.allowed) }));
    case 'text': return want(t(locale, 'issue.want.text'));
    case 'lineId': return want(t(locale, 'issue.want.lineId'));
    case 'notString': return want(t(locale, 'issue.want.string'));
    case 'currency': return want(t(locale, 'issue.want.currency'));
    case 'date': return want(t(locale, 'issue.want.date'));
    case 'threePoint': return want(t(locale, 'issue.want.threePoint', { estimate: ESTIMATE }));
    case 'actualValue': return want(t(locale, 'issue.want.actualValue', { max: exponent(issue.params.max) }));
    case 'series': return want(t(locale, 'issue.want.series', { max: issue.params.max }));
    case 'unknownBenefit': {
      const { allowed } = issue.params;
      return want(allowed.length ? t(locale, 'issue.want.benefitId', { allowed: quoted(allowed) }) : t(locale, 'issue.want.benefitIdNone'));
    }
    case 'byYear': {
      const n = issue.params.maxYears;
      return want(t(locale, n === 1 ? 'issue.want.byYearOne' : 'issue.want.byYear', { max: n }));
    }
    default: return undefined;
  }
}

/** The problem in the locale's words, without its path: "expected a number ≥ 0, got -5". */
export function issueMessage(issue: CaseIssue, locale: Locale = 'en'): string {
  const e = expectation(issue, locale);
  if (e) return t(locale, 'issue.expected', { want: e.want, got: describeValue(e.got, locale) });
  switch (issue.code) {
    case 'required': {
      const { allowed } = issue.params;
      return allowed ? t(locale, 'issue.requiredOneOf', { allowed: quoted(allowed) }) : t(locale, 'issue.required');
    }
    case 'unknownProperty': {
      const { hint, allowed } = issue.params;
      return hint ? t(locale, 'issue.unknownPropertyHint', { hint, allowed: allowed.join(', ') }) : t(locale, 'issue.unknownProperty', { allowed: allowed.join(', ') });
    }
    case 'invisibleText': return t(locale, 'issue.invisibleText', { got: describeValue(issue.params.got, locale) });
    case 'textTooLong': return t(locale, 'issue.textTooLong', issue.params);
    case 'badCharacter': return t(locale, 'issue.badCharacter', { codePoint: codePoint(issue.params.codePoint), position: issue.params.position });
    case 'dateRange': {
      const { min, max, horizonMonths, got } = issue.params;
      return horizonMonths ? t(locale, 'issue.dateRangeHorizon', { min, max, months: horizonMonths, got }) : t(locale, 'issue.dateRange', { min, max, got });
    }
    case 'threePointOrder': {
      const { side, ...points } = issue.params;
      return t(locale, side === 'benefit' ? 'issue.orderBenefit' : 'issue.orderCost', points);
    }
    case 'duplicateId': return t(locale, 'issue.duplicateId', { id: issue.params.id, first: pathText(issue.params.first) });
    case 'monthBefore': return t(locale, 'issue.monthBefore', issue.params);
    case 'notAllowedWhen': {
      const { field, value, reason } = issue.params;
      return t(locale, reason === 'oneOff' ? 'issue.notAllowedOneOff' : 'issue.notAllowedNotYearly', { field, value });
    }
    case 'tooMany': return t(locale, TOO_MANY_KEYS[issue.params.of], issue.params);
    case 'actualMonth': return t(locale, 'issue.actualMonth', { first: issue.params.first, last: issue.params.last, got: describeValue(issue.params.got, locale) });
    case 'measuredLineHasActuals': return t(locale, 'issue.measuredLineHasActuals', issue.params);
    case 'measuredTwice': return t(locale, 'issue.measuredTwice', { id: issue.params.id, first: pathText(issue.params.first) });
    case 'requiresWith': return t(locale, 'issue.requiresWith', issue.params);
    case 'lineAmountTooLarge': return t(locale, 'issue.lineAmountTooLarge', { got: issue.params.got.toPrecision(3), max: exponent(issue.params.max) });
    default: return issue.code;
  }
}

/** "costs[2].amount: expected a number ≥ 0, got -5": the form the CLI prints. The path is the case's own, in every language. */
export const formatIssue = (issue: CaseIssue, locale: Locale = 'en'): string => t(locale, 'issue.at', { path: pathText(issue.path), message: issueMessage(issue, locale) });
