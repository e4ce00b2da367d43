// The languages the add-in speaks, declared once. Everything else (catalogs, number entry, the manifest's overrides,
// the localised functions metadata) is keyed by these tags.

export const LOCALES = {
  en: { name: 'English', office: [] },
  de: { name: 'Deutsch', office: ['de-DE', 'de-AT', 'de-CH', 'de-LU', 'de-LI'] },
  fr: { name: 'Français', office: ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-LU'] },
  pl: { name: 'Polski', office: ['pl-PL'] },
  'zh-CN': { name: '简体中文', office: ['zh-CN', 'zh-SG'] },
} as const satisfies Record<string, { name: string; office: readonly string[] }>;
// `name`: the language in its own words, for a language picker. `office`: the Office culture names a manifest
// <Override Locale> must list one by one (Microsoft: a bare "de" is not matched on every client); en is the default.

export type Locale = keyof typeof LOCALES;

export const LOCALE_TAGS = Object.keys(LOCALES) as Locale[];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The catalog for a host's language tag: Office.context.displayLanguage ("de-AT"), Apps Script's
 * Session.getActiveUserLocale() ("de", "zh_CN"), navigator.language ("zh-Hans-CN"), a POSIX locale ("de_DE.UTF-8").
 * Chinese in Traditional script (zh-Hant, zh-TW, zh-HK, zh-MO) gets English, not the Simplified catalog: a script its
 * reader did not ask for is a guess. Anything else unknown gets English.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
  // POSIX: language_TERRITORY.codeset@modifier; BCP 47 and Apps Script: hyphen or underscore.
  const parts = (tag ?? '').trim().replace(/[.@].*$/, '').toLowerCase().split(/[-_]/);
  const [language, ...rest] = parts;
  if (language === 'zh') return rest.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p)) ? DEFAULT_LOCALE : 'zh-CN';
  return (LOCALE_TAGS as string[]).includes(language) ? (language as Locale) : DEFAULT_LOCALE;
}

/** The CLI's language, from the environment as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
