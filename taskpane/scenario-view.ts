import { scenariosOf, swingsOf, type Swing, type Uncertainty } from '../src/case/scenarios';
import { POINTS } from '../src/case/validate';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { h, replaceChildren } from './dom';
import { fieldsOf } from './draft';
import { cellText, moneyFormatter, scenarioRows } from './format';
import { tornadoBars, tornadoChart, type TornadoInput } from './tornado';

// The Review's part for a case with ranges: the three scenarios side by side and the NPV tornado. Each scenario is a
// case evaluated in full, and the tornado two more per range, so the wizard shows this only while the Review is open.

export interface ScenarioView {
  el: HTMLElement;
  /** Shows the scenarios of a valid case with ranges; hides the part for anything else. */
  show(u: Uncertainty | null): void;
}

export function scenarioView(locale: Locale): ScenarioView {
  const table = h('table', { class: 'scenario-table', 'data-testid': 'scenarios' });
  const chartBox = h('div', { class: 'tornado-box', 'data-testid': 'tornado' });
  const el = h('section', { class: 'scenarios', 'aria-labelledby': 'scenarios-heading', hidden: true },
    h('h3', { id: 'scenarios-heading' }, t(locale, 'wizard.review.scenarios')),
    h('p', { class: 'help' }, t(locale, 'wizard.review.scenariosHelp')),
    table,
    h('h3', {}, t(locale, 'wizard.review.sensitivity')),
    h('p', { class: 'help' }, t(locale, 'wizard.review.sensitivityHelp')),
    chartBox,
  );

  // The chart is drawn at its box's width: again when the box is resized, or shown (a hidden box has none).
  let chart: Omit<TornadoInput, 'width'> | null = null;
  let drawnAt = 0;
  const draw = () => {
    drawnAt = chartBox.clientWidth;
    replaceChildren(chartBox, chart && drawnAt > 0 ? tornadoChart({ ...chart, width: drawnAt }, locale) : null);
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => chartBox.clientWidth !== drawnAt && draw()).observe(chartBox);

  function show(u: Uncertainty | null): void {
    el.hidden = !u || u.uncertain.length === 0;
    if (el.hidden || !u) return;
    const scenarios = scenariosOf(u);
    // Each metric's label heads its own row above its three values: three columns fit a 300 px sidebar.
    replaceChildren(table,
      h('thead', {}, h('tr', {}, ...POINTS.map((p) => h('th', { scope: 'col' }, t(locale, `wizard.point.${p}`))))),
      ...scenarioRows(scenarios, locale).map((row) => h('tbody', { 'data-scenario-metric': row.key },
        h('tr', {}, h('th', { scope: 'rowgroup', colspan: POINTS.length }, row.label)),
        h('tr', {}, ...row.cells.map((cell, i) => h('td', { 'data-point': POINTS[i], class: cell.negative ? 'negative' : null, title: cell.reason ?? null },
          cellText(cell.text), cell.reason ? h('span', { class: 'reason' }, cell.reason) : null))))),
    );
    // The core names a driver in English; the chart names it as the form does.
    const fieldLabel = (s: Swing) => {
      const [side, index, key] = s.path;
      return fieldsOf(side, u.case[side][index].type, locale).find((f) => f.key === key)?.label ?? s.label;
    };
    chart = { bars: tornadoBars(swingsOf(u), fieldLabel), expected: scenarios.expected.npv, money: moneyFormatter(u.case.currency, locale) };
    draw();
  }

  return { el, show };
}
