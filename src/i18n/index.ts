// Public surface of the languages: which ones, their messages, numbers typed their way, money formats.
export { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, localeFromEnv, resolveLocale, type Locale } from './locales';
export { CATALOGS, placeholders, t } from './t';
export type { MessageKey, MessageParams, Messages } from './messages/types';
export { entryText, numberIssueText, parseLocaleNumber, type NumberIssue, type ParsedNumber } from './number';
export { currencyAffixes, currencyStyle, moneyFormat, type CurrencyStyle } from './currency';
