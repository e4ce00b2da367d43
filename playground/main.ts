import { sheetIssueText } from '../src/plan/issue-text';
import { planSheet, readSheet } from '../src/plan';
import type { SheetPlan } from '../src/plan/types';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { errorMessage } from '../taskpane/host';
import { playgroundHost, type PlaygroundSheet } from '../taskpane/playground-host';
import { applyStyles } from '../taskpane/styles';
import { mountWizard } from '../taskpane/wizard';
import { gridView } from './grid';
import { PLAYGROUND_CSS } from './styles';

// The local playground: the wizard beside an in-browser rendering of the worksheet it builds. Editing an input cell
// goes the way an edit in Excel does: sheet → readSheet → case → plan → sheet, and the wizard re-reads the case.

applyStyles(document, 'fluent', PLAYGROUND_CSS);

const sheetBox = document.getElementById('sheet')!;
const status = document.getElementById('sheet-status')!;
// The page follows the wizard's language; the sheet status is kept as what to say, so a switch re-words it.
let locale: Locale = 'en';
let statusText: ((l: Locale) => string) | null = null;
function say(kind: 'ok' | 'error', text: (l: Locale) => string): void {
  statusText = text;
  status.className = `sheet-status ${kind}`;
  status.textContent = text(locale);
}
function follow(l: Locale): void {
  locale = l;
  document.documentElement.lang = l;
  document.getElementById('simulate-label')!.textContent = t(l, 'wizard.playground.simulate');
  const empty = document.getElementById('sheet-empty');
  if (empty) empty.textContent = t(l, 'wizard.playground.empty');
  const sheet = host.sheet();
  document.getElementById('sheet-title')!.textContent = sheet ? t(l, 'wizard.playground.sheetNamed', { sheet: sheet.plan.sheetName }) : t(l, 'wizard.playground.sheet');
  if (statusText) status.textContent = statusText(l);
  if (fail.checked) host.failWith(t(l, 'wizard.playground.protected'));
}
const grid = gridView(sheetBox, { address: document.getElementById('fx-address')!, content: document.getElementById('fx-content')! }, edit);

const host = playgroundHost(planSheet, (sheet: PlaygroundSheet) => {
  grid.show(sheet.plan);
  sheetBox.dataset.writes = String(host.writes());
  document.getElementById('sheet-title')!.textContent = t(locale, 'wizard.playground.sheetNamed', { sheet: sheet.plan.sheetName });
});
const fail = document.getElementById('simulate-failure') as HTMLInputElement;
fail.addEventListener('change', () => host.failWith(fail.checked ? t(locale, 'wizard.playground.protected') : null));
const wizard = mountWizard(document.getElementById('wizard')!, host, { language: navigator.language, onLocale: follow });

function snapshotOf(plan: SheetPlan) {
  return {
    name: plan.sheetName,
    values: plan.cells.map((row) => row.map((c) => c.value ?? null)),
    formulas: plan.cells.map((row) => row.map((c) => c.formula ?? '')),
    names: plan.names.map(({ name, ref }) => ({ name, ref })),
  };
}

/** Text typed into a cell, as a host stores it: numbers as numbers ("15%" → 0.15), the rest as text. */
function cellValue(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  const pct = /^([-+]?\d*\.?\d+(?:e[-+]?\d+)?)\s*%$/i.exec(t);
  if (pct) return Number(pct[1]) / 100;
  const n = Number(t.replace(/,/g, ''));
  return /^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?$/i.test(t) && Number.isFinite(n) ? n : text;
}

function edit(row: number, col: number, text: string): void {
  const sheet = host.sheet();
  if (!sheet) return;
  const snapshot = snapshotOf(sheet.plan);
  snapshot.values[row][col] = cellValue(text);
  snapshot.formulas[row][col] = '';
  try {
    const read = readSheet(snapshot);
    if (!read.ok) {
      say('error', (l) => t(l, 'wizard.playground.notApplied', { reason: read.issues.map((i) => `${i.address}: ${sheetIssueText(i, l)}`).join('; ') }));
      grid.show(sheet.plan);
      return;
    }
    host.replace({ case: read.case, plan: planSheet(read.case, { lang: read.lang }) });
    say('ok', (l) => t(l, 'wizard.playground.recalculated'));
    void wizard.reload();
  } catch (e) {
    const reason = errorMessage(e);
    say('error', (l) => t(l, 'wizard.playground.notApplied', { reason }));
    grid.show(sheet.plan);
  }
}
