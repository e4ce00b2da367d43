import { LOCALE_TAGS, localeFromEnv, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';

// --lang: the language of what a command prints. Without it, the environment's (LC_ALL, LC_MESSAGES, LANG).

const isLocale = (x: string | undefined): x is Locale => (LOCALE_TAGS as (string | undefined)[]).includes(x);

/**
 * The language to print in, looked up once for the whole command line so that help and usage errors already follow
 * it. A --lang that names no language is left to the command, which refuses it (in the environment's language).
 */
export function messageLocale(argv: readonly string[], env: Record<string, string | undefined>): Locale {
  return langOption(argv) ?? localeFromEnv(env);
}

/** The arguments without `--lang <language>`, or the problem with it (a usage error). */
export function withoutLang(args: readonly string[], locale: Locale): { args: string[] } | { problem: string } {
  const rest: string[] = [];
  let seen = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--lang') {
      rest.push(args[i]);
      continue;
    }
    const value = args[++i];
    if (value === undefined || value === '') return { problem: t(locale, 'cli.usage.needsValue', { option: '--lang' }) };
    if (seen) return { problem: t(locale, 'cli.usage.givenTwice', { option: '--lang' }) };
    if (!isLocale(value)) return { problem: t(locale, 'cli.usage.lang', { locales: LOCALE_TAGS.join(', '), got: JSON.stringify(value) }) };
    seen = true;
  }
  return { args: rest };
}

/** The language --lang names, when it is given and names one; undefined otherwise (the environment's is not asked). */
export function langOption(args: readonly string[]): Locale | undefined {
  const at = args.indexOf('--lang');
  const value = at < 0 ? undefined : args[at + 1];
  return isLocale(value) ? value : undefined;
}
