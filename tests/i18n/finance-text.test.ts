import { describe, expect, it } from 'vitest';
import { npv, paybackPeriod, roi } from '../../src/finance';
import { FinanceError, got, reason } from '../../src/finance/errors';
import { financeMessageIn } from '../../src/i18n/finance-text';
import { LOCALE_TAGS } from '../../src/i18n/locales';

// A FinanceError is a reason (fn.* key and parameters) until a host words it: English for its `message`, any language
// through financeMessageIn, nested reasons (what a cell holds, where it sits) and numbers in the reader's notation.

describe('a finance error in words', () => {
  const bad = npv(0.1, [1, 'twelve' as unknown as number]) as FinanceError;

  it('is English as its message, and the same reason in every language', () => {
    expect(bad.message).toBe('NPV: values item 2 must be a finite number, got text "twelve"');
    expect(financeMessageIn('en', bad.text)).toBe(bad.message);
    expect(financeMessageIn('de', bad.text)).toBe('NPV: values, Element 2, muss eine endliche Zahl sein, erhalten: Text „twelve“');
    expect(financeMessageIn('zh-CN', bad.text)).toBe('NPV：values 的第 2 项必须是有限数字，实际为文本“twelve”');
  });

  it('writes numbers with the language’s decimal mark, and a text parameter as it is', () => {
    const never = paybackPeriod([0.25, 0.25], { initial: 1.5 }) as FinanceError;
    expect(never.message).toBe('Payback: never pays back within the 2-period horizon (still -1 at the end)');
    const loss = roi(1, -2.5) as FinanceError;
    expect(financeMessageIn('fr', loss.text)).toBe('ROI\u00a0: le coût vaut -2,5\u00a0; saisissez les coûts en montants positifs');
    expect(financeMessageIn('pl', loss.text)).toBe('ROI: koszt wynosi -2,5; wpisuj koszty jako kwoty dodatnie');
    expect(financeMessageIn('de', reason('fn.got.text', { text: '{fn} 0.5' }))).toBe('Text „{fn} 0.5“');
  });

  it('moves under a custom function’s name without losing its reason', () => {
    const error = new FinanceError('#DIV/0!', reason('fn.costZero', { fn: 'Benefit/cost ratio' }));
    expect(error.under('BCR').message).toBe('BCR: cost is 0, so the return cannot be divided by it');
    expect(error.under('BCR').code).toBe('#DIV/0!');
    expect(error.message).toBe('Benefit/cost ratio: cost is 0, so the return cannot be divided by it');
  });

  it.each(LOCALE_TAGS)('leaves no placeholder unfilled in %s, whatever a cell holds', (locale) => {
    for (const value of [null, 'abc', true, false, 3.5, { code: '#REF!' }, new Date(0), [1], () => 0]) {
      const text = financeMessageIn(locale, reason('fn.mustBeNumber', { fn: 'ROI', what: 'cost', got: got(value), at: reason('fn.at.cell', { row: 2, column: 3 }) }));
      expect(text, String(value)).not.toMatch(/[{}]/);
      expect(text).toContain('ROI');
    }
  });
});
