import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/case/validate';
import type { RoiCase } from '../../src/case/types';
import { mergeActuals, readActualsCsv, type ActualsCsv } from '../../src/cli/actuals-csv';

// A year from January 2025 (the initial period is December 2024): set-up, fees with a February actual already, two
// benefit lines of the same name, and a third benefit line that a KPI measures.
function tracked(): RoiCase {
  const checked = validateCase({
    name: 'Tracked', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0,
    costs: [
      { id: 'setup', type: 'oneTime', name: 'Set-up', amount: 1200, month: 0 },
      { id: 'fees', type: 'recurring', name: 'Licence fees', amount: 100, frequency: 'monthly', startMonth: 1, actuals: { '2025-02': 110 } },
    ],
    benefits: [
      { id: 'east', type: 'amount', name: 'Sales', category: 'revenue', amount: 500, per: 'month', startMonth: 1 },
      { id: 'west', type: 'amount', name: 'Sales', category: 'revenue', amount: 300, per: 'month', startMonth: 1 },
      { id: 'cycle', type: 'amount', name: 'Shorter cycle', category: 'revenue', amount: 200, per: 'month', startMonth: 1 },
    ],
    kpis: [{ id: 'days', name: 'Sales cycle', unit: 'days', betterWhen: 'lower', baseline: [40], target: 30, valuePerUnit: 50, benefit: 'cycle' }],
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.case;
}

const problems = (r: ActualsCsv) => (r.ok ? [] : r.problems.map((p) => [p.row, p.code, p.message]));

describe('readActualsCsv + mergeActuals', () => {
  it('matches lines by id or exact name in any case, months as YYYY-MM, a date or a month name, amounts with thousands separators and the case currency', () => {
    const csv = [
      'Amount,Note,LINE,Month',
      '"1,234.56",first,SETUP,2024-12', // the initial period
      '$120,,licence fees,2025-01-31',
      '-$15.50,a credit,fees,2025-03',
      'USD 99,,Fees,2025-12', // the horizon's last month
      '"($1,000.00)",a refund,fees,November 2025', // Excel's accounting negative
      '7,,fees,oct 2025',
    ].join('\r\n');
    const read = readActualsCsv(csv, tracked());
    expect(problems(read)).toEqual([]);
    if (!read.ok) return;
    expect(read.entries).toEqual([
      { row: 2, side: 'costs', index: 0, month: '2024-12', amount: 1234.56 },
      { row: 3, side: 'costs', index: 1, month: '2025-01', amount: 120 },
      { row: 4, side: 'costs', index: 1, month: '2025-03', amount: -15.5 },
      { row: 5, side: 'costs', index: 1, month: '2025-12', amount: 99 },
      { row: 6, side: 'costs', index: 1, month: '2025-11', amount: -1000 },
      { row: 7, side: 'costs', index: 1, month: '2025-10', amount: 7 },
    ]);
    const { case: merged, merged: count, replaced } = mergeActuals(tracked(), read.entries);
    expect([count, replaced]).toEqual([6, 0]);
    expect(merged.costs[0].actuals).toEqual({ '2024-12': 1234.56 });
    // February's actual was there already and stays.
    expect(merged.costs[1].actuals).toEqual({ '2025-01': 120, '2025-02': 110, '2025-03': -15.5, '2025-12': 99, '2025-11': -1000, '2025-10': 7 });
  });

  it('lets a CSV value replace an existing actual and a blank amount leave it as it is', () => {
    const c = tracked();
    const read = readActualsCsv('month,line,amount\n2025-02,fees,\n2025-02,setup,5\n', c);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(mergeActuals(c, read.entries).case.costs[1].actuals).toEqual({ '2025-02': 110 });
    const again = readActualsCsv('month,line,amount\n2025-02,fees,125\n', c);
    if (!again.ok) throw new Error('unexpected');
    const merged = mergeActuals(c, again.entries);
    expect(merged.case.costs[1].actuals).toEqual({ '2025-02': 125 });
    expect([merged.merged, merged.replaced]).toEqual([1, 1]);
    expect(c.costs[1].actuals).toEqual({ '2025-02': 110 }); // the case given is not changed
  });

  it('reads a ";"-separated export with a byte-order mark, and refuses its decimal commas instead of guessing', () => {
    const read = readActualsCsv('\uFEFFMonth;Line;Amount\n2025-01;fees;1234.5\n2025-02;setup;"1,234"\n2025-03;setup;1.234\n2025-04;setup;12,5\n2025-05;setup;"1,234.5"', tracked());
    expect(problems(read)).toEqual([
      [3, 'amount', '"1,234" could be read two ways in a ";"-separated file (a thousands separator or a decimal comma): write it without a thousands separator, with a decimal point'],
      [4, 'amount', '"1.234" could be read two ways in a ";"-separated file (a thousands separator or a decimal comma): write it without a thousands separator, with a decimal point'],
      [5, 'amount', '"12,5" has a decimal comma: expected an amount in USD such as 1234.56 or 1,234.56, with a decimal point'],
    ]);
    const good = readActualsCsv('Month;Line;Amount\n2025-01;fees;1234.5\n2025-05;setup;"1,234.5"', tracked());
    expect(good.ok && good.entries.map((e) => e.amount)).toEqual([1234.5, 1234.5]);
  });

  it('reports every bad row, each by its spreadsheet row number, and nothing to merge', () => {
    const csv = [
      'month,line,amount', // row 1
      '2025-01,fees,100', // 2: fine
      '2025-01,marketing,100', // 3
      '2025-13,fees,100', // 4
      '03/2025,fees,100', // 5
      '03/04/2025,fees,100', // 6: March or April?
      '2026-01,fees,100', // 7: one past the horizon
      '2024-11,fees,100', // 8: before the initial period
      '', // 9: an empty row still counts as a row
      '2025-04,fees,"1.234,56"', // 10
      '2025-04,setup,abc', // 11
      '2025-04,setup,€5', // 12: not the case's currency
      '2025-04,setup,(-3)', // 13
      '2025-04,sales,100', // 14: two lines are called Sales
      '2025-04,cycle,100', // 15: measured by a KPI
      '2025-04,Sales cycle,3', // 16: the KPI itself
      '2025-01,FEES,90', // 17: row 2 again
      '"2025-05","set-',
      'up",1', // 18: one row over two lines of text
      '2025-02-30,fees,1', // 19: no such day
      '2025-07,setup,"2,000,000,000,000,000"', // 20
      '2025-08,setup,1e3', // 21
      'Mar-25,setup,1', // 22: 2025, or 1925?
      'Marc 2025,setup,1', // 23
    ].join('\n');
    expect(problems(readActualsCsv(csv, tracked()))).toEqual([
      [3, 'line', 'no line has the id or name "marketing"'],
      [4, 'month', 'expected a month "YYYY-MM", a date "YYYY-MM-DD" or a month such as "Mar 2025", got "2025-13"'],
      [5, 'month', 'expected a month "YYYY-MM", a date "YYYY-MM-DD" or a month such as "Mar 2025", got "03/2025"'],
      [6, 'month', 'expected a month "YYYY-MM", a date "YYYY-MM-DD" or a month such as "Mar 2025", got "03/04/2025" (a local date reads as a different month in different countries)'],
      [7, 'monthRange', 'the month 2026-01 is outside the case, which runs from 2024-12 (the initial period) to 2025-12'],
      [8, 'monthRange', 'the month 2024-11 is outside the case, which runs from 2024-12 (the initial period) to 2025-12'],
      [10, 'amount', '"1.234,56" has a decimal comma: expected an amount in USD such as 1234.56 or 1,234.56, with a decimal point'],
      [11, 'amount', 'expected an amount in USD such as 1234.56 or 1,234.56, got "abc"'],
      [12, 'amount', 'expected an amount in USD such as 1234.56 or 1,234.56, got "€5"'],
      [13, 'amount', 'expected an amount in USD such as 1234.56 or 1,234.56, got "(-3)"'],
      [14, 'ambiguousLine', '"sales" is the name of 2 lines ("east", "west"): give the line\'s id'],
      [15, 'measured', 'the benefit line "cycle" is measured by the KPI "days": its actuals come from the KPI\'s values, not from this CSV'],
      [16, 'kpi', '"Sales cycle" is a KPI, not a line: a KPI\'s values go in the case\'s kpis, not in this CSV'],
      [17, 'duplicate', 'the line "fees" in 2025-01 is already given on row 2'],
      [18, 'line', 'no line has the id or name "set-\\nup"'],
      [19, 'month', 'expected a month "YYYY-MM", a date "YYYY-MM-DD" or a month such as "Mar 2025", got "2025-02-30"'],
      [20, 'amount', '"2,000,000,000,000,000" is larger than 1e15 in size, not a plausible amount'],
      [21, 'amount', 'expected an amount in USD such as 1234.56 or 1,234.56, got "1e3"'],
      [22, 'month', 'expected a month "YYYY-MM", a date "YYYY-MM-DD" or a month such as "Mar 2025", got "Mar-25"'],
      [23, 'month', 'expected a month "YYYY-MM", a date "YYYY-MM-DD" or a month such as "Mar 2025", got "Marc 2025"'],
    ]);
  });

  it('names the columns the header lacks, and a column given twice', () => {
    expect(problems(readActualsCsv('date,line,value\n2025-01,fees,1\n', tracked()))).toEqual([
      [1, 'columns', 'the header row has no "month", "amount" columns (it needs month, line and amount; found "date", "line", "value")'],
    ]);
    expect(problems(readActualsCsv('', tracked()))).toEqual([
      [1, 'columns', 'the header row has no "month", "line", "amount" columns (it needs month, line and amount; found nothing)'],
    ]);
    expect(problems(readActualsCsv('month,line,amount,Amount\n', tracked()))).toEqual([[1, 'columns', 'the header row has two "amount" columns']]);
  });

  it('reports CSV it cannot read, with the row where it stopped', () => {
    const read = readActualsCsv('month,line,amount\n2025-01,fees,1\n2025-02,"fees,1\n', tracked());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ row: 3, code: 'unreadable', message: 'not readable as CSV: a quoted value is not closed by the end of the file' });
  });

  it('asks for the line when it is blank', () => {
    expect(problems(readActualsCsv('month,line,amount\n2025-06,,1\n', tracked()))).toEqual([[2, 'line', 'the line is blank: give its id or its name']]);
  });

  it('skips rows that are entirely blank, as a spreadsheet exports its empty rows', () => {
    const read = readActualsCsv('month,line,amount\n,,\n2025-01,fees,1\n , , \n', tracked());
    expect(read.ok && read.entries.map((e) => e.row)).toEqual([3]);
  });
});
