import type { Evaluation } from '../src/case/evaluation';
import { caseMonths, isColumn, pastedAmount, readPaste, type CaseMonth } from './actuals-entry';
import { h, replaceChildren, uid } from './dom';
import type { Draft, DraftActuals, FieldError } from './draft';
import { calendarMonth, moneyFormatter } from './format';

// The Track step's entry: pick a line (or a KPI), then one input per calendar month of the case. The inputs are built
// when the line or the case's months change, never while typing, so focus stays put; typing writes the draft.

const TEXT = {
  pick: 'Line',
  costs: 'Costs', benefits: 'Benefits', kpis: 'KPIs',
  unnamed: (side: string, i: number) => `${side === 'costs' ? 'Cost' : side === 'benefits' ? 'Benefit' : 'KPI'} ${i + 1}`,
  problems: (n: number) => ` (${n} problem${n === 1 ? '' : 's'})`,
  none: 'Add a cost or a benefit first.',
  noMonths: 'Set a valid start date and horizon in Basics to enter actuals.',
  help: 'What was actually spent or gained each month, before any risk adjustment. Leave a month blank while it is not known: it then counts at plan. Paste a column copied from Excel or a CRM export into a month to fill the months from there (blank cells stay unknown); two columns, month and amount, fill the months they name.',
  kpiHelp: (unit: string) => `The KPI's value each month after go-live${unit ? `, in ${unit}` : ''}.`,
  measured: (kpi: string) => `Measured by the KPI “${kpi}”: this line's actuals come from the KPI's values. Pick the KPI to enter them.`,
  month: 'Month', value: 'Actual',
  planOf: (text: string) => `plan ${text}`,
  targetOf: (text: string) => `target ${text}`,
  inputLabel: (line: string, month: string) => `${line}, ${month}`,
  nothingPasted: 'Nothing was pasted.',
  outside: 'Entries outside the case’s months (the start date or horizon changed):',
  remove: 'Remove',
};

interface Holder {
  /** "costs[0]", "benefits[2]", "kpis[0]": the path the draft's errors start with. */
  path: string;
  group: 'costs' | 'benefits' | 'kpis';
  index: number;
  label: string;
  /** The draft's entries, created on first write. */
  entries: () => DraftActuals;
  /** The KPI whose values carry this benefit line. */
  measuredBy?: string;
  unit?: string;
}

function holders(d: Draft): Holder[] {
  const measured = new Map((d.kpis ?? []).filter((k) => k.kpi.benefit && k.kpi.valuePerUnit !== undefined).map((k) => [k.kpi.benefit!.toLowerCase(), k.kpi.name]));
  const lines = (['costs', 'benefits'] as const).flatMap((group) => d[group].map((line, index): Holder => ({
    path: `${group}[${index}]`, group, index, label: line.name.trim() || TEXT.unnamed(group, index),
    entries: () => (line.actuals ??= {}), measuredBy: line.id ? measured.get(line.id.toLowerCase()) : undefined,
  })));
  const kpis = (d.kpis ?? []).map((k, index): Holder => ({
    path: `kpis[${index}]`, group: 'kpis', index, label: k.kpi.name.trim() || TEXT.unnamed('kpis', index), entries: () => (k.actuals ??= {}), unit: k.kpi.unit,
  }));
  return [...lines, ...kpis];
}

/** The months of the draft's start date and horizon, or null while either is not valid. */
function draftMonths(d: Draft): CaseMonth[] | null {
  const horizon = Number(d.horizonMonths);
  const date = /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(d.startDate.trim());
  return date && Number.isInteger(horizon) && horizon >= 1 && horizon <= 240 ? caseMonths(d.startDate.trim(), horizon) : null;
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

export function actualsGrid(draft: () => Draft, changed: () => void): ActualsGrid {
  const pick = h('select', { id: uid('track'), 'data-testid': 'track-line' });
  const pickBox = h('div', { class: 'field' }, h('label', { for: pick.id }, TEXT.pick), pick);
  const note = h('p', { class: 'help' });
  const rows = h('div', { class: 'month-grid', role: 'group' });
  const outside = h('div', { class: 'track-outside' });
  const el = h('div', { class: 'actuals-entry' }, pickBox, note, rows, outside);

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

  const current = () => holders(draft()).find((x) => x.path === selected);

  function render(): void {
    const list = holders(draft());
    if (!list.some((x) => x.path === selected)) selected = list[0]?.path ?? '';
    const group = (g: Holder['group']) => {
      const of = list.filter((x) => x.group === g);
      return of.length ? h('optgroup', { label: TEXT[g] }, ...of.map((x) => h('option', { value: x.path, selected: x.path === selected }, x.label))) : null;
    };
    replaceChildren(pick, group('costs'), group('benefits'), group('kpis'));
    pickBox.hidden = list.length === 0;
    const months = draftMonths(draft());
    const holder = current();
    monthsKey = months ? `${months[0].key}/${months.length}` : '';
    inputs = new Map();
    replaceChildren(rows);
    replaceChildren(outside);
    rows.setAttribute('aria-label', holder?.label ?? '');
    if (!holder) return void (note.textContent = TEXT.none);
    if (!months) return void (note.textContent = TEXT.noMonths);
    if (holder.measuredBy) return void (note.textContent = TEXT.measured(holder.measuredBy));
    note.textContent = holder.group === 'kpis' ? `${TEXT.kpiHelp(holder.unit ?? '')} ${TEXT.help}` : TEXT.help;
    const entries = holder.entries();
    rows.append(h('div', { class: 'month-row month-head', 'aria-hidden': 'true' }, h('span', {}, TEXT.month), h('span', {}, TEXT.value)));
    for (const m of months) {
      const id = uid('actual');
      const input = h('input', {
        id, type: 'text', inputmode: 'decimal', autocomplete: 'off', value: entries[m.key] ?? '', 'data-month': m.key,
        'aria-label': TEXT.inputLabel(holder.label, m.label), 'aria-describedby': `${id}-plan ${id}-err`,
      });
      const plan = h('span', { class: 'month-plan', id: `${id}-plan` });
      const error = h('p', { class: 'field-error', id: `${id}-err`, 'data-error-for': `${holder.path}.actuals.${m.key}` });
      input.addEventListener('input', () => {
        holder.entries()[m.key] = input.value;
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
      outside.append(h('p', { class: 'help' }, TEXT.outside), h('ul', {}, ...strays.map(([key, text]) => h('li', {}, `${calendarMonth(key)}: ${text} `,
        h('button', { type: 'button', class: 'remove', onclick: () => {
          delete holder.entries()[key];
          render();
          changed();
        } }, TEXT.remove)))));
  }

  /**
   * A column of values fills the months from the one pasted into; anything unreadable and nothing changes. One cell
   * ("$1,200", "(300)") replaces the month's entry, read as a column's cell is; other text is the input's own paste.
   */
  function paste(e: ClipboardEvent, holder: Holder, months: CaseMonth[], at: CaseMonth): void {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const one = isColumn(text) ? undefined : pastedAmount(text);
    if (!isColumn(text) && one === undefined) return;
    e.preventDefault();
    const result = one === undefined ? readPaste(text, months, at.month) : { ok: true as const, fills: { [at.key]: one } };
    if (!result.ok) {
      pasteError = { key: at.key, message: `${result.message} ${TEXT.nothingPasted}` };
      changed();
      return;
    }
    pasteError = null;
    const entries = holder.entries();
    Object.assign(entries, result.fills);
    for (const [key, slot] of inputs) slot.input.value = entries[key] ?? '';
    const keys = Object.keys(result.fills).sort();
    inputs.get(keys[keys.length - 1])?.input.focus();
    changed();
  }

  function update(errors: readonly FieldError[], ev: Evaluation | null): void {
    const months = draftMonths(draft());
    if ((months ? `${months[0].key}/${months.length}` : '') !== monthsKey) render();
    // Names follow the typing in the other steps; each line's count of problems shows in the picker.
    const list = holders(draft());
    for (const option of Array.from(pick.options)) {
      const holder = list.find((x) => x.path === option.value);
      const n = errors.filter((e) => e.path.startsWith(`${option.value}.actuals.`)).length;
      if (holder) option.textContent = holder.label + (n ? TEXT.problems(n) : '');
    }
    const holder = current();
    if (!holder) return;
    rows.setAttribute('aria-label', holder.label);
    const byPath = new Map(errors.map((e) => [e.path, e.message]));
    const plan = planOf(holder, ev);
    for (const [key, slot] of inputs) {
      const message = pasteError?.key === key ? pasteError.message : byPath.get(`${holder.path}.actuals.${key}`);
      slot.error.textContent = message ?? '';
      if (message) slot.input.setAttribute('aria-invalid', 'true');
      else slot.input.removeAttribute('aria-invalid');
      slot.plan.textContent = plan(key);
    }
  }

  function focus(path: string): void {
    const [, holder, key] = /^(.*?)\.actuals\.(.*)$/.exec(path) ?? [];
    if (holder !== selected) {
      selected = holder;
      render();
      changed();
    }
    inputs.get(key)?.input.focus();
  }

  return { el, render, update, focus };
}

/** A month's plan as the grid shows it beside the input: the line's risk-adjusted amount, or a KPI's target. */
function planOf(holder: Holder, ev: Evaluation | null): (key: string) => string {
  if (!ev) return () => '';
  if (holder.group === 'kpis') {
    const target = ev.case.kpis?.[holder.index]?.target;
    return () => (target === undefined ? '' : TEXT.targetOf(String(target)));
  }
  const schedule = ev[holder.group][holder.index];
  if (!schedule) return () => '';
  const money = moneyFormatter(ev.case.currency);
  const months = new Map(caseMonths(ev.case.startDate, ev.case.horizonMonths).map((m) => [m.key, m.month]));
  return (key) => {
    const m = months.get(key);
    return m === undefined ? '' : TEXT.planOf(money(m === 0 ? schedule.initial : schedule.monthly[m - 1]));
  };
}
