import type { Locale } from './locales';
import type { Placeholders } from './messages/types';

// t() over one catalog area alone. Code bundled where every catalog would weigh too much (the Risk step's worker, which
// evaluates a case; Code.js) reads its area's five files through this instead of through t().

type AreaArgs<S extends string> = [Placeholders<S>] extends [never] ? [] : [{ readonly [P in Placeholders<S>]: string | number }];

/** A t() for one area: `texts` holds each language's catalog of that area, typed against the English one. */
export function areaT<E extends Readonly<Record<string, string>>>(texts: Readonly<Record<Locale, { readonly [K in keyof E]: string }>>) {
  return <K extends keyof E & string>(locale: Locale, key: K, ...[params]: AreaArgs<E[K]>): string => fill(texts[locale][key], params, `${key} (${locale})`);
}

/** A message's placeholders filled ("{first}" ← params.first). The types ask for every one; a missing one is a bug. */
export function fill(text: string, params: Readonly<Record<string, string | number>> | undefined, message: string): string {
  const values = params ?? {};
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`message ${message} needs {${name}}`);
    return String(values[name]);
  });
}
