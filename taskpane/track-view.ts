import type { Evaluation } from '../src/case/evaluation';
import { actualsGrid } from './actuals-grid';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { h, replaceChildren } from './dom';
import type { Draft, FieldError } from './draft';
import { moneyFormatter } from './format';
import { trackChart } from './track-chart';
import { kpiRows, lineRows, periodRows, realisedRows, reforecastRows, toDateHeading, toDateRows, type KpiRow, type TrackCell, type VarianceRow } from './track-format';

// The Track step: actuals entered month by month (actuals-grid.ts) and the plan against them, all from evaluate()'s
// `actuals` and `reforecast`. The wizard owns the draft; this view reads it and writes only the actuals it is given.


export interface TrackView {
  el: HTMLElement;
  /** Rebuilds the entry from the draft (a case loaded, a line added or removed). */
  render(): void;
  /**
   * The verdict's errors and the evaluation of its case (null while invalid), `partial` when that case leaves out
   * entries that could not be read; call while the Track step is open.
   */
  show(errors: readonly FieldError[], ev: Evaluation | null, partial: boolean): void;
  /** Shows the line of an actual's path ("costs[1].actuals.2025-03") and focuses that month's input. */
  focus(path: string): void;
}

export function trackView(locale: Locale, draft: () => Draft, changed: () => void): TrackView {
  const grid = actualsGrid(locale, draft, changed);
  const figures = h('div', { class: 'track-figures', 'data-testid': 'track-figures' });
  const el = h('div', { class: 'track' }, figures, h('h3', {}, t(locale, 'track.enter')), grid.el);

  // The figures are rebuilt as the analyst types: a period table opened stays open.
  const opened = { quarters: false, years: false };
  const periods = (of: 'quarters' | 'years', rows: VarianceRow[]) => {
    const el = h('details', { class: 'track-periods', open: opened[of] }, h('summary', {}, t(locale, `track.${of}`)), varianceTable(rows, `track-${of}`, 'data-period', locale));
    el.addEventListener('toggle', () => (opened[of] = el.open));
    return el;
  };

  function show(errors: readonly FieldError[], ev: Evaluation | null, partial: boolean): void {
    grid.update(errors, ev);
    if (!ev) return replaceChildren(figures, h('p', { class: 'help' }, t(locale, 'track.invalid')));
    const leftOut = partial ? h('p', { class: 'field-error', 'data-testid': 'track-partial' }, t(locale, 'track.partial')) : null;
    if (!ev.actuals) return replaceChildren(figures, leftOut, h('p', { class: 'help' }, t(locale, 'track.none')), ...kpiTable(kpiRows(ev, locale), locale));
    const { heading, note } = toDateHeading(ev, locale);
    replaceChildren(figures, leftOut,
      h('h3', { 'data-testid': 'track-through' }, heading),
      varianceTable(toDateRows(ev, locale), 'track-to-date', 'data-track', locale),
      note ? h('p', { class: 'help' }, note) : null,
      h('h3', {}, t(locale, 'track.byLine')), h('p', { class: 'help' }, t(locale, 'track.byLineHelp')),
      varianceTable(lineRows(ev, locale), 'track-lines', 'data-line-id', locale),
      h('h3', {}, t(locale, 'track.byPeriod')),
      periods('quarters', periodRows(ev, 'quarters', locale)), periods('years', periodRows(ev, 'years', locale)),
      h('h3', {}, t(locale, 'track.reforecastHeading')), h('p', { class: 'help' }, t(locale, 'track.reforecastHelp')),
      h('table', { class: 'scenario-table track-table two', 'data-testid': 'track-reforecast' },
        h('thead', {}, h('tr', {}, ...[t(locale, 'track.col.plan'), t(locale, 'track.col.reforecast')].map((c) => h('th', { scope: 'col' }, c)))),
        ...reforecastRows(ev, locale).map((row) => h('tbody', { 'data-reforecast': row.key },
          h('tr', {}, h('th', { scope: 'rowgroup', colspan: 2 }, row.label)),
          h('tr', {}, td(row.plan, 'plan'), td(row.reforecast, 'reforecast'))))),
      h('h3', {}, t(locale, 'track.realised')), h('p', { class: 'help' }, t(locale, 'track.realisedHelp')),
      h('dl', { class: 'risk-facts', 'data-testid': 'track-realised' }, ...realisedRows(ev, locale).flatMap((r) => [
        h('dt', {}, r.label), h('dd', { 'data-realised': r.key, class: r.value.negative ? 'negative' : null }, r.value.text, r.value.reason ? h('span', { class: 'reason' }, ` ${r.value.reason}`) : null),
      ])),
      h('h3', {}, t(locale, 'actuals.chart.title')),
      trackChart(ev, moneyFormatter(ev.case.currency, locale), locale),
      ...kpiTable(kpiRows(ev, locale), locale),
    );
  }

  return { el, render: grid.render, show, focus: grid.focus };
}

/** Each KPI's label above its baseline, target and actual average, and how far it has come, in words. */
function kpiTable(rows: KpiRow[], locale: Locale): Node[] {
  if (rows.length === 0) return [];
  return [h('h3', {}, t(locale, 'track.kpis')), h('table', { class: 'scenario-table track-table', 'data-testid': 'track-kpis' },
    h('thead', {}, h('tr', {}, ...(['baseline', 'target', 'actual'] as const).map((c) => h('th', { scope: 'col' }, t(locale, `track.col.${c}`))))),
    ...rows.map((row) => h('tbody', { 'data-kpi': row.key },
      h('tr', {}, h('th', { scope: 'rowgroup', colspan: 3 }, row.label)),
      h('tr', {}, h('td', {}, row.baseline), h('td', {}, row.target), h('td', {}, row.actual, row.progress ? h('span', { class: 'tone' }, row.progress) : null)))))];
}

function td(cell: TrackCell, column: string): HTMLElement {
  return h('td', { 'data-column': column, class: cell.negative ? 'negative' : null, title: cell.reason ?? null },
    cell.text, cell.reason ? h('span', { class: 'reason' }, cell.reason) : null);
}

/** Each row's label above its plan, actual and variance; the variance says in words whether it is favourable. */
function varianceTable(rows: VarianceRow[], testid: string, keyAttr: string, locale: Locale): HTMLElement {
  return h('table', { class: 'scenario-table track-table', 'data-testid': testid },
    h('thead', {}, h('tr', {}, ...(['plan', 'actual', 'variance'] as const).map((c) => h('th', { scope: 'col' }, t(locale, `track.col.${c}`))))),
    ...rows.map((row) => h('tbody', { [keyAttr]: row.key },
      h('tr', {}, h('th', { scope: 'rowgroup', colspan: 3 }, row.label)),
      h('tr', {}, td(row.plan, 'plan'), td(row.actual, 'actual'),
        h('td', { 'data-column': 'variance', class: `variance ${row.variance.tone}` }, row.variance.text,
          row.variance.word ? h('span', { class: 'tone' }, row.variance.word) : null)))));
}
