import { CURRENCIES } from '../src/case/currencies';
import { evaluate } from '../src/case/evaluate';
import type { Evaluation } from '../src/case/evaluation';
import type { RoiCase } from '../src/case/types';
import { POINTS, type Point } from '../src/case/validate';
import { isError } from '../src/finance/errors';
import type { Locale } from '../src/i18n/locales';
import type { MessageKey } from '../src/i18n/messages/types';
import { t, type MessageArgs } from '../src/i18n/t';
import { cumulativeChart } from './chart';
import { defaultCase } from './default-case';
import { h, replaceChildren, uid } from './dom';
import { caseToDraft, fieldsOf, lineToDraft, retype, shows, type Draft, type DraftLine, type FieldError } from './draft';
import { relocaleDraft } from './draft-locale';
import { BENEFIT_TYPES, CATEGORIES, COST_TYPES, type FieldSpec } from './fields';
import { errorMessage, type WizardHost } from './host';
import { moneyFormatter, reviewRows } from './format';
import { categoryLabel, presetText, typeLabel } from './labels';
import { languagePicker, rememberLocale, startLocale } from './language';
import { BENEFIT_PRESETS, BLANK_LINE, COST_PRESETS } from './presets';
import { addRange, type RangeControls } from './range-field';
import { riskView, type RiskView } from './risk-view';
import { scenarioView, type ScenarioView } from './scenario-view';
import { sheetLink } from './sheet-link';
import { checkDraft, type Verdict } from './validation';

// The six-step wizard. State (the draft, the step, the language, the last statuses) lives here apart from the DOM,
// which is rendered from it by key: the whole wizard again when the language changes (every label, number and
// message follows, nothing typed is lost), the input steps again on a structural change (add/remove/retype a line,
// load a case). Typing never re-renders its input, so focus stays; every keystroke re-checks the draft and updates
// messages, step badges, the review and Build in place.
// No UI library: dom.ts's h() already builds escaped DOM, and rendering by key is a function call here; Lit or
// Preact would add a runtime for little the wizard lacks.

const STEPS = ['basics', 'costs', 'benefits', 'review', 'risk', 'build'] as const;
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

/** A status line's message, kept as what to say rather than the words, so a language switch re-words it. */
interface Note {
  kind: 'ok' | 'error' | 'info';
  text: (locale: Locale) => string;
}

export interface WizardOptions {
  /** The host's language tag (Office displayLanguage, Apps Script locale, navigator.language); a remembered choice wins. */
  language?: string;
  /** Where the language choice is remembered; the Office and Sheets iframes may refuse storage. */
  storage?: () => Storage | undefined;
}

export interface Wizard {
  /** Re-reads the case from the host (e.g. after the sheet was edited). */
  reload(): Promise<void>;
  /** The draft as a case, or null while invalid. */
  currentCase(): RoiCase | null;
  locale(): Locale;
  /** Switches the language: everything re-rendered from state, numbers typed so far rewritten in its notation. */
  setLocale(locale: Locale, remember?: boolean): void;
}

export function mountWizard(root: HTMLElement, host: WizardHost, options: WizardOptions = {}): Wizard {
  let locale = startLocale(options.language, options.storage);
  let draft: Draft = startDraft(locale);
  let step = 0;
  let verdict: Verdict = checkDraft(draft, locale);
  const sheet = sheetLink(host);
  let busy = false;
  let hostNote: Note | null = null;
  let buildNote: Note | null = null;
  const slots = new Map<string, Slot>();
  const tr = <K extends MessageKey>(key: K, ...params: MessageArgs<K>): string => t(locale, key, ...params);

  // The view of the current language; render() builds it anew.
  let tabs: HTMLButtonElement[] = [];
  let panels: HTMLElement[] = [];
  let body: HTMLElement[] = [];
  let back: HTMLButtonElement;
  let next: HTMLButtonElement;
  let hostStatus: HTMLElement;
  let metrics: HTMLElement;
  let chart: HTMLElement;
  let scenarios: ScenarioView;
  let risk: RiskView;
  let rangesNote: HTMLElement;
  let problems: HTMLElement;
  let buildButton: HTMLButtonElement;
  let reloadButton: HTMLButtonElement;
  let buildStatus: HTMLElement;

  function render(): void {
    root.lang = locale;
    const label = (i: number) => tr(`wizard.step.${STEPS[i]}`);
    tabs = STEPS.map((_, i) =>
      h('button', { type: 'button', class: 'step-tab', id: `tab-${i}`, 'aria-controls': `step-${i}`, onclick: () => go(i) }, `${i + 1} ${label(i)}`));
    panels = STEPS.map((_, i) =>
      h('section', { class: 'step', id: `step-${i}`, 'aria-labelledby': `heading-${i}` },
        h('h2', { tabindex: -1, id: `heading-${i}` }, tr('wizard.stepHeading', { n: i + 1, count: STEPS.length, label: label(i) }))));
    body = panels.map(() => h('div'));
    panels.forEach((p, i) => p.append(body[i]));
    back = h('button', { type: 'button', class: 'secondary', onclick: () => go(step - 1) }, tr('wizard.back'));
    next = h('button', { type: 'button', class: 'primary', onclick: () => go(step + 1) }, tr('wizard.next'));
    hostStatus = h('p', { class: 'host-status', role: 'status' });

    // Review and Build pieces, refreshed in place.
    metrics = h('dl', { class: 'metrics', 'data-testid': 'metrics' });
    chart = h('div', { class: 'chart-box' });
    scenarios = scenarioView(locale);
    risk = riskView(locale);
    rangesNote = h('p', { class: 'help', hidden: true }, tr('wizard.build.rangesNote'));
    problems = h('ul', { class: 'problems', 'data-testid': 'problems' });
    buildButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'build', onclick: () => void build() }, tr('wizard.build.build'));
    reloadButton = h('button', { type: 'button', class: 'secondary', onclick: () => void reload() }, tr('wizard.build.reload'));
    buildStatus = h('div', { class: 'build-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'build-status' });

    replaceChildren(root,
      h('header', { class: 'wizard-header' }, h('h1', {}, tr('wizard.title')), h('span', { class: 'host-name' }, host.name), languagePicker(locale, (l) => setLocale(l))),
      hostStatus,
      h('nav', { class: 'steps', 'aria-label': tr('wizard.steps') }, ...tabs),
      h('form', { class: 'wizard', novalidate: true, onsubmit: (e: Event) => e.preventDefault() }, ...panels),
      h('footer', { class: 'wizard-nav' }, back, next),
    );
    body[3].append(metrics, chart, scenarios.el);
    body[4].append(risk.el);
    body[5].append(
      h('p', { class: 'help' }, tr('wizard.build.about')),
      rangesNote,
      problems, h('div', { class: 'actions' }, buildButton, reloadButton), buildStatus,
    );
    show(hostStatus, hostNote);
    show(buildStatus, buildNote);
    renderInputs();
    go(step, false);
  }

  function setLocale(next: Locale, remember = true): void {
    if (remember) rememberLocale(next, options.storage);
    if (next === locale) return;
    draft = relocaleDraft(draft, locale, next);
    locale = next;
    // Keep focus on the picker when it made the switch: the new one stands where the old one was.
    const picking = document.activeElement?.classList.contains('language');
    render();
    if (picking) root.querySelector<HTMLElement>('select.language')?.focus();
  }

  function go(i: number, focus = true): void {
    step = Math.max(0, Math.min(STEPS.length - 1, i));
    panels.forEach((p, j) => (p.hidden = j !== step));
    tabs.forEach((t, j) => (j === step ? t.setAttribute('aria-current', 'step') : t.removeAttribute('aria-current')));
    back.disabled = step === 0;
    next.hidden = step === STEPS.length - 1;
    if (focus) panels[step].querySelector('h2')!.focus();
    if (step === 3) renderReview();
    renderRisk();
  }

  // ---- rendering of the input steps ----

  function renderInputs(): void {
    slots.clear();
    replaceChildren(body[0], ...basics());
    replaceChildren(body[1], ...lines('costs'));
    replaceChildren(body[2], ...lines('benefits'));
    refresh();
  }

  function basics(): Node[] {
    const text = (path: 'name' | 'startDate', label: string, extra: Record<string, string> = {}) =>
      field(path, label, draft[path], (v) => (draft[path] = v), extra);
    return [
      text('name', tr('wizard.basics.name')),
      select('currency', tr('wizard.basics.currency'), currencyOptions(draft.currency), draft.currency, (v) => (draft.currency = v)),
      text('startDate', tr('wizard.basics.startDate'), { type: 'date' }),
      field('horizonMonths', tr('wizard.basics.horizon'), draft.horizonMonths, (v) => (draft.horizonMonths = v), { inputmode: 'numeric' }, tr('wizard.basics.horizonHelp')),
      field('discountRate', tr('wizard.basics.discountRate'), draft.discountRate, (v) => (draft.discountRate = v), { inputmode: 'decimal' }, tr('wizard.basics.discountRateHelp')),
    ];
  }

  /** ISO codes first, so typing "EUR" on the list picks the euro; a code from an older case stays visible to be fixed. */
  function currencyOptions(current: string): { value: string; label: string }[] {
    const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'currency' }) : undefined;
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
    const label = spec.kind === 'percent' ? tr('wizard.percentLabel', { label: spec.label }) : spec.label;
    // A list of years needs ";", which numeric keyboards lack.
    const inputmode = spec.yearly ? 'text' : spec.kind === 'month' ? 'numeric' : 'decimal';
    const box = spec.kind === 'choice'
      ? select(path, label, spec.options!, line.values[spec.key] ?? '', set, spec.help)
      : field(path, label, line.values[spec.key] ?? '', set, { inputmode }, spec.help);
    if (spec.when) slots.get(path)!.shown = () => shows(spec, line.values);
    if (spec.driver) slots.get(path)!.range = addRange(box, slots.get(path)!.input as HTMLInputElement, line, spec, side, locale, refresh);
    // A list of years needs the room to be read whole.
    if (spec.yearly) box.classList.add('wide');
    return box;
  }

  function lines(side: Side): Node[] {
    const list = draft[side];
    const types = side === 'costs' ? COST_TYPES : BENEFIT_TYPES;
    const presets = side === 'costs' ? COST_PRESETS : BENEFIT_PRESETS;
    const cards = list.map((line, i) => {
      const preset = presets.find((p) => p.line.name === line.name || presetName(locale, side, p) === line.name);
      return h('fieldset', { class: 'line', 'data-line': `${side}[${i}]` },
        h('legend', {}, legend(side, i)),
        preset ? h('p', { class: 'help' }, presetText(locale, side, preset.id).help) : null,
        field(`${side}[${i}].name`, tr('wizard.line.name'), line.name, (v) => (line.name = v)),
        select(`${side}[${i}].type`, tr('wizard.line.kind'), Object.keys(types).map((value) => ({ value, label: typeLabel(locale, side, value) })), line.type, (v) => {
          list[i] = retype(side, line, v);
          renderInputs();
        }),
        side === 'benefits'
          ? select(`benefits[${i}].category`, tr('wizard.line.category'), CATEGORIES.map((c) => ({ value: c.value, label: categoryLabel(locale, c.value) })), line.category ?? 'other', (v) => (line.category = v as DraftLine['category']))
          : null,
        h('div', { class: 'line-fields' }, ...fieldsOf(side, line.type, locale).map((spec) => lineField(side, i, line, spec))),
        h('button', { type: 'button', class: 'remove', 'aria-label': tr('wizard.line.removeNamed', { name: legend(side, i) }), onclick: () => {
          list.splice(i, 1);
          renderInputs();
          body[side === 'costs' ? 1 : 2].querySelector<HTMLElement>('.add select')?.focus();
        } }, tr('wizard.line.remove')),
      );
    });
    const what = tr(side === 'costs' ? 'wizard.add.cost' : 'wizard.add.benefit');
    const pick = h('select', { 'aria-label': what },
      h('option', { value: '' }, tr('wizard.add.pick', { what })),
      ...presets.map((p) => h('option', { value: p.id }, presetText(locale, side, p.id).label)),
      h('option', { value: 'blank' }, tr('wizard.add.blank')),
    );
    const add = h('button', { type: 'button', class: 'secondary', onclick: () => {
      const preset = presets.find((p) => p.id === pick.value);
      if (!pick.value) return;
      const fresh = lineToDraft(side, preset ? { ...preset.line, name: presetName(locale, side, preset) } : BLANK_LINE[side], locale);
      list.push(fresh);
      renderInputs();
      slots.get(`${side}[${list.length - 1}].name`)?.input.focus();
    } }, tr('wizard.add.button'));
    const empty = list.length === 0 ? h('p', { class: 'help' }, tr(side === 'costs' ? 'wizard.noCosts' : 'wizard.noBenefits')) : null;
    return [...(empty ? [empty] : []), ...cards, h('div', { class: 'add' }, pick, add)];
  }

  /** A line's name as typed, else "Cost 2". */
  function legend(side: Side, i: number): string {
    return draft[side][i]?.name.trim() || tr(side === 'costs' ? 'wizard.line.cost' : 'wizard.line.benefit', { n: i + 1 });
  }

  // ---- live checks, review and build ----

  function refresh(): void {
    verdict = checkDraft(draft, locale);
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
    const perStep = [0, 0, 0];
    for (const e of verdict.errors) perStep[stepOf(e.path)]++;
    tabs.slice(0, 3).forEach((t, i) => {
      t.textContent = `${i + 1} ${tr(`wizard.step.${STEPS[i]}`)}${perStep[i] ? ` (${perStep[i]})` : ''}`;
      t.classList.toggle('has-errors', perStep[i] > 0);
    });
    // Legends follow the names as typed.
    for (const side of ['costs', 'benefits'] as const)
      body[side === 'costs' ? 1 : 2].querySelectorAll('fieldset.line').forEach((fs, i) => {
        const legendEl = fs.querySelector('legend');
        if (legendEl) legendEl.textContent = legend(side, i);
      });
    renderReview();
    renderRisk();
    renderBuild();
  }

  function stepOf(path: string): number {
    return path.startsWith('costs') ? 1 : path.startsWith('benefits') ? 2 : 0;
  }

  function renderReview(): void {
    rangesNote.hidden = verdict.uncertain.length === 0;
    if (!verdict.case) {
      replaceChildren(metrics, h('p', { class: 'help' }, tr('wizard.review.fix')));
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
    const money = moneyFormatter(verdict.case.currency, locale);
    replaceChildren(metrics, ...reviewRows(ev, locale).flatMap(({ key, label, shown, negative, unadjusted }) => [
      h('dt', {}, label),
      h('dd', { 'data-metric': key, class: negative ? 'negative' : null, title: shown.reason ?? null }, shown.text, shown.reason ? h('span', { class: 'reason' }, ` ${shown.reason}`) : null),
      // A second description of the same term, on its own line under the value.
      unadjusted ? h('dd', { class: 'unadjusted', 'data-unadjusted': key, title: unadjusted.reason ?? null }, tr('wizard.review.unadjusted', { value: unadjusted.text })) : null,
    ]));
    const payback = ev.paybackMonths.simple;
    replaceChildren(chart, cumulativeChart({ cumulative: [ev.initial.net, ...ev.cumulativeNet], paybackMonths: isError(payback) ? null : payback, peak: ev.peakFunding, money }, locale));
    // A scenario is a whole case to evaluate, two more per range for the tornado: only while the Review is open.
    if (step === 3) scenarios.show({ case: verdict.case, uncertain: verdict.uncertain });
  }

  // Thousands of draws: only while the Risk step is open, and never on the typing path (risk-view.ts).
  function renderRisk(): void {
    if (step === 4) risk.show(verdict.case, verdict.uncertain.length > 0);
  }

  function renderBuild(): void {
    replaceChildren(problems, ...verdict.errors.map((e: FieldError) =>
      h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => focusField(e.path) }, tr('wizard.build.where', { where: where(e.path), message: e.message })))));
    problems.hidden = verdict.errors.length === 0;
    buildButton.disabled = busy || verdict.case === null;
    buildButton.textContent = tr(busy ? 'wizard.build.working' : sheet.sheetName() ? 'wizard.build.update' : 'wizard.build.build');
    reloadButton.disabled = busy;
  }

  function where(path: string): string {
    const m = /^(costs|benefits)\[(\d+)\]/.exec(path);
    if (!m) return tr('wizard.step.basics');
    const line = draft[m[1] as Side][Number(m[2])];
    return tr(m[1] === 'costs' ? 'wizard.build.lineCost' : 'wizard.build.lineBenefit', { name: line?.name.trim() || Number(m[2]) + 1 });
  }

  function focusField(path: string): void {
    go(stepOf(path));
    // A point of a range ("costs[0].users.optimistic") has its own input in its driver's slot.
    const [, field, point] = /^(.*?)(?:\.(conservative|expected|optimistic))?$/.exec(path)!;
    const slot = slots.get(field) ?? slots.get(path.replace(/\.\w+$/, '.name'));
    (point && slot?.range ? slot.range.inputs[point as Point] : slot?.input)?.focus();
  }

  function show(el: HTMLElement, note: Note | null): void {
    if (!note) return;
    el.className = `${el.classList[0]} ${note.kind}`;
    el.setAttribute('role', note.kind === 'error' ? 'alert' : 'status');
    el.textContent = note.text(locale);
  }

  const tell = (where: 'host' | 'build', kind: Note['kind'], text: Note['text']) => {
    const note = { kind, text };
    if (where === 'host') show(hostStatus, (hostNote = note));
    else show(buildStatus, (buildNote = note));
  };

  async function build(): Promise<void> {
    const c = verdict.case;
    if (!c || busy) return; // Invalid input never reaches the host.
    busy = true;
    renderBuild();
    const updating = Boolean(sheet.sheetName());
    tell('build', 'info', (l) => t(l, updating ? 'wizard.build.updating' : 'wizard.build.building'));
    try {
      const result = await sheet.write(c, locale);
      // An update wrote the case the sheet holds now, with any edits made there since: the form shows that case.
      if (!sheet.matches(c)) {
        draft = caseToDraft(result.case, locale);
        renderInputs();
      }
      tell('build', 'ok', (l) => t(l, result.mode === 'created' ? 'wizard.build.built' : 'wizard.build.updated', { sheet: result.sheetName }));
    } catch (e) {
      tell('build', 'error', (l) => t(l, 'wizard.build.failed', { error: errorMessage(e) }));
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
        draft = caseToDraft(loaded.case, locale);
        tell('host', 'info', (l) => t(l, 'wizard.host.editing', { sheet: loaded.sheetName }));
        renderInputs();
      } else if (!quietIfNone) tell('host', 'info', (l) => t(l, 'wizard.host.notOurs'));
    } catch (e) {
      tell('host', 'error', (l) => t(l, 'wizard.host.readFailed', { error: errorMessage(e) }));
    } finally {
      busy = false;
      renderBuild();
    }
  }

  render();
  void reload(true);

  return { reload: () => reload(), currentCase: () => verdict.case, locale: () => locale, setLocale };
}

/** A preset's line as named in a language: the English line name ("CRM licences"), else the preset's own label. */
const presetName = (locale: Locale, side: Side, p: { id: string; line: { name: string } }): string => (locale === 'en' ? p.line.name : presetText(locale, side, p.id).label);

/** The fresh wizard's case, its name and its preset lines named in the wizard's language. */
function startDraft(locale: Locale): Draft {
  const c = defaultCase();
  const named = <L extends { name: string }>(side: Side, presets: readonly { id: string; line: { name: string } }[], lines: L[]) =>
    lines.map((l) => {
      const p = presets.find((q) => q.line.name === l.name);
      return p ? { ...l, name: presetName(locale, side, p) } : l;
    });
  return caseToDraft({ ...c, name: t(locale, 'wizard.defaultName'), costs: named('costs', COST_PRESETS, c.costs), benefits: named('benefits', BENEFIT_PRESETS, c.benefits) }, locale);
}
