// Why a metric has no number (src/case/metric-reason.ts), for the wizard and the CLI. A key ending in .one/.few/.many/.other
// is one plural form (src/i18n/plural.ts).

export const reasonEn = {
  'reason.noCosts': 'no costs to compare against',
  'reason.neverPositive': 'net cash flow is never positive',
  'reason.neverNegative': 'net cash flow is never negative',
  'reason.neverWithinHorizon.one': 'never pays back within {count} month',
  'reason.neverWithinHorizon.few': 'never pays back within {count} months',
  'reason.neverWithinHorizon.many': 'never pays back within {count} months',
  'reason.neverWithinHorizon.other': 'never pays back within {count} months',
  'reason.#DIV/0!': 'division by zero',
  'reason.#NUM!': 'no numeric solution',
  'reason.#VALUE!': 'an input is not a valid value',
  'reason.#N/A': 'not available',
} as const;
