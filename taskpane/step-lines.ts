import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { h } from './dom';
import { fieldsOf, lineToDraft, retype, type Draft, type DraftLine } from './draft';
import { BENEFIT_TYPES, CATEGORIES, COST_TYPES } from './fields';
import { field, lineField, select, tr, type FormCtx } from './form-fields';
import { categoryLabel, presetText, typeLabel } from './labels';
import { BENEFIT_PRESETS, BLANK_LINE, COST_PRESETS } from './presets';

// Steps 2 and 3: the cost or benefit lines, each a card of its type's fields, and a picker to add one.

type Side = 'costs' | 'benefits';

/** A preset's line as named in a language: the English line name ("CRM licences"), else the preset's own label. */
export const presetName = (locale: Locale, side: Side, p: { id: string; line: { name: string } }): string =>
  locale === 'en' ? p.line.name : presetText(locale, side, p.id).label;

/** A line's name as typed, else "Cost 2". */
export const lineLegend = (draft: Draft, side: Side, i: number, locale: Locale): string =>
  draft[side][i]?.name.trim() || t(locale, side === 'costs' ? 'wizard.line.cost' : 'wizard.line.benefit', { n: i + 1 });

export function linesStep(ctx: FormCtx, side: Side): Node[] {
  const { draft, locale } = ctx;
  const list = draft[side];
  const types = side === 'costs' ? COST_TYPES : BENEFIT_TYPES;
  const presets = side === 'costs' ? COST_PRESETS : BENEFIT_PRESETS;
  const legend = (i: number) => lineLegend(draft, side, i, locale);
  const cards = list.map((line, i) => {
    const preset = presets.find((p) => p.line.name === line.name || presetName(locale, side, p) === line.name);
    return h('fieldset', { class: 'line', 'data-line': `${side}[${i}]` },
      h('legend', {}, legend(i)),
      preset ? h('p', { class: 'help' }, presetText(locale, side, preset.id).help) : null,
      field(ctx, `${side}[${i}].name`, tr(ctx, 'wizard.line.name'), line.name, (v) => (line.name = v)),
      select(ctx, `${side}[${i}].type`, tr(ctx, 'wizard.line.kind'), Object.keys(types).map((value) => ({ value, label: typeLabel(locale, side, value) })), line.type, (v) => {
        list[i] = retype(side, line, v);
        ctx.restructured();
      }),
      side === 'benefits'
        ? select(ctx, `benefits[${i}].category`, tr(ctx, 'wizard.line.category'), CATEGORIES.map((c) => ({ value: c.value, label: categoryLabel(locale, c.value) })), line.category ?? 'other', (v) => (line.category = v as DraftLine['category']))
        : null,
      h('div', { class: 'line-fields' }, ...fieldsOf(side, line.type, locale).map((spec) => lineField(ctx, side, i, line, spec))),
      h('button', { type: 'button', class: 'remove', 'aria-label': tr(ctx, 'wizard.line.removeNamed', { name: legend(i) }), onclick: () => {
        list.splice(i, 1);
        ctx.restructured();
        document.querySelector<HTMLElement>(`[data-add="${side}"] select`)?.focus();
      } }, tr(ctx, 'wizard.line.remove')),
    );
  });
  const what = tr(ctx, side === 'costs' ? 'wizard.add.cost' : 'wizard.add.benefit');
  const pick = h('select', { 'aria-label': what },
    h('option', { value: '' }, tr(ctx, 'wizard.add.pick', { what })),
    ...presets.map((p) => h('option', { value: p.id }, presetText(locale, side, p.id).label)),
    h('option', { value: 'blank' }, tr(ctx, 'wizard.add.blank')),
  );
  const add = h('button', { type: 'button', class: 'secondary', onclick: () => {
    const preset = presets.find((p) => p.id === pick.value);
    if (!pick.value) return;
    list.push(lineToDraft(side, preset ? { ...preset.line, name: presetName(locale, side, preset) } : BLANK_LINE[side], locale));
    ctx.restructured();
    ctx.slots.get(`${side}[${list.length - 1}].name`)?.input.focus();
  } }, tr(ctx, 'wizard.add.button'));
  const empty = list.length === 0 ? h('p', { class: 'help' }, tr(ctx, side === 'costs' ? 'wizard.noCosts' : 'wizard.noBenefits')) : null;
  return [...(empty ? [empty] : []), ...cards, h('div', { class: 'add', 'data-add': side }, pick, add)];
}
