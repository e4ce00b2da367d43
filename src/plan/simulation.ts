import { histogram, type Percentiles, type Simulation } from '../case/simulate';
import { absolute } from './a1';
import type { Formats } from './format';
import type { Grid } from './grid';
import { section } from './inputs';
import { SECTION } from './layout';

// Monte Carlo block: the percentiles of NPV, ROI and payback over the simulated draws, the two probabilities, and a
// histogram of NPV, stamped with the draws, the seed and the date they were computed on; an update computes them
// again. A spreadsheet has no seeded random draws that every host reproduces, so these are the core's figures.

/** Draws and seed of the sheet's simulation: fixed, so the same case always prints the same figures. */
export const SHEET_SIMULATION = { iterations: 10_000, seed: 1 } as const;
const BINS = 12;
const COLUMNS = ['P10', 'P50', 'P90', 'Mean'] as const;

export interface SimulationLayout {
  /** The histogram's bin labels and counts, one bin a column. */
  histogram: { categories: string; values: string };
  end: number;
}

export function writeSimulation(grid: Grid, top: number, sim: Simulation, builtOn: string, currency: string, f: Formats): SimulationLayout {
  section(grid, top, SECTION.simulation);
  grid.set(top + 1, 0, { value: `${sim.iterations.toLocaleString('en-US')} draws, seed ${sim.seed}, ${sim.distribution} distributions, computed by the add-in on ${builtOn}; an update computes them again.`, style: 'prose' });
  const head = top + 2;
  COLUMNS.forEach((c, k) => grid.set(head, 1 + k, { value: c, style: 'header' }));
  const row = (r: number, label: string, p: Percentiles, format: string, missing: string) => {
    grid.set(r, 0, { value: label, style: 'label' });
    [p.p10, p.p50, p.p90, p.mean].forEach((v, k) => grid.set(r, 1 + k, v === null ? { value: missing, style: 'calc' } : { value: v, numberFormat: format, style: 'calc' }));
  };
  row(head + 1, 'Net present value (NPV)', sim.npv, f.money, 'n/a');
  row(head + 2, 'ROI (present value, TEI basis)', sim.roi, f.percent, 'n/a');
  row(head + 3, 'Payback (months, simple)', sim.paybackMonths, f.months, 'never');
  grid.set(head + 4, 0, { value: 'Probability that NPV > 0', style: 'label' });
  grid.set(head + 4, 1, { value: sim.probabilityNpvPositive, numberFormat: f.percent, style: 'calc' });
  grid.set(head + 5, 0, { value: 'Probability of payback in the horizon', style: 'label' });
  grid.set(head + 5, 1, { value: sim.probabilityPayback, numberFormat: f.percent, style: 'calc' });
  // The histogram of NPV, one bin a column: its upper bound, then how many draws fell in it.
  const bins = histogram(sim.npvSamples, BINS);
  const labels = head + 7;
  grid.set(labels, 0, { value: `NPV up to (${currency})`, style: 'header' });
  grid.set(labels + 1, 0, { value: 'Draws', style: 'label' });
  // Labels as text: a chart's category axis shows a number cell unformatted in some hosts.
  bins.forEach((b, k) => {
    grid.set(labels, 1 + k, { value: `${Math.round(b.to).toLocaleString('en-US')}`, style: 'header' });
    grid.set(labels + 1, 1 + k, { value: b.count, numberFormat: f.month, style: 'calc' });
  });
  const span = (r: number) => `${absolute(r, 1)}:${absolute(r, bins.length)}`;
  return { histogram: { categories: span(labels), values: span(labels + 1) }, end: labels + 2 };
}
