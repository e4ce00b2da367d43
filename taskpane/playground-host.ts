import { HostError } from './host-error';
import { t } from '../src/i18n/t';
import type { RoiCase } from '../src/case/types';
import type { SheetPlan } from '../src/plan/types';
import { evaluate } from '../src/case/evaluate';
import { findLayout, sheetLocale } from '../src/plan/anchors';
import type { PlanOptions } from '../src/plan/plan';
import { planPortfolio, PortfolioError } from '../src/portfolio';
import type { WriteOptions, WriteResult } from '../src/writers/flow';
import type { PortfolioResult } from '../src/writers/portfolio-flow';
import type { LoadedCase, WizardHost } from './host';

// The local playground's host: the "workbook" is one in-memory sheet plan shown by the playground's grid.
// A failure switch lets the playground (and its tests) show what the wizard does when a host refuses.

export interface PlaygroundSheet {
  case: RoiCase;
  plan: SheetPlan;
}

export interface PlaygroundHost extends WizardHost {
  /** The sheet as last written, or null before the first build. */
  sheet(): PlaygroundSheet | null;
  /** Replaces the sheet (an edit made in the grid), as the real hosts' sheets change under the wizard. */
  replace(sheet: PlaygroundSheet): void;
  /** While set, build() rejects with this message, as a protected sheet or a lost connection would. */
  failWith(message: string | null): void;
  /** How many times the sheet was written. */
  writes(): number;
  /** The Portfolio sheet as last written (over the one ROI sheet), or null before the first. */
  portfolioSheet(): SheetPlan | null;
}

export function playgroundHost(planSheet: (c: RoiCase, options?: PlanOptions) => SheetPlan, onWrite: (sheet: PlaygroundSheet) => void): PlaygroundHost {
  let current: PlaygroundSheet | null = null;
  let failure: string | null = null;
  let count = 0;
  let portfolio: SheetPlan | null = null;
  const write = (c: RoiCase, options: WriteOptions = {}): WriteResult => {
    if (failure) throw new Error(failure);
    // A rewrite keeps the sheet's language unless told otherwise, as the real hosts do.
    const plan = planSheet(c, { lang: options.lang ?? (current ? sheetLocale(current.plan.names) : 'en') });
    const mode = current ? 'updated' : 'created';
    current = { case: structuredClone(c), plan };
    count++;
    onWrite(current);
    return { sheetName: plan.sheetName, mode, case: structuredClone(c) };
  };
  return {
    name: (locale) => t(locale, 'host.playground.name'),
    async loadCase(): Promise<LoadedCase | null> {
      return current && { case: structuredClone(current.case), sheetName: current.plan.sheetName };
    },
    build: async (c, options) => write(c, options),
    // The sheet's case now, with the edits made in its grid.
    async update(options) {
      if (!current) throw new HostError('host.playground.noSheet');
      return write(current.case, options);
    },
    // The playground's workbook holds one ROI sheet: its portfolio rolls up that one.
    async portfolio(options): Promise<PortfolioResult> {
      if (failure) throw new Error(failure);
      if (!current) throw new PortfolioError({ kind: 'noSheets' });
      const mode = portfolio ? 'updated' : 'created';
      const source = current.plan.sheetName;
      portfolio = planPortfolio([{ source, prefix: findLayout(current.plan.names)!.prefix, evaluation: evaluate(current.case) }], { lang: options?.lang });
      return { sheetName: portfolio.sheetName, mode, cases: [source] };
    },
    portfolioSheet: () => portfolio,
    sheet: () => current,
    replace(sheet) {
      current = sheet;
      count++;
      onWrite(sheet);
    },
    failWith(message) {
      failure = message;
    },
    writes: () => count,
  };
}
