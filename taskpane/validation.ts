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
      const path = issue.path.length ? pathText(issue.path) : '';
      if (seen.has(path)) continue;
      seen.add(path);
      errors.push({ path, message: message(issue, specAt(d, issue)) });
    }
  return { case: null, errors };
}
