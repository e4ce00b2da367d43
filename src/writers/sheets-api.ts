// The Apps Script functions the Google Sheets sidebar calls through google.script.run, declared once:
// src/writers/sheets-globals.ts implements them as globals of dist/gas/Code.js, taskpane/sheets-host.ts calls them.
// Arguments and results are plain JSON values (google.script.run passes nothing else); a failure is thrown as an
// Error, whose message the sidebar shows. Every failure leaves the spreadsheet as it was.
import type { RoiCase } from '../case/types';
import type { WriteResult } from './flow';
import type { PortfolioResult } from './portfolio-flow';
import type { PortfolioRead } from './sheets-portfolio';

export interface SheetsServerApi {
  /**
   * Writes the case (JSON text). Target: `sheetName` if given; else the active sheet when the add-in owns it (an update
   * in place); else "CRM ROI". A sheet of that name the add-in does not own is never touched: "CRM ROI (2)" … is created.
   * Throws when caseJson is not JSON or not a valid case, when the write would overwrite the analyst's cells (each
   * listed), or when the sheet is protected.
   */
  crmRoiBuildSheet: (caseJson: string, sheetName?: string) => WriteResult;
  /** The case the active sheet describes now, with the analyst's edits; null when it is not a CRM ROI sheet. Throws on an invalid cell. */
  crmRoiReadActiveSheet: () => { case: RoiCase; sheetName: string } | null;
  /** Re-reads the ROI sheet `sheetName` (default: the active sheet) and rewrites it from that case, keeping the analyst's edits. */
  crmRoiUpdateSheet: (sheetName?: string) => WriteResult;
  /**
   * The Portfolio action's first half: every ROI sheet of the spreadsheet (found by their named ranges) read back into
   * its case, and the previous Portfolio sheet. Throws when there is no ROI sheet or one cannot be read.
   */
  crmRoiReadPortfolio: () => PortfolioRead;
  /**
   * Its second half: writes the Portfolio sheet the sidebar planned (PreparedPortfolio as JSON) onto the previous one
   * or a new sheet in front. Throws, writing nothing, when the plan would write another sheet or name, when the
   * workbook changed since the read, or when the Portfolio sheet is protected.
   */
  crmRoiWritePortfolio: (preparedJson: string) => PortfolioResult;
}
