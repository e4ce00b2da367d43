import type { Locale } from './locales';
import type { MessageKey, MessageParams } from './messages/types';
import { t } from './t';

/** A message with plural forms, named without its form: "cli.invalidCase" for cli.invalidCase.one, .few, .many, .other. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

type Form = 'one' | 'few' | 'many' | 'other';
const FORMS: readonly string[] = ['one', 'few', 'many', 'other'] satisfies Form[];

/** The form of `base` a count takes in the language (CLDR rules, through Intl.PluralRules), its {count} filled. */
export function plural<B extends PluralKey>(locale: Locale, base: B, count: number, params: Omit<MessageParams<Extract<`${B}.other`, MessageKey>>, 'count'>): string {
  const form = new Intl.PluralRules(locale).select(count);
  // "zero" and "two" are forms none of the five languages uses; should one appear, "other" is the general form.
  const key = `${base}.${FORMS.includes(form) ? form : 'other'}` as MessageKey;
  return (t as (l: Locale, k: MessageKey, p: Record<string, string | number>) => string)(locale, key, { ...params, count });
}
