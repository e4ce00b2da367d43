import { describe, expect, it } from 'vitest';
import { labelsOf, moneyFormat, months, percent, table } from '../../src/cli/format';
import { plural } from '../../src/i18n/plural';
import { displayWidth, padEnd, padStart } from '../../src/cli/width';

// What a terminal shows: Chinese takes two columns a character, and the tables pad by that.

describe('displayWidth', () => {
  it('counts East Asian wide and full-width characters twice, combining marks not at all', () => {
    expect(displayWidth('NPV')).toBe(3);
    expect(displayWidth('净现值 (NPV)')).toBe(12);
    expect(displayWidth('投资回报率（现值，TEI 口径）')).toBe(28);
    expect(displayWidth('2025年2月')).toBe(9);
    expect(displayWidth('e\u0301')).toBe(1); // é as e + combining acute
    expect(displayWidth('1\u202f234,5\u00a0€')).toBe(9); // French spaces are one column each
    expect(displayWidth('한국')).toBe(4);
  });

  it('pads to a width in columns', () => {
    expect(padEnd('净现值', 8)).toBe('净现值  ');
    expect(padStart('个月', 6)).toBe('  个月');
    expect(padEnd('longer than', 3)).toBe('longer than');
  });
});

describe('table() and labelsOf()', () => {
  it('right-align a Chinese table: every line ends in the same column', () => {
    const lines = table([
      ['', 'P10', '均值'],
      ['净现值 (NPV)', '¥1,234.00', '¥12.00'],
      ['静态投资回收期（月）', '21.0 个月', '未回收'],
    ]).split('\n');
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it('line up the values after the widest label of every block', () => {
    const rows = [['方案', 'x'], ['Draws', 'y'], ['三点估计', 'z']];
    const lines = labelsOf(rows)(rows).split('\n');
    expect(lines.map((l) => displayWidth(l.slice(0, -1)))).toEqual([10, 10, 10]);
  });
});

describe('figures in the language', () => {
  it('money by Intl, grouped always (Polish too, which leaves four digits ungrouped by default)', () => {
    expect(moneyFormat('EUR', 'de')(1234.56)).toBe('1.234,56\u00a0€');
    expect(moneyFormat('PLN', 'pl')(1234.56)).toBe('1\u00a0234,56\u00a0zł');
    expect(moneyFormat('EUR', 'fr')(-1234.56)).toBe('-1\u202f234,56\u00a0€');
    expect(moneyFormat('USD', 'en')(1234.56)).toBe('$1,234.56');
    expect(moneyFormat('CNY', 'zh-CN')(1234.56)).toBe('¥1,234.56');
  });

  it('percent and months with the language’s decimal mark, sign spacing and unit', () => {
    expect(['en', 'de', 'fr', 'pl', 'zh-CN'].map((l) => percent(0.1234, l as never))).toEqual(['12.3 %', '12,3\u00a0%', '12,3\u00a0%', '12,3%', '12.3%']);
    expect(['en', 'de', 'fr', 'pl', 'zh-CN'].map((l) => months(22.46, l as never))).toEqual(['22.5 months', '22,5 Monate', '22,5\u00a0mois', '22,5 mies.', '22.5 个月']);
  });
});

describe('plural()', () => {
  it('picks the CLDR form of the language', () => {
    const pl = (n: number) => plural('pl', 'cli.invalidCase', n, { file: 'a.json' });
    expect([1, 2, 4, 5, 12, 22, 25].map(pl)).toEqual([
      'a.json nie jest poprawną analizą (1 problem):',
      'a.json nie jest poprawną analizą (2 problemy):',
      'a.json nie jest poprawną analizą (4 problemy):',
      'a.json nie jest poprawną analizą (5 problemów):',
      'a.json nie jest poprawną analizą (12 problemów):',
      'a.json nie jest poprawną analizą (22 problemy):',
      'a.json nie jest poprawną analizą (25 problemów):',
    ]);
    expect(plural('en', 'cli.invalidCase', 1, { file: 'a.json' })).toBe('a.json is not a valid case (1 problem):');
    expect(plural('de', 'cli.simulate.paysBack', 36, {})).toBe('Amortisation innerhalb von 36 Monaten');
    expect(plural('de', 'cli.evaluate.horizon', 1, { start: 's', first: 'f', last: 'l' })).toBe('1 Monat ab s (f – l)');
  });
});
