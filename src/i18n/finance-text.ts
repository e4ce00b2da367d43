import { financeMessage, type FinanceKey, type FinanceText } from '../finance/errors';
import type { Locale } from './locales';
import { fnDe } from './messages/fn/de';
import { fnEn } from './messages/fn/en';
import { fnFr } from './messages/fn/fr';
import { fnPl } from './messages/fn/pl';
import { fnZhCN } from './messages/fn/zh-CN';

// Why a function returns an error, in the reader's language: the fn.* catalogs alone, not every catalog through t(),
// because the Excel functions bundle carries this file.

const FN: Readonly<Record<Locale, Readonly<Record<FinanceKey, string>>>> = { en: fnEn, de: fnDe, fr: fnFr, pl: fnPl, 'zh-CN': fnZhCN };

// Asked of Intl once per language: a column call can return thousands of errors.
const DECIMAL_MARKS: Partial<Record<Locale, string>> = {};
/** The language's decimal mark, for the numbers inside a message ("-0,05" in German). */
const decimalMark = (locale: Locale): string => (DECIMAL_MARKS[locale] ??= new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.');

/** A FinanceError's reason in words, in `locale`. */
export const financeMessageIn = (locale: Locale, text: FinanceText): string => financeMessage(text, FN[locale], decimalMark(locale));
