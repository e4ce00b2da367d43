import ExcelJS from 'exceljs';
import { CASE_JSON_HEADER, CASE_SHEET } from '../../src/writers/xlsx';

/** Reads the case JSON back from the case sheet the .xlsx writer adds, to prove it round-trips for other tools. */
export async function readCaseFromXlsx(data: Buffer | ArrayBuffer): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const sheet = workbook.getWorksheet(CASE_SHEET);
  if (!sheet) throw new Error(`the workbook has no "${CASE_SHEET}" sheet`);
  const lines: string[] = [];
  let started = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    if (started) lines.push(cells.join(''));
    else if (cells[0] === CASE_JSON_HEADER) started = true;
  });
  if (!started) throw new Error(`sheet "${CASE_SHEET}" has no "${CASE_JSON_HEADER}" row`);
  try {
    return JSON.parse(lines.join('\n'));
  } catch (err) {
    throw new Error(`sheet "${CASE_SHEET}" does not hold valid JSON: ${(err as Error).message}`);
  }
}
