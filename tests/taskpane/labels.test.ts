import { describe, expect, it } from 'vitest';
import { CATEGORIES, fieldsOf as registryFields, typesOf } from '../../src/case/lines';
import { metricLabel } from '../../src/case/metric-catalog';
import { LOCALE_TAGS } from '../../src/i18n/locales';
import { en } from '../../src/i18n/messages/en';
import { fieldsOf } from '../../taskpane/draft';
import { REVIEW_METRICS, metricName } from '../../taskpane/format';
import { categoryLabel, presetText, typeLabel } from '../../taskpane/labels';
import { BENEFIT_PRESETS, COST_PRESETS } from '../../taskpane/presets';

// The form's wording comes from the catalogs, keyed by the registry's types and fields: English must say what the
// registry says (so the form, the sheet and the CLI agree), and every type, field, choice and preset must have a key.

const SIDES = [['cost', 'costs'], ['benefit', 'benefits']] as const;

describe('line labels from the catalogs', () => {
  it.each(SIDES)('%s types and fields in English are the registry’s words', (side, formSide) => {
    for (const type of typesOf(side)) {
      expect(typeLabel('en', formSide, type.type)).toBe(type.label);
      const registry = new Map(registryFields(type).map((f) => [f.key, f]));
      for (const spec of fieldsOf(formSide, type.type, 'en')) {
        const f = registry.get(spec.key)!;
        expect([type.type, spec.key, spec.label]).toEqual([type.type, spec.key, f.label]);
        if (f.help && !f.yearly) expect([type.type, spec.key, spec.help]).toEqual([type.type, spec.key, f.help]);
        expect(spec.options ?? []).toEqual(f.options ?? []);
      }
    }
  });

  it.each(SIDES)('every %s type, field and choice has its own key (no fallback to the registry’s English)', (side, formSide) => {
    const keys = new Set(Object.keys(en));
    const one = side;
    for (const type of typesOf(side)) {
      expect(keys.has(`wizard.type.${one}.${type.type}`), type.type).toBe(true);
      for (const spec of fieldsOf(formSide, type.type)) {
        expect(keys.has(`wizard.field.${one}.${type.type}.${spec.key}`) || keys.has(`wizard.field.${one}.${spec.key}`), `${type.type}.${spec.key}`).toBe(true);
        for (const o of spec.options ?? [])
          expect(keys.has(`wizard.option.${type.type}.${spec.key}.${o.value}`) || keys.has(`wizard.option.${spec.key}.${o.value}`), `${spec.key}=${o.value}`).toBe(true);
      }
    }
  });

  it('categories, presets and review metrics: English as declared, and a key in every language', () => {
    for (const c of CATEGORIES) expect(categoryLabel('en', c.value)).toBe(c.label);
    for (const [side, presets] of [['costs', COST_PRESETS], ['benefits', BENEFIT_PRESETS]] as const)
      for (const p of presets) expect(presetText('en', side, p.id)).toEqual({ label: p.label, help: p.help });
    for (const key of REVIEW_METRICS) expect(metricName(key, 'en')).toBe(metricLabel(key));
  });

  it.each(LOCALE_TAGS.filter((l) => l !== 'en'))('%s: the form is not in English (types, a field, a preset)', (locale) => {
    expect(typeLabel(locale, 'costs', 'perUser')).not.toBe(typeLabel('en', 'costs', 'perUser'));
    expect(fieldsOf('benefits', 'deals', locale).find((f) => f.key === 'dealsPerMonth')!.label).not.toBe('Extra deals per month');
    expect(presetText(locale, 'benefits', 'winRate').help).not.toBe(presetText('en', 'benefits', 'winRate').help);
  });
});
