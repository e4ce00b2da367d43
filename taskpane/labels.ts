import type { Locale } from '../src/i18n/locales';
import type { MessageKey } from '../src/i18n/messages/types';
import { CATALOGS } from '../src/i18n/t';
import type { FieldSpec } from './fields';

// The form's line-type, field, choice and preset wording in the wizard's language. The registry (src/case/lines.ts)
// stays English for the CLI and the sheet; its types and fields key the catalog here (messages/wizard/en.ts says how).

type Side = 'costs' | 'benefits';
const one = (side: Side) => (side === 'costs' ? 'cost' : 'benefit');

/** The first of `keys` the catalog has. Every key asked for exists in English: tests/taskpane/labels.test.ts. */
function first(locale: Locale, ...keys: string[]): string | undefined {
  const catalog = CATALOGS[locale] as Record<string, string>;
  const key = keys.find((k) => k in catalog);
  return key === undefined ? undefined : catalog[key as MessageKey];
}

/** The help of a field, by its key; a side's own wording where costs and benefits differ. */
const HELP: Record<string, string> = {
  month: 'initial', startMonth: 'initial', endMonth: 'toHorizon', timing: 'timing', escalation: 'escalation',
  fullEffectMonth: 'fullEffect', productivityFactor: 'productivity', churnReduction: 'churnReduction',
  annualValuePerCustomer: 'annualValue', churnRate: 'churnRate',
};

export const typeLabel = (locale: Locale, side: Side, type: string): string => first(locale, `wizard.type.${one(side)}.${type}`) ?? type;

/** A field of a line of `type` as the form shows it in `locale`: label, help and choices. */
export function localSpec(locale: Locale, side: Side, type: string, spec: FieldSpec): FieldSpec {
  const s = one(side);
  const label = first(locale, `wizard.field.${s}.${type}.${spec.key}`, `wizard.field.${s}.${spec.key}`) ?? spec.label;
  const help = spec.yearly
    ? first(locale, 'wizard.byYearHelp')
    : spec.key === 'risk' ? first(locale, `wizard.help.${s}Risk`) : HELP[spec.key] && first(locale, `wizard.help.${HELP[spec.key]}`);
  const options = spec.options?.map((o) => ({ value: o.value, label: first(locale, `wizard.option.${type}.${spec.key}.${o.value}`, `wizard.option.${spec.key}.${o.value}`) ?? o.label }));
  return { ...spec, label, help: help ?? undefined, ...(options && { options }) };
}

export const categoryLabel = (locale: Locale, value: string): string => first(locale, `wizard.option.category.${value}`) ?? value;

export const presetText = (locale: Locale, side: Side, id: string): { label: string; help: string } => ({
  label: first(locale, `wizard.preset.${one(side)}.${id}`) ?? id,
  help: first(locale, `wizard.preset.${one(side)}.${id}.help`) ?? '',
});
