import { metricLabelIn } from '../src/case/metric-catalog';
import { FinanceError } from '../src/finance/errors';
import type { ErrorCode } from '../src/finance/errors';
import { financeMessageIn } from '../src/i18n/finance-text';
import { resolveLocale, type Locale } from '../src/i18n/locales';
import { byId, isVectorised } from './catalog';
import { invoke } from './invoke';

// Excel adapter: the generated =CRM.* functions delegate here. Errors become CustomFunctions.Error with the
// matching code (Excel shows the message for #VALUE! and #N/A only, but it is always passed), its message and
// SUMMARY's labels in Excel's display language: the functions share the task pane's runtime, where Office.context is.

const excelCodes: Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
};

/** Excel's display language; English until Office.js is ready (and wherever Office is absent). */
const displayLocale = (): Locale => resolveLocale(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage);

export const toExcelError = (e: FinanceError, locale: Locale): CustomFunctions.Error =>
  new CustomFunctions.Error(CustomFunctions.ErrorCode[excelCodes[e.code]], financeMessageIn(locale, e.text));

/** A whole-call error is thrown; errors inside a column or table go in their cells. */
export function excelCall(id: string, args: unknown[]): number | (number | string | CustomFunctions.Error)[][] {
  const spec = byId(id);
  const locale = displayLocale();
  const outcome = invoke(spec, args, (metric) => metricLabelIn(locale, metric));
  if (outcome instanceof FinanceError) throw toExcelError(outcome, locale);
  if (typeof outcome === 'number') return isVectorised(spec) ? [[outcome]] : outcome;
  return outcome.map((row) => row.map((c) => (c instanceof FinanceError ? toExcelError(c, locale) : c)));
}
