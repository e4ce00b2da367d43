import type { MetricFormat } from '../case/metric-catalog';
import { isError, type FinanceError, type Result } from '../finance';

// Text formatting for the CLI summary. en-US conventions so output is the same on every machine.

export const moneyFormat = (currency: string) => {
  const f = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
  return (x: number) => f.format(x);
};

export const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
export const ratio = (x: number) => x.toFixed(2);
export const months = (x: number) => `${x.toFixed(1)} months`;

/** How the summary shows a metric of each format; a month is also given as its calendar month. */
export function metricFormats(currency: string, startDate: string): Record<MetricFormat, (x: number) => string> {
  return { money: moneyFormat(currency), percent, ratio, months, month: (m) => `month ${m} (${calendarMonth(startDate, m)})` };
}

/** A metric or its error spelled out: "#N/A — never pays back within 24 months". */
export function showResult(r: Result, format: (x: number) => string, why: (error: FinanceError) => string | undefined = () => undefined): string {
  return isError(r) ? `${r.code} — ${why(r) ?? r.message}` : format(r);
}

/** Calendar label of month m, counted from the case start date: "Feb 2026". */
export function calendarMonth(startDate: string, m: number): string {
  const [y, mo] = startDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, mo - 1 + m - 1, 1));
  return date.toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Left-aligned first column, right-aligned others. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()).join('\n');
}
