import type { Locale } from '../src/i18n/locales';
import { t, type MessageArgs } from '../src/i18n/t';
import type { MessageKey } from '../src/i18n/messages/types';
import { h, uid } from './dom';
import { shows, type Draft, type DraftLine } from './draft';
import type { FieldSpec } from './fields';
import { addRange, type RangeControls } from './range-field';

// What the input steps (step-basics.ts, step-lines.ts) render with: the state they read, and the fields they build.
// Each field registers a slot by its case path, through which the wizard shows its message after every keystroke.

export interface Slot {
  input: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
  /** The field, label to message. */
  box: HTMLElement;
  /** Whether the field is shown now (an in-year timing only while the amount is per year). */
  shown?: () => boolean;
  /** A driver's range: its points' own messages are told at "<path>.conservative" and so on. */
  range?: RangeControls;
}

export interface FormCtx {
  locale: Locale;
  draft: Draft;
  slots: Map<string, Slot>;
  /** A value was typed: re-check the draft and update messages in place (the inputs stay, so focus does). */
  changed(): void;
  /** A line was added, removed or retyped: the input steps are rendered again from the draft. */
  restructured(): void;
}

export const tr = <K extends MessageKey>(ctx: FormCtx, key: K, ...params: MessageArgs<K>): string => t(ctx.locale, key, ...params);

export function field(ctx: FormCtx, path: string, label: string, value: string, set: (v: string) => void, extra: Record<string, string> = {}, help?: string): HTMLElement {
  const id = uid('f');
  const input = h('input', { id, name: path, 'data-path': path, type: 'text', value, autocomplete: 'off', 'aria-describedby': `${id}-err${help ? ` ${id}-help` : ''}`, ...extra });
  input.addEventListener('input', () => {
    set(input.value);
    ctx.changed();
  });
  return wrap(ctx, path, id, label, input, help);
}

export function select(ctx: FormCtx, path: string, label: string, options: { value: string; label: string }[], value: string, set: (v: string) => void, help?: string): HTMLElement {
  const id = uid('f');
  const input = h('select', { id, name: path, 'data-path': path, 'aria-describedby': `${id}-err${help ? ` ${id}-help` : ''}` },
    ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
  input.addEventListener('change', () => {
    set(input.value);
    ctx.changed();
  });
  return wrap(ctx, path, id, label, input, help);
}

function wrap(ctx: FormCtx, path: string, id: string, label: string, input: HTMLInputElement | HTMLSelectElement, help?: string): HTMLElement {
  const error = h('p', { class: 'field-error', id: `${id}-err`, 'data-error-for': path });
  const box = h('div', { class: 'field' }, h('label', { for: id }, label), input, help ? h('p', { class: 'help', id: `${id}-help` }, help) : null, error);
  ctx.slots.set(path, { input, error, box });
  return box;
}

/** A field of a cost or benefit line, worded in the wizard's language (spec from fieldsOf(…, locale)). */
export function lineField(ctx: FormCtx, side: 'costs' | 'benefits', index: number, line: DraftLine, spec: FieldSpec): HTMLElement {
  const path = `${side}[${index}].${spec.key}`;
  const set = (v: string) => (line.values[spec.key] = v);
  const label = spec.kind === 'percent' ? tr(ctx, 'wizard.percentLabel', { label: spec.label }) : spec.label;
  // A list of years needs ";", which numeric keyboards lack.
  const inputmode = spec.yearly ? 'text' : spec.kind === 'month' ? 'numeric' : 'decimal';
  const box = spec.kind === 'choice'
    ? select(ctx, path, label, spec.options!, line.values[spec.key] ?? '', set, spec.help)
    : field(ctx, path, label, line.values[spec.key] ?? '', set, { inputmode }, spec.help);
  const slot = ctx.slots.get(path)!;
  if (spec.when) slot.shown = () => shows(spec, line.values);
  if (spec.driver) slot.range = addRange(box, slot.input as HTMLInputElement, line, spec, side, ctx.locale, ctx.changed);
  // A list of years needs the room to be read whole.
  if (spec.yearly) box.classList.add('wide');
  return box;
}
