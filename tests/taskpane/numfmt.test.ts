import { describe, expect, it } from 'vitest';
import { formatValue } from '../../playground/numfmt';

// The playground shows plan cells as Excel would display them; expectations are Excel's own display of these codes.

describe('formatValue', () => {
  it.each([
    [1234.5, '"$"#,##0;[Red]-"$"#,##0', '$1,235', false],
    [-1234.4, '"$"#,##0;[Red]-"$"#,##0', '-$1,234', true],
    [1234.5, '"CHF "#,##0.00', 'CHF 1,234.50', false],
    [0.1234, '0.0%', '12.3%', false],
    [0.00643, '0.000%', '0.643%', false],
    [14.25, '0.0 "months"', '14.3 months', false],
    [1.416, '0.00"x"', '1.42x', false],
    [45658, 'yyyy-mm-dd', '2025-01-01', false],
    [45689, 'mmm yyyy', 'Feb 2025', false],
    [12, '0', '12', false],
    [0.1, 'General', '0.1', false],
  ])('%s with %s → %s', (value, format, text, red) => expect(formatValue(value, format)).toEqual({ text, red }));

  it('shows text, booleans and blanks as Excel does', () => {
    expect(formatValue('<b>x</b>', '0.0%').text).toBe('<b>x</b>');
    expect(formatValue(true).text).toBe('TRUE');
    expect(formatValue(null).text).toBe('');
    expect(formatValue(undefined, '0').text).toBe('');
  });
});
