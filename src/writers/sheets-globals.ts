// The Apps Script functions the sidebar calls (SheetsServerApi in ./sheets-api.ts), as globals of dist/gas/Code.js:
// gas-webpack-plugin turns each `global.x = …` into a top-level function.
import { isOwnedSheet } from '../plan';
import { SheetWriteError } from './flow';
import type { PreparedPortfolio } from './portfolio-flow';
import type { SheetsServerApi } from './sheets-api';
import { readSheetsPortfolio, writeSheetsPortfolio } from './sheets-portfolio';
import { buildSheetsSheet, readSheetsSheet, updateSheetsSheet, type IsoDateOf, type SheetsEnums } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

declare global {
  var crmRoiBuildSheet: SheetsServerApi['crmRoiBuildSheet'];
  var crmRoiReadActiveSheet: SheetsServerApi['crmRoiReadActiveSheet'];
  var crmRoiUpdateSheet: SheetsServerApi['crmRoiUpdateSheet'];
  var crmRoiReadPortfolio: SheetsServerApi['crmRoiReadPortfolio'];
  var crmRoiWritePortfolio: SheetsServerApi['crmRoiWritePortfolio'];
}

const enums = (): SheetsEnums => ({
  sheetProtection: SpreadsheetApp.ProtectionType.SHEET,
  chartType: { line: Charts.ChartType.LINE, column: Charts.ChartType.COLUMN, bar: Charts.ChartType.BAR },
  listRule: (list) => SpreadsheetApp.newDataValidation().requireValueInList(list, true).setAllowInvalid(false).build(),
  mergeRows: Charts.ChartMergeStrategy.MERGE_ROWS,
});

/** Date cells read in the spreadsheet's time zone (File › Settings), which need not be the script's. */
function isoDateOf(ss: Spreadsheet): IsoDateOf {
  const zone = ss.getSpreadsheetTimeZone();
  return (date) => Utilities.formatDate(date, zone, 'yyyy-MM-dd');
}

/** The active sheet's name when the add-in wrote it (its marker is in row 1), else undefined. */
function ownedActiveSheetName(ss: Spreadsheet): string | undefined {
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
  return buildSheetsSheet(ss, enums(), input, sheetName ?? ownedActiveSheetName(ss));
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

global.crmRoiUpdateSheet = (sheetName) => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetName === undefined ? ss.getActiveSheet() : ss.getSheetByName(sheetName);
  if (!sheet) throw new SheetWriteError('notOwned', `There is no sheet named "${sheetName}"; nothing was written.`);
  return updateSheetsSheet(ss, enums(), sheet, isoDateOf(ss));
};

global.crmRoiReadPortfolio = () => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return readSheetsPortfolio(ss, isoDateOf(ss));
};

global.crmRoiWritePortfolio = (preparedJson) => {
  let prepared: PreparedPortfolio;
  try {
    prepared = JSON.parse(preparedJson) as PreparedPortfolio;
  } catch (err) {
    throw new Error(`The Portfolio sheet's plan is not valid JSON (${(err as Error).message}); nothing was written.`);
  }
  return writeSheetsPortfolio(SpreadsheetApp.getActiveSpreadsheet(), enums(), prepared);
};

export {};
