import { evaluate } from '../src/case/evaluate';
import type { Evaluation } from '../src/case/evaluation';
import type { RoiCase } from '../src/case/types';
import { POINTS, type Point } from '../src/case/validate';
import { isError } from '../src/finance/errors';
import type { Locale } from '../src/i18n/locales';
import type { MessageKey } from '../src/i18n/messages/types';
import { plural } from '../src/i18n/plural';
import { t, type MessageArgs } from '../src/i18n/t';
import { cumulativeChart } from './chart';
import { defaultCase } from './default-case';
import { h, replaceChildren } from './dom';
import { caseToDraft, type Draft, type FieldError } from './draft';
import { relocaleDraft } from './draft-locale';
import type { FormCtx, Slot } from './form-fields';
import { errorMessage, type WizardHost } from './host';
import { moneyFormatter, reviewRows } from './format';
import { languagePicker, rememberLocale, startLocale } from './language';
import { BENEFIT_PRESETS, COST_PRESETS } from './presets';
import { riskView, type RiskView } from './risk-view';
import { scenarioView, type ScenarioView } from './scenario-view';
import { sheetLink } from './sheet-link';
import { trackView, type TrackView } from './track-view';
import { basicsStep } from './step-basics';
import { lineLegend, linesStep, presetName } from './step-lines';
import { caseWithoutBadActuals, checkDraft, type Verdict } from './validation';

// The seven-step wizard: the shell (header, language, tabs, navigation) and the Review, Risk, Track and Build steps; the input
// steps are modules (step-basics.ts, step-lines.ts) rendering from a FormCtx. State (the draft, the step, the
// language, the last statuses) lives here apart from the DOM,
// which is rendered from it by key: the whole wizard again when the language changes (every label, number and
// message follows, nothing typed is lost), the input steps again on a structural change (add/remove/retype a line,
// load a case). Typing never re-renders its input, so focus stays; every keystroke re-checks the draft and updates
// messages, step badges, the review and Build in place.
// No UI library: dom.ts's h() already builds escaped DOM, and rendering by key is a function call here; Lit or
// Preact would add a runtime for little the wizard lacks (npm run bench: Preact with hooks ≈ 5 KiB gzipped, dom.ts < 1).

// Track comes before Build: actuals are part of the case, and Build is the one step that writes it to the sheet.
const STEPS = ['basics', 'costs', 'benefits', 'review', 'risk', 'track', 'build'] as const;
const [REVIEW, RISK, TRACK, BUILD] = (['review', 'risk', 'track', 'build'] as const).map((s) => STEPS.indexOf(s));
/** The steps with inputs, whose tabs count their problems. */
const INPUT_STEPS = [0, 1, 2, TRACK];
type Side = 'costs' | 'benefits';

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
  /** Told the language whenever the wizard renders in one, so a page around it (the playground) can follow. */
  onLocale?: (locale: Locale) => void;
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
  let portfolioNote: Note | null = null;
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
  let track: TrackView;
  let rangesNote: HTMLElement;
  let problems: HTMLElement;
  let buildButton: HTMLButtonElement;
  let reloadButton: HTMLButtonElement;
  let buildStatus: HTMLElement;
  let portfolioButton: HTMLButtonElement;
  let portfolioStatus: HTMLElement;

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
    track = trackView(locale, () => draft, () => refresh());
    rangesNote = h('p', { class: 'help', hidden: true }, tr('wizard.build.rangesNote'));
    problems = h('ul', { class: 'problems', 'data-testid': 'problems' });
    buildButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'build', onclick: () => void build() }, tr('wizard.build.build'));
    reloadButton = h('button', { type: 'button', class: 'secondary', onclick: () => void reload() }, tr('wizard.build.reload'));
    buildStatus = h('div', { class: 'build-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'build-status' });
    portfolioButton = h('button', { type: 'button', class: 'secondary', 'data-testid': 'portfolio', onclick: () => void portfolio() }, tr('wizard.portfolio.run'));
    portfolioStatus = h('div', { class: 'build-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'portfolio-status' });

    replaceChildren(root,
      h('header', { class: 'wizard-header' }, h('h1', {}, tr('wizard.title')), h('span', { class: 'host-name' }, host.name(locale)), languagePicker(locale, (l) => setLocale(l))),
      hostStatus,
      h('nav', { class: 'steps', 'aria-label': tr('wizard.steps') }, ...tabs),
      h('form', { class: 'wizard', novalidate: true, onsubmit: (e: Event) => e.preventDefault() }, ...panels),
      h('footer', { class: 'wizard-nav' }, back, next),
    );
    body[REVIEW].append(metrics, chart, scenarios.el);
    body[RISK].append(risk.el);
    body[TRACK].append(track.el);
    body[BUILD].append(
      h('p', { class: 'help' }, tr('wizard.build.about')),
      rangesNote,
      problems, h('div', { class: 'actions' }, buildButton, reloadButton), buildStatus,
      h('h3', {}, tr('wizard.portfolio.heading')),
      h('p', { class: 'help' }, tr('wizard.portfolio.about')),
      h('div', { class: 'actions' }, portfolioButton), portfolioStatus,
    );
    show(hostStatus, hostNote);
    show(buildStatus, buildNote);
    show(portfolioStatus, portfolioNote);
    renderInputs();
    go(step, false);
    options.onLocale?.(locale);
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
    if (step === REVIEW) renderReview();
    renderRisk();
    renderTrack();
  }

  // ---- rendering of the input steps ----

  function renderInputs(): void {
    slots.clear();
    const ctx: FormCtx = { locale, draft, slots, changed: refresh, restructured: renderInputs };
    replaceChildren(body[0], ...basicsStep(ctx));
    replaceChildren(body[1], ...linesStep(ctx, 'costs'));
    replaceChildren(body[2], ...linesStep(ctx, 'benefits'));
    track.render();
    refresh();
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
    const perStep = STEPS.map(() => 0);
    for (const e of verdict.errors) perStep[stepOf(e.path)]++;
    for (const i of INPUT_STEPS) {
      tabs[i].textContent = `${i + 1} ${tr(`wizard.step.${STEPS[i]}`)}${perStep[i] ? ` (${perStep[i]})` : ''}`;
      tabs[i].classList.toggle('has-errors', perStep[i] > 0);
    }
    // Legends follow the names as typed.
    for (const side of ['costs', 'benefits'] as const)
      body[side === 'costs' ? 1 : 2].querySelectorAll('fieldset.line').forEach((fs, i) => {
        const legendEl = fs.querySelector('legend');
        if (legendEl) legendEl.textContent = lineLegend(draft, side, i, locale);
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
    if (step === REVIEW) scenarios.show({ case: verdict.case, uncertain: verdict.uncertain });
  }

  // Thousands of draws: only while the Risk step is open, and never on the typing path (risk-view.ts).
  function renderRisk(): void {
    if (step === RISK) risk.show(verdict.case, verdict.uncertain.length > 0);
  }

  // The plan against actuals: a second evaluation, only while the Track step is open.
  function renderTrack(): void {
    if (step !== TRACK) return;
    const c = caseWithoutBadActuals(draft, verdict, locale);
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
      h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => focusField(e.path) }, tr('wizard.build.where', { where: where(e.path), message: e.message })))));
    problems.hidden = verdict.errors.length === 0;
    buildButton.disabled = busy || verdict.case === null;
    buildButton.textContent = tr(busy ? 'wizard.build.working' : sheet.sheetName() ? 'wizard.build.update' : 'wizard.build.build');
    reloadButton.disabled = busy;
    portfolioButton.disabled = busy;
  }

  function where(path: string): string {
    const kpi = /^kpis\[(\d+)\]/.exec(path);
    if (kpi) return tr('wizard.build.kpi', { name: draft.kpis?.[Number(kpi[1])]?.kpi.name || Number(kpi[1]) + 1 });
    const m = /^(costs|benefits)\[(\d+)\]/.exec(path);
    if (!m) return tr('wizard.step.basics');
    const line = draft[m[1] as Side][Number(m[2])];
    return tr(m[1] === 'costs' ? 'wizard.build.lineCost' : 'wizard.build.lineBenefit', { name: line?.name.trim() || Number(m[2]) + 1 });
  }

  function focusField(path: string): void {
    go(stepOf(path));
    if (stepOf(path) === TRACK) return track.focus(path);
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

  const tell = (where: 'host' | 'build' | 'portfolio', kind: Note['kind'], text: Note['text']) => {
    const note = { kind, text };
    if (where === 'host') show(hostStatus, (hostNote = note));
    else if (where === 'build') show(buildStatus, (buildNote = note));
    else show(portfolioStatus, (portfolioNote = note));
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
      tell('build', 'error', (l) => t(l, 'wizard.build.failed', { error: errorMessage(e, l) }));
    } finally {
      busy = false;
      renderBuild();
    }
  }

  /** Adds or refreshes the Portfolio sheet over every ROI sheet of the workbook; the form's case is not involved. */
  async function portfolio(): Promise<void> {
    if (busy) return;
    busy = true;
    renderBuild();
    tell('portfolio', 'info', (l) => t(l, 'wizard.portfolio.working'));
    try {
      const result = await host.portfolio({ lang: locale });
      tell('portfolio', 'ok', (l) => plural(l, result.mode === 'created' ? 'wizard.portfolio.added' : 'wizard.portfolio.refreshed', result.cases.length, {
        sheet: result.sheetName,
        sheets: result.cases.map((name) => t(l, 'wizard.portfolio.quoted', { name })).join(t(l, 'wizard.portfolio.separator')),
      }));
    } catch (e) {
      tell('portfolio', 'error', (l) => t(l, 'wizard.portfolio.failed', { error: errorMessage(e, l) }));
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
      tell('host', 'error', (l) => t(l, 'wizard.host.readFailed', { error: errorMessage(e, l) }));
    } finally {
      busy = false;
      renderBuild();
    }
  }

  render();
  void reload(true);

  return { reload: () => reload(), currentCase: () => verdict.case, locale: () => locale, setLocale };
}

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
