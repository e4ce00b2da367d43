import type { reasonEn } from './en';

// Why a metric has no number (src/case/metric-reason.ts), for the wizard and the CLI. A key ending in .one/.few/.many/.other
// is one plural form (src/i18n/plural.ts).

export const reasonFr: { readonly [K in keyof typeof reasonEn]: string } = {
  'reason.noCosts': 'aucun coût de référence',
  'reason.neverPositive': 'le flux de trésorerie net n’est jamais positif',
  'reason.neverNegative': 'le flux de trésorerie net n’est jamais négatif',
  'reason.neverWithinHorizon.one': 'pas de récupération en {count}\u00a0mois',
  'reason.neverWithinHorizon.few': 'pas de récupération en {count}\u00a0mois',
  'reason.neverWithinHorizon.many': 'pas de récupération en {count}\u00a0mois',
  'reason.neverWithinHorizon.other': 'pas de récupération en {count}\u00a0mois',
  'reason.#DIV/0!': 'division par zéro',
  'reason.#NUM!': 'pas de solution numérique',
  'reason.#VALUE!': 'une donnée n’est pas une valeur valide',
  'reason.#N/A': 'non disponible',
};
