// Writers: round trips to the host (Excel syncs, Spreadsheet service calls) and time to plan and write a large case.
import { planSheet } from '../src/plan';
import { buildExcelSheet, updateExcelSheet } from '../src/writers/excel';
import { applySheetsWrite, sheetsSnapshot, type SheetsEnums } from '../src/writers/sheets';
import { buildSheet, type SheetsServer } from '../src/writers/sheets-client';
import { writeXlsx } from '../src/writers/xlsx';
import { caseWith } from '../tests/writers/cases';
import { FakeExcel } from '../tests/writers/fakes/excel';
import { FakeSpreadsheet } from '../tests/writers/fakes/sheets';

// The fake's enum values; the fake implements only the Spreadsheet service calls the writer makes.
const ENUMS = { sheetProtection: 'SHEET', chartType: { line: 'LINE', column: 'COLUMN', bar: 'BAR' }, mergeRows: 'MERGE_ROWS', listRule: (list: string[]) => ({ list }) } as unknown as SheetsEnums;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

async function excelRun(months: number, lines?: number) {
  const fake = new FakeExcel();
  fake.addSheet('Sheet1');
  await buildExcelSheet(fake.context, caseWith(months, lines));
  const build = fake.syncs;
  fake.syncs = 0;
  await buildExcelSheet(fake.context, caseWith(months, lines));
  const rebuild = fake.syncs;
  fake.syncs = 0;
  await updateExcelSheet(fake.context);
  return { build, rebuild, update: fake.syncs, ops: fake.ops.length };
}

/** The sidebar's half in-process, the server's on the fake: every Spreadsheet service call is counted. */
function sheetsServer(book: FakeSpreadsheet): SheetsServer {
  const ss = book.globals().SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { snapshot: async (name) => sheetsSnapshot(ss, ENUMS, iso, name), write: async (request) => applySheetsWrite(ss, ENUMS, iso, request) };
}

async function sheetsRun(months: number, lines?: number) {
  const book = new FakeSpreadsheet();
  book.addSheet('Sheet1');
  const server = sheetsServer(book);
  book.calls = [];
  await buildSheet(server, caseWith(months, lines));
  const build = book.calls.length;
  book.calls = [];
  await buildSheet(server, caseWith(months, lines));
  return { build, rebuild: book.calls.length };
}

async function time(label: string, f: () => unknown | Promise<unknown>, repeat = 5) {
  await f(); // warm-up
  const start = performance.now();
  for (let i = 0; i < repeat; i++) await f();
  return { label, ms: (performance.now() - start) / repeat };
}

export async function run() {
  const rows = [];
  for (const [months, lines] of [[12, undefined], [120, undefined], [120, 40]] as const) {
    const excel = await excelRun(months, lines);
    const sheets = await sheetsRun(months, lines);
    rows.push({
      case: `${months} months, ${lines ?? caseWith(months).costs.length + caseWith(months).benefits.length} lines`,
      'Excel syncs build/rebuild/update': `${excel.build}/${excel.rebuild}/${excel.update}`,
      'Sheets calls build/rebuild': `${sheets.build}/${sheets.rebuild}`,
    });
  }
  console.log('Round trips (Excel via office-addin-mock; Sheets via the recording SpreadsheetApp fake):');
  console.table(rows);

  const big = caseWith(120, 40);
  const plan = planSheet(big);
  const timings = [
    await time('planSheet (120 months, 40 lines)', () => planSheet(big)),
    await time('plan + .xlsx (ExcelJS buffer)', () => writeXlsx(planSheet(big), big)),
    await time('plan + Excel (mock, build)', async () => {
      const fake = new FakeExcel();
      fake.addSheet('Sheet1');
      await buildExcelSheet(fake.context, big);
    }),
    await time('plan + Sheets (fake, build)', async () => {
      const book = new FakeSpreadsheet();
      book.addSheet('Sheet1');
      await buildSheet(sheetsServer(book), big);
    }),
  ];
  console.log(`\nTime per write, ${plan.cells.length} × ${plan.cells[0].length} cells (mean of 5; fakes add their own bookkeeping):`);
  console.table(timings.map((t) => ({ step: t.label, ms: t.ms.toFixed(1) })));
}
