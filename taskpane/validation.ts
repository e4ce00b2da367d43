import type { RoiCase } from '../src/case/types';
import { validateCase } from '../src/case/validate';
import { draftToCase, fieldsOf, type Draft, type FieldError } from './draft';
import type { FieldSpec } from './fields';

// One verdict on the draft: the form's own parse errors first, then the core's validateCase, reworded for the form
// (the form shows percents where the case stores fractions) and keyed by the same paths as the inputs.

export interface Verdict {
  /** Null while anything is invalid: nothing may be written then. */
  case: RoiCase | null;
  errors: FieldError[];
}

const LINE_PATH = /^(costs|benefits)\[(\d+)\]\.(\w+)$/;

function specAt(d: Draft, path: string): FieldSpec | undefined {
  if (path === 'discountRate') return { key: path, label: 'Discount rate', kind: 'percent' };
  const m = LINE_PATH.exec(path);
  if (!m) return undefined;
  const line = d[m[1] as 'costs' | 'benefits'][Number(m[2])];
  return line && fieldsOf(m[1] as 'costs' | 'benefits', line.type).find((f) => f.key === m[3]);
}

/** "expected a number ≥ 0, got -5" → "Must be a number ≥ 0 (got -5)."; fractions become percents for percent fields. */
function reword(problem: string, spec: FieldSpec | undefined): string {
  if (/^expected a non-empty string/.test(problem)) return 'Required.';
  const m = /^expected (.*), got (.*)$/.exec(problem);
  if (!m) return problem.charAt(0).toUpperCase() + problem.slice(1) + (problem.endsWith('.') ? '' : '.');
  let [, want, got] = m;
  if (spec?.kind === 'percent' && /fraction between 0 and 1/.test(want)) {
    want = 'a percentage between 0 and 100';
    if (Number.isFinite(Number(got))) got = `${Number((Number(got) * 100).toPrecision(12))} %`;
  }
  return `Must be ${want} (got ${got}).`;
}

export function checkDraft(d: Draft): Verdict {
  const { case: c, errors } = draftToCase(d);
  const seen = new Set(errors.map((e) => e.path));
  const result = validateCase(c);
  if (result.ok && errors.length === 0) return { case: result.case, errors: [] };
  if (!result.ok)
    for (const line of result.errors) {
      const at = line.indexOf(': ');
      const path = at < 0 ? '' : line.slice(0, at);
      if (seen.has(path)) continue;
      seen.add(path);
      errors.push({ path, message: reword(at < 0 ? line : line.slice(at + 2), specAt(d, path)) });
    }
  return { case: null, errors };
}
