import type { SheetWriteErrorKind, WriteText } from './write-error';
// The Apps Script functions the Google Sheets sidebar calls through google.script.run, declared once:
// src/writers/sheets-globals.ts implements them as globals of dist/gas/Code.js, taskpane/sheets-host.ts calls them.
// The server only reads and writes cells: validating, reading back and planning run in the sidebar
// (src/writers/sheets-client.ts), so Code.js, which Sheets loads for every custom-function call, holds none of it.
// Arguments and results are plain JSON values (google.script.run passes nothing else); a failure is thrown as an
// Error, whose message the sidebar shows. Every failure leaves the spreadsheet as it was.
import type { SheetSnapshot } from '../plan/update';
import type { PreparedWrite } from './flow';
import type { PortfolioResult } from './portfolio-flow';
import type { PortfolioRead } from './sheets-portfolio';

/** A sheet as the sidebar reads it: date cells as "YYYY-MM-DD" text in the spreadsheet's time zone. */
export interface SheetsSnapshot extends SheetSnapshot {
  protected: boolean;
  /** fingerprint() of the snapshot: a write prepared from it is applied only while the sheet still matches. */
  fingerprint: string;
}

export interface SheetsSnapshotReply {
  /** Every sheet's name, in order. */
  sheetNames: string[];
  /** The sheet asked for (the active one when none is named); absent when there is no sheet of that name. */
  sheet?: SheetsSnapshot;
}

/** A write the sidebar prepared (flow.ts prepareWrite) for the server to apply. */
export interface SheetsWriteRequest {
  sheetName: string;
  /** true: rewrite that sheet, which must still match `fingerprint`; false: insert a new sheet of that name. */
  reuse: boolean;
  fingerprint?: string;
  write: Omit<PreparedWrite, 'case'>;
}

/**
 * A write the server refused, as a reply rather than a throw: google.script.run hands the sidebar a thrown error's
 * message only, and the sidebar says the refusal in its own language from its key and parameters.
 */
export interface Refusal {
  refused: { kind: SheetWriteErrorKind; text: WriteText };
}

export interface SheetsServerApi {
  /** The named sheet (default: the active one) and the names of all sheets. */
  crmRoiSnapshot: (sheetName?: string) => SheetsSnapshotReply;
  /** Applies a SheetsWriteRequest (JSON text); refuses, writing nothing, when the sheet is protected or changed since its snapshot. */
  crmRoiWrite: (requestJson: string) => { sheetName: string } | Refusal;
  /** The Portfolio action's first half: every defined name, and a snapshot of each sheet with an ROI layout. */
  crmRoiReadPortfolio: () => PortfolioRead;
  /**
   * Its second half: writes the Portfolio sheet the sidebar planned (PreparedPortfolio as JSON) onto the previous one
   * or a new sheet in front. Refuses, writing nothing, when the workbook changed since the read or the Portfolio sheet
   * is protected; throws when the plan would write another sheet or name.
   */
  crmRoiWritePortfolio: (preparedJson: string) => PortfolioResult | Refusal;
  /** The user's language as Apps Script gives it ("de", "zh_CN"): the sidebar speaks it unless told otherwise. */
  crmRoiUserLocale: () => string;
}
