import { metricLabel, type MetricKey } from '../src/case/metric-catalog';
import type { Percentiles, Simulation } from '../src/case/simulate';
import { moneyFormatter, months, percent } from './format';

// How the Risk step words a simulation: the percentiles of NPV, ROI (PV) and payback, the chances, the draws.

export const PERCENTILE_COLUMNS = [['p10', 'P10'], ['p50', 'P50'], ['p90', 'P90'], ['mean', 'Mean']] as const;

export interface RiskRow {
  key: MetricKey;
  label: string;
  /** P10, P50, P90, mean. */
  cells: { text: string; negative: boolean }[];
}

/** A percentile that is null is a payback that never happens within the horizon, or an ROI no draw has. */
export function riskRows(s: Simulation, currency: string): RiskRow[] {
  const rows: [MetricKey, Percentiles, (x: number) => string, string][] = [
    ['NPV', s.npv, moneyFormatter(currency), 'n/a'],
    ['ROI_PV', s.roi, percent, 'n/a'],
    ['PAYBACK', s.paybackMonths, months, 'never'],
  ];
  return rows.map(([key, p, show, none]) => ({
    key, label: metricLabel(key),
    cells: PERCENTILE_COLUMNS.map(([k]) => {
      const v = p[k];
      return v === null ? { text: none, negative: false } : { text: show(v), negative: v < 0 };
    }),
  }));
}

const count = new Intl.NumberFormat('en-US');

/** "93.2 % of draws (9,321 of 10,000)"; never 0.0 % or 100.0 % unless it is exactly that. */
export function shareOfDraws(share: number, draws: number): string {
  const hits = Math.round(share * draws);
  const shown = hits > 0 && share < 0.0005 ? '< 0.1 %' : hits < draws && share > 0.9995 ? '> 99.9 %' : percent(share);
  return `${shown} of draws (${count.format(hits)} of ${count.format(draws)})`;
}

export function riskFacts(s: Simulation, horizonMonths: number): { label: string; text: string }[] {
  return [
    { label: 'NPV above zero', text: shareOfDraws(s.probabilityNpvPositive, s.iterations) },
    { label: `Pays back within ${horizonMonths} months`, text: shareOfDraws(s.probabilityPayback, s.iterations) },
    { label: 'Draws', text: `${count.format(s.iterations)}, seed ${s.seed}, ${s.distribution} distributions` },
  ];
}
