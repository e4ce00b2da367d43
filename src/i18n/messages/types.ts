import type { en } from './en';

export type MessageKey = keyof typeof en;

/** A language's catalog: every key of the English one, and no other. */
export type Messages = { readonly [K in MessageKey]: string };

/** The placeholder names in a message text: "{a} or {b}" → "a" | "b". */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The parameters a key's message needs, read off its English text. */
export type MessageParams<K extends MessageKey> = { readonly [P in Placeholders<(typeof en)[K]>]: string | number };
