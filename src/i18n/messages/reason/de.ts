import type { reasonEn } from './en';

// Why a metric has no number (src/case/metric-reason.ts), for the wizard and the CLI. A key ending in .one/.few/.many/.other
// is one plural form (src/i18n/plural.ts).

export const reasonDe: { readonly [K in keyof typeof reasonEn]: string } = {
  'reason.noCosts': 'keine Kosten als Bezugsgröße',
  'reason.neverPositive': 'der Netto-Zahlungsstrom ist nie positiv',
  'reason.neverNegative': 'der Netto-Zahlungsstrom ist nie negativ',
  'reason.neverWithinHorizon.one': 'keine Amortisation innerhalb von {count} Monat',
  'reason.neverWithinHorizon.few': 'keine Amortisation innerhalb von {count} Monaten',
  'reason.neverWithinHorizon.many': 'keine Amortisation innerhalb von {count} Monaten',
  'reason.neverWithinHorizon.other': 'keine Amortisation innerhalb von {count} Monaten',
  'reason.#DIV/0!': 'Division durch null',
  'reason.#NUM!': 'keine numerische Lösung',
  'reason.#VALUE!': 'eine Eingabe ist kein gültiger Wert',
  'reason.#N/A': 'nicht verfügbar',
};
