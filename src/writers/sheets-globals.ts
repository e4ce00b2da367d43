// The Apps Script functions the sidebar calls (SheetsServerApi in ./sheets-api.ts), as globals of dist/gas/Code.js:
// gas-webpack-plugin turns each `global.x = …` into a top-level function.
import type { PreparedPortfolio } from './portfolio-flow';
import type { SheetsServerApi, SheetsWriteRequest } from './sheets-api';
import { readSheetsPortfolio, writeSheetsPortfolio } from './sheets-portfolio';
import { applySheetsWrite, refusing, sheetsSnapshot, type IsoDateOf, type SheetsEnums } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

declare global {
  var crmRoiSnapshot: SheetsServerApi['crmRoiSnapshot'];
  var crmRoiWrite: SheetsServerApi['crmRoiWrite'];
  var crmRoiReadPortfolio: SheetsServerApi['crmRoiReadPortfolio'];
  var crmRoiWritePortfolio: SheetsServerApi['crmRoiWritePortfolio'];
  var crmRoiUserLocale: SheetsServerApi['crmRoiUserLocale'];
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

global.crmRoiSnapshot = (sheetName) => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return sheetsSnapshot(ss, enums(), isoDateOf(ss), sheetName);
};

global.crmRoiWrite = (requestJson) => {
  let request: SheetsWriteRequest;
  try {
    request = JSON.parse(requestJson) as SheetsWriteRequest;
  } catch (err) {
    throw new Error(`The write request is not valid JSON (${(err as Error).message}); nothing was written.`);
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return refusing(() => applySheetsWrite(ss, enums(), isoDateOf(ss), request));
};

global.crmRoiReadPortfolio = () => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return readSheetsPortfolio(ss, enums(), isoDateOf(ss));
};

global.crmRoiWritePortfolio = (preparedJson) => {
  let prepared: PreparedPortfolio;
  try {
    prepared = JSON.parse(preparedJson) as PreparedPortfolio;
  } catch (err) {
    throw new Error(`The Portfolio sheet's plan is not valid JSON (${(err as Error).message}); nothing was written.`);
  }
  return refusing(() => writeSheetsPortfolio(SpreadsheetApp.getActiveSpreadsheet(), enums(), prepared));
};

global.crmRoiUserLocale = () => Session.getActiveUserLocale();

export {};
