import type { reasonEn } from './en';

// Why a metric has no number (src/case/metric-reason.ts), for the wizard and the CLI. A key ending in .one/.few/.many/.other
// is one plural form (src/i18n/plural.ts).

export const reasonPl: { readonly [K in keyof typeof reasonEn]: string } = {
  'reason.noCosts': 'brak kosztów, do których można odnieść wynik',
  'reason.neverPositive': 'przepływ pieniężny netto nigdy nie jest dodatni',
  'reason.neverNegative': 'przepływ pieniężny netto nigdy nie jest ujemny',
  'reason.neverWithinHorizon.one': 'brak zwrotu w ciągu {count} miesiąca',
  'reason.neverWithinHorizon.few': 'brak zwrotu w ciągu {count} miesięcy',
  'reason.neverWithinHorizon.many': 'brak zwrotu w ciągu {count} miesięcy',
  'reason.neverWithinHorizon.other': 'brak zwrotu w ciągu {count} miesiąca',
  'reason.#DIV/0!': 'dzielenie przez zero',
  'reason.#NUM!': 'brak rozwiązania liczbowego',
  'reason.#VALUE!': 'dane wejściowe nie są prawidłową wartością',
  'reason.#N/A': 'niedostępne',
};
