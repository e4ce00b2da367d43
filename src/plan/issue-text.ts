import { issueMessage } from '../case/issues';
import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages/types';
import { t } from '../i18n/t';
import type { SheetIssue } from './types';

// A sheet issue's words, kept as keys and parameters so that they are said in the reader's language where they are
// shown (the wizard, the CLI): what a cell holds (Got), the checks of read.ts and the refusals of update.ts.

/** What a cell holds, as cell-text.ts's gotOf tells it. */
export interface Got {
  got: 'blank' | 'text' | 'error' | 'date' | 'badDate' | 'link' | 'formatted' | 'unknown' | 'value';
  text?: string;
}

export type CellParam = string | number | Got | CellText;

/** A message of the catalogs with its parameters, which may be messages themselves (a field's label). */
export interface CellText {
  key: MessageKey;
  params?: Record<string, CellParam>;
}

const isGot = (p: CellParam): p is Got => typeof p === 'object' && 'got' in p;

export function cellMessage(text: CellText, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [name, p] of Object.entries(text.params ?? {}))
    params[name] = typeof p !== 'object' ? p : isGot(p) ? cellMessage({ key: `cell.got.${p.got}`, params: { text: p.text ?? '' } }, locale) : cellMessage(p, locale);
  return (t as (l: Locale, k: MessageKey, p: Record<string, string | number>) => string)(locale, text.key, params);
}

/** An issue in the reader's language: its own words, a case field's problem, or (from older callers) its message. */
export function sheetIssueText(issue: SheetIssue, locale: Locale): string {
  if (issue.caseIssue && issue.text) return cellMessage({ key: 'cell.at', params: { what: issue.text, message: issueMessage(issue.caseIssue, locale) } }, locale);
  if (issue.caseIssue) return issueMessage(issue.caseIssue, locale);
  return issue.text ? cellMessage(issue.text, locale) : issue.message;
}
