import type { Locale } from '../src/i18n/locales';
import type { hostEn } from '../src/i18n/messages/host/en';
import { t } from '../src/i18n/t';

// A host's own failure (Office.js, Apps Script), kept as what to say rather than the words, so the wizard says it
// in its language (host.ts errorMessage). `detail` is the host's own message, quoted as the host gave it.

export type HostKey = keyof typeof hostEn;

export class HostError extends Error {
  constructor(
    readonly key: HostKey,
    readonly params: { detail?: string; fn?: string } = {},
  ) {
    super(hostErrorText(key, params, 'en'));
    this.name = 'HostError';
  }
}

export const hostErrorText = (key: HostKey, params: { detail?: string; fn?: string }, locale: Locale): string =>
  (t as (l: Locale, k: HostKey, p: Record<string, string>) => string)(locale, key, { detail: params.detail ?? '', fn: params.fn ?? '' });
