// Apps Script server functions the sidebar calls through google.script.run (taskpane/sheets-host.ts).
// gas-webpack-plugin turns each `global.x = …` into a top-level function of dist/gas/Code.js.
//
// Contract (arguments and results are plain JSON values; failures are thrown as Error, whose message the sidebar shows):
//
//   crmRoiBuildSheet(caseJson: string, sheetName?: string): { sheetName: string; mode: 'created' | 'updated' }
//     Writes the case. Target: `sheetName` if given; else the active sheet when the add-in owns it (an update in place);
//     else "CRM ROI". A sheet of that name the add-in does not own is never touched: "CRM ROI (2)" … is created instead.
//     Throws, writing nothing, when caseJson is not JSON or not a valid case (every problem listed), when the update
//     would overwrite the analyst's cells next to the sheet (each cell listed), or when the sheet is protected.
//
//   crmRoiReadActiveSheet(): { case: RoiCase; sheetName: string } | null
//     The case the active sheet describes now, with the analyst's edits and notes; null when the active sheet is not
//     a CRM ROI sheet. Throws when it is one but a cell holds an invalid value (each cell listed with its address).
//
//   crmRoiUpdateActiveSheet(): { sheetName: string; mode: 'updated' }
//     Re-reads the active ROI sheet and rewrites it from that case (edits and notes kept). Throws like the two above.
import type { RoiCase } from '../case/types';
import { isOwnedSheet } from '../plan';
import { SheetWriteError } from './flow';
import type { GasEnums, GasSpreadsheet } from './gas-types';
import { buildSheetsSheet, readSheetsSheet, updateSheetsSheet, type IsoDateOf } from './sheets';

type Spreadsheet = GasSpreadsheet & { getSpreadsheetTimeZone(): string };
declare const SpreadsheetApp: { getActiveSpreadsheet(): Spreadsheet; ProtectionType: { SHEET: unknown } };
declare const Utilities: { formatDate(date: Date, timeZone: string, format: string): string };
declare const Charts: { ChartType: { LINE: unknown; COLUMN: unknown }; ChartMergeStrategy: { MERGE_ROWS: unknown } };

declare global {
  var crmRoiBuildSheet: (caseJson: string, sheetName?: string) => { sheetName: string; mode: 'created' | 'updated' };
  var crmRoiReadActiveSheet: () => { case: RoiCase; sheetName: string } | null;
  var crmRoiUpdateActiveSheet: () => { sheetName: string; mode: 'updated' };
}

const enums = (): GasEnums => ({
  sheetProtection: SpreadsheetApp.ProtectionType.SHEET,
  chartType: { line: Charts.ChartType.LINE, column: Charts.ChartType.COLUMN },
  mergeRows: Charts.ChartMergeStrategy.MERGE_ROWS,
});

/** Date cells read in the spreadsheet's time zone (File › Settings), which need not be the script's. */
function isoDateOf(ss: Spreadsheet): IsoDateOf {
  const zone = ss.getSpreadsheetTimeZone();
  return (date) => Utilities.formatDate(date, zone, 'yyyy-MM-dd');
}

/** The active sheet's name when the add-in wrote it (its marker is in row 1), else undefined. */
function ownedActiveSheetName(ss: GasSpreadsheet): string | undefined {
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  return isOwnedSheet({ name, values: sheet.getRange('1:1').getValues() }) ? name : undefined;
}

global.crmRoiBuildSheet = (caseJson, sheetName) => {
  let input: unknown;
  try {
    input = JSON.parse(caseJson);
  } catch (err) {
    throw new Error(`The case is not valid JSON (${(err as Error).message}); nothing was written.`);
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { sheetName: written, mode } = buildSheetsSheet(ss, enums(), input, sheetName ?? ownedActiveSheetName(ss));
  return { sheetName: written, mode };
};

global.crmRoiReadActiveSheet = () => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  try {
    return { case: readSheetsSheet(sheet, isoDateOf(ss)), sheetName: sheet.getName() };
  } catch (err) {
    if (err instanceof SheetWriteError && err.kind === 'notOwned') return null;
    throw err;
  }
};

global.crmRoiUpdateActiveSheet = () => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { sheetName } = updateSheetsSheet(ss, enums(), ss.getActiveSheet(), isoDateOf(ss));
  return { sheetName, mode: 'updated' };
};

export {};
