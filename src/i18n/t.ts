import { fill } from './area';
import type { Locale } from './locales';
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { pl } from './messages/pl';
import type { MessageKey, MessageParams, Messages } from './messages/types';
import { zhCN } from './messages/zh-CN';

/** One catalog per language; the record type makes a language without a catalog a compile error. */
export const CATALOGS: Readonly<Record<Locale, Messages>> = { en, de, fr, pl, 'zh-CN': zhCN };

/** The placeholder names of a message text, in order of first appearance. */
export const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];

/** What t() takes after the key: nothing for a message without placeholders, else a value for each. */
export type MessageArgs<K extends MessageKey> = keyof MessageParams<K> extends never ? [] : [MessageParams<K>];

/** A message in a language, its placeholders filled ("{first}" ← params.first). */
export function t<K extends MessageKey>(locale: Locale, key: K, ...[params]: MessageArgs<K>): string {
  // A catalog with a placeholder English lacks fails the catalog test first.
  return fill(CATALOGS[locale][key], params as Record<string, string | number> | undefined, `${key} (${locale})`);
}
