import { FinanceError } from '../src/finance/errors';
import { byId } from './catalog';
import { invoke } from './invoke';

// Google Sheets adapter: the generated globals (=CRMROI, =PAYBACK, …) delegate here. A whole-call error is a
// thrown Error with Excel's message, in English. Sheets cannot put an error value in one cell of an array
// result, so an error inside a column or table shows as its code in text (e.g. "#DIV/0!"), and SUMMARY's labels are
// English.

export function sheetsCall(id: string, args: unknown[]): number | (number | string)[][] {
  const outcome = invoke(byId(id), args);
  if (outcome instanceof FinanceError) throw new Error(outcome.message);
  if (typeof outcome === 'number') return outcome;
  return outcome.map((row) => row.map((c) => (c instanceof FinanceError ? c.code : c)));
}
