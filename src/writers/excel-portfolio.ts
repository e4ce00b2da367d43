// The wizard's Portfolio action in Excel: three syncs whatever the number of sheets (list the sheets and names; read
// every ROI sheet and the previous Portfolio sheet; write), never one inside a loop.
import { caseFromSheet, type WriteOptions } from './flow';
import { protectedError, snapshotOf, writePlan } from './excel';
import { portfolioTargets, withNames, type PortfolioResult, type WorkbookIndex } from './portfolio-flow';
import { preparePortfolio } from './portfolio-prepare';

/** Adds or refreshes the Portfolio sheet over every ROI sheet of the workbook, in `options.lang`; other sheets are not touched. */
export async function buildExcelPortfolio(context: Excel.RequestContext, options: WriteOptions = {}): Promise<PortfolioResult> {
  const { worksheets } = context.workbook;
  worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  await context.sync();

  const index: WorkbookIndex = { sheetNames: worksheets.items.map((s) => s.name), names: names.items.map((n) => ({ name: n.name, reference: String(n.formula) })) };
  const targets = portfolioTargets(index);
  const reads = targets.cases.map((c) => {
    const used = worksheets.getItem(c.sheetName).getUsedRangeOrNullObject(true);
    used.load('values,formulas,rowIndex,columnIndex');
    return used;
  });
  const previous = targets.portfolioSheet === undefined ? undefined : worksheets.getItem(targets.portfolioSheet);
  previous?.protection.load('protected');
  previous?.charts.load('items/name');
  await context.sync();

  const cases = targets.cases.map((c, i) => caseFromSheet(withNames(snapshotOf(c.sheetName, { used: reads[i], names }), c)));
  const prepared = preparePortfolio(index, targets, cases, options);
  if (previous?.protection.protected) throw protectedError(prepared.plan.sheetName);
  const sheet = previous ?? worksheets.add(prepared.plan.sheetName);
  // The Portfolio sheet goes in front, where a finance lead looks first.
  if (!previous) sheet.position = 0;
  writePlan(context, sheet, { ...prepared, keep: [], oldValidations: [] }, previous ? previous.charts.items : [], names.items);
  await context.sync();
  return { sheetName: prepared.plan.sheetName, mode: prepared.mode, cases: prepared.cases };
}
