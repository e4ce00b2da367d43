import type { FinanceError } from '../finance/errors';
import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages/types';
import { plural } from '../i18n/plural';
import { t } from '../i18n/t';
import { metric, type MetricContext, type MetricKey } from './metric-catalog';

// The words for a metric's error in the reader's language (the reason.* messages), for the wizard and the CLI. Apart
// from metric-catalog.ts, which Code.js bundles: this one reads every catalog. --json keeps errorMeaning's English.

/** Why a metric has no number: the registry's meaning of the error in words, else what its code says. */
export function errorReason(key: MetricKey, error: FinanceError, ctx: MetricContext, locale: Locale): string {
  switch (metric(key).errors[error.code]) {
    case 'neverWithinHorizon':
      return plural(locale, 'reason.neverWithinHorizon', ctx.horizonMonths, {});
    case 'noCosts':
      return t(locale, 'reason.noCosts');
    case 'noSignChange': {
      // #NUM! also means "changes sign but no rate solves it"; only a one-signed flow gets the words.
      const net = ctx.monthlyNet;
      if (net?.every((n) => n <= 0)) return t(locale, 'reason.neverPositive');
      if (net?.every((n) => n >= 0)) return t(locale, 'reason.neverNegative');
    }
  }
  return t(locale, `reason.${error.code}` satisfies MessageKey);
}
