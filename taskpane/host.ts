import type { Locale } from '../src/i18n/locales';
import { PortfolioError, portfolioProblemText } from '../src/portfolio/figures';
import { SheetWriteError } from '../src/writers/write-error';
import { writeErrorText } from '../src/writers/write-text';
import { HostError, hostErrorText } from './host-error';
import type { RoiCase } from '../src/case/types';
import type { WriteOptions, WriteResult } from '../src/writers/flow';
import type { PortfolioResult } from '../src/writers/portfolio-flow';

// The wizard talks to Excel, Google Sheets or the local playground only through this interface.

export interface LoadedCase {
  case: RoiCase;
  sheetName: string;
}

export interface WizardHost {
  /** Shown in the header: a product's own name ("Excel"), or the playground's, in the wizard's language. */
  name(locale: Locale): string;
  /** The case on the active ROI sheet, or null when the active sheet is not one the add-in built. */
  loadCase(): Promise<LoadedCase | null>;
  /**
   * Writes the case: creates its sheet, or updates it in place keeping the analyst's edits. Rejects with a plain-language
   * Error. `options.lang`: the sheet's language (default: an existing sheet's own, else English).
   */
  build(c: RoiCase, options?: WriteOptions): Promise<WriteResult>;
  /**
   * Rewrites the sheet the case was loaded from (or last written to) from the case that sheet holds now: edits made in
   * the sheet since the wizard read it are kept. Rejects like build.
   */
  update(options?: WriteOptions): Promise<WriteResult>;
  /**
   * Adds or refreshes the Portfolio sheet over every ROI sheet of the workbook (following sheets added, renamed or
   * removed since); other sheets are not touched. Rejects like build (no ROI sheet, two currencies, protected).
   */
  portfolio(options?: WriteOptions): Promise<PortfolioResult>;
}

/** The message to show for anything a host threw. */
export function errorMessage(e: unknown, locale: Locale = 'en'): string {
  if (e instanceof PortfolioError) return portfolioProblemText(e.problem, locale);
  if (e instanceof SheetWriteError) return writeErrorText(e, locale);
  if (e instanceof HostError) return hostErrorText(e.key, e.params, locale);
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && 'message' in e && typeof (e as { message: unknown }).message === 'string') return (e as { message: string }).message;
  return hostErrorText('host.unknown', {}, locale);
}
