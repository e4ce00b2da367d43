import type { MetricFormat } from '../case/metric-catalog';
import { isError, type FinanceError, type Result } from '../finance';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { displayWidth, padEnd, padStart } from './width';

// Text formatting for the CLI's text output, in the reader's language: digits, separators and currency placement by
// Intl for the locale (en is en-US), units and words from the catalog. --json never comes here.

// Grouping always, even where the language leaves four-digit numbers ungrouped (Polish "1234,56"): a column of
// figures then groups every figure the same way. (Node 20 has 'always'; TypeScript's ES2022 lib types a boolean only.)
const ALWAYS = 'always' as unknown as boolean;
const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, { ...options, useGrouping: ALWAYS });

export const moneyFormat = (currency: string, locale: Locale) => {
  const f = numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
  return (x: number) => f.format(x);
};

/** A number with exactly `digits` decimals. */
export const decimal = (x: number, locale: Locale, digits = 0): string => numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);

/** A number with at most `digits` decimals: 42, 37.5. */
export const decimalUpTo = (x: number, locale: Locale, digits: number): string => numberFormat(locale, { maximumFractionDigits: digits }).format(x);

/** A fraction as a percentage: 0.123 → "12.3 %" (en), "12,3 %" (de), "12,3%" (pl). */
export const percent = (x: number, locale: Locale, digits = 1): string => t(locale, 'cli.percent', { value: decimal(x * 100, locale, digits) });
export const ratio = (x: number, locale: Locale): string => decimal(x, locale, 2);
export const months = (x: number, locale: Locale): string => t(locale, 'cli.months', { value: decimal(x, locale, 1) });

/** How the summary shows a metric of each format; a month is also given as its calendar month. */
export function metricFormats(currency: string, startDate: string, locale: Locale): Record<MetricFormat, (x: number) => string> {
  return {
    money: moneyFormat(currency, locale),
    percent: (x) => percent(x, locale),
    ratio: (x) => ratio(x, locale),
    months: (x) => months(x, locale),
    month: (m) => t(locale, 'cli.monthNumber', { month: m, calendar: calendarMonth(startDate, m, locale) }),
  };
}

/** A metric or its error spelled out: "#N/A — never pays back within 24 months". */
export function showResult(r: Result, format: (x: number) => string, why: (error: FinanceError) => string): string {
  return isError(r) ? `${r.code} — ${why(r)}` : format(r);
}

/** Calendar label of month m, counted from the case start date: "Feb 2026", "Feb. 2026", "2026年2月". */
export function calendarMonth(startDate: string, m: number, locale: Locale): string {
  const [y, mo] = startDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, mo - 1 + m - 1, 1));
  return date.toLocaleString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Left-aligned first column, right-aligned others, by the columns each cell takes in a terminal. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? padEnd(cell, widths[i]) : padStart(cell, widths[i]))).join('  ').trimEnd()).join('\n');
}

/** Writes "label  value" rows, the values lined up after the widest label of `all` (so several blocks align as one). */
export function labelsOf(all: string[][]): (rows: string[][]) => string {
  const width = Math.max(...all.map(([label]) => displayWidth(label)));
  return (rows) => rows.map(([label, value]) => `${padEnd(label, width)}  ${value}`).join('\n');
}
