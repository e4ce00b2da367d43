import type { Locale } from './locales';
import type { Placeholders } from './messages/types';

// t() over one catalog area alone. Code bundled where every catalog would weigh too much (the Risk step's worker, which
// evaluates a case; Code.js) reads its area's five files through this instead of through t().

type AreaArgs<S extends string> = [Placeholders<S>] extends [never] ? [] : [{ readonly [P in Placeholders<S>]: string | number }];

/** A t() for one area: `texts` holds each language's catalog of that area, typed against the English one. */
export function areaT<E extends Readonly<Record<string, string>>>(texts: Readonly<Record<Locale, { readonly [K in keyof E]: string }>>) {
  return <K extends keyof E & string>(locale: Locale, key: K, ...[params]: AreaArgs<E[K]>): string => {
    const values = (params ?? {}) as Record<string, string | number>;
    return texts[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`message ${key} (${locale}) needs {${name}}`);
      return String(values[name]);
    });
  };
}
