import type { Evaluation } from '../src/case/evaluation';
import { MAX_HORIZON_MONTHS } from '../src/case/validate';
import { caseMonths, isColumn, pastedAmount, readPaste, type CaseMonth } from './actuals-entry';
import { h, replaceChildren, uid } from './dom';
import type { Draft, DraftActuals, FieldError } from './draft';
import type { Locale } from '../src/i18n/locales';
import { entryText } from '../src/i18n/number';
import { plural } from '../src/i18n/plural';
import { t } from '../src/i18n/t';
import { calendarMonth, moneyFormatter } from './format';

// The Track step's entry: pick a line (or a KPI), then one input per calendar month of the case. The inputs are built
// when the line or the case's months change, never while typing, so focus stays put; typing writes the draft.


interface Holder {
  /** "costs[0]", "benefits[2]", "kpis[0]": the path the draft's errors start with. */
  path: string;
  group: 'costs' | 'benefits' | 'kpis';
  index: number;
  label: string;
  /** The draft's line or KPI whose entries these are. */
  owner: { actuals?: DraftActuals };
  /** The KPI whose values carry this benefit line. */
  measuredBy?: string;
  unit?: string;
}

const UNNAMED = { costs: 'track.grid.unnamedCost', benefits: 'track.grid.unnamedBenefit', kpis: 'track.grid.unnamedKpi' } as const;

function holders(d: Draft, locale: Locale): Holder[] {
  const measured = new Map((d.kpis ?? []).filter((k) => k.kpi.benefit && k.kpi.valuePerUnit !== undefined).map((k) => [k.kpi.benefit!.toLowerCase(), k.kpi.name]));
  const lines = (['costs', 'benefits'] as const).flatMap((group) => d[group].map((line, index): Holder => ({
    path: `${group}[${index}]`, group, index, label: line.name.trim() || t(locale, UNNAMED[group], { n: index + 1 }),
    owner: line, measuredBy: line.id ? measured.get(line.id.toLowerCase()) : undefined,
  })));
  const kpis = (d.kpis ?? []).map((k, index): Holder => ({
    path: `kpis[${index}]`, group: 'kpis', index, label: k.kpi.name.trim() || t(locale, UNNAMED.kpis, { n: index + 1 }), owner: k, unit: k.kpi.unit,
  }));
  return [...lines, ...kpis];
}

/** The months of the draft's start date and horizon, or null while either is not valid. */
function draftMonths(d: Draft, locale: Locale): CaseMonth[] | null {
  const horizon = Number(d.horizonMonths);
  const date = /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(d.startDate.trim());
  return date && Number.isInteger(horizon) && horizon >= 1 && horizon <= MAX_HORIZON_MONTHS ? caseMonths(d.startDate.trim(), horizon, locale) : null;
}

export interface ActualsGrid {
  el: HTMLElement;
  /** Rebuilds from the draft: after a case is loaded or a line added, removed or retyped. */
  render(): void;
  /** Messages, line names and each month's plan, from the verdict; rebuilds the months if the case's changed. */
  update(errors: readonly FieldError[], ev: Evaluation | null): void;
  /** Picks the line of an actual's path ("costs[1].actuals.2025-03") and focuses that month's input. */
  focus(path: string): void;
}

export function actualsGrid(locale: Locale, draft: () => Draft, changed: () => void): ActualsGrid {
  const pick = h('select', { id: uid('track'), 'data-testid': 'track-line' });
  const pickBox = h('div', { class: 'field' }, h('label', { for: pick.id }, t(locale, 'track.grid.pick')), pick);
  const note = h('p', { class: 'help' });
  // What is wrong with a KPI itself rather than a month (it measures a line no longer in the case); the form cannot
  // edit a KPI's definition, so it can remove the KPI.
  const holderError = h('p', { class: 'field-error', 'data-testid': 'track-holder-error' });
  const removeKpi = h('button', { type: 'button', class: 'remove', hidden: true, onclick: () => {
    const i = current()?.index;
    if (i === undefined) return;
    draft().kpis!.splice(i, 1);
    render();
    changed();
  } }, t(locale, 'track.grid.removeKpi'));
  const rows = h('div', { class: 'month-grid', role: 'group' });
  const outside = h('div', { class: 'track-outside' });
  const el = h('div', { class: 'actuals-entry' }, pickBox, holderError, note, removeKpi, rows, outside);

  let selected = '';
  let monthsKey = '';
  let pasteError: { key: string; message: string } | null = null;
  let inputs = new Map<string, { input: HTMLInputElement; error: HTMLElement; plan: HTMLElement }>();
  pick.addEventListener('change', () => {
    selected = pick.value;
    pasteError = null;
    render();
    changed();
  });

  const current = () => holders(draft(), locale).find((x) => x.path === selected);

  function render(): void {
    const list = holders(draft(), locale);
    if (!list.some((x) => x.path === selected)) selected = list[0]?.path ?? '';
    const group = (g: Holder['group']) => {
      const of = list.filter((x) => x.group === g);
      const label = g === 'kpis' ? t(locale, 'track.kpis') : t(locale, `actuals.side.${g}`);
      return of.length ? h('optgroup', { label }, ...of.map((x) => h('option', { value: x.path, selected: x.path === selected }, x.label))) : null;
    };
    replaceChildren(pick, group('costs'), group('benefits'), group('kpis'));
    pickBox.hidden = list.length === 0;
    const months = draftMonths(draft(), locale);
    const holder = current();
    monthsKey = months ? `${months[0].key}/${months.length}` : '';
    inputs = new Map();
    replaceChildren(rows);
    replaceChildren(outside);
    rows.setAttribute('aria-label', holder?.label ?? '');
    removeKpi.hidden = holder?.group !== 'kpis';
    if (!holder) return void (note.textContent = t(locale, 'track.grid.none'));
    if (!months) return void (note.textContent = t(locale, 'track.grid.noMonths'));
    if (holder.measuredBy) {
      note.textContent = t(locale, 'track.grid.measured', { kpi: holder.measuredBy });
      // A case from a file may carry both; the line's own actuals must go (validateCase says so at the KPI).
      if (Object.values(holder.owner.actuals ?? {}).some((t) => t.trim() !== ''))
        outside.append(h('button', { type: 'button', class: 'remove', onclick: () => {
          delete holder.owner.actuals;
          render();
          changed();
        } }, t(locale, 'track.grid.removeOwn')));
      return;
    }
    const kpiHelp = holder.unit ? t(locale, 'track.grid.kpiHelpUnit', { unit: holder.unit }) : t(locale, 'track.grid.kpiHelp');
    note.textContent = holder.group === 'kpis' ? `${kpiHelp} ${t(locale, 'track.grid.help')}` : t(locale, 'track.grid.help');
    const entries = holder.owner.actuals ?? {};
    rows.append(h('div', { class: 'month-row month-head', 'aria-hidden': 'true' }, h('span', {}, t(locale, 'track.grid.month')), h('span', {}, t(locale, 'track.col.actual'))));
    for (const m of months) {
      const id = uid('actual');
      const input = h('input', {
        id, type: 'text', inputmode: 'decimal', autocomplete: 'off', value: entries[m.key] ?? '', 'data-month': m.key,
        'aria-label': t(locale, 'track.grid.inputLabel', { line: holder.label, month: m.label }), 'aria-describedby': `${id}-plan ${id}-err`,
      });
      const plan = h('span', { class: 'month-plan', id: `${id}-plan` });
      const error = h('p', { class: 'field-error', id: `${id}-err`, 'data-error-for': `${holder.path}.actuals.${m.key}` });
      input.addEventListener('input', () => {
        (holder.owner.actuals ??= {})[m.key] = input.value;
        pasteError = null;
        changed();
      });
      input.addEventListener('paste', (e: ClipboardEvent) => paste(e, holder, months, m));
      // Enter and the arrows move down and up the months, as in a spreadsheet's column.
      input.addEventListener('keydown', (e: KeyboardEvent) => {
        const step = e.key === 'Enter' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
        const to = step && months[m.month + step] && inputs.get(months[m.month + step].key);
        if (!to) return;
        e.preventDefault();
        to.input.focus();
      });
      inputs.set(m.key, { input, error, plan });
      rows.append(h('div', { class: m.month === 0 ? 'month-row initial' : 'month-row' }, h('label', { for: id }, m.label), input, plan, error));
    }
    const strays = Object.entries(entries).filter(([key, text]) => text.trim() !== '' && !months.some((m) => m.key === key));
    if (strays.length)
      outside.append(h('p', { class: 'help' }, t(locale, 'track.grid.outside')), h('ul', {}, ...strays.map(([key, text]) => h('li', {}, `${t(locale, 'track.grid.stray', { month: calendarMonth(key, locale), text })} `,
        h('button', { type: 'button', class: 'remove', onclick: () => {
          delete holder.owner.actuals![key];
          render();
          changed();
        } }, t(locale, 'track.grid.remove'))))));
  }

  /**
   * A column of values fills the months from the one pasted into; anything unreadable and nothing changes. One cell
   * ("$1,200", "(300)") replaces the month's entry, read as a column's cell is; other text is the input's own paste.
   */
  function paste(e: ClipboardEvent, holder: Holder, months: CaseMonth[], at: CaseMonth): void {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const one = isColumn(text) ? undefined : pastedAmount(text, locale);
    if (!isColumn(text) && one === undefined) return;
    e.preventDefault();
    const result = one === undefined ? readPaste(text, months, at.month, locale) : { ok: true as const, fills: { [at.key]: entryText(locale, one) } };
    if (!result.ok) {
      pasteError = { key: at.key, message: `${result.message} ${t(locale, 'track.grid.nothingPasted')}` };
      changed();
      return;
    }
    pasteError = null;
    const entries = Object.assign((holder.owner.actuals ??= {}), result.fills);
    for (const [key, slot] of inputs) slot.input.value = entries[key] ?? '';
    const keys = Object.keys(result.fills).sort();
    inputs.get(keys[keys.length - 1])?.input.focus();
    changed();
  }

  function update(errors: readonly FieldError[], ev: Evaluation | null): void {
    const months = draftMonths(draft(), locale);
    if ((months ? `${months[0].key}/${months.length}` : '') !== monthsKey) render();
    // Names follow the typing in the other steps; each line's count of problems shows in the picker.
    const list = holders(draft(), locale);
    for (const option of Array.from(pick.options)) {
      const holder = list.find((x) => x.path === option.value);
      const n = errors.filter((e) => e.path.startsWith(`${option.value}.actuals.`)).length;
      if (holder) option.textContent = holder.label + (n ? plural(locale, 'track.grid.problems', n, {}) : '');
    }
    const holder = current();
    if (!holder) return;
    rows.setAttribute('aria-label', holder.label);
    const byPath = new Map(errors.map((e) => [e.path, e.message]));
    holderError.textContent = holder.group !== 'kpis' ? '' : errors.filter((e) => e.path.startsWith(`${holder.path}.`) && !e.path.startsWith(`${holder.path}.actuals.`)).map((e) => e.message).join(' ');
    const plan = planOf(holder, ev, locale);
    for (const [key, slot] of inputs) {
      const message = pasteError?.key === key ? pasteError.message : byPath.get(`${holder.path}.actuals.${key}`);
      slot.error.textContent = message ?? '';
      if (message) slot.input.setAttribute('aria-invalid', 'true');
      else slot.input.removeAttribute('aria-invalid');
      slot.plan.textContent = plan(key);
    }
  }

  function focus(path: string): void {
    // An actual's path, or a KPI's other field ("kpis[0].benefit"): the line or KPI it is about.
    const [, holder, key] = /^(\w+\[\d+\])(?:\.actuals\.(.*))?/.exec(path) ?? [];
    if (holder && holder !== selected) {
      selected = holder;
      render();
      changed();
    }
    (key ? inputs.get(key)?.input : pick)?.focus();
  }

  return { el, render, update, focus };
}

/** A month's plan as the grid shows it beside the input: the line's risk-adjusted amount, or a KPI's target. */
function planOf(holder: Holder, ev: Evaluation | null, locale: Locale): (key: string) => string {
  if (!ev) return () => '';
  if (holder.group === 'kpis') {
    const target = ev.case.kpis?.[holder.index]?.target;
    return () => (target === undefined ? '' : t(locale, 'track.grid.targetOf', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(target) }));
  }
  const schedule = ev[holder.group][holder.index];
  if (!schedule) return () => '';
  const money = moneyFormatter(ev.case.currency, locale);
  const months = new Map(caseMonths(ev.case.startDate, ev.case.horizonMonths, locale).map((m) => [m.key, m.month]));
  return (key) => {
    const m = months.get(key);
    return m === undefined ? '' : t(locale, 'track.grid.planOf', { amount: money(m === 0 ? schedule.initial : schedule.monthly[m - 1]) });
  };
}
