import { CATEGORIES, LINE_TYPES, type InYear, type LineKind, type LineSide, type Pattern } from '../case/lines';
import type { BenefitCategory } from '../case/types';
import type { Point } from '../case/validate';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages/types';
import { t } from '../i18n/t';

// The sheet's layout and vocabulary. Every word is looked up in the sheet's language (src/i18n/messages/sheet/);
// readSheet finds its way by defined names, and reads choice words in any language.

/** Layout v1 marked its sheets with this tag in a row-1 cell, followed by the owned range; v1 sheets are still read. */
export const MARKER_TAG = 'crm-roi:v1';

/** The sheet's sections, titled in its language (sheet.section.*). */
export type Section = 'assumptions' | 'inputs' | 'estimates' | 'simulation' | 'schedule' | 'summary' | 'notes' | 'howToRead';
export const sectionTitle = (lang: Locale, s: Section): string => t(lang, `sheet.section.${s}`);

/** Assumption rows in order: label in column A, value in column B. */
export const ASSUMPTION_KEYS = ['name', 'currency', 'startDate', 'horizonMonths', 'discountRate', 'monthlyRate'] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];
export const assumptionLabel = (lang: Locale, k: AssumptionKey): string => t(lang, `sheet.assumption.${k}`);

/**
 * Inputs block: one row per line, these columns from A, then one column per year of the horizon holding the line's
 * yearly driver (an amount or users) in each year of the line. Four driver label/value pairs hold the widest line.
 */
export const COL = {
  name: 0,
  side: 1,
  kind: 2,
  category: 3,
  driverLabels: [4, 6, 8, 10],
  driverValues: [5, 7, 9, 11],
  pattern: 12,
  inYear: 13,
  start: 14,
  end: 15,
  full: 16,
  risk: 17,
  escalation: 18,
  churn: 19,
  amount: 20,
  note: 21,
  /** Year 1 of the line; year k is in years + k − 1. */
  years: 22,
} as const;
/** The Inputs' fixed columns, before the years. */
export const INPUT_WIDTH = 22;

/** The Inputs' headers, one per fixed column from A. */
export const inputHeaders = (lang: Locale): string[] => {
  const h = (key: 'line' | 'side' | 'type' | 'category' | 'value' | 'timing' | 'inYear' | 'startMonth' | 'endMonth' | 'fullEffect' | 'risk' | 'escalation' | 'churn' | 'amount' | 'note') => t(lang, `sheet.input.${key}`);
  const drivers = [1, 2, 3, 4].flatMap((n) => [t(lang, 'sheet.input.driver', { n }), h('value')]);
  return [h('line'), h('side'), h('type'), h('category'), ...drivers, h('timing'), h('inYear'), h('startMonth'), h('endMonth'), h('fullEffect'), h('risk'), h('escalation'), h('churn'), h('amount'), h('note')];
};
/** The header of year k's column: the yearly driver's value in the line's year k (later years follow the one before). */
export const yearHeader = (lang: Locale, k: number): string => t(lang, 'sheet.input.year', { k });

/** Where layout v1 put the Inputs columns (it had a Basis column and no years); v1 sheets are read by these. */
export const V1_COL = { name: 0, category: 3, driverValues: [5, 7, 9, 11], pattern: 12, basis: 13, start: 14, end: 15, full: 16, risk: 17, note: 19, side: 1, kind: 2 } as const;

export const sideLabel = (lang: Locale, side: LineSide): string => t(lang, side === 'cost' ? 'term.cost' : 'term.benefit');
export type { Pattern };
/** Layout v1 and v2 said per month or per year in a Basis column; layout 3 says it by the Timing (monthly or annual). */
export const BASIS_LABEL = { month: 'per month', year: 'per year' } as const;

/** Per line type (from its declaration): its side and the timings an analyst may pick. */
export const KINDS = Object.fromEntries(LINE_TYPES.map((d) => [d.type, { side: d.side, patterns: [...d.patterns] }])) as Record<LineKind, { side: LineSide; patterns: Pattern[] }>;

/** A line type's label on the sheet; the registry's own label is the wizard's. */
export const lineTypeLabel = (lang: Locale, type: LineKind): string => t(lang, `sheet.lineType.${type}`);
/** A driver's label beside its value, by line type (the same field may be worded per type: a loaded hourly rate). */
export const driverLabel = (lang: Locale, type: LineKind, field: string): string => t(lang, `sheet.driver.${type}.${field}` as Extract<MessageKey, `sheet.driver.${string}`>);

/** Type labels layout v1 wrote before the line-type registry named them; read-back still accepts them. */
export const V1_KIND_LABELS: Partial<Record<LineKind, string>> = { perUser: 'Per user', labour: 'Labour', amount: 'Amount', deals: 'Deals', churn: 'Churn' };

export const categoryLabel = (lang: Locale, c: BenefitCategory): string => t(lang, `sheet.category.${c}`);
export const CATEGORY_CODES: readonly BenefitCategory[] = CATEGORIES.map((c) => c.value);

/** The words typed into choice cells (Timing, In each year, the scenario selector), by their code. */
export type Choice = Pattern | InYear | Point;
export const choiceWord = (lang: Locale, c: Choice): string => t(lang, `sheet.choice.${c}`);

/** The how-to-read note, one line each, short enough to run across the Summary's width on screen and on paper. */
export const howToRead = (lang: Locale): string[] => [
  t(lang, 'sheet.howToRead.1'), t(lang, 'sheet.howToRead.2'), t(lang, 'sheet.howToRead.3'), t(lang, 'sheet.howToRead.4'), t(lang, 'sheet.howToRead.5'),
  t(lang, 'sheet.howToRead.6', { never: t(lang, 'metric.never') }), t(lang, 'sheet.howToRead.7'),
];

/**
 * The code of a word in a cell, whichever language wrote it (a German sheet a French colleague typed into still
 * reads), or the code itself; case- and space-insensitive. `words(lang, code)` words a code in a language; extra
 * labels (a v1 sheet's) are accepted too.
 */
export function fromWords<K extends string>(codes: readonly K[], words: (lang: Locale, code: K) => string, text: unknown, extra: Partial<Record<K, string>> = {}): K | undefined {
  if (typeof text !== 'string') return undefined;
  const typed = text.trim().toLowerCase();
  return codes.find((k) => k.toLowerCase() === typed || extra[k]?.toLowerCase() === typed || LOCALE_TAGS.some((lang) => words(lang, k).toLowerCase() === typed));
}

export const HOW_TO_READ_LINES = howToRead('en').length;
