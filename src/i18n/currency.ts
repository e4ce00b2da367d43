// How an amount in a currency is written: its symbol, where it goes, and how many decimals (ISO 4217 minor units).
// Excel number formats are built from it (src/plan/format.ts) with Excel's invariant separators ("#,##0.00"):
// Excel, Sheets and LibreOffice show those in the reader's locale, so one workbook reads "$1,234.56" in Chicago
// and "1.234,56 €" in Berlin. The symbol and its place follow the currency (its home market's usage), not the reader.

export interface CurrencyStyle {
  symbol: string;
  /** before: "$1,234"; beforeSpaced: "CHF 1,234"; after: "1,234 €" (always with a space). */
  placement: 'before' | 'beforeSpaced' | 'after';
  /** Digits after the decimal mark: ISO 4217 minor units. */
  decimals: number;
}

const SYMBOLS: Record<string, Pick<CurrencyStyle, 'symbol' | 'placement'>> = {
  USD: { symbol: '$', placement: 'before' },
  GBP: { symbol: '£', placement: 'before' },
  JPY: { symbol: '¥', placement: 'before' },
  CNY: { symbol: '¥', placement: 'before' },
  INR: { symbol: '₹', placement: 'before' },
  KRW: { symbol: '₩', placement: 'before' },
  AUD: { symbol: 'A$', placement: 'before' },
  CAD: { symbol: 'C$', placement: 'before' },
  NZD: { symbol: 'NZ$', placement: 'before' },
  MXN: { symbol: 'MX$', placement: 'before' },
  HKD: { symbol: 'HK$', placement: 'before' },
  SGD: { symbol: 'S$', placement: 'before' },
  BRL: { symbol: 'R$', placement: 'beforeSpaced' },
  CHF: { symbol: 'CHF', placement: 'beforeSpaced' },
  ZAR: { symbol: 'R', placement: 'beforeSpaced' },
  EUR: { symbol: '€', placement: 'after' },
  PLN: { symbol: 'zł', placement: 'after' },
  CZK: { symbol: 'Kč', placement: 'after' },
  HUF: { symbol: 'Ft', placement: 'after' },
  SEK: { symbol: 'kr', placement: 'after' },
  NOK: { symbol: 'kr', placement: 'after' },
  DKK: { symbol: 'kr', placement: 'after' },
};

// ISO 4217 minor units other than 2, for the active codes of src/case/currencies.ts.
const NO_DECIMALS = new Set('BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF'.split(' '));
const THREE_DECIMALS = new Set('BHD IQD JOD KWD LYD OMR TND'.split(' '));

/** A currency's style; a code without a common symbol is written after the amount: "1,234.56 MUR". */
export function currencyStyle(code: string): CurrencyStyle {
  const decimals = NO_DECIMALS.has(code) ? 0 : THREE_DECIMALS.has(code) ? 3 : 2;
  return { ...(SYMBOLS[code] ?? { symbol: code, placement: 'after' }), decimals };
}

/** The text before and after the digits: { prefix: "$", suffix: "" }, { prefix: "", suffix: " €" }. */
export function currencyAffixes(code: string): { prefix: string; suffix: string } {
  const { symbol, placement } = currencyStyle(code);
  if (placement === 'after') return { prefix: '', suffix: ` ${symbol}` };
  return { prefix: placement === 'before' ? symbol : `${symbol} `, suffix: '' };
}

const quoted = (literal: string) => (literal ? `"${literal}"` : '');

/**
 * An Excel number format for amounts in `code`: whole units (totals, the schedule) or the currency's own decimals
 * (prices and amounts typed in). Negatives are red with a minus: "-1,234 €", "-$1,234".
 */
export function moneyFormat(code: string, precision: 'whole' | 'minorUnits'): string {
  const { prefix, suffix } = currencyAffixes(code);
  const decimals = precision === 'whole' ? 0 : currencyStyle(code).decimals;
  const amount = `${quoted(prefix)}#,##0${decimals ? `.${'0'.repeat(decimals)}` : ''}${quoted(suffix)}`;
  return precision === 'whole' ? `${amount};[Red]-${amount}` : amount;
}
