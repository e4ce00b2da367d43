import type { MetricKey } from '../case/metric-catalog';
import type { Point } from '../case/validate';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';

// The CLI's names for the registry's metrics and its words for their errors, in the reader's language. --json keeps
// the registry's English (src/case/metric-catalog.ts): a published, language-neutral shape.

/** A metric's label; NPV and peak funding are finance terms of the catalog's own. */
export function metricName(key: MetricKey, locale: Locale): string {
  if (key === 'NPV') return t(locale, 'term.npv');
  if (key === 'PEAK_FUNDING') return t(locale, 'term.peakFunding');
  return t(locale, `cli.metric.${key}`);
}

const POINT_KEYS = { conservative: 'cli.evaluate.conservative', expected: 'cli.evaluate.expected', optimistic: 'cli.evaluate.optimistic' } as const;
export const pointName = (point: Point, locale: Locale): string => t(locale, POINT_KEYS[point]);

