// The real Apps Script bundle (dist/gas/Code.js, built by `npm test` / `npx webpack --mode production --config-name gas`)
// run against a SpreadsheetApp fake that records every call.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { planSheet } from '../../src/plan';
import { parseRange } from '../../src/plan/a1';
import { isoToSerial } from '../../src/plan/dates';
import { COL } from '../../src/plan/layout';
import type { SheetPlan } from '../../src/plan/types';
import { caseWith, ranged, selectorCell as selector, smallBusiness } from './cases';
import { FakeSpreadsheet, formatDate, loadCodeJs, sidebarOn } from './fakes/sheets';

const built = existsSync(join(__dirname, '../../dist/gas/Code.js')) || Boolean(process.env.CI);
if (!built && process.env.CI) throw new Error('dist/gas/Code.js is missing: `npm test` builds it first');

const expectedInput = (cell: SheetPlan['cells'][number][number]) =>
  cell.formula ?? (typeof cell.value === 'string' && cell.value !== '' ? `'${cell.value}` : (cell.value ?? ''));
const size = (plan: SheetPlan) => [plan.cells.length, plan.cells[0].length] as const;
const lineRow = (plan: SheetPlan, name: string) => plan.cells.findIndex((row) => row[COL.name].value === name && row[COL.name].formula === undefined);

function setup(userCells: Record<string, string | number> = { A1: 'my numbers', B2: 7 }) {
  const book = new FakeSpreadsheet();
  book.addSheet('Sheet1', userCells);
  const gas = loadCodeJs(book);
  return { book, gas, sidebar: sidebarOn(gas) };
}

async function thrown(f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
}

describe.skipIf(!built)('Sheets writer in dist/gas/Code.js', () => {
  it.each([12, 120])('builds a %i-month case: every value, formula and format equals the plan', async (months) => {
    const { book, sidebar } = setup();
    const c = caseWith(months);
    expect(await sidebar.build(c)).toEqual({ sheetName: 'CRM ROI', mode: 'created', case: evaluate(c).case });
    const plan = planSheet(c);
    const [rows, columns] = size(plan);
    expect(book.inputs('CRM ROI', rows, columns)).toEqual(plan.cells.map((row) => row.map(expectedInput)));
    const sheet = book.sheet('CRM ROI')!;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, col) => {
        const got = sheet.cells.get(`${r},${col}`)!;
        const style = cell.style ? plan.styles[cell.style] : {};
        expect(got.numberFormat).toBe(cell.numberFormat ?? 'General');
        expect(got.style.fontWeight).toBe(style.bold ? 'bold' : 'normal');
        expect(got.style.background).toBe(style.fill ?? null);
        if (style.borderTop || style.borderBottom) expect(got.style.border).toEqual([style.borderTop || null, null, style.borderBottom || null, null, null, null]);
      }),
    );
    expect(Object.fromEntries(book.namedRanges)).toEqual(Object.fromEntries(plan.names.map((n) => [n.name, { sheet: 'CRM ROI', a1: n.ref }])));
    expect(sheet.frozen).toEqual(plan.frozen);
    expect(sheet.charts.map((ch) => [ch.options.title, ch.type, ch.ranges])).toEqual(
      plan.charts.map((ch) => [ch.title, ch.type === 'line' ? 'LINE' : 'COLUMN', [ch.series[0].categories, ...ch.series.map((s) => s.values)]]),
    );
    expect(book.inputs('Sheet1', 2, 2)).toEqual([['my numbers', ''], ['', 7]]);
    // The payback helper rows are hidden, as in the .xlsx and Excel.
    expect([...sheet.hiddenRows].sort((a, b) => a - b)).toEqual(plan.hiddenRows);
    expect(book.active).toBe('CRM ROI');
  });

  it('makes the same Spreadsheet service calls for 12 and 120 months; each line adds only its defined name', async () => {
    const calls = async (c: RoiCase) => {
      const { book, sidebar } = setup();
      await sidebar.build(c);
      return book.tally();
    };
    // Column widths go in runs of equal width; the Inputs' year columns and the months share one.
    expect(await calls(caseWith(120))).toEqual(await calls(caseWith(12)));
    expect(await calls(caseWith(120))).toEqual(await calls(caseWith(24)));
    // Sheets has no batch call for named ranges: each line's anchor is one getRange and one setNamedRange to write,
    // and one getName, getRange and getA1Notation to read back; nothing else grows with the lines.
    const PER_LINE = ['Sheet.getRange', 'Spreadsheet.setNamedRange', 'NamedRange.getName', 'NamedRange.getRange', 'Range.getA1Notation'];
    const lessAnchors = (tally: Record<string, number>, c: RoiCase) => {
      const n = c.costs.length + c.benefits.length;
      return Object.fromEntries(Object.entries(tally).map(([k, v]) => [k, PER_LINE.includes(k) ? v - n : v]));
    };
    expect(lessAnchors(await calls(caseWith(36, 40)), caseWith(36, 40))).toEqual(lessAnchors(await calls(caseWith(36, 3)), caseWith(36, 3)));
    const update = async (c: RoiCase) => {
      const { book, sidebar } = setup();
      await sidebar.build(c);
      book.calls = [];
      await sidebar.update();
      return book.tally();
    };
    expect(await update(caseWith(120))).toEqual(await update(caseWith(24)));
    expect(lessAnchors(await update(caseWith(36, 40)), caseWith(36, 40))).toEqual(lessAnchors(await update(caseWith(36, 3)), caseWith(36, 3)));
  });

  it('update keeps the analyst’s edits and notes, and cells outside the owned range', async () => {
    const { book, sidebar } = setup();
    await sidebar.build(caseWith(24));
    const plan = planSheet(caseWith(24));
    const sheet = book.sheet('CRM ROI')!;
    const r = lineRow(plan, smallBusiness().costs[1].name);
    sheet.cells.get(`${r},${COL.driverValues[1]}`)!.input = 25;
    sheet.cells.get(`${r},${COL.note}`)!.input = 'Renegotiate in year 2';
    const owned = parseRange(plan.owned)!;
    const outside = `${owned.bottom + 3},${owned.right + 2}`;
    sheet.cells.set(outside, { input: 'mine, outside', style: {} });

    const read = (await sidebar.read())!;
    expect(read.sheetName).toBe('CRM ROI');
    expect(read.case.costs[1]).toMatchObject({ users: 25, note: 'Renegotiate in year 2' });

    expect(await sidebar.update()).toEqual({ sheetName: 'CRM ROI', mode: 'updated', case: read.case });
    expect(book.display(sheet, r, COL.driverValues[1])).toBe(25);
    expect(book.display(sheet, r, COL.note)).toBe('Renegotiate in year 2');
    expect(sheet.cells.get(outside)!.input).toBe('mine, outside');
    expect(sheet.charts).toHaveLength(plan.charts.length);

    // Building from the wizard onto the active ROI sheet updates it in place.
    expect(await sidebar.build(read.case)).toMatchObject({ sheetName: 'CRM ROI', mode: 'updated' });
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', 'CRM ROI']);
    expect(sheet.cells.get(outside)!.input).toBe('mine, outside');
  });

  it('leaves a foreign sheet of the same name untouched and writes "CRM ROI (2)"', async () => {
    const { book, sidebar } = setup();
    const foreign = book.addSheet('CRM ROI', { A1: 'Q3 pipeline', C4: 125000 });
    const before = JSON.stringify([...foreign.cells]);
    expect(await sidebar.build(caseWith(12))).toMatchObject({ sheetName: 'CRM ROI (2)', mode: 'created' });
    expect(JSON.stringify([...foreign.cells])).toBe(before);
    book.active = 'CRM ROI';
    expect((await sidebar.read())).toBeNull();
  });

  it('an invalid edit is reported by cell and nothing is written', async () => {
    const { book, sidebar } = setup();
    await sidebar.build(caseWith(12));
    const plan = planSheet(caseWith(12));
    const sheet = book.sheet('CRM ROI')!;
    const r = lineRow(plan, smallBusiness().costs[1].name);
    sheet.cells.get(`${r},${COL.driverValues[1]}`)!.input = 'about ten';
    const before = JSON.stringify([...sheet.cells]);
    book.calls = [];
    const address = `${String.fromCharCode(65 + COL.driverValues[1])}${r + 1}`;
    expect(await thrown(() => sidebar.update())).toContain(address);
    expect(await thrown(() => sidebar.read())).toContain('about ten');
    expect(book.writes).toEqual([]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
  });

  it('an invalid case or broken JSON writes nothing', async () => {
    const { book, sidebar } = setup();
    const message = await thrown(() => sidebar.build(({ ...caseWith(12), discountRate: -3, costs: 'none' })));
    expect(message).toContain('discountRate');
    expect(message).toContain('costs');
    expect(book.writes).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it("an update keeps cells the analyst typed into blank spots inside the sheet's area, and removes a dropped line's name", async () => {
    const { book, sidebar } = setup();
    await sidebar.build(caseWith(24));
    const sheet = book.sheet('CRM ROI')!;
    const plan = planSheet(caseWith(24));
    const r = lineRow(plan, smallBusiness().costs[0].name);
    sheet.cells.set(`2,5`, { input: 'reviewed by CFO', numberFormat: '@', style: { fontWeight: 'bold', background: '#00ff00' } }); // the blank row under the title
    sheet.cells.set(`${r},${COL.driverValues[3]}`, { input: '=1+1', style: {} }); // a driver slot this line does not use
    const note = sheet.cells.get(`${r},${COL.note}`) ?? { input: '', style: {} };
    sheet.cells.set(`${r},${COL.note}`, { ...note, input: 'see the quote', richText: { runs: ['see the ', 'quote'], link: 'https://example.com/q' } });
    const other = lineRow(plan, smallBusiness().costs[2].name);
    sheet.cells.set(`${other},${COL.note}`, { input: 45717, numberFormat: 'yyyy-mm-dd', style: {} }); // a date typed as a note
    await sidebar.update();
    expect(sheet.cells.get('2,5')!.input).toBe("'reviewed by CFO");
    expect(sheet.cells.get('2,5')).toMatchObject({ numberFormat: '@', style: { fontWeight: 'bold', background: '#00ff00' } });
    expect(sheet.cells.get(`${r},${COL.driverValues[3]}`)!.input).toBe('=1+1');
    expect(sheet.cells.get(`${r},${COL.note}`)!.richText).toEqual({ runs: ['see the ', 'quote'], link: 'https://example.com/q' });
    // Still a date, not its text: the note read back as "2025-03-03", and the cell keeps what Sheets holds.
    expect(sheet.cells.get(`${other},${COL.note}`)).toMatchObject({ numberFormat: 'yyyy-mm-dd' });
    expect(typeof sheet.cells.get(`${other},${COL.note}`)!.input).not.toBe('string');
    const lines = () => [...book.namedRanges.keys()].filter((n) => n.startsWith('CRMROI_LINE_'));
    const before = lines();
    // As the wizard does: the case read from the sheet (lines keep their ids), one line removed, built again.
    const c = (await sidebar.read())!.case;
    await sidebar.build({ ...c, costs: c.costs.slice(1) });
    expect(lines()).toHaveLength(before.length - 1);
  });

  it('refuses a protected ROI sheet and data in the way, writing nothing', async () => {
    const { book, sidebar } = setup();
    await sidebar.build(caseWith(12));
    const sheet = book.sheet('CRM ROI')!;
    // Where the 36-month schedule's last month goes: outside the 12-month sheet, needed by the bigger one.
    const big = planSheet(caseWith(36));
    const net = big.cells.findIndex((row) => row[0].value === 'Net cash flow');
    sheet.cells.set(`${net},${big.cells[0].length - 1}`, { input: 'side note', style: {} });
    book.calls = [];
    expect(await thrown(() => sidebar.build(caseWith(36)))).toContain('side note');
    sheet.protected = true;
    expect(await thrown(() => sidebar.build(caseWith(12)))).toContain('protected');
    expect(book.writes).toEqual([]);
  });

  it('records its charts by id and finds them by id: an update after their titles changed leaves exactly two', async () => {
    const { book, sidebar } = setup();
    await sidebar.build(caseWith(24));
    const sheet = book.sheet('CRM ROI')!;
    const plan = planSheet(caseWith(24));
    const recorded = () => sheet.metadata.filter((m) => m.key === 'crm-roi-charts').map((m) => JSON.parse(m.value!));
    expect(recorded()).toEqual([Object.fromEntries(plan.charts.map((c, i) => [c.id, sheet.charts[i].id]))]);
    // The analyst retitles one chart (or a translation does), and adds a chart of their own with another one's title.
    sheet.charts[0].options.title = 'Cumul net (retitled)';
    sheet.charts.push({ id: 999, options: { title: plan.charts[1].title }, ranges: ['A1:B2'], type: 'COLUMN', position: [] });
    await sidebar.update();
    expect(sheet.charts.map((c) => c.options.title)).toEqual([plan.charts[1].title, ...plan.charts.map((c) => c.title)]);
    expect(sheet.charts[0].id).toBe(999);
    expect(recorded()).toEqual([Object.fromEntries(plan.charts.map((c, i) => [c.id, sheet.charts[i + 1].id]))]);
  });

  it('finds the charts of a sheet written before they were recorded by their titles, then records them', async () => {
    const { book, sidebar } = setup();
    await sidebar.build(caseWith(24));
    const sheet = book.sheet('CRM ROI')!;
    sheet.metadata = [];
    await sidebar.update();
    expect(sheet.charts.map((c) => c.options.title)).toEqual(planSheet(caseWith(24)).charts.map((c) => c.title));
    expect(sheet.metadata.map((m) => m.key)).toEqual(['crm-roi-charts']);
  });

  it('updates the sheet it is asked to, whichever is active, and refuses a sheet that is gone', async () => {
    const { book, sidebar } = setup();
    await sidebar.build(caseWith(24));
    const r = lineRow(planSheet(caseWith(24)), smallBusiness().costs[1].name);
    book.sheet('CRM ROI')!.cells.get(`${r},${COL.driverValues[1]}`)!.input = 25;
    book.active = 'Sheet1';
    expect((await sidebar.update('CRM ROI')).case.costs[1]).toMatchObject({ users: 25 });
    book.active = 'Sheet1';
    book.calls = [];
    expect(await thrown(() => sidebar.update('Renamed ROI'))).toContain('no sheet named "Renamed ROI"');
    expect(book.writes).toEqual([]);
  });
});

// Sheets returns a date cell as a Date at midnight in the spreadsheet's time zone; Apps Script's Date getters use the
// script's zone (here the process's TZ). Where the script's zone is west of the spreadsheet's, that midnight is still
// the day before, and each update used to move the start date back a day.
describe.skipIf(!built)('Sheets start date across time zones', () => {
  const processZone = process.env.TZ;
  afterEach(() => {
    if (processZone === undefined) delete process.env.TZ;
    else process.env.TZ = processZone;
  });

  it('the fake hands a date cell back as midnight in the spreadsheet’s zone, and formatDate reads it there', async () => {
    const book = new FakeSpreadsheet('Asia/Tokyo');
    const sheet = book.addSheet('Dates', { A1: isoToSerial('2025-01-01') });
    sheet.cells.get('0,0')!.numberFormat = 'yyyy-mm-dd';
    const date = book.display(sheet, 0, 0) as Date;
    expect(date.toISOString()).toBe('2024-12-31T15:00:00.000Z');
    expect(formatDate(date, 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2025-01-01');
    expect(formatDate(date, 'Etc/UTC', 'yyyy-MM-dd')).toBe('2024-12-31');
    expect(new FakeSpreadsheet('America/New_York').display(sheet, 0, 0)).toEqual(new Date('2025-01-01T05:00:00Z'));
  });

  it.each([
    ['Asia/Tokyo', 'Etc/UTC'],
    ['Pacific/Auckland', 'Europe/London'],
    ['America/New_York', 'Pacific/Honolulu'],
    ['America/Los_Angeles', 'Etc/UTC'],
  ])('spreadsheet in %s, script in %s: read and update keep the start date, time after time', async (sheetZone, scriptZone) => {
    process.env.TZ = scriptZone;
    const book = new FakeSpreadsheet(sheetZone);
    book.addSheet('Sheet1');
    const sidebar = sidebarOn(loadCodeJs(book));
    const c = { ...caseWith(24), startDate: '2025-01-01' };
    await sidebar.build(c);
    const at = parseRange(book.namedRanges.get('CRMROI_START_DATE')!.a1)!;
    const cell = book.sheet('CRM ROI')!.cells.get(`${at.top},${at.left}`)!;
    expect(book.display(book.sheet('CRM ROI')!, at.top, at.left)).toBeInstanceOf(book.Date);
    for (let i = 0; i < 4; i++) {
      expect(await sidebar.update()).toMatchObject({ sheetName: 'CRM ROI', mode: 'updated' });
      expect((await sidebar.read())!.case.startDate).toBe('2025-01-01');
      expect(cell.input).toBe(isoToSerial('2025-01-01'));
    }
    // The wizard's path: read the case, build it onto the same sheet.
    const read = (await sidebar.read())!;
    expect(await sidebar.build(read.case)).toMatchObject({ sheetName: 'CRM ROI', mode: 'updated' });
    expect(cell.input).toBe(isoToSerial('2025-01-01'));
  });
});

describe.skipIf(!built)('the scenario selector in Sheets', () => {
  const dropDowns = (book: FakeSpreadsheet) => [...book.sheet('CRM ROI')!.cells].filter(([, c]) => c.validation).map(([k, c]) => [k, c.validation]);

  it('is a drop-down of the three scenarios that moves with the selector and goes with the estimates', async () => {
    const { book, sidebar } = setup();
    await sidebar.build(ranged(0));
    expect(dropDowns(book)).toEqual([[selector(ranged(0)), ['Conservative', 'Expected', 'Optimistic']]]);
    await sidebar.build(ranged(2), 'CRM ROI');
    expect(selector(ranged(2))).not.toBe(selector(ranged(0)));
    expect(dropDowns(book)).toEqual([[selector(ranged(2)), ['Conservative', 'Expected', 'Optimistic']]]);
    await sidebar.build(smallBusiness(), 'CRM ROI');
    expect(dropDowns(book)).toEqual([]);
  });
});
