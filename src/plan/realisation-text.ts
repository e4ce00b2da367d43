import type { Evaluation } from '../case/evaluation';
import type { RealisationKey, RealisationSpec } from '../case/metric-catalog';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';

// The Summary's realisation rows in the sheet's language (src/i18n/messages/actuals). Apart from metric-catalog.ts,
// which the Apps Script custom functions load and which carries only the metric catalogs.

export const realisationLabel = (key: RealisationKey, lang: Locale = 'en'): string => t(lang, `actuals.metric.${key}`);
export const realisationExplanation = (key: RealisationKey, lang: Locale = 'en'): string => t(lang, `actuals.metric.${key}.explain`);
/** Shown for every realisation metric until the first actual is typed. */
export const noActuals = (lang: Locale = 'en'): string => t(lang, 'actuals.summary.none');
export const realisationHeading = (lang: Locale = 'en'): string => t(lang, 'actuals.summary.heading');
/** The word an error value of this metric shows. */
export const realisationErrorWord = (m: RealisationSpec, e: Evaluation, lang: Locale = 'en'): string => t(lang, m.errorWord(e) === 'never' ? 'metric.never' : 'metric.notAvailable');
