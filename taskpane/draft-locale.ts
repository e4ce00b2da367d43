import type { Locale } from '../src/i18n/locales';
import { entryText, parseLocaleNumber } from '../src/i18n/number';
import { fieldsOf, type Draft, type DraftActuals, type DraftLine } from './draft';
import { YEAR_SEPARATOR } from './fields';

// Switching the wizard's language rewrites the numbers typed so far in the new language's notation ("1234.5" →
// "1234,5"), so each still means what it meant. Text the old language did not read as numbers is kept exactly as
// typed: the analyst sees it, and its message, in the new language.

/** One field's text in the new notation; unchanged unless every entry of it read as a number. */
function retext(text: string, from: Locale, to: Locale): string {
  const entries = text.split(YEAR_SEPARATOR).map((e) => parseLocaleNumber(e.trim().replace(/\s*%$/, ''), from));
  if (text.trim() === '' || !entries.every((e) => e.ok)) return text;
  return entries.map((e) => entryText(to, (e as { value: number }).value)).join(`${YEAR_SEPARATOR} `);
}

const relocaleActuals = (a: DraftActuals | undefined, from: Locale, to: Locale) =>
  a && Object.fromEntries(Object.entries(a).map(([month, text]) => [month, retext(text, from, to)]));

function relocaleLine(side: 'costs' | 'benefits', line: DraftLine, from: Locale, to: Locale): DraftLine {
  const values = { ...line.values };
  const ranges = line.ranges && Object.fromEntries(Object.entries(line.ranges).map(([k, r]) => [k, { conservative: retext(r.conservative, from, to), optimistic: retext(r.optimistic, from, to) }]));
  for (const spec of fieldsOf(side, line.type)) if (spec.kind !== 'choice' && values[spec.key] !== undefined) values[spec.key] = retext(values[spec.key], from, to);
  const actuals = relocaleActuals(line.actuals, from, to);
  return { ...line, values, ...(ranges && { ranges }), ...(actuals && { actuals }) };
}

export function relocaleDraft(d: Draft, from: Locale, to: Locale): Draft {
  if (from === to) return d;
  return {
    ...d,
    horizonMonths: retext(d.horizonMonths, from, to),
    discountRate: retext(d.discountRate, from, to),
    costs: d.costs.map((l) => relocaleLine('costs', l, from, to)),
    benefits: d.benefits.map((l) => relocaleLine('benefits', l, from, to)),
    ...(d.kpis && { kpis: d.kpis.map((k) => ({ ...k, ...(k.actuals && { actuals: relocaleActuals(k.actuals, from, to) }) })) }),
  };
}
