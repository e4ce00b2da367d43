import { describeValue, expectation, issueMessage, pathText, type CaseIssue } from '../src/case/issues';
import type { RoiCase } from '../src/case/types';
import { POINTS, validateCase, type Point, type Uncertain } from '../src/case/validate';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { draftToCase, fieldsOf, type Draft, type FieldError } from './draft';
import { pointName, type FieldSpec } from './fields';
import { calendarMonth } from './format';

// One verdict on the draft: the form's own parse errors first, then the core's validateCase, rendered for the form
// (the form shows percents where the case stores fractions) and keyed by the same paths as the inputs.

export interface Verdict {
  /** Null while anything is invalid: nothing may be written then. The expected case when drivers are ranges. */
  case: RoiCase | null;
  /** The drivers typed as a range, as validateCase lists them: the scenarios are built from them. */
  uncertain: readonly Uncertain[];
  errors: FieldError[];
}

function specAt(d: Draft, issue: CaseIssue, locale: Locale): FieldSpec | undefined {
  const [head, index, key] = issue.path;
  if (head === 'discountRate') return { key: head, label: t(locale, 'term.discountRate'), kind: 'percent' };
  if ((head !== 'costs' && head !== 'benefits') || typeof index !== 'number') return undefined;
  const line = d[head][index];
  return line && fieldsOf(head, line.type, locale).find((f) => f.key === key);
}

/** Between the three points told in a message: "," is a decimal mark in German, French and Polish. */
const LIST_SEPARATOR: Record<Locale, string> = { en: ', ', 'zh-CN': '、', de: '; ', fr: '\u00a0; ', pl: '; ' };

/** The core's message in a language: src/case/issues.ts takes the locale (a caller's extra argument is ignored before it does). */
const coreMessage = issueMessage as (issue: CaseIssue, locale?: Locale) => string;

/** The message next to a field: "Must be a number ≥ 0 (got -5)."; fractions read as percents on percent fields. */
function message(issue: CaseIssue, spec: FieldSpec | undefined, locale: Locale): string {
  const grouped = new Intl.NumberFormat(locale, { maximumSignificantDigits: 12 });
  const percentOf = (got: unknown) => (typeof got === 'number' && Number.isFinite(got) ? new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 12 }).format(got) : String(got));
  if (issue.code === 'text' || issue.code === 'required') return t(locale, 'wizard.check.required');
  if (issue.code === 'fraction' && spec?.kind === 'percent') return t(locale, 'wizard.check.percent', { got: percentOf(issue.params.got) });
  if (issue.code === 'actualMonth') {
    const { first, last, got } = issue.params;
    return t(locale, 'wizard.check.actualMonth', { first: calendarMonth(String(first), locale), last: calendarMonth(String(last), locale), got: describeValue(got) });
  }
  if (issue.code === 'byYear') {
    const { maxYears, got } = issue.params;
    return t(locale, 'wizard.check.byYear', { maxYears, got: Array.isArray(got) ? got.length : describeValue(got) });
  }
  if (issue.code === 'threePoint') return t(locale, 'wizard.check.threePoint', { got: describeValue(issue.params.got) });
  if (issue.code === 'threePointOrder') {
    const { side, ...points } = issue.params;
    const got = POINTS.map((p) => (spec?.kind === 'percent' ? percentOf(points[p]) : grouped.format(points[p]))).join(LIST_SEPARATOR[locale]);
    return t(locale, side === 'benefit' ? 'wizard.check.orderBenefit' : 'wizard.check.orderCost', { got });
  }
  // expectation() words what a value must be in English; other languages take the core's whole message.
  const e = locale === 'en' ? expectation(issue) : undefined;
  if (e) return `Must be ${e.want} (got ${describeValue(e.got)}).`;
  const text = coreMessage(issue, locale);
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.。]$/.test(text) ? '' : locale === 'zh-CN' ? '。' : '.');
}

const isPoint = (x: unknown): x is Point => (POINTS as readonly unknown[]).includes(x);

/**
 * validateCase's issues as messages at the form's inputs, one per input. An entry of a per-year list
 * (["costs", 1, "amount", 2]) is told at its field, by its year; a point of a range (["costs", 1, "users", "optimistic"])
 * at that point's input. `parsed` are the form's own errors: a field it could not read is left out of the case, so
 * validateCase's "required" there (or at the range one of whose points it could not read) says nothing new.
 */
export function fieldErrors(d: Draft, issues: readonly CaseIssue[], parsed: readonly FieldError[] = [], locale: Locale = 'en'): FieldError[] {
  const seen = new Set(parsed.map((e) => e.path));
  const told = (path: string) => seen.has(path) || POINTS.some((p) => seen.has(`${path}.${p}`));
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const at = issue.path[3];
    const year = typeof at === 'number' ? at : undefined;
    const path = issue.path.length ? pathText(year === undefined ? issue.path : issue.path.slice(0, 3)) : '';
    if (told(path)) continue;
    seen.add(path);
    const spec = specAt(d, issue, locale);
    const text = message(issue, spec, locale);
    // English goes on in lower case after "Year 2:"; the other languages' sentences keep their capital.
    const after = locale === 'en' ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
    // An actual is told by its calendar month ("Mar 2025: …"), at its own input.
    const month = issue.path[2] === 'actuals' && typeof at === 'string' ? calendarMonth(at, locale) : undefined;
    const where = year !== undefined ? t(locale, 'wizard.parse.year', { n: year + 1 }) : month ?? (isPoint(at) && spec ? pointName(at, spec, locale) : undefined);
    errors.push({ path, message: where ? t(locale, 'wizard.check.at', { where, message: after }) : text });
  }
  return errors;
}

export function checkDraft(d: Draft, locale: Locale = 'en'): Verdict {
  const { case: c, errors } = draftToCase(d, locale);
  const result = validateCase(c);
  if (result.ok && errors.length === 0) return { case: result.case, uncertain: result.uncertain, errors: [] };
  return { case: null, uncertain: [], errors: result.ok ? errors : [...errors, ...fieldErrors(d, result.issues, errors, locale)] };
}

/**
 * The case as it stands without the actuals it cannot read, while those are the draft's only problems: the Track
 * step keeps showing its figures (an unreadable entry changes nothing) while the analyst fixes it. Null otherwise.
 */
export function caseWithoutBadActuals(d: Draft, v: Verdict, locale: Locale): RoiCase | null {
  if (v.case) return v.case;
  if (!v.errors.every((e) => e.path.includes('.actuals.'))) return null;
  const result = validateCase(draftToCase(d, locale).case);
  return result.ok ? result.case : null;
}
