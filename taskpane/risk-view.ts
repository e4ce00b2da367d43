import { histogram, type Simulation } from '../src/case/simulate';
import type { RoiCase } from '../src/case/types';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { h, replaceChildren } from './dom';
import { cellText, moneyFormatter } from './format';
import { histogramChart } from './histogram-chart';
import { percentileColumns, riskFacts, riskRows } from './risk-format';
import { runSimulation } from './risk-run';

// The Risk step: a Monte Carlo over the case's ranges, its percentiles, its chances and an NPV histogram. The draws
// run off the typing path (risk-run.ts); an edit waits for a pause in typing, and stops a run the edit made stale.

const PAUSE_MS = 300;
const BINS = 12;

export interface RiskView {
  el: HTMLElement;
  /** The case to simulate (null while invalid) and whether it has ranges; call while the Risk step is open. */
  show(c: RoiCase | null, ranged: boolean): void;
}

export function riskView(locale: Locale): RiskView {
  const note = h('p', { class: 'help' });
  const status = h('p', { class: 'risk-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'risk-status' });
  const table = h('table', { class: 'scenario-table', 'data-testid': 'risk-percentiles' });
  const facts = h('dl', { class: 'risk-facts', 'data-testid': 'risk-facts' });
  const chartBox = h('div', { class: 'tornado-box', 'data-testid': 'risk-histogram' });
  const results = h('div', { hidden: true }, table, facts, h('h3', {}, t(locale, 'wizard.risk.histogram')), chartBox);
  const el = h('div', { class: 'risk' }, note, status, results);

  let shownKey = '';
  let pending: ReturnType<typeof setTimeout> | undefined;
  let cancel: (() => void) | undefined;
  let chart: { sim: Simulation; money: (x: number) => string } | null = null;
  let drawnAt = 0;
  // As the tornado: drawn at its box's width, again when the box is resized or shown.
  const draw = () => {
    drawnAt = chartBox.clientWidth;
    replaceChildren(chartBox, chart && drawnAt > 0 ? histogramChart(histogram(chart.sim.npvSamples, BINS), drawnAt, chart.money, locale) : null);
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => chartBox.clientWidth !== drawnAt && draw()).observe(chartBox);

  function stop(): void {
    clearTimeout(pending);
    cancel?.();
    cancel = undefined;
  }

  function show(c: RoiCase | null, ranged: boolean): void {
    const key = c && ranged ? JSON.stringify(c) : '';
    if (key && key === shownKey) return;
    stop();
    shownKey = key;
    if (!c || !ranged) {
      results.hidden = true;
      status.textContent = '';
      note.textContent = t(locale, !c ? 'wizard.risk.fix' : 'wizard.risk.noRanges');
      return;
    }
    note.textContent = t(locale, 'wizard.risk.about');
    status.textContent = t(locale, 'wizard.risk.running');
    pending = setTimeout(() => {
      cancel = runSimulation(c, (outcome) => {
        cancel = undefined;
        if ('error' in outcome) {
          status.textContent = t(locale, 'wizard.risk.failed', { error: outcome.error });
          return;
        }
        status.textContent = '';
        render(outcome.simulation, c);
      });
    }, PAUSE_MS);
  }

  function render(sim: Simulation, c: RoiCase): void {
    // Each metric's label heads its own row above its four values, so four columns fit a 300 px sidebar.
    const columns = percentileColumns(locale);
    replaceChildren(table,
      h('thead', {}, h('tr', {}, ...columns.map(([, label]) => h('th', { scope: 'col' }, label)))),
      ...riskRows(sim, c.currency, locale).map((row) => h('tbody', { 'data-risk-metric': row.key },
        h('tr', {}, h('th', { scope: 'rowgroup', colspan: columns.length }, row.label)),
        h('tr', {}, ...row.cells.map((cell, i) => h('td', { 'data-percentile': columns[i][0], class: cell.negative ? 'negative' : null }, cellText(cell.text)))))),
    );
    replaceChildren(facts, ...riskFacts(sim, c.horizonMonths, locale).flatMap((f) => [h('dt', {}, f.label), h('dd', {}, f.text)]));
    results.hidden = false;
    chart = { sim, money: moneyFormatter(c.currency, locale) };
    draw();
  }

  return { el, show };
}
