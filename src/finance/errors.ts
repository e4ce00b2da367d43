import { fnEn } from '../i18n/messages/fn/en';
import type { Placeholders } from '../i18n/messages/types';

/** Excel's error values; each finance primitive returns a number or one of these. */
export type ErrorCode = '#DIV/0!' | '#NUM!' | '#VALUE!' | '#N/A';

/** A reason's key (the fn.* messages). */
export type FinanceKey = keyof typeof fnEn;

/** A reason's parameter: a number (shown with the reader's decimal mark), a name, or a nested reason (what a cell holds, where). */
export type FinanceParam = string | number | FinanceText;

/** Why a result is an error, as data: rendered into words only where it is shown, in the reader's language. */
export interface FinanceText {
  readonly key: FinanceKey;
  readonly params: Readonly<Record<string, FinanceParam>>;
}

/** A reason, its parameters checked against the English text's placeholders. */
export const reason = <K extends FinanceKey>(key: K, params: { readonly [P in Placeholders<(typeof fnEn)[K]>]: FinanceParam }): FinanceText => ({
  key,
  params,
});

/** A reason in words: `messages` is one language's fn.* catalog; numbers take its decimal mark. */
export function financeMessage(text: FinanceText, messages: Readonly<Record<FinanceKey, string>>, decimalMark = '.'): string {
  const value = (p: FinanceParam): string => {
    if (typeof p === 'object') return financeMessage(p, messages, decimalMark);
    return typeof p === 'number' ? String(p).replace('.', decimalMark) : p;
  };
  return messages[text.key].replace(/\{(\w+)\}/g, (_, name: string) => value(text.params[name]));
}

export class FinanceError {
  constructor(
    readonly code: ErrorCode,
    readonly text: FinanceText,
  ) {}
  /** In English: the Sheets functions' message, --json's fallback and logs. */
  get message(): string {
    return financeMessage(this.text, fnEn);
  }
  /** The same error under a custom function's own name: "Benefit/cost ratio: cost is 0…" → "BCR: cost is 0…". */
  under(fn: string): FinanceError {
    return new FinanceError(this.code, { key: this.text.key, params: { ...this.text.params, fn } });
  }
  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

export type Result = number | FinanceError;

export const isError = (r: unknown): r is FinanceError => r instanceof FinanceError;

export const divZero = (text: FinanceText) => new FinanceError('#DIV/0!', text);
export const numError = (text: FinanceText) => new FinanceError('#NUM!', text);
export const valueError = (text: FinanceText) => new FinanceError('#VALUE!', text);
export const notAvailable = (text: FinanceText) => new FinanceError('#N/A', text);

/** Guards a computed number: NaN or ±Infinity never leaves a primitive. */
export function finite(x: number, fn: string): Result {
  return Number.isFinite(x) ? x : numError(reason('fn.resultNotFinite', { fn }));
}

/** What a bad cell or argument holds, for a reason's {got}. */
export function got(x: unknown): FinanceParam {
  if (x === null || x === undefined || x === '') return reason('fn.got.blank', {});
  if (typeof x === 'string') return reason('fn.got.text', { text: x.length > 24 ? `${x.slice(0, 24)}…` : x });
  if (typeof x === 'boolean') return reason(x ? 'fn.got.true' : 'fn.got.false', {});
  if (typeof x === 'number') return x;
  // Host error values (Excel's CustomFunctions.Error, or anything shaped like it) carry a code.
  if (typeof x === 'object' && 'code' in x) return reason('fn.got.error', { code: String((x as { code: unknown }).code) });
  // Sheets passes date cells as Date objects (from its own realm, hence no instanceof).
  if (Object.prototype.toString.call(x) === '[object Date]') return reason('fn.got.date', {});
  return typeof x === 'object' ? reason('fn.got.object', {}) : reason('fn.got.other', { type: typeof x });
}
