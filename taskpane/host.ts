import type { RoiCase } from '../src/case/types';
import type { Locale } from '../src/i18n/locales';
import type { WriteResult } from '../src/writers/flow';

// The wizard talks to Excel, Google Sheets or the local playground only through this interface.

export interface LoadedCase {
  case: RoiCase;
  sheetName: string;
}

export interface WizardHost {
  /** Shown in the header, e.g. "Excel". */
  name: string;
  /** The case on the active ROI sheet, or null when the active sheet is not one the add-in built. */
  loadCase(): Promise<LoadedCase | null>;
  /** Writes the case (`lang`: the wizard's language, for the sheet's own words): creates its sheet, or updates it in place keeping the analyst's edits. Rejects with a plain-language Error. */
  build(c: RoiCase, options?: { lang?: Locale }): Promise<WriteResult>;
  /**
   * Rewrites the sheet the case was loaded from (or last written to) from the case that sheet holds now: edits made in
   * the sheet since the wizard read it are kept. Rejects like build.
   */
  update(options?: { lang?: Locale }): Promise<WriteResult>;
}

/** The message to show for anything a host threw. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && 'message' in e && typeof (e as { message: unknown }).message === 'string') return (e as { message: string }).message;
  return 'Unknown error';
}
