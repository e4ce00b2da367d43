import { LOCALE_TAGS, LOCALES, resolveLocale, type Locale } from '../src/i18n/locales';
import { t } from '../src/i18n/t';
import { h } from './dom';

// The wizard's language: the analyst's own choice when one was made (remembered), else the host's language
// (Office.context.displayLanguage, Session.getActiveUserLocale(), navigator.language). Office's and Apps Script's
// iframes may refuse storage (third-party storage blocked, sandboxed): then the choice lasts as long as the pane.

const KEY = 'crm-roi.language';

/** The remembered choice, if storage works and holds one of ours. */
export function rememberedLocale(storage: () => Storage | undefined = () => globalThis.localStorage): Locale | undefined {
  try {
    const v = storage()?.getItem(KEY);
    return v && (LOCALE_TAGS as string[]).includes(v) ? (v as Locale) : undefined;
  } catch {
    return undefined; // SecurityError where storage is refused
  }
}

export function rememberLocale(locale: Locale, storage: () => Storage | undefined = () => globalThis.localStorage): void {
  try {
    storage()?.setItem(KEY, locale);
  } catch {
    // Refused or full: the choice holds for this session only.
  }
}

/** The language to start in: the remembered choice, else the host's tag resolved to one of ours. */
export const startLocale = (hostTag: string | undefined, storage?: () => Storage | undefined): Locale => rememberedLocale(storage) ?? resolveLocale(hostTag);

/** A picker naming each language in its own words; switches at once. */
export function languagePicker(locale: Locale, choose: (l: Locale) => void): HTMLElement {
  const select = h('select', { class: 'language', 'aria-label': t(locale, 'wizard.language'), 'data-testid': 'language' },
    ...LOCALE_TAGS.map((l) => h('option', { value: l, lang: l, selected: l === locale }, LOCALES[l].name)));
  select.addEventListener('change', () => choose(select.value as Locale));
  return select;
}
