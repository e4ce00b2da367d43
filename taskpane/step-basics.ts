import { CURRENCIES } from '../src/case/currencies';
import type { Locale } from '../src/i18n/locales';
import { field, select, tr, type FormCtx } from './form-fields';

// Step 1: the case's name, currency, start, horizon and discount rate.

/** ISO codes first, so typing "EUR" on the list picks the euro; a code from an older case stays visible to be fixed. */
function currencyOptions(current: string, locale: Locale): { value: string; label: string }[] {
  const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'currency' }) : undefined;
  const codes = CURRENCIES.includes(current) ? CURRENCIES : [current, ...CURRENCIES];
  return codes.map((code) => ({ value: code, label: names && CURRENCIES.includes(code) ? `${code} — ${names.of(code)}` : code }));
}

export function basicsStep(ctx: FormCtx): Node[] {
  const { draft } = ctx;
  const text = (path: 'name' | 'startDate', label: string, extra: Record<string, string> = {}) =>
    field(ctx, path, label, draft[path], (v) => (draft[path] = v), extra);
  return [
    text('name', tr(ctx, 'wizard.basics.name')),
    select(ctx, 'currency', tr(ctx, 'wizard.basics.currency'), currencyOptions(draft.currency, ctx.locale), draft.currency, (v) => (draft.currency = v)),
    text('startDate', tr(ctx, 'wizard.basics.startDate'), { type: 'date' }),
    field(ctx, 'horizonMonths', tr(ctx, 'wizard.basics.horizon'), draft.horizonMonths, (v) => (draft.horizonMonths = v), { inputmode: 'numeric' }, tr(ctx, 'wizard.basics.horizonHelp')),
    field(ctx, 'discountRate', tr(ctx, 'wizard.basics.discountRate'), draft.discountRate, (v) => (draft.discountRate = v), { inputmode: 'decimal' }, tr(ctx, 'wizard.basics.discountRateHelp')),
  ];
}
