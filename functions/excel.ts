import { FinanceError } from '../src/finance/errors';
import type { ErrorCode } from '../src/finance/errors';
import { byId, isVectorised } from './catalog';
import { invoke } from './invoke';

// Excel adapter: the generated =CRM.* functions delegate here. Errors become CustomFunctions.Error with the
// matching code (Excel shows the message for #VALUE! and #N/A only, but it is always passed).

const excelCodes: Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
};

export const toExcelError = (e: FinanceError): CustomFunctions.Error =>
  new CustomFunctions.Error(CustomFunctions.ErrorCode[excelCodes[e.code]], e.message);

/** A whole-call error is thrown; errors inside a column or table go in their cells. */
export function excelCall(id: string, args: unknown[]): number | (number | string | CustomFunctions.Error)[][] {
  const spec = byId(id);
  const outcome = invoke(spec, args);
  if (outcome instanceof FinanceError) throw toExcelError(outcome);
  if (typeof outcome === 'number') return isVectorised(spec) ? [[outcome]] : outcome;
  return outcome.map((row) => row.map((c) => (c instanceof FinanceError ? toExcelError(c) : c)));
}
