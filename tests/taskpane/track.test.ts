import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { caseMonths, isColumn, pastedAmount, pastedMonth, readPaste } from '../../taskpane/actuals-entry';
import { caseToDraft, draftToCase, retype } from '../../taskpane/draft';
import { moneyFormatter, percent } from '../../taskpane/format';
import { kpiRows, lineRows, periodRows, realisedRows, reforecastRows, toDateHeading, toDateRows } from '../../taskpane/track-format';
import { caseWithoutBadActuals, checkDraft } from '../../taskpane/validation';
import { t } from '../../src/i18n/t';

// The Track step's state and reading: actuals go draft ⇄ case without loss, a wrong entry is told at its month, a
// pasted column is read as spreadsheets and CRM exports write it, and the figures shown are evaluate()'s.

// A year from January 2025 (the initial period is December 2024): set-up up front, fees monthly, sales at 20 % risk.
const tracked = (): RoiCase => ({
  name: 'Tracked', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0.08,
  costs: [
    { id: 'setup', type: 'oneTime', name: 'Set-up', amount: 1200, month: 0, actuals: { '2024-12': 1234.5678901234 } },
    { id: 'fees', type: 'recurring', name: 'Fees', amount: 100, frequency: 'monthly', startMonth: 1, actuals: { '2025-01': 120, '2025-02': 0.1 + 0.2 } },
  ],
  benefits: [
    { id: 'sales', type: 'amount', name: 'Sales', category: 'revenue', amount: 500, per: 'month', startMonth: 1, risk: 0.2, actuals: { '2025-01': 300, '2025-03': -45 } },
    { id: 'service', type: 'amount', name: 'Service', category: 'costSavings', amount: 150, per: 'month', startMonth: 1 },
  ],
  kpis: [
    { id: 'resolution', name: 'Resolution time', unit: 'hours', betterWhen: 'lower', baseline: [10, 12, 11], target: 7, actuals: { '2025-01': 9.25 }, valuePerUnit: 50, benefit: 'service' },
    { id: 'nps', name: 'NPS', betterWhen: 'higher', baseline: [20], target: 35 },
  ],
});

describe('actuals in the draft', () => {
  it('go case → draft → case unchanged: every digit, the initial period, and the KPIs with their values', () => {
    const c = checkDraft(caseToDraft(tracked())).case!;
    expect(c).toEqual(evaluate(tracked()).case);
    expect(c.costs[0].actuals).toEqual({ '2024-12': 1234.5678901234 });
    expect(c.costs[1].actuals!['2025-02']).toBe(0.1 + 0.2);
    expect(c.kpis![0].actuals).toEqual({ '2025-01': 9.25 });
    expect(checkDraft(caseToDraft(c)).case).toEqual(c);
  });

  it('keeps entries as typed text, a blank month being not known (never zero)', () => {
    const d = caseToDraft(tracked());
    expect(d.costs[1].actuals).toEqual({ '2025-01': '120', '2025-02': String(0.1 + 0.2) });
    d.costs[1].actuals!['2025-01'] = ' ';
    d.costs[1].actuals!['2025-03'] = '1,250.50';
    const c = checkDraft(d).case!;
    expect(c.costs[1].actuals).toEqual({ '2025-02': 0.1 + 0.2, '2025-03': 1250.5 });
    d.costs[1].actuals = { '2025-01': '' };
    expect(checkDraft(d).case!.costs[1].actuals).toBeUndefined();
  });

  it('tells a wrong entry at its month and leaves it out of the case', () => {
    const d = caseToDraft(tracked());
    d.benefits[0].actuals!['2025-02'] = '12a';
    const { case: c, errors } = draftToCase(d);
    expect(errors).toEqual([{ path: 'benefits[0].actuals.2025-02', message: 'Feb 2025: “12a” is not a number.' }]);
    expect(c.benefits[0].actuals).toEqual({ '2025-01': 300, '2025-03': -45 });
    expect(checkDraft(d)).toMatchObject({ case: null, errors: [{ path: 'benefits[0].actuals.2025-02' }] });
  });

  it('leave the figures up without an unreadable entry, only while such entries are the only problems', () => {
    const d = caseToDraft(tracked());
    d.benefits[0].actuals!['2025-02'] = '12a';
    const without = caseWithoutBadActuals(d, checkDraft(d), 'en')!;
    expect(without).toEqual(evaluate(tracked()).case);
    d.name = '';
    expect(caseWithoutBadActuals(d, checkDraft(d), 'en')).toBeNull();
    // A valid draft's own case, as it is.
    const valid = checkDraft(caseToDraft(tracked()));
    expect(caseWithoutBadActuals(caseToDraft(tracked()), valid, 'en')).toBe(valid.case);
  });

  it('names the month of an entry outside the case (after the horizon was shortened)', () => {
    const d = caseToDraft(tracked());
    d.horizonMonths = '2';
    expect(checkDraft(d).errors).toEqual([{
      path: 'benefits[0].actuals.2025-03',
      message: 'Mar 2025: not a month of the case, which runs from Dec 2024 (the initial period) to Feb 2025 (got "2025-03").',
    }]);
  });

  it('stay with a line whose kind changes: they are what happened, whatever the plan', () => {
    const d = caseToDraft(tracked());
    d.costs[1] = retype('costs', d.costs[1], 'oneTime');
    expect(d.costs[1].actuals).toEqual({ '2025-01': '120', '2025-02': String(0.1 + 0.2) });
  });

  it('a KPI value is told at the KPI', () => {
    const d = caseToDraft(tracked());
    d.kpis![1].actuals = { '2025-04': 'n/a' };
    expect(checkDraft(d).errors).toEqual([{ path: 'kpis[1].actuals.2025-04', message: 'Apr 2025: “n/a” is not a number.' }]);
  });
});

describe('the months of a case', () => {
  it('start with the initial period, the month before the start date, and end at the horizon', () => {
    const months = caseMonths('2025-11-01', 3, 'en');
    expect(months).toEqual([
      { month: 0, key: '2025-10', label: 'Initial period (Oct 2025)' },
      { month: 1, key: '2025-11', label: 'Nov 2025' },
      { month: 2, key: '2025-12', label: 'Dec 2025' },
      { month: 3, key: '2026-01', label: 'Jan 2026' },
    ]);
  });
});

describe('a pasted cell', () => {
  it.each([
    ['1250', '1250'], [' 1,250.50 ', '1250.5'], ['"1,234"', '1234'], ["'00120", '120'], ['1 250', '1250'], ['1\u00a0250,00'.replace(',00', ''), '1250'],
    ['1.250,50', '1250.5'], ['$1,200', '1200'], ['-$1,200', '-1200'], ['1200 €', '1200'], ['(300)', '-300'], ['300-', '-300'], ['-12.5', '-12.5'], ['.5', '0.5'],
  ])('reads %j as %s', (cell, want) => expect(pastedAmount(cell, 'en')).toBe(Number(want)));

  it.each(['abc', '12a', '1,25', '1.2.3', '15%', '-', '(-300)', '1e5', '--3'])('refuses %j', (cell) => expect(pastedAmount(cell, 'en')).toBeUndefined());

  // A lone group mark is read the language's way: the paste comes from the analyst's own spreadsheet.
  it.each([
    ['de', '1.250', 1250], ['de', '1.250,50', 1250.5], ['de', '-1.250,50 €', -1250.5], ['de', '1,5', 1.5], ['de', '1,250.50', 1250.5],
    ['fr', '1\u202f250,50', 1250.5], ['fr', '1 250', 1250], ['fr', '(1 250,50)', -1250.5],
    ['pl', '1 250,50 zł', 1250.5],
    ['zh-CN', '¥1,250.50', 1250.5], ['zh-CN', '1250元', 1250], ['en', '1.250', 1.25],
  ] as const)('in %s reads %j as %s', (locale, cell, want) => expect(pastedAmount(cell, locale)).toBe(want));

  it.each([['de', '1,2,3'], ['en', '1,25'], ['fr', '1.5'], ['pl', '1.250']] as const)('in %s refuses %j (another notation with one mark is a guess)', (locale, cell) =>
    expect(pastedAmount(cell, locale)).toBeUndefined());

  it.each([
    ['2025-03', '2025-03'], ['2025-3-15', '2025-03'], ['Mar 2025', '2025-03'], ['march 2025', '2025-03'], ['Sept 2025', '2025-09'], ['Mar-25', '2025-03'],
    ['3/2025', '2025-03'], ['3/31/2025', '2025-03'], ['"Jan 2026"', '2026-01'],
  ])('reads the month %j as %s', (cell, want) => expect(pastedMonth(cell, 'en')).toBe(want));

  it.each(['Marchh 2025', '13/2025', '2025-13', 'Q1 2025', 'soon'])('refuses the month %j', (cell) => expect(pastedMonth(cell, 'en')).toBeUndefined());

  it.each([
    ['de', 'März 2025', '2025-03'], ['de', 'Mär. 2025', '2025-03'], ['de', 'Dez 24', '2024-12'], ['de', '31.03.2025', '2025-03'], ['de', '03.2025', '2025-03'], ['de', 'March 2025', '2025-03'],
    ['fr', 'mars 2025', '2025-03'], ['fr', 'janv. 2026', '2026-01'], ['fr', '01/03/2025', '2025-03'],
    ['pl', 'marzec 2025', '2025-03'], ['pl', 'marca 2025', '2025-03'], ['pl', 'gru 2024', '2024-12'],
    ['zh-CN', '2025年3月', '2025-03'], ['zh-CN', '2025/3/31', '2025-03'], ['en', '01/03/2025', '2025-01'],
  ] as const)('in %s reads the month %j as %s', (locale, cell, want) => expect(pastedMonth(cell, locale)).toBe(want));
});

describe('a pasted column', () => {
  const months = caseMonths('2025-01-01', 6, 'en');

  it('is more than one value: one value is left to the input', () => {
    expect(isColumn('1,200')).toBe(false);
    expect(isColumn('1,200\r\n')).toBe(false);
    expect(isColumn('1\n2')).toBe(true);
    expect(isColumn('Mar 2025\t100')).toBe(true);
  });

  it('fills consecutive months from the one pasted into, as Excel copies it (CRLF, a final newline, blanks unknown)', () => {
    expect(readPaste('1,200\r\n\r\n"1,300.50"\r\n(50)\r\n', months, 2, 'en')).toEqual({ ok: true, fills: { '2025-02': '1200', '2025-03': '', '2025-04': '1300.5', '2025-05': '-50' } });
  });

  it('skips a header row and fills from the initial period', () => {
    expect(readPaste('Actual spend\n10\n20', months, 0, 'en')).toEqual({ ok: true, fills: { '2024-12': '10', '2025-01': '20' } });
  });

  it('places two columns, month and amount, at the months they name', () => {
    expect(readPaste('Month\tAmount\nMar 2025\t1,000\n2025-01\t\n2024-12\t5', months, 4, 'en')).toEqual({ ok: true, fills: { '2025-03': '1000', '2025-01': '', '2024-12': '5' } });
  });

  it('names the row and the month of an unreadable amount, and fills nothing', () => {
    expect(readPaste('100\n200\nn/a\n400', months, 1, 'en')).toEqual({ ok: false, message: 'Row 3 (Mar 2025): “n/a” is not a number.' });
    expect(readPaste('Spend\n100\nabc', months, 1, 'en')).toEqual({ ok: false, message: 'Row 3 (Feb 2025): “abc” is not a number.' });
  });

  it('refuses more rows than months to the horizon', () => {
    expect(readPaste('1\n2\n3\n4', months, 4, 'en')).toEqual({ ok: false, message: '4 rows, but only 3 months from Apr 2025 to the horizon (Jun 2025).' });
  });

  it('refuses a month it cannot read, one outside the case, one given twice, and extra columns', () => {
    expect(readPaste('soon\t1\nMar 2025\t2', months, 1, 'en')).toEqual({ ok: false, message: 'Row 1: “soon” is not a month: write it as Mar 2025 or 2025-03.' });
    expect(readPaste('Mar 2025\t1\nJan 2026\t2', months, 1, 'en')).toEqual({ ok: false, message: 'Row 2: Jan 2026 is not a month of the case (Initial period (Dec 2024) to Jun 2025).' });
    expect(readPaste('Mar 2025\t1\n2025-03\t2', months, 1, 'en')).toEqual({ ok: false, message: 'Row 2: Mar 2025 appears twice.' });
    expect(readPaste('Mar 2025\t1\t2', months, 1, 'en')).toEqual({ ok: false, message: 'Row 1: 3 columns: paste one column of amounts, or two (month, amount).' });
  });
});

describe('the Track step\u2019s figures', () => {
  const ev = evaluate({ ...tracked(), kpis: undefined });
  const money = moneyFormatter('USD');
  const a = ev.actuals!;

  it('are evaluate()\u2019s to date, planned against realised, each variance in words', () => {
    const rows = toDateRows(ev, 'en');
    expect(rows.map((r) => [r.key, r.plan.text, r.actual.text])).toEqual([
      ['costs', money(a.plannedToDate.costs), money(a.toDate.costs)],
      ['benefits', money(a.plannedToDate.benefits), money(a.toDate.benefits)],
      ['net', money(a.plannedToDate.net), money(a.toDate.net)],
      ['roi', percent(a.plannedToDate.roi as number), percent(a.toDate.roi as number)],
    ]);
    // Through March: 45.13 less cost than planned (favourable), 545 less from sales (unfavourable).
    expect(toDateHeading(ev, 'en').heading).toBe('To date: the initial period to Mar 2025');
    expect(a.variance.costs).toBeCloseTo(1234.5678901234 + 120 + 0.3 + 100 - 1500, 9);
    expect(rows[0].variance).toEqual({ text: money(a.variance.costs), tone: 'favourable', word: 'favourable' });
    expect(a.variance.benefits).toBe(-545);
    expect(rows[1].variance).toEqual({ text: money(-545), tone: 'unfavourable', word: 'unfavourable' });
    // ROI (1,650 − 1,500) ÷ 1,500 = 10 % planned, (1,105 − 1,454.87) ÷ 1,454.87 = −24 % realised: 34 points below plan.
    expect(rows[3]).toMatchObject({ plan: { text: '10.0 %' }, actual: { text: '-24.0 %' }, variance: { text: '-34.0 pts', tone: 'unfavourable' } });
  });

  it('less cost than planned is favourable, more benefit too', () => {
    const c = tracked();
    c.costs[0].actuals = { '2024-12': 1000 };
    c.costs[1].actuals = { '2025-01': 150 };
    c.benefits[0].actuals = { '2025-01': 900 };
    delete c.kpis;
    const lines = lineRows(evaluate(c), 'en');
    expect(lines.map((l) => [l.key, l.variance.tone, l.variance.word])).toEqual([
      ['setup', 'favourable', 'favourable'], ['fees', 'unfavourable', 'unfavourable'], ['sales', 'favourable', 'favourable'], ['service', 'even', 'on plan'],
    ]);
    expect(lines.map((l) => l.variance.text)).toEqual([money(-200), `+${money(50)}`, `+${money(500)}`, money(0)]);
  });

  it('the net of each quarter and year to date; a period under way says how far its actuals go', () => {
    const [q1] = a.byPeriod.quarters;
    expect(periodRows(ev, 'quarters', 'en')).toEqual([{
      key: 'Year 1 Q1', label: 'Year 1 Q1 (Jan 2025 – Mar 2025)', plan: { text: money(q1.planned.net), negative: false }, actual: { text: money(q1.net), negative: false },
      variance: { text: money(q1.net - q1.planned.net), tone: 'unfavourable', word: 'unfavourable' },
    }]);
    // Year 1 is under way: its plan is taken to March, as its actuals are.
    const [y1] = a.byPeriod.years;
    expect(periodRows(ev, 'years', 'en').map((r) => [r.label, r.plan.text, r.actual.text])).toEqual([
      ['Year 1 (Jan 2025 – Dec 2025), under way: to Mar 2025', money(ev.monthlyNet[0] + ev.monthlyNet[1] + ev.monthlyNet[2]), money(y1.net)],
    ]);
    expect(y1.planned.net).toBeCloseTo(ev.monthlyNet.slice(0, 3).reduce((x, y) => x + y), 9);
  });

  it('re-forecast NPV, ROI, IRR and payback beside the plan; the realised annual ROI and its payback', () => {
    const rows = reforecastRows(ev, 'en');
    expect(rows.map((r) => r.key)).toEqual(['NPV', 'ROI', 'IRR', 'PAYBACK']);
    expect(rows[0]).toMatchObject({ label: 'Net present value (NPV)', plan: { text: money(ev.npv) }, reforecast: { text: money(ev.reforecast!.npv) } });
    expect(rows[1].reforecast.text).toBe(percent(ev.reforecast!.roi.nominal as number));
    expect(realisedRows(ev, 'en').map((r) => r.value.text)).toEqual([percent(a.annualRoi as number), `${(a.impliedPaybackMonths as number).toFixed(1)} months`]);
  });

  it('says why there is no realised ROI while only the initial period has an actual', () => {
    const c = tracked();
    delete c.kpis;
    for (const l of [...c.costs, ...c.benefits]) delete l.actuals;
    c.costs[0].actuals = { '2024-12': 1100 };
    const e = evaluate(c);
    expect(toDateHeading(e, 'en').heading).toBe('To date: the initial period');
    expect(realisedRows(e, 'en')[0].value).toMatchObject({ text: '—', reason: 'No month after the initial period has an actual yet' });
  });

  it('says in words that a realised return of zero or less never pays back', () => {
    const c = tracked();
    delete c.kpis;
    // Nothing gained in the first quarter against 220.30 of fees.
    c.benefits = [{ ...c.benefits[0], actuals: { '2025-01': 0, '2025-02': 0, '2025-03': 0 } }];
    const rows = realisedRows(evaluate(c), 'en');
    expect(rows[0].value.negative).toBe(true);
    expect(rows[1].value).toEqual({ text: 'never', reason: 'a return of zero or less never pays back the system’s cost', negative: false });
  });
});

describe('the Track step\u2019s KPIs', () => {
  it('show each KPI\u2019s baseline average, target and actual average, and its progress in words', () => {
    const c = tracked();
    c.kpis![0].actuals = { '2025-01': 9, '2025-02': 8 };
    expect(kpiRows(evaluate(c), 'en')).toEqual([
      // Baseline 11 hours, target 7: an average of 8.5 is 2.5 of the 4 hours to go.
      { key: 'resolution', label: 'Resolution time (hours)', baseline: '11', target: '7', actual: '8.5', progress: '62.5 % of the way to target' },
      { key: 'nps', label: 'NPS', baseline: '20', target: '35', actual: '—', progress: 'no values yet' },
    ]);
  });
});

describe('the Track step in other languages', () => {
  const ev = evaluate({ ...tracked(), kpis: undefined });
  const a = ev.actuals!;

  it('German: the heading, the periods by their place, variance words, percentage points and German amounts', () => {
    const euro = moneyFormatter('USD', 'de');
    expect(toDateHeading(ev, 'de').heading).toBe('Bisher: Anfangsperiode bis März 2025');
    const rows = toDateRows(ev, 'de');
    expect(rows.map((r) => r.label)).toEqual(['Kosten', 'Nutzen', 'Nettonutzen', 'ROI']);
    expect(rows[0].variance).toEqual({ text: euro(a.variance.costs), tone: 'favourable', word: 'günstig' });
    expect(rows[1].variance.word).toBe('ungünstig');
    expect(rows[3]).toMatchObject({ plan: { text: '10,0\u00a0%' }, variance: { text: '-34,0 Pp.' } });
    expect(periodRows(ev, 'quarters', 'de')[0].label).toBe('Jahr 1 Q1 (Jan. 2025 – März 2025)');
    expect(periodRows(ev, 'years', 'de')[0].label).toBe('Jahr 1 (Jan. 2025 – Dez. 2025), laufend: bis März 2025');
    expect(reforecastRows(ev, 'de')[0].label).toBe(t('de', 'wizard.metric.NPV'));
  });

  it('Chinese: the same figures, in Chinese words', () => {
    expect(toDateHeading(ev, 'zh-CN').heading).toBe('截至目前：初始期至 2025年3月');
    expect(toDateRows(ev, 'zh-CN').map((r) => [r.label, r.variance.word])).toEqual([['成本', '有利'], ['收益', '不利'], ['净收益', '不利'], ['投资回报率', '不利']]);
    expect(periodRows(ev, 'quarters', 'zh-CN')[0].label).toBe('第 1 年第 1 季度（2025年1月 – 2025年3月）');
  });

  it('a German paste: German amounts and month names, messages naming the row in German', () => {
    const months = caseMonths('2025-01-01', 6, 'de');
    expect(months[0].label).toBe('Anfangsperiode (Dez. 2024)');
    // Written back as German entries, which the form reads as the same numbers.
    expect(readPaste('1.250,50\n\n2.000', months, 1, 'de')).toEqual({ ok: true, fills: { '2025-01': '1250,5', '2025-02': '', '2025-03': '2000' } });
    expect(readPaste('Monat\tBetrag\nMärz 2025\t1.000\n02.2025\t5', months, 1, 'de')).toEqual({ ok: true, fills: { '2025-03': '1000', '2025-02': '5' } });
    expect(readPaste('100\nabc', months, 1, 'de')).toEqual({ ok: false, message: 'Zeile 2 (Feb. 2025): „abc“ ist keine Zahl.' });
    expect(readPaste('bald\t1', months, 1, 'de')).toEqual({ ok: false, message: 'Zeile 1: „bald“ ist kein Monat: Schreiben Sie März 2025 oder 2025-03.' });
  });

  it('Polish plural forms: 2–4 months, 5 and more', () => {
    const months = caseMonths('2025-01-01', 6, 'pl');
    expect(readPaste('1\n2\n3\n4', months, 4, 'pl')).toMatchObject({ message: expect.stringContaining('są tylko 3 miesiące') });
    const long = caseMonths('2025-01-01', 12, 'pl');
    expect(readPaste(Array.from({ length: 9 }, () => '1').join('\n'), long, 6, 'pl')).toMatchObject({ message: expect.stringContaining('jest tylko 7 miesięcy') });
  });
});
