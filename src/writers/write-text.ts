import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages/types';
import { plural, type PluralKey } from '../i18n/plural';
import { t } from '../i18n/t';
import { sheetIssueText } from '../plan/issue-text';
import type { SheetWriteError } from './write-error';

// A refused write in the reader's language, where the add-in shows it (the task pane, the sidebar, the playground):
// write-error.ts itself knows English only, to keep the Apps Script server small.

export function writeErrorText(e: SheetWriteError, locale: Locale): string {
  const { key, params } = e.text;
  const headline =
    'count' in params
      ? plural(locale, key as PluralKey, Number(params.count), params as never)
      : (t as (l: Locale, k: MessageKey, p: Record<string, string | number>) => string)(locale, key as MessageKey, params);
  const cells = e.issues.map((i) => `  ${i.address}: ${sheetIssueText(i, locale)}`);
  return [headline, ...cells].join('\n');
}
