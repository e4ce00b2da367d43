import { writeEn } from '../i18n/messages/write/en';
import type { SheetIssue } from '../plan/types';

// Apart from flow.ts so that the Apps Script server (dist/gas/Code.js), which only writes prepared plans, can throw
// it without bundling the planner or every language: the error carries its message key and parameters, its own
// `message` is the English one, and the add-in's edge (taskpane/host.ts) says it in the reader's language.

export type SheetWriteErrorKind = 'invalidCase' | 'invalidSheet' | 'notOwned' | 'conflict' | 'protected' | 'changed';

/** A write.* message: its key without a plural form, and its parameters ({count} picks the form). */
type WriteBase<K> = K extends `write.${infer R}.${'one' | 'few' | 'many' | 'other'}` ? `write.${R}` : K;
export type WriteKey = WriteBase<keyof typeof writeEn>;
export interface WriteText {
  key: WriteKey;
  params: Record<string, string | number>;
}

/** The English text, for logs and the tests: Intl.PluralRules picks the form, as src/i18n/plural.ts does. */
function english({ key, params }: WriteText): string {
  const forms = writeEn as Record<string, string>;
  const text = forms[key] ?? forms[`${key}.${new Intl.PluralRules('en').select(Number(params.count)) === 'one' ? 'one' : 'other'}`];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Why a build or update was refused; `issues` name the cells (or case fields) at fault. Nothing was written. */
export class SheetWriteError extends Error {
  constructor(
    readonly kind: SheetWriteErrorKind,
    readonly text: WriteText,
    readonly issues: SheetIssue[] = [],
  ) {
    super(issues.length ? `${english(text)}\n${issues.map((i) => `  ${i.address}: ${i.message}`).join('\n')}` : english(text));
    this.name = 'SheetWriteError';
  }
}
