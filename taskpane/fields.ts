import { BENEFIT_FIELDS, CATEGORIES as DECLARED_CATEGORIES, typesOf, type FieldDecl, type LineSide } from '../src/case/lines';
import type { BenefitCategory } from '../src/case/types';

// The form's view of the line-type registry (src/case/lines.ts): the same fields, labels and help as validation,
// the sheet and read-back use. A ramp month is a month to the form.

export type FieldKind = 'money' | 'number' | 'percent' | 'month' | 'choice';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  optional?: boolean;
  /** For kind 'choice'. */
  options?: { value: string; label: string }[];
  help?: string;
}

const spec = (f: FieldDecl): FieldSpec => ({
  key: f.key, label: f.label, kind: f.kind === 'rampMonth' ? 'month' : f.kind, help: f.help, optional: f.optional,
  ...(f.options && { options: [...f.options] }),
});

const typesFor = (side: LineSide): Record<string, { label: string; fields: FieldSpec[] }> =>
  Object.fromEntries(typesOf(side).map((t) => [t.type, { label: t.label, fields: t.fields.map(spec) }]));

export const COST_TYPES = typesFor('cost');
export const BENEFIT_TYPES = typesFor('benefit');

/** Every benefit has a window, a ramp-up and a risk haircut; the category has its own picker. */
export const BENEFIT_TIMING: FieldSpec[] = BENEFIT_FIELDS.filter((f) => f.key !== 'category').map(spec);

export const CATEGORIES: { value: BenefitCategory; label: string }[] = [...DECLARED_CATEGORIES];
