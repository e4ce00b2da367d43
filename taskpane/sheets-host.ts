import type { RoiCase } from '../src/case/types';
import { errorMessage, type BuildResult, type LoadedCase, type WizardHost } from './host';

// Google Sheets host: the sidebar calls the Apps Script globals of src/writers/sheets-globals.ts through google.script.run.
// Cases travel as JSON text (google.script.run passes only plain values), and results come back as JSON text or objects.

/** The slice of google.script.run the sidebar uses: a fresh runner per call, handlers chained before the call. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [server: string]: unknown;
}

/** Calls an Apps Script server function and settles with its result or its thrown error. */
export function callServer(runner: () => ScriptRunner, fn: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = runner()
      .withSuccessHandler(resolve)
      .withFailureHandler((e) => reject(new Error(friendly(errorMessage(e)))));
    const call = run[fn];
    if (typeof call !== 'function') return reject(new Error(`The add-in's server function ${fn} is missing; reinstall or update the add-in.`));
    // Called as a method: the runner keeps the handlers on itself.
    (call as (...a: unknown[]) => void).apply(run, args);
  });
}

/** Apps Script's own wording for the failures analysts meet, restated as what to do. */
function friendly(message: string): string {
  if (/protected/i.test(message)) return `The sheet is protected (${message}). Ask its owner for edit access or unprotect it.`;
  if (/network|connection|NetworkError|timed? ?out/i.test(message)) return `Lost the connection to Google Sheets (${message}). Check your connection and try again.`;
  if (/authori[sz]|permission/i.test(message)) return `The add-in lacks permission (${message}). Reopen it from Extensions and grant access.`;
  return message;
}

const parse = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export function sheetsHost(runner: () => ScriptRunner): WizardHost {
  // The sheet the case came from or was last written to: updates go back there.
  let sheetName: string | undefined;
  return {
    name: 'Google Sheets',
    async loadCase(): Promise<LoadedCase | null> {
      const loaded = parse(await callServer(runner, 'crmRoiReadActiveSheet')) as LoadedCase | null;
      if (!loaded || typeof loaded !== 'object' || !('case' in loaded)) return null;
      sheetName = loaded.sheetName;
      return loaded;
    },
    async build(c: RoiCase): Promise<BuildResult> {
      const args = sheetName === undefined ? [JSON.stringify(c)] : [JSON.stringify(c), sheetName];
      const result = parse(await callServer(runner, 'crmRoiBuildSheet', ...args)) as BuildResult;
      if (!result || typeof result.sheetName !== 'string') throw new Error('Google Sheets returned no sheet name; the sheet may not have been written.');
      sheetName = result.sheetName;
      return result;
    },
  };
}
