import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '../../src/case/currencies';
import { currencyAffixes, currencyStyle, moneyFormat } from '../../src/i18n/currency';
import { formatValue } from '../../playground/numfmt';

// Excel format codes with invariant separators; the host shows its reader's separators. Rendered here in en-US
// by the playground's renderer, which is how Excel shows them in an English locale.

describe('moneyFormat', () => {
  it.each([
    ['USD', '"$"#,##0;[Red]-"$"#,##0', '"$"#,##0.00'],
    ['GBP', '"£"#,##0;[Red]-"£"#,##0', '"£"#,##0.00'],
    ['EUR', '#,##0" €";[Red]-#,##0" €"', '#,##0.00" €"'],
    ['PLN', '#,##0" zł";[Red]-#,##0" zł"', '#,##0.00" zł"'],
    ['CHF', '"CHF "#,##0;[Red]-"CHF "#,##0', '"CHF "#,##0.00'],
    ['CNY', '"¥"#,##0;[Red]-"¥"#,##0', '"¥"#,##0.00'],
    ['JPY', '"¥"#,##0;[Red]-"¥"#,##0', '"¥"#,##0'],
    ['KWD', '#,##0" KWD";[Red]-#,##0" KWD"', '#,##0.000" KWD"'],
    ['MUR', '#,##0" MUR";[Red]-#,##0" MUR"', '#,##0.00" MUR"'],
  ])('%s: %s, typed amounts %s', (code, whole, minor) => {
    expect(moneyFormat(code, 'whole')).toBe(whole);
    expect(moneyFormat(code, 'minorUnits')).toBe(minor);
  });

  it('shows amounts with the symbol in its place, negatives red with a minus', () => {
    const show = (code: string, value: number, precision: 'whole' | 'minorUnits' = 'whole') => formatValue(value, moneyFormat(code, precision));
    expect(show('EUR', 1234.56, 'minorUnits')).toEqual({ text: '1,234.56 €', red: false });
    expect(show('EUR', -1234.4)).toEqual({ text: '-1,234 €', red: true });
    expect(show('PLN', 1234.56, 'minorUnits').text).toBe('1,234.56 zł');
    expect(show('USD', -1234.4)).toEqual({ text: '-$1,234', red: true });
    expect(show('CHF', 1234.5, 'minorUnits').text).toBe('CHF 1,234.50');
    expect(show('JPY', 1234.5, 'minorUnits').text).toBe('¥1,235');
  });

  it('writes every ISO code as a well-formed format: two sections for whole units, quoted literals, no locale separators', () => {
    for (const code of CURRENCIES) {
      const whole = moneyFormat(code, 'whole');
      expect(whole.split(';')).toHaveLength(2);
      // Outside quoted literals only Excel's invariant codes: digits placeholders, "," and ".", the red section.
      for (const f of [whole, moneyFormat(code, 'minorUnits')]) expect(f.replace(/"[^"]*"/g, '')).toMatch(/^#,##0(\.0{2,3})?(;\[Red\]-#,##0)?$/);
    }
  });
});

describe('currencyStyle', () => {
  it('follows ISO 4217 minor units', () => {
    expect(currencyStyle('USD').decimals).toBe(2);
    expect(currencyStyle('JPY').decimals).toBe(0);
    expect(currencyStyle('KRW').decimals).toBe(0);
    expect(currencyStyle('BHD').decimals).toBe(3);
  });

  it('agrees with Intl (CLDR) on the decimals of every ISO code but those CLDR drops as unused in practice', () => {
    // ISO 4217 keeps minor units these markets no longer write (IQD: 3); CLDR shows none. We follow ISO: an amount
    // typed with its cents keeps them. The list is exact: a code that comes to agree fails here.
    const cldrDropsDecimals = 'AFN ALL COP HUF IDR IQD IRR KPW LAK LBP MGA MMK PKR SOS SYP YER'.split(' ');
    for (const code of CURRENCIES) {
      const cldr = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
      expect([code, currencyStyle(code).decimals === cldr]).toEqual([code, !cldrDropsDecimals.includes(code)]);
    }
    const symbolAfter = (code: string, locale: string) => /\d\s*\D+$/.test(new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(1));
    expect(symbolAfter('EUR', 'de-DE')).toBe(currencyStyle('EUR').placement === 'after');
    expect(symbolAfter('PLN', 'pl-PL')).toBe(currencyStyle('PLN').placement === 'after');
    expect(symbolAfter('USD', 'en-US')).toBe(currencyStyle('USD').placement === 'after');
    expect(symbolAfter('CNY', 'zh-CN')).toBe(currencyStyle('CNY').placement === 'after');
  });

  it('writes an unknown code after the amount', () => {
    expect(currencyAffixes('MUR')).toEqual({ prefix: '', suffix: ' MUR' });
    expect(currencyAffixes('EUR')).toEqual({ prefix: '', suffix: ' €' });
    expect(currencyAffixes('CHF')).toEqual({ prefix: 'CHF ', suffix: '' });
  });
});
