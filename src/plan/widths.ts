import { IN_YEAR, type Pattern } from '../case/lines';
import { METRIC_KEYS, metricExplanation, metricLabelIn, riskHeading } from '../case/metric-catalog';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { estimateHeaders } from './estimates';
import { ASSUMPTION_KEYS, assumptionLabel, choiceWord, COL, inputHeaders } from './layout';

// Column widths in characters. Sized for the Summary (labels in A, values in B and C, explanations in a wide D) and the
// Inputs, then widened where a language's words are longer.

const INPUT_WIDTHS = [30, 13, 16, 50, 24, 13, 22, 13, 24, 13, 24, 13, 10, 10, 10, 10, 10, 10, 10, 10, 14, 40];
const MONTH_WIDTH = 12;
const PATTERNS: readonly Pattern[] = ['once', 'monthly', 'annual'];

/** Width in characters; a CJK or full-width character takes two. */
const textWidth = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const widest = (texts: string[]): number => Math.max(...texts.map(textWidth));
const words = (text: string): string[] => text.split(/\s+/);

/**
 * The widths of a sheet `width` columns wide in a language: no header word is broken (headers are bold and wrap at
 * spaces), the choice words fit their cells, the Summary's labels fit on one line (letters are narrower than the
 * digits a width counts) and each explanation stays one line (the writers size a row by its wrapped text).
 */
export function widthsFor(width: number, lang: Locale, horizonMonths: number): number[] {
  const widths = Array.from({ length: width }, (_, i) => INPUT_WIDTHS[i] ?? MONTH_WIDTH);
  const atLeast = (col: number, w: number) => (widths[col] = Math.max(widths[col], w));
  for (const headers of [inputHeaders(lang), estimateHeaders(lang)]) headers.forEach((header, col) => atLeast(col, widest(words(header)) + 1));
  atLeast(COL.pattern, widest(PATTERNS.map((p) => choiceWord(lang, p))) + 1);
  atLeast(COL.inYear, widest(IN_YEAR.map((p) => choiceWord(lang, p))) + 1);
  const labels = [...METRIC_KEYS.map((k) => metricLabelIn(lang, k)), ...ASSUMPTION_KEYS.map((k) => assumptionLabel(lang, k)), t(lang, 'sheet.summary.irrGuess')];
  atLeast(0, Math.min(44, Math.ceil(0.95 * widest(labels))));
  atLeast(1, widest(words(riskHeading('adjusted', lang))) + 2);
  const notes = [...METRIC_KEYS.map((k) => metricExplanation(k, horizonMonths, lang)), t(lang, 'sheet.summary.irrGuessNote')];
  atLeast(3, Math.min(64, widest(notes)));
  return widths;
}
