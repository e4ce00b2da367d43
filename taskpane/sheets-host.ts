import type { RoiCase } from '../src/case/types';
import type { WriteResult } from '../src/writers/flow';
import type { SheetsServerApi } from '../src/writers/sheets-api';
import { buildSheet, portfolio, readActiveSheet, updateSheet, type SheetsServer } from '../src/writers/sheets-client';
import { errorMessage, type LoadedCase, type WizardHost } from './host';
import { HostError } from './host-error';

// Google Sheets host: the sidebar calls the Apps Script functions of SheetsServerApi (src/writers/sheets-api.ts) through
// google.script.run: snapshots of sheets come in, prepared writes go out as JSON text (src/writers/sheets-client.ts).

/** The server functions as google.script.run exposes them: the result goes to the success handler. */
type ServerCalls = { [F in keyof SheetsServerApi]: (...args: Parameters<SheetsServerApi[F]>) => void };

/** google.script.run as the sidebar uses it: a fresh runner per call, handlers chained, then one server function. */
export type ScriptRun = ServerCalls & {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
};

/** Calls a server function and settles with its result or its thrown error. */
export function callServer<F extends keyof SheetsServerApi>(run: () => ScriptRun, fn: F, ...args: Parameters<SheetsServerApi[F]>): Promise<ReturnType<SheetsServerApi[F]>> {
  return new Promise((resolve, reject) => {
    const runner = run()
      .withSuccessHandler((value) => resolve(value as ReturnType<SheetsServerApi[F]>))
      .withFailureHandler((e) => reject(friendly(errorMessage(e))));
    const call: ServerCalls[F] | undefined = (runner as ServerCalls)[fn];
    // A sidebar newer than the deployed Code.js.
    if (typeof call !== 'function') return reject(new HostError('host.sheets.missing', { fn }));
    // Called as a method: the runner keeps the handlers on itself.
    call.apply(runner, args);
  });
}

/** Apps Script's own wording for the failures analysts meet, restated as what to do. */
function friendly(detail: string): Error {
  if (/protected/i.test(detail)) return new HostError('host.sheets.protected', { detail });
  if (/network|connection|NetworkError|timed? ?out/i.test(detail)) return new HostError('host.sheets.connection', { detail });
  if (/authori[sz]|permission/i.test(detail)) return new HostError('host.sheets.permission', { detail });
  return new Error(detail);
}

/** The server functions as the client half of the writer calls them. */
export const scriptServer = (run: () => ScriptRun): SheetsServer => ({
  snapshot: (sheetName) => (sheetName === undefined ? callServer(run, 'crmRoiSnapshot') : callServer(run, 'crmRoiSnapshot', sheetName)),
  write: (request) => callServer(run, 'crmRoiWrite', JSON.stringify(request)),
  readPortfolio: () => callServer(run, 'crmRoiReadPortfolio'),
  writePortfolio: (prepared) => callServer(run, 'crmRoiWritePortfolio', JSON.stringify(prepared)),
});

export function sheetsHost(run: () => ScriptRun): WizardHost {
  const server = scriptServer(run);
  // The sheet the case came from or was last written to: updates go back there.
  let sheetName: string | undefined;
  const wrote = (result: WriteResult): WriteResult => {
    sheetName = result.sheetName;
    return result;
  };
  return {
    name: () => 'Google Sheets',
    async loadCase(): Promise<LoadedCase | null> {
      const loaded = await readActiveSheet(server);
      if (loaded) sheetName = loaded.sheetName;
      return loaded;
    },
    build: async (c: RoiCase, options) => wrote(await buildSheet(server, c, sheetName, options)),
    update: async (options) => wrote(await updateSheet(server, sheetName, options)),
    portfolio: (options) => portfolio(server, options),
  };
}
