import { describeValue, expectation, issueMessage, pathText, type CaseIssue } from '../src/case/issues';
import type { RoiCase } from '../src/case/types';
import { validateCase } from '../src/case/validate';
import { draftToCase, fieldsOf, type Draft, type FieldError } from './draft';
import type { FieldSpec } from './fields';

// One verdict on the draft: the form's own parse errors first, then the core's validateCase, rendered for the form
// (the form shows percents where the case stores fractions) and keyed by the same paths as the inputs.

export interface Verdict {
  /** Null while anything is invalid: nothing may be written then. */
  case: RoiCase | null;
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

/** The message next to a field: "Must be a number ≥ 0 (got -5)."; fractions read as percents on percent fields. */
function message(issue: CaseIssue, spec: FieldSpec | undefined): string {
  if (issue.code === 'text' || issue.code === 'required') return 'Required.';
  if (issue.code === 'fraction' && spec?.kind === 'percent') return `Must be a percentage between 0 and 100 (got ${percentOf(issue.params.got)}).`;
  if (issue.code === 'byYear') {
    const { maxYears, got } = issue.params;
    return `One value, or one per year of the horizon: at most ${maxYears} (got ${Array.isArray(got) ? got.length : describeValue(got)}).`;
  }
  const e = expectation(issue);
  if (e) return `Must be ${e.want} (got ${describeValue(e.got)}).`;
  const text = issueMessage(issue);
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}

export function checkDraft(d: Draft): Verdict {
  const { case: c, errors } = draftToCase(d);
  const seen = new Set(errors.map((e) => e.path));
  const result = validateCase(c);
  if (result.ok && errors.length === 0) return { case: result.case, errors: [] };
  if (!result.ok)
    for (const issue of result.issues) {
      // An entry of a per-year list (["costs", 1, "amount", 2]) is told at its field, by its year.
      const entry = typeof issue.path[3] === 'number' ? issue.path[3] : undefined;
      const field = entry === undefined ? issue.path : issue.path.slice(0, 3);
      const path = field.length ? pathText(field) : '';
      if (seen.has(path)) continue;
      seen.add(path);
      const text = message(issue, specAt(d, issue));
      errors.push({ path, message: entry === undefined ? text : `Year ${entry + 1}: ${text.charAt(0).toLowerCase()}${text.slice(1)}` });
    }
  return { case: null, errors };
}
