import type { MetricKey } from '../src/case/metric-catalog';
import type { Percentiles, Simulation } from '../src/case/simulate';
import type { Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { metricName, moneyFormatter, months, percent } from './format';

// How the Risk step words a simulation: the percentiles of NPV, ROI (PV) and payback, the chances, the draws.

export const PERCENTILE_KEYS = ['p10', 'p50', 'p90', 'mean'] as const;
/** The column heads: P10, P50, P90 in every language, and the mean in its own words. */
export const percentileColumns = (locale: Locale): [(typeof PERCENTILE_KEYS)[number], string][] =>
  PERCENTILE_KEYS.map((k) => [k, k === 'mean' ? t(locale, 'wizard.risk.mean') : k.toUpperCase()]);

export interface RiskRow {
  key: MetricKey;
  label: string;
  /** P10, P50, P90, mean. */
  cells: { text: string; negative: boolean }[];
}

/** A percentile that is null is a payback that never happens within the horizon, or an ROI no draw has. */
export function riskRows(s: Simulation, currency: string, locale: Locale = 'en'): RiskRow[] {
  const na = t(locale, 'wizard.risk.na');
  const rows: [MetricKey, Percentiles, (x: number) => string, string][] = [
    ['NPV', s.npv, moneyFormatter(currency, locale), na],
    ['ROI_PV', s.roi, (x) => percent(x, locale), na],
    ['PAYBACK', s.paybackMonths, (x) => months(x, locale), t(locale, 'wizard.risk.never')],
  ];
  return rows.map(([key, p, show, none]) => ({
    key, label: metricName(key, locale),
    cells: PERCENTILE_KEYS.map((k) => {
      const v = p[k];
      return v === null ? { text: none, negative: false } : { text: show(v), negative: v < 0 };
    }),
  }));
}

/** "93.2 % of draws (9,321 of 10,000)"; never 0.0 % or 100.0 % unless it is exactly that. */
export function shareOfDraws(share: number, draws: number, locale: Locale = 'en'): string {
  const count = new Intl.NumberFormat(locale);
  const hits = Math.round(share * draws);
  const shown = hits > 0 && share < 0.0005 ? `< ${percent(0.001, locale)}` : hits < draws && share > 0.9995 ? `> ${percent(0.999, locale)}` : percent(share, locale);
  return t(locale, 'wizard.risk.share', { share: shown, hits: count.format(hits), draws: count.format(draws) });
}

export function riskFacts(s: Simulation, horizonMonths: number, locale: Locale = 'en'): { label: string; text: string }[] {
  const n = new Intl.NumberFormat(locale).format(s.iterations);
  return [
    { label: t(locale, 'wizard.risk.npvPositive'), text: shareOfDraws(s.probabilityNpvPositive, s.iterations, locale) },
    { label: t(locale, 'wizard.risk.paysBack', { months: horizonMonths }), text: shareOfDraws(s.probabilityPayback, s.iterations, locale) },
    { label: t(locale, 'wizard.risk.draws'), text: t(locale, s.distribution === 'pert' ? 'wizard.risk.drawsPert' : 'wizard.risk.drawsTriangular', { n, seed: s.seed }) },
  ];
}
