import { describeValue, expectation, issueMessage, pathText, type CaseIssue } from '../src/case/issues';
import type { RoiCase } from '../src/case/types';
import { POINTS, validateCase, type Point, type Uncertain } from '../src/case/validate';
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

function specAt(d: Draft, issue: CaseIssue): FieldSpec | undefined {
  const [head, index, key] = issue.path;
  if (head === 'discountRate') return { key: head, label: 'Discount rate', kind: 'percent' };
  if ((head !== 'costs' && head !== 'benefits') || typeof index !== 'number') return undefined;
  const line = d[head][index];
  return line && fieldsOf(head, line.type).find((f) => f.key === key);
}

const percentOf = (got: unknown) => (typeof got === 'number' && Number.isFinite(got) ? `${Number((got * 100).toPrecision(12))} %` : String(got));
const grouped = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 12 });

/** The message next to a field: "Must be a number ≥ 0 (got -5)."; fractions read as percents on percent fields. */
function message(issue: CaseIssue, spec: FieldSpec | undefined): string {
  if (issue.code === 'text' || issue.code === 'required') return 'Required.';
  if (issue.code === 'fraction' && spec?.kind === 'percent') return `Must be a percentage between 0 and 100 (got ${percentOf(issue.params.got)}).`;
  if (issue.code === 'actualMonth') {
    const { first, last, got } = issue.params;
    return `Not a month of the case, which runs from ${calendarMonth(first)} (the initial period) to ${calendarMonth(last)} (got ${describeValue(got)}).`;
  }
  if (issue.code === 'byYear') {
    const { maxYears, got } = issue.params;
    return `One value, or one per year of the horizon: at most ${maxYears} (got ${Array.isArray(got) ? got.length : describeValue(got)}).`;
  }
  if (issue.code === 'threePoint') return `Must be one value, or a range of three: conservative, expected and optimistic (got ${describeValue(issue.params.got)}).`;
  if (issue.code === 'threePointOrder') {
    const { side, ...points } = issue.params;
    const got = POINTS.map((p) => (spec?.kind === 'percent' ? percentOf(points[p]) : grouped.format(points[p]))).join(', ');
    return side === 'benefit' ? `For a benefit, conservative ≤ expected ≤ optimistic (got ${got}).` : `For a cost, conservative ≥ expected ≥ optimistic (got ${got}).`;
  }
  const e = expectation(issue);
  if (e) return `Must be ${e.want} (got ${describeValue(e.got)}).`;
  const text = issueMessage(issue);
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}

const isPoint = (x: unknown): x is Point => (POINTS as readonly unknown[]).includes(x);

/**
 * validateCase's issues as messages at the form's inputs, one per input. An entry of a per-year list
 * (["costs", 1, "amount", 2]) is told at its field, by its year; a point of a range (["costs", 1, "users", "optimistic"])
 * at that point's input. `parsed` are the form's own errors: a field it could not read is left out of the case, so
 * validateCase's "required" there (or at the range one of whose points it could not read) says nothing new.
 */
export function fieldErrors(d: Draft, issues: readonly CaseIssue[], parsed: readonly FieldError[] = []): FieldError[] {
  const seen = new Set(parsed.map((e) => e.path));
  const told = (path: string) => seen.has(path) || POINTS.some((p) => seen.has(`${path}.${p}`));
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const at = issue.path[3];
    const year = typeof at === 'number' ? at : undefined;
    const path = issue.path.length ? pathText(year === undefined ? issue.path : issue.path.slice(0, 3)) : '';
    if (told(path)) continue;
    seen.add(path);
    const spec = specAt(d, issue);
    const text = message(issue, spec);
    const lower = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    // An actual is told by its calendar month ("Mar 2025: …"), at its own input.
    const month = issue.path[2] === 'actuals' && typeof at === 'string' ? calendarMonth(at) : undefined;
    const where = year !== undefined ? `Year ${year + 1}` : month ?? (isPoint(at) && spec ? pointName(at, spec) : undefined);
    errors.push({ path, message: where ? `${where}: ${lower}` : text });
  }
  return errors;
}

export function checkDraft(d: Draft): Verdict {
  const { case: c, errors } = draftToCase(d);
  const result = validateCase(c);
  if (result.ok && errors.length === 0) return { case: result.case, uncertain: result.uncertain, errors: [] };
  return { case: null, uncertain: [], errors: result.ok ? errors : [...errors, ...fieldErrors(d, result.issues, errors)] };
}

/**
 * The case as it stands without the actuals it cannot read, while those are the draft's only problems: the Track
 * step keeps showing its figures (an unreadable entry changes nothing) while the analyst fixes it. Null otherwise.
 */
export function caseWithoutBadActuals(d: Draft, v: Verdict): RoiCase | null {
  if (v.case) return v.case;
  if (!v.errors.every((e) => e.path.includes('.actuals.'))) return null;
  const result = validateCase(draftToCase(d).case);
  return result.ok ? result.case : null;
}
