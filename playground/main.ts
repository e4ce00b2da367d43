import { planSheet, readSheet } from '../src/plan';
import type { SheetPlan } from '../src/plan/types';
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
const grid = gridView(sheetBox, { address: document.getElementById('fx-address')!, content: document.getElementById('fx-content')! }, edit);

const host = playgroundHost(planSheet, (sheet: PlaygroundSheet) => {
  grid.show(sheet.plan);
  sheetBox.dataset.writes = String(host.writes());
  document.getElementById('sheet-title')!.textContent = `Worksheet “${sheet.plan.sheetName}”`;
});
const wizard = mountWizard(document.getElementById('wizard')!, host, { language: navigator.language });

const fail = document.getElementById('simulate-failure') as HTMLInputElement;
fail.addEventListener('change', () => host.failWith(fail.checked ? 'The sheet is protected. Unprotect it (Review › Unprotect Sheet) or choose another sheet.' : null));

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
      status.className = 'sheet-status error';
      status.textContent = `Not applied: ${read.issues.map((i) => `${i.address}: ${i.message}`).join('; ')}`;
      grid.show(sheet.plan);
      return;
    }
    host.replace({ case: read.case, plan: planSheet(read.case) });
    status.className = 'sheet-status ok';
    status.textContent = 'Recalculated.';
    void wizard.reload();
  } catch (e) {
    status.className = 'sheet-status error';
    status.textContent = `Not applied: ${errorMessage(e)}`;
    grid.show(sheet.plan);
  }
}
