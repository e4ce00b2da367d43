import { metric, type MetricContext, type MetricKey } from '../case/metric-catalog';
import type { Point } from '../case/validate';
import type { FinanceError } from '../finance';
import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages/types';
import { t } from '../i18n/t';
import { plural } from '../i18n/plural';

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

/** Why a metric has no number: the registry's meaning of the error in words, else what its code says. */
export function errorReason(key: MetricKey, error: FinanceError, ctx: MetricContext, locale: Locale): string {
  switch (metric(key).errors[error.code]) {
    case 'neverWithinHorizon':
      return plural(locale, 'cli.reason.neverWithinHorizon', ctx.horizonMonths, {});
    case 'noCosts':
      return t(locale, 'cli.reason.noCosts');
    case 'noSignChange': {
      // #NUM! also means "changes sign but no rate solves it"; only a one-signed flow gets the words.
      const net = ctx.monthlyNet;
      if (net?.every((n) => n <= 0)) return t(locale, 'cli.reason.neverPositive');
      if (net?.every((n) => n >= 0)) return t(locale, 'cli.reason.neverNegative');
    }
  }
  return t(locale, `cli.reason.${error.code}` satisfies MessageKey);
}
