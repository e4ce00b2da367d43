import { CATEGORIES as DECLARED_CATEGORIES, fieldsOf, typesOf, type FieldDecl, type LineSide, type LineTypeDecl } from '../src/case/lines';
import type { BenefitCategory } from '../src/case/types';
import type { Point } from '../src/case/validate';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';

// The form's view of the line-type registry (src/case/lines.ts): the same fields as validation, the sheet and
// read-back use, worded in English here and in the wizard's language by labels.ts. A ramp month is a month to the form.

export type FieldKind = 'money' | 'number' | 'percent' | 'month' | 'choice';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  optional?: boolean;
  /** For kind 'choice'. */
  options?: { value: string; label: string }[];
  help?: string;
  /** One value, or one per year of the line, typed as "100; 120; 150". */
  yearly?: boolean;
  /** A factor of the line's amount: one value, or a range of three (conservative, expected, optimistic). */
  driver?: boolean;
  /** Shown, and put in the case, only while this holds for the line's values; always when absent. */
  when?: (values: Record<string, string>) => boolean;
}

/** The separator between the years of a yearly field as typed; "," is taken by thousands ("1,250"). */
export const YEAR_SEPARATOR = ';';

const spec = (t: LineTypeDecl, f: FieldDecl): FieldSpec => ({
  key: f.key, label: f.label, kind: f.kind === 'rampMonth' ? 'month' : f.kind, help: f.help, optional: f.optional,
  ...(f.options && { options: [...f.options] }),
  ...(f.yearly && { yearly: true }),
  ...(f.driver && { driver: true }),
  // An in-year timing means something only for an amount stated per year, which the type's own timing tells.
  ...(f.key === 'timing' && { when: (values: Record<string, string>) => t.timing(values).pattern === 'annual' }),
});

// The category has its own picker, beside the kind.
const typesFor = (side: LineSide): Record<string, { label: string; fields: FieldSpec[] }> =>
  Object.fromEntries(typesOf(side).map((t) => [t.type, { label: t.label, fields: fieldsOf(t).filter((f) => f.key !== 'category').map((f) => spec(t, f)) }]));

export const COST_TYPES = typesFor('cost');
export const BENEFIT_TYPES = typesFor('benefit');

export const CATEGORIES: { value: BenefitCategory; label: string }[] = [...DECLARED_CATEGORIES];


/** "Conservative margin", "Marge (konservativ)": one point of a driver typed as a range, as messages name it. */
export function pointName(point: Point, spec: FieldSpec, locale: Locale = 'en'): string {
  // English reads "Conservative margin": the field's noun goes lower case after the point; other languages keep it.
  const field = locale === 'en' ? `${spec.label.charAt(0).toLowerCase()}${spec.label.slice(1)}` : spec.label;
  const name = t(locale, `wizard.point.${point}`);
  return t(locale, 'wizard.pointOf', { point: locale === 'en' ? name : name.toLowerCase(), field });
}
