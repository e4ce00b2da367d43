import { histogram, type Percentiles, type Simulation } from '../case/simulate';
import { absolute } from './a1';
import type { Formats } from './format';
import type { Grid } from './grid';
import { section } from './inputs';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { metricLabelIn } from '../case/metric-catalog';
import { sectionTitle } from './layout';

// Monte Carlo block: the percentiles of NPV, ROI and payback over the simulated draws, the two probabilities, and a
// histogram of NPV, stamped with the draws, the seed and the date they were computed on; an update computes them
// again. A spreadsheet has no seeded random draws that every host reproduces, so these are the core's figures.

/** Draws and seed of the sheet's simulation: fixed, so the same case always prints the same figures. */
export const SHEET_SIMULATION = { iterations: 10_000, seed: 1 } as const;
const BINS = 12;

export interface SimulationLayout {
  /** The histogram's bin labels and counts, one bin a column. */
  histogram: { categories: string; values: string };
  end: number;
}

export function writeSimulation(grid: Grid, top: number, sim: Simulation, builtOn: string, currency: string, f: Formats, lang: Locale): SimulationLayout {
  section(grid, top, sectionTitle(lang, 'simulation'));
  const draws = sim.iterations.toLocaleString(lang);
  grid.set(top + 1, 0, { value: t(lang, 'sheet.simulation.stamp', { draws, seed: sim.seed, distribution: t(lang, `sheet.simulation.${sim.distribution}`), date: builtOn }), style: 'prose' });
  const head = top + 2;
  ['P10', 'P50', 'P90', t(lang, 'sheet.simulation.mean')].forEach((c, k) => grid.set(head, 1 + k, { value: c, style: 'header' }));
  const row = (r: number, label: string, p: Percentiles, format: string, missing: string) => {
    grid.set(r, 0, { value: label, style: 'label' });
    [p.p10, p.p50, p.p90, p.mean].forEach((v, k) => grid.set(r, 1 + k, v === null ? { value: missing, style: 'calc' } : { value: v, numberFormat: format, style: 'calc' }));
  };
  const [na, never] = [t(lang, 'metric.notAvailable'), t(lang, 'metric.never')];
  row(head + 1, metricLabelIn(lang, 'NPV'), sim.npv, f.money, na);
  row(head + 2, metricLabelIn(lang, 'ROI_PV'), sim.roi, f.percent, na);
  row(head + 3, metricLabelIn(lang, 'PAYBACK'), sim.paybackMonths, f.months, never);
  grid.set(head + 4, 0, { value: t(lang, 'sheet.simulation.probabilityNpv'), style: 'label' });
  grid.set(head + 4, 1, { value: sim.probabilityNpvPositive, numberFormat: f.percent, style: 'calc' });
  grid.set(head + 5, 0, { value: t(lang, 'sheet.simulation.probabilityPayback'), style: 'label' });
  grid.set(head + 5, 1, { value: sim.probabilityPayback, numberFormat: f.percent, style: 'calc' });
  // The histogram of NPV, one bin a column: its upper bound, then how many draws fell in it.
  const bins = histogram(sim.npvSamples, BINS);
  const labels = head + 7;
  grid.set(labels, 0, { value: t(lang, 'sheet.simulation.binTop', { currency }), style: 'header' });
  grid.set(labels + 1, 0, { value: t(lang, 'sheet.simulation.draws'), style: 'label' });
  // Labels as text: a chart's category axis shows a number cell unformatted in some hosts.
  bins.forEach((b, k) => {
    grid.set(labels, 1 + k, { value: Math.round(b.to).toLocaleString(lang), style: 'header' });
    grid.set(labels + 1, 1 + k, { value: b.count, numberFormat: f.month, style: 'calc' });
  });
  const span = (r: number) => `${absolute(r, 1)}:${absolute(r, bins.length)}`;
  return { histogram: { categories: span(labels), values: span(labels + 1) }, end: labels + 2 };
}
