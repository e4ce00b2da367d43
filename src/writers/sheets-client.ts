// The Google Sheets writer's sidebar half: it validates, reads back and plans in the browser, and asks the Apps Script
// server (SheetsServerApi) only for snapshots and for the prepared write. Code.js stays the custom functions and a
// cell writer, and a write prepared from a sheet that changed meanwhile is refused by the server (fingerprints).
import { isOwnedSheet } from '../plan';
import { caseFromSheet, DEFAULT_SHEET_NAME, prepareWrite, SheetWriteError, targetSheetName, type WriteOptions, type WriteResult } from './flow';
import { portfolioTargets, withNames, type PortfolioResult, type PreparedPortfolio } from './portfolio-flow';
import { preparePortfolio } from './portfolio-prepare';
import type { Refusal, SheetsSnapshotReply, SheetsWriteRequest } from './sheets-api';
import type { PortfolioRead } from './sheets-portfolio';
import type { RoiCase } from '../case/types';

/** A refusal the server replied with, thrown here as the SheetWriteError it was, to be said in the sidebar's language. */
function accepted<T extends object>(reply: T | Refusal): T {
  if ('refused' in reply) throw new SheetWriteError(reply.refused.kind, reply.refused.text);
  return reply;
}

/** The server's reply to a write, checked: a reply without a sheet name may mean nothing was written. */
const written = (reply: { sheetName: string } | Refusal | null): string => {
  const done = reply && accepted(reply);
  if (!done || typeof done.sheetName !== 'string') throw new Error('Google Sheets returned no sheet name; the sheet may not have been written.');
  return done.sheetName;
};

/** The server as the sidebar reaches it (google.script.run in the sidebar; the Code.js globals in tests). */
export interface SheetsServer {
  snapshot(sheetName?: string): Promise<SheetsSnapshotReply>;
  write(request: SheetsWriteRequest): Promise<{ sheetName: string } | Refusal>;
  readPortfolio(): Promise<PortfolioRead>;
  writePortfolio(prepared: PreparedPortfolio): Promise<PortfolioResult | Refusal>;
}

const protectedError = (name: string) =>
  new SheetWriteError('protected', { key: 'write.protectedSheets', params: { sheet: name } });

/**
 * Writes a case to `sheetName`; without one, to the active sheet when the add-in owns it, else "CRM ROI". An owned
 * sheet of that name is rewritten; otherwise a new sheet gets a free name ("CRM ROI (2)"). Throws SheetWriteError
 * (invalid case, conflicts, protected, changed) before anything is written.
 */
export async function buildSheet(server: SheetsServer, input: unknown, sheetName?: string, options: WriteOptions = {}): Promise<WriteResult> {
  const active = sheetName === undefined ? await server.snapshot() : undefined;
  const desired = sheetName ?? (active?.sheet && isOwnedSheet(active.sheet) ? active.sheet.name : DEFAULT_SHEET_NAME);
  const reply = active?.sheet?.name === desired ? active : await server.snapshot(desired);
  const same = reply.sheet;
  const name = targetSheetName(reply.sheetNames, desired, same);
  const reuse = same !== undefined && same.name.toLowerCase() === name.toLowerCase();
  const prepared = prepareWrite(input, reuse ? same.name : name, reuse ? same : undefined, options);
  if (reuse && same.protected) throw protectedError(same.name);
  const { case: stated, ...write } = prepared;
  const sheet = written(await server.write({ sheetName: reuse ? same.name : name, reuse, ...(reuse && { fingerprint: same.fingerprint }), write }));
  return { sheetName: sheet, mode: reuse ? 'updated' : 'created', case: stated };
}

/** The case the active sheet describes now, with its sheet's name; null when it is not a CRM ROI sheet. */
export async function readActiveSheet(server: SheetsServer): Promise<{ case: RoiCase; sheetName: string } | null> {
  const { sheet } = await server.snapshot();
  if (!sheet || !isOwnedSheet(sheet)) return null;
  return { case: caseFromSheet(sheet), sheetName: sheet.name };
}

/** Re-reads the ROI sheet `sheetName` (default: the active sheet) and rewrites it from that case, keeping the analyst's edits. */
export async function updateSheet(server: SheetsServer, sheetName?: string, options: WriteOptions = {}): Promise<WriteResult> {
  const { sheet } = await server.snapshot(sheetName);
  if (!sheet) throw new SheetWriteError('notOwned', { key: 'write.noSheet', params: { sheet: sheetName ?? '' } });
  const prepared = prepareWrite(caseFromSheet(sheet), sheet.name, sheet, options);
  if (sheet.protected) throw protectedError(sheet.name);
  const { case: stated, ...write } = prepared;
  return { sheetName: written(await server.write({ sheetName: sheet.name, reuse: true, fingerprint: sheet.fingerprint, write })), mode: 'updated', case: stated };
}

/** The Portfolio action: the server snapshots the ROI sheets, the sidebar reads and plans, the server writes the Portfolio sheet. */
export async function portfolio(server: SheetsServer, options: WriteOptions = {}): Promise<PortfolioResult> {
  const read = await server.readPortfolio();
  const targets = portfolioTargets(read.index);
  const cases = targets.cases.map((c) => caseFromSheet(withNames(read.snapshots[c.sheetName], c)));
  return accepted(await server.writePortfolio(preparePortfolio(read.index, targets, cases, options)));
}
