import { isError, type Result } from '../src/finance/errors';

// How the review step shows numbers. A FinanceError shows as a dash with its reason, never as NaN.

export interface Shown {
  text: string;
  /** Why there is no number, e.g. "never pays back within the horizon". */
  reason?: string;
}

export function moneyFormatter(currency: string): (x: number) => string {
  try {
    const f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    return (x) => f.format(x);
  } catch {
    const f = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    return (x) => `${f.format(x)} ${currency}`;
  }
}

export const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
export const months = (x: number) => `${Number.isInteger(x) ? x : x.toFixed(1)} months`;

export function showResult(r: Result, format: (x: number) => string): Shown {
  return isError(r) ? { text: '—', reason: r.message } : { text: format(r) };
}

/** "Mar 2026": the calendar month of 1-based model month m. */
export function monthLabel(startDate: string, m: number): string {
  const [y, mo] = startDate.split('-').map(Number);
  const d = new Date(Date.UTC(y, mo - 1 + m - 1, 1));
  return Number.isNaN(d.getTime()) ? `Month ${m}` : d.toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
