import type { RoiCase } from '../src/case/types';
import { buildExcelSheet, readExcelSheet, updateExcelSheet } from '../src/writers/excel';
import { buildExcelPortfolio } from '../src/writers/excel-portfolio';
import type { WriteOptions, WriteResult } from '../src/writers/flow';
import { PortfolioError } from '../src/portfolio/figures';
import { SheetWriteError } from '../src/writers/write-error';
import { HostError } from './host-error';
import type { PortfolioResult } from '../src/writers/portfolio-flow';
import type { LoadedCase, WizardHost } from './host';

// Excel host: Office.js batches through the writer (src/writers/excel.ts). The wizard keeps writing to the sheet it
// loaded its case from, so an update lands where the analyst is working.

export interface ExcelDeps {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  read: (context: Excel.RequestContext) => Promise<RoiCase>;
  build: (context: Excel.RequestContext, c: RoiCase, options: { sheetName?: string } & WriteOptions) => Promise<WriteResult>;
  update: (context: Excel.RequestContext, options: { sheetName?: string } & WriteOptions) => Promise<WriteResult>;
  portfolio: (context: Excel.RequestContext, options: WriteOptions) => Promise<PortfolioResult>;
}

const officeDeps = (): ExcelDeps => ({ run: (batch) => Excel.run(batch), read: (ctx) => readExcelSheet(ctx), build: buildExcelSheet, update: updateExcelSheet, portfolio: buildExcelPortfolio });

/** Office.js error codes analysts meet, as what to do about them; any other failure as Excel worded it. */
export function excelError(e: unknown): Error {
  const err = e as { code?: string; message?: string; name?: string };
  const detail = err?.message ?? String(e);
  switch (err?.code) {
    case 'AccessDenied':
      return new HostError('host.excel.denied', { detail });
    case 'EditModeCannotAsync':
    case 'InvalidOperationInCellEditMode':
      return new HostError('host.excel.busy');
    case 'ItemAlreadyExists':
    case 'Conflict':
      return new HostError('host.excel.conflict', { detail });
    case 'GeneralException':
    case 'ServiceNotAvailable':
    case 'RequestAborted':
    case 'Timeout':
      return new HostError('host.excel.connection', { detail });
    default:
      return e instanceof Error ? e : new Error(detail);
  }
}

/** The add-in's own refusals keep their structure, to be told in the wizard's language; Office.js failures are worded. */
const refused = (e: unknown): never => {
  throw e instanceof SheetWriteError || e instanceof PortfolioError ? e : excelError(e);
};

export function excelHost(deps: ExcelDeps = officeDeps()): WizardHost {
  let sheetName: string | undefined;
  const write = async (batch: (ctx: Excel.RequestContext) => Promise<WriteResult>): Promise<WriteResult> => {
    try {
      const result = await deps.run(batch);
      sheetName = result.sheetName;
      return result;
    } catch (e) {
      return refused(e);
    }
  };
  return {
    name: () => 'Excel',
    async loadCase(): Promise<LoadedCase | null> {
      try {
        return await deps.run(async (ctx) => {
          const c = await deps.read(ctx);
          const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
          await ctx.sync();
          sheetName = active.name;
          return { case: c, sheetName: active.name };
        });
      } catch (e) {
        if ((e as { kind?: string }).kind === 'notOwned') return null;
        return refused(e);
      }
    },
    build: (c, options) => write((ctx) => deps.build(ctx, c, { sheetName, ...options })),
    update: (options) => write((ctx) => deps.update(ctx, { sheetName, ...options })),
    // The wizard's own sheet stays the one it links to: the Portfolio sheet is not a case.
    async portfolio(options) {
      try {
        return await deps.run((ctx) => deps.portfolio(ctx, options ?? {}));
      } catch (e) {
        return refused(e);
      }
    },
  };
}
