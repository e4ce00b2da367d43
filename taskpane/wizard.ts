import { CURRENCIES } from '../src/case/currencies';
import { evaluate } from '../src/case/evaluate';
import type { Evaluation } from '../src/case/evaluation';
import { RISK_HEADINGS } from '../src/case/metric-catalog';
import type { RoiCase } from '../src/case/types';
import { POINTS, type Point } from '../src/case/validate';
import { isError } from '../src/finance/errors';
import { cumulativeChart } from './chart';
import { defaultCase } from './default-case';
import { h, replaceChildren, uid } from './dom';
import { caseToDraft, fieldsOf, lineToDraft, retype, shows, type Draft, type DraftLine, type FieldError } from './draft';
import { BENEFIT_TYPES, CATEGORIES, COST_TYPES, type FieldSpec } from './fields';
import { errorMessage, type WizardHost } from './host';
import { moneyFormatter, reviewRows } from './format';
import { BENEFIT_PRESETS, BLANK_LINE, COST_PRESETS } from './presets';
import { addRange, type RangeControls } from './range-field';
import { riskView } from './risk-view';
import { scenarioView } from './scenario-view';
import { trackView } from './track-view';
import { sheetLink } from './sheet-link';
import { caseWithoutBadActuals, checkDraft, type Verdict } from './validation';

// The seven-step wizard. Inputs are built once per structural change (add/remove/retype a line, load a case) so typing
// never loses focus; every keystroke re-checks the draft and updates messages, step badges, the review and Build.

// Track comes before Build: actuals are part of the case, and Build is the one step that writes it to the sheet.
const STEPS = ['Basics', 'Costs', 'Benefits', 'Review', 'Risk', 'Track', 'Build'] as const;
const [REVIEW, RISK, TRACK, BUILD] = (['Review', 'Risk', 'Track', 'Build'] as const).map((s) => STEPS.indexOf(s));
/** The steps with inputs, whose tabs count their problems. */
const INPUT_STEPS = [0, 1, 2, TRACK];
type Side = 'costs' | 'benefits';

interface Slot {
  input: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
  /** The field, label to message. */
  box: HTMLElement;
  /** Whether the field is shown now (an in-year timing only while the amount is per year). */
  shown?: () => boolean;
  /** A driver's range: its points' own messages are told at "<path>.conservative" and so on. */
  range?: RangeControls;
}

export interface Wizard {
  /** Re-reads the case from the host (e.g. after the sheet was edited). */
  reload(): Promise<void>;
  /** The draft as a case, or null while invalid. */
  currentCase(): RoiCase | null;
}

export function mountWizard(root: HTMLElement, host: WizardHost): Wizard {
  let draft: Draft = caseToDraft(defaultCase());
  let step = 0;
  let verdict: Verdict = checkDraft(draft);
  const sheet = sheetLink(host);
  let busy = false;
  const slots = new Map<string, Slot>();

  const tabs = STEPS.map((label, i) =>
    h('button', { type: 'button', class: 'step-tab', id: `tab-${i}`, 'aria-controls': `step-${i}`, onclick: () => go(i) }, `${i + 1} ${label}`),
  );
  const panels = STEPS.map((label, i) =>
    h('section', { class: 'step', id: `step-${i}`, 'aria-labelledby': `heading-${i}` }, h('h2', { tabindex: -1, id: `heading-${i}` }, `Step ${i + 1} of ${STEPS.length}: ${label}`)),
  );
  const body = panels.map(() => h('div'));
  panels.forEach((p, i) => p.append(body[i]));
  const back = h('button', { type: 'button', class: 'secondary', onclick: () => go(step - 1) }, 'Back');
  const next = h('button', { type: 'button', class: 'primary', onclick: () => go(step + 1) }, 'Next');
  const hostStatus = h('p', { class: 'host-status', role: 'status' });

  // Review and Build pieces, refreshed in place.
  const metrics = h('dl', { class: 'metrics', 'data-testid': 'metrics' });
  const chart = h('div', { class: 'chart-box' });
  const scenarios = scenarioView();
  const risk = riskView();
  const track = trackView(() => draft, () => refresh());
  const rangesNote = h('p', { class: 'help', hidden: true },
    'The worksheet keeps each range in its Estimates block, with a scenario selector that switches the whole sheet; it opens on the expected scenario.');
  const problems = h('ul', { class: 'problems', 'data-testid': 'problems' });
  const buildButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'build', onclick: () => void build() }, 'Build worksheet');
  const reloadButton = h('button', { type: 'button', class: 'secondary', onclick: () => void reload() }, 'Read from active sheet');
  const buildStatus = h('div', { class: 'build-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'build-status' });

  replaceChildren(root,
    h('header', { class: 'wizard-header' }, h('h1', {}, 'CRM ROI'), h('span', { class: 'host-name' }, host.name)),
    hostStatus,
    h('nav', { class: 'steps', 'aria-label': 'Wizard steps' }, ...tabs),
    h('form', { class: 'wizard', novalidate: true, onsubmit: (e: Event) => e.preventDefault() }, ...panels),
    h('footer', { class: 'wizard-nav' }, back, next),
  );

  function go(i: number, focus = true): void {
    step = Math.max(0, Math.min(STEPS.length - 1, i));
    panels.forEach((p, j) => (p.hidden = j !== step));
    tabs.forEach((t, j) => (j === step ? t.setAttribute('aria-current', 'step') : t.removeAttribute('aria-current')));
    back.disabled = step === 0;
    next.hidden = step === STEPS.length - 1;
    if (focus) panels[step].querySelector('h2')!.focus();
    if (step === REVIEW) renderReview();
    renderRisk();
    renderTrack();
  }

  // ---- rendering of the input steps ----

  function renderInputs(): void {
    slots.clear();
    replaceChildren(body[0], ...basics());
    replaceChildren(body[1], ...lines('costs'));
    replaceChildren(body[2], ...lines('benefits'));
    track.render();
    refresh();
  }

  function basics(): Node[] {
    const text = (path: 'name' | 'startDate', label: string, extra: Record<string, string> = {}) =>
      field(path, label, draft[path], (v) => (draft[path] = v), extra);
    return [
      text('name', 'Case name'),
      select('currency', 'Currency', currencyOptions(draft.currency), draft.currency, (v) => (draft.currency = v)),
      text('startDate', 'Start date (first month)', { type: 'date' }),
      field('horizonMonths', 'Horizon in months', draft.horizonMonths, (v) => (draft.horizonMonths = v), { inputmode: 'numeric' }, 'Up to 240 months. Three to five years is usual for a CRM.'),
      field('discountRate', 'Discount rate per year (%)', draft.discountRate, (v) => (draft.discountRate = v), { inputmode: 'decimal' }, 'Your cost of capital or hurdle rate, e.g. 8.'),
    ];
  }

  /** ISO codes first, so typing "EUR" on the list picks the euro; a code from an older case stays visible to be fixed. */
  function currencyOptions(current: string): { value: string; label: string }[] {
    const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([navigator.language || 'en'], { type: 'currency' }) : undefined;
    const codes = CURRENCIES.includes(current) ? CURRENCIES : [current, ...CURRENCIES];
    return codes.map((code) => ({ value: code, label: names && CURRENCIES.includes(code) ? `${code} — ${names.of(code)}` : code }));
  }

  function field(path: string, label: string, value: string, set: (v: string) => void, extra: Record<string, string> = {}, help?: string): HTMLElement {
    const id = uid('f');
    const input = h('input', { id, name: path, 'data-path': path, type: 'text', value, autocomplete: 'off', 'aria-describedby': `${id}-err${help ? ` ${id}-help` : ''}`, ...extra });
    input.addEventListener('input', () => {
      set(input.value);
      refresh();
    });
    return wrap(path, id, label, input, help);
  }

  function wrap(path: string, id: string, label: string, input: HTMLInputElement | HTMLSelectElement, help?: string): HTMLElement {
    const error = h('p', { class: 'field-error', id: `${id}-err`, 'data-error-for': path });
    const box = h('div', { class: 'field' }, h('label', { for: id }, label), input, help ? h('p', { class: 'help', id: `${id}-help` }, help) : null, error);
    slots.set(path, { input, error, box });
    return box;
  }

  function select(path: string, label: string, options: { value: string; label: string }[], value: string, set: (v: string) => void, help?: string): HTMLElement {
    const id = uid('f');
    const input = h('select', { id, name: path, 'data-path': path, 'aria-describedby': `${id}-err${help ? ` ${id}-help` : ''}` },
      ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
    input.addEventListener('change', () => {
      set(input.value);
      refresh();
    });
    return wrap(path, id, label, input, help);
  }

  function lineField(side: Side, index: number, line: DraftLine, spec: FieldSpec): HTMLElement {
    const path = `${side}[${index}].${spec.key}`;
    const set = (v: string) => (line.values[spec.key] = v);
    const label = spec.kind === 'percent' ? `${spec.label} (%)` : spec.label;
    // A list of years needs ";", which numeric keyboards lack.
    const inputmode = spec.yearly ? 'text' : spec.kind === 'month' ? 'numeric' : 'decimal';
    const box = spec.kind === 'choice'
      ? select(path, label, spec.options!, line.values[spec.key] ?? '', set, spec.help)
      : field(path, label, line.values[spec.key] ?? '', set, { inputmode }, spec.help);
    if (spec.when) slots.get(path)!.shown = () => shows(spec, line.values);
    if (spec.driver) slots.get(path)!.range = addRange(box, slots.get(path)!.input as HTMLInputElement, line, spec, side, refresh);
    // A list of years needs the room to be read whole.
    if (spec.yearly) box.classList.add('wide');
    return box;
  }

  function lines(side: Side): Node[] {
    const list = draft[side];
    const types = side === 'costs' ? COST_TYPES : BENEFIT_TYPES;
    const presets = side === 'costs' ? COST_PRESETS : BENEFIT_PRESETS;
    const cards = list.map((line, i) => {
      const preset = presets.find((p) => p.line.name === line.name);
      return h('fieldset', { class: 'line', 'data-line': `${side}[${i}]` },
        h('legend', {}, line.name.trim() || `${side === 'costs' ? 'Cost' : 'Benefit'} ${i + 1}`),
        preset ? h('p', { class: 'help' }, preset.help) : null,
        field(`${side}[${i}].name`, 'Name', line.name, (v) => (line.name = v)),
        select(`${side}[${i}].type`, 'Kind', Object.entries(types).map(([value, t]) => ({ value, label: t.label })), line.type, (v) => {
          list[i] = retype(side, line, v);
          renderInputs();
        }),
        side === 'benefits' ? select(`benefits[${i}].category`, 'Category', CATEGORIES, line.category ?? 'other', (v) => (line.category = v as DraftLine['category'])) : null,
        h('div', { class: 'line-fields' }, ...fieldsOf(side, line.type).map((spec) => lineField(side, i, line, spec))),
        h('button', { type: 'button', class: 'remove', 'aria-label': `Remove ${line.name.trim() || `line ${i + 1}`}`, onclick: () => {
          list.splice(i, 1);
          renderInputs();
          body[side === 'costs' ? 1 : 2].querySelector<HTMLElement>('.add select')?.focus();
        } }, 'Remove'),
      );
    });
    const pick = h('select', { 'aria-label': `Add a ${side === 'costs' ? 'cost' : 'benefit'}` },
      h('option', { value: '' }, `Add a ${side === 'costs' ? 'cost' : 'benefit'}…`),
      ...presets.map((p) => h('option', { value: p.id }, p.label)),
      h('option', { value: 'blank' }, 'Blank line'),
    );
    const add = h('button', { type: 'button', class: 'secondary', onclick: () => {
      const preset = presets.find((p) => p.id === pick.value);
      if (!pick.value) return;
      const fresh = lineToDraft(side, preset ? preset.line : BLANK_LINE[side]);
      list.push(fresh);
      renderInputs();
      slots.get(`${side}[${list.length - 1}].name`)?.input.focus();
    } }, 'Add');
    const empty = list.length === 0 ? h('p', { class: 'help' }, side === 'costs' ? 'No costs yet.' : 'No benefits yet.') : null;
    return [...(empty ? [empty] : []), ...cards, h('div', { class: 'add' }, pick, add)];
  }

  // ---- live checks, review and build ----

  function refresh(): void {
    verdict = checkDraft(draft);
    const byPath = new Map(verdict.errors.map((e) => [e.path, e.message]));
    const invalid = (input: Element, wrong: unknown) => (wrong ? input.setAttribute('aria-invalid', 'true') : input.removeAttribute('aria-invalid'));
    for (const [path, slot] of slots) {
      if (slot.shown) slot.box.hidden = !slot.shown();
      const message = byPath.get(path);
      if (!slot.range) {
        slot.error.textContent = message ?? '';
        invalid(slot.input, message);
        continue;
      }
      // A range: one line of messages under its three inputs; a message about the whole range marks all three.
      const { range } = slot;
      range.sync();
      const points = POINTS.map((p) => byPath.get(`${path}.${p}`));
      slot.error.textContent = [message, ...points].filter(Boolean).join(' ');
      POINTS.forEach((p, i) => invalid(range.inputs[p], (p === 'expected' || range.on()) && (message || points[i])));
    }
    const perStep = STEPS.map(() => 0);
    for (const e of verdict.errors) perStep[stepOf(e.path)]++;
    for (const i of INPUT_STEPS) {
      tabs[i].textContent = `${i + 1} ${STEPS[i]}${perStep[i] ? ` (${perStep[i]})` : ''}`;
      tabs[i].classList.toggle('has-errors', perStep[i] > 0);
    }
    // Legends follow the names as typed.
    for (const side of ['costs', 'benefits'] as const)
      body[side === 'costs' ? 1 : 2].querySelectorAll('fieldset.line').forEach((fs, i) => {
        const legend = fs.querySelector('legend');
        if (legend) legend.textContent = draft[side][i]?.name.trim() || `${side === 'costs' ? 'Cost' : 'Benefit'} ${i + 1}`;
      });
    renderReview();
    renderRisk();
    renderTrack();
    renderBuild();
  }

  function stepOf(path: string): number {
    if (path.includes('.actuals.') || path.startsWith('kpis')) return TRACK;
    return path.startsWith('costs') ? 1 : path.startsWith('benefits') ? 2 : 0;
  }

  function renderReview(): void {
    rangesNote.hidden = verdict.uncertain.length === 0;
    if (!verdict.case) {
      replaceChildren(metrics, h('p', { class: 'help' }, 'Fix the highlighted inputs to see the results.'));
      replaceChildren(chart);
      scenarios.show(null);
      return;
    }
    let ev: Evaluation;
    try {
      ev = evaluate(verdict.case);
    } catch (e) {
      replaceChildren(metrics, h('p', { class: 'field-error' }, errorMessage(e)));
      return;
    }
    const money = moneyFormatter(verdict.case.currency);
    replaceChildren(metrics, ...reviewRows(ev).flatMap(({ key, label, shown, negative, unadjusted }) => [
      h('dt', {}, label),
      h('dd', { 'data-metric': key, class: negative ? 'negative' : null, title: shown.reason ?? null }, shown.text, shown.reason ? h('span', { class: 'reason' }, ` ${shown.reason}`) : null),
      // A second description of the same term, on its own line under the value.
      unadjusted ? h('dd', { class: 'unadjusted', 'data-unadjusted': key, title: unadjusted.reason ?? null }, `${RISK_HEADINGS.unadjusted}: ${unadjusted.text}`) : null,
    ]));
    const payback = ev.paybackMonths.simple;
    replaceChildren(chart, cumulativeChart({ cumulative: [ev.initial.net, ...ev.cumulativeNet], paybackMonths: isError(payback) ? null : payback, peak: ev.peakFunding, money }));
    // A scenario is a whole case to evaluate, two more per range for the tornado: only while the Review is open.
    if (step === REVIEW) scenarios.show({ case: verdict.case, uncertain: verdict.uncertain });
  }

  // Thousands of draws: only while the Risk step is open, and never on the typing path (risk-view.ts).
  function renderRisk(): void {
    if (step === RISK) risk.show(verdict.case, verdict.uncertain.length > 0);
  }

  // The plan against actuals: a second evaluation, only while the Track step is open.
  function renderTrack(): void {
    if (step !== TRACK) return;
    const c = caseWithoutBadActuals(draft, verdict);
    let ev: Evaluation | null = null;
    try {
      ev = c && evaluate(c);
    } catch {
      // The Review step shows why the case cannot be evaluated.
    }
    track.show(verdict.errors, ev, c !== verdict.case);
  }

  function renderBuild(): void {
    replaceChildren(problems, ...verdict.errors.map((e: FieldError) =>
      h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => focusField(e.path) }, `${where(e.path)}: ${e.message}`))));
    problems.hidden = verdict.errors.length === 0;
    buildButton.disabled = busy || verdict.case === null;
    buildButton.textContent = busy ? 'Working…' : sheet.sheetName() ? 'Update worksheet' : 'Build worksheet';
    reloadButton.disabled = busy;
  }

  function where(path: string): string {
    const kpi = /^kpis\[(\d+)\]/.exec(path);
    if (kpi) return `KPI “${draft.kpis?.[Number(kpi[1])]?.kpi.name ?? Number(kpi[1]) + 1}”`;
    const m = /^(costs|benefits)\[(\d+)\]/.exec(path);
    if (!m) return STEPS[0];
    const line = draft[m[1] as Side][Number(m[2])];
    return `${m[1] === 'costs' ? 'Cost' : 'Benefit'} “${line?.name.trim() || Number(m[2]) + 1}”`;
  }

  function focusField(path: string): void {
    go(stepOf(path));
    if (stepOf(path) === TRACK) return track.focus(path);
    // A point of a range ("costs[0].users.optimistic") has its own input in its driver's slot.
    const [, field, point] = /^(.*?)(?:\.(conservative|expected|optimistic))?$/.exec(path)!;
    const slot = slots.get(field) ?? slots.get(path.replace(/\.\w+$/, '.name'));
    (point && slot?.range ? slot.range.inputs[point as Point] : slot?.input)?.focus();
  }

  function status(el: HTMLElement, kind: 'ok' | 'error' | 'info', message: string): void {
    el.className = `${el.classList[0]} ${kind}`;
    el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    el.textContent = message;
  }

  async function build(): Promise<void> {
    const c = verdict.case;
    if (!c || busy) return; // Invalid input never reaches the host.
    busy = true;
    renderBuild();
    status(buildStatus, 'info', sheet.sheetName() ? 'Updating the worksheet…' : 'Building the worksheet…');
    try {
      const result = await sheet.write(c);
      // An update wrote the case the sheet holds now, with any edits made there since: the form shows that case.
      if (!sheet.matches(c)) {
        draft = caseToDraft(result.case);
        renderInputs();
      }
      status(buildStatus, 'ok', result.mode === 'created' ? `Built sheet “${result.sheetName}”.` : `Updated sheet “${result.sheetName}”; your notes and edits outside the inputs were kept.`);
    } catch (e) {
      status(buildStatus, 'error', `Could not write the worksheet. ${errorMessage(e)}\nYour inputs are kept; fix the problem and try again.`);
    } finally {
      busy = false;
      renderBuild();
    }
  }

  async function reload(quietIfNone = false): Promise<void> {
    busy = true;
    renderBuild();
    try {
      const loaded = await sheet.load();
      if (loaded) {
        draft = caseToDraft(loaded.case);
        status(hostStatus, 'info', `Editing the case on sheet “${loaded.sheetName}”.`);
        renderInputs();
      } else if (!quietIfNone) status(hostStatus, 'info', 'The active sheet is not a CRM ROI sheet: Build writes a new one.');
    } catch (e) {
      status(hostStatus, 'error', `Could not read the active sheet: ${errorMessage(e)}`);
    } finally {
      busy = false;
      renderBuild();
    }
  }

  body[REVIEW].append(metrics, chart, scenarios.el);
  body[RISK].append(risk.el);
  body[TRACK].append(track.el);
  body[BUILD].append(
    h('p', { class: 'help' }, 'The worksheet holds the inputs, a monthly schedule and the metrics as live formulas. Updating keeps your notes and edits outside the inputs.'),
    rangesNote,
    problems, h('div', { class: 'actions' }, buildButton, reloadButton), buildStatus,
  );
  renderInputs();
  go(0, false);
  void reload(true);

  return { reload: () => reload(), currentCase: () => verdict.case };
}
