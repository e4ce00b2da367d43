import { POINTS, type Point } from '../src/case/validate';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { h } from './dom';
import { setRange, type DraftLine } from './draft';
import type { FieldSpec } from './fields';

// A driver's "Range" switch. On, the driver's own input becomes its expected value, between a conservative and an
// optimistic input; off, it is one value again and keeps what the expected value was. The draft holds the state;
// sync() makes the view follow it.

export interface RangeControls {
  /** The inputs of the three points; the expected one is the driver's own input. */
  inputs: Record<Point, HTMLInputElement>;
  on(): boolean;
  /** Shows the points while the draft has the range, hides them otherwise. */
  sync(): void;
}

/** Adds the switch and the two other points to a driver's field box (label, input, help, error, as the wizard builds it). */
export function addRange(box: HTMLElement, input: HTMLInputElement, line: DraftLine, spec: FieldSpec, side: 'costs' | 'benefits', locale: Locale, changed: () => void): RangeControls {
  const path = input.dataset.path!;
  const label = box.querySelector('label')!;
  label.id = `${input.id}-label`;
  // "One value, or one per year" does not hold for a range, which is of one value.
  const yearlyHelp = spec.yearly ? box.querySelector<HTMLElement>('.help') : null;
  const help = h('p', { class: 'help', id: `${input.id}-range-help` }, t(locale, side === 'costs' ? 'wizard.range.costs' : 'wizard.range.benefits'));
  const caption = (p: Point) => h('span', { class: 'point-label', id: `${input.id}-${p}-caption` }, t(locale, `wizard.point.${p}`));
  const point = (p: Exclude<Point, 'expected'>) => {
    const el = h('input', {
      id: `${input.id}-${p}`, name: `${path}.${p}`, 'data-path': `${path}.${p}`, type: 'text', autocomplete: 'off', inputmode: input.inputMode || null,
      'aria-labelledby': `${label.id} ${input.id}-${p}-caption`, 'aria-describedby': `${input.id}-err ${help.id}`,
    });
    el.addEventListener('input', () => {
      if (line.ranges?.[spec.key]) line.ranges[spec.key][p] = el.value;
      changed();
    });
    return el;
  };
  const inputs = { conservative: point('conservative'), expected: input, optimistic: point('optimistic') };
  const cells = POINTS.map((p) => h('div', { class: 'point' }, caption(p)));
  const points = h('div', { class: 'points' }, ...cells);
  const toggle = h('input', { type: 'checkbox', 'data-range-for': path, 'aria-label': t(locale, 'wizard.range.of', { field: locale === 'en' ? `${spec.label.charAt(0).toLowerCase()}${spec.label.slice(1)}` : spec.label }) });
  const fill = () => {
    const range = line.ranges?.[spec.key];
    if (range) [inputs.conservative.value, inputs.optimistic.value] = [range.conservative, range.optimistic];
  };
  toggle.addEventListener('change', () => {
    setRange(line, spec.key, toggle.checked);
    fill();
    changed();
  });
  // Moved into place after their stand-ins are in: an element cannot be replaced by one that holds it.
  const head = h('div', { class: 'field-head' });
  label.replaceWith(head);
  head.append(label, h('label', { class: 'range-toggle' }, toggle, t(locale, 'wizard.range.toggle')));
  input.replaceWith(points);
  POINTS.forEach((p, i) => cells[i].append(inputs[p]));
  box.querySelector('.field-error')!.before(help);

  const described = input.getAttribute('aria-describedby');
  const on = () => Boolean(line.ranges?.[spec.key]);
  fill();
  return {
    inputs,
    on,
    sync() {
      const ranged = on();
      toggle.checked = ranged;
      box.classList.toggle('ranged', ranged);
      help.hidden = !ranged;
      if (yearlyHelp) yearlyHelp.hidden = ranged;
      cells.forEach((cell, i) => {
        if (POINTS[i] === 'expected') cell.querySelector('.point-label')!.toggleAttribute('hidden', !ranged);
        else cell.hidden = !ranged;
      });
      // Named "<field> Expected" only while the other two points are there to tell it apart.
      if (ranged) input.setAttribute('aria-labelledby', `${label.id} ${input.id}-expected-caption`);
      else input.removeAttribute('aria-labelledby');
      input.setAttribute('aria-describedby', ranged ? `${described} ${help.id}` : described!);
    },
  };
}
