import type { ErrorCode, FinanceError, Result } from '../finance/errors';
import type { Locale } from '../i18n/locales';
import { metricDe } from '../i18n/messages/metric/de';
import { metricEn } from '../i18n/messages/metric/en';
import { metricFr } from '../i18n/messages/metric/fr';
import { metricPl } from '../i18n/messages/metric/pl';
import { metricZhCN } from '../i18n/messages/metric/zh-CN';
import type { Evaluation } from './evaluation';
import type { CashFlowMetrics } from './metrics';

// The summary metrics, declared once. The sheet's Summary block, `crm-roi evaluate` (text and --json), the wizard's
// Review step and the SUMMARY custom function all list metrics from here, each a subset chosen by key, always in this
// order, under this label. Host-neutral: plain data and small functions (bundled into Apps Script and the task pane).
//
// What a metric is (key, format, where its value is, what its errors mean, its JSON path) is in METRICS; what it is
// called, in each language, is in the message catalogs (metric.<KEY>, metric.<KEY>.explain).

/** Every metric key, in display order. The sheet names each metric's cell after its key (CRMROI_NPV, …). */
export const METRIC_KEYS = [
  'TOTAL_COSTS',
  'TOTAL_BENEFITS',
  'NET_BENEFIT',
  'PV_COSTS',
  'PV_BENEFITS',
  'NPV',
  'ROI',
  'ROI_PV',
  'BCR',
  'IRR',
  'PAYBACK',
  'PAYBACK_DISCOUNTED',
  'BREAK_EVEN',
  'PEAK_FUNDING',
  'PEAK_FUNDING_MONTH',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

/** How a value reads: an amount, a fraction shown as %, a ratio, fractional months, or a whole month number. */
export type MetricFormat = 'money' | 'percent' | 'ratio' | 'months' | 'month';

/** What an error value of a metric tells the reader, beyond the core's own message. */
export type ErrorMeaning =
  /** Payback, break-even: the cumulative net is still negative at the horizon (#N/A). */
  | 'neverWithinHorizon'
  /** ROI, ratio: nothing to divide by (#DIV/0!). */
  | 'noCosts'
  /** IRR: the net cash flow never changes sign, so no rate solves it (#NUM!). */
  | 'noSignChange';

export interface MetricSpec {
  key: MetricKey;
  format: MetricFormat;
  /** The value in cashFlowMetrics()'s result; an Evaluation is one too. */
  value: (m: CashFlowMetrics) => Result;
  /** Where `crm-roi evaluate --json` puts it, dotted ("roi.nominal"): a published shape, never renamed. */
  json: string;
  /** The error codes the core returns for it that have a meaning worth words; other codes keep the core's message. */
  errors: Partial<Record<ErrorCode, ErrorMeaning>>;
  /** Reported before risk adjustment too (Evaluation.unadjusted), beside the risk-adjusted value. */
  riskAdjusted?: true;
}

const NEVER_WITHIN_HORIZON = { '#N/A': 'neverWithinHorizon' } as const;
const NO_COSTS = { '#DIV/0!': 'noCosts' } as const;

const METRICS: readonly MetricSpec[] = [
  { key: 'TOTAL_COSTS', format: 'money', value: (m) => m.totals.costs, json: 'totals.costs', errors: {}, riskAdjusted: true },
  { key: 'TOTAL_BENEFITS', format: 'money', value: (m) => m.totals.benefits, json: 'totals.benefits', errors: {}, riskAdjusted: true },
  { key: 'NET_BENEFIT', format: 'money', value: (m) => m.totals.net, json: 'totals.net', errors: {}, riskAdjusted: true },
  { key: 'PV_COSTS', format: 'money', value: (m) => m.presentValue.costs, json: 'presentValue.costs', errors: {}, riskAdjusted: true },
  { key: 'PV_BENEFITS', format: 'money', value: (m) => m.presentValue.benefits, json: 'presentValue.benefits', errors: {}, riskAdjusted: true },
  { key: 'NPV', format: 'money', value: (m) => m.npv, json: 'npv', errors: {}, riskAdjusted: true },
  { key: 'ROI', format: 'percent', value: (m) => m.roi.nominal, json: 'roi.nominal', errors: NO_COSTS, riskAdjusted: true },
  { key: 'ROI_PV', format: 'percent', value: (m) => m.roi.presentValue, json: 'roi.presentValue', errors: NO_COSTS, riskAdjusted: true },
  { key: 'BCR', format: 'ratio', value: (m) => m.benefitCostRatio, json: 'benefitCostRatio', errors: NO_COSTS },
  { key: 'IRR', format: 'percent', value: (m) => m.irr, json: 'irr', errors: { '#NUM!': 'noSignChange' } },
  { key: 'PAYBACK', format: 'months', value: (m) => m.paybackMonths.simple, json: 'paybackMonths.simple', errors: NEVER_WITHIN_HORIZON },
  { key: 'PAYBACK_DISCOUNTED', format: 'months', value: (m) => m.paybackMonths.discounted, json: 'paybackMonths.discounted', errors: NEVER_WITHIN_HORIZON },
  { key: 'BREAK_EVEN', format: 'month', value: (m) => m.breakEvenMonth, json: 'breakEvenMonth', errors: NEVER_WITHIN_HORIZON },
  { key: 'PEAK_FUNDING', format: 'money', value: (m) => m.peakFunding.amount, json: 'peakFunding.amount', errors: {} },
  { key: 'PEAK_FUNDING_MONTH', format: 'month', value: (m) => m.peakFunding.month, json: 'peakFunding.month', errors: {} },
];

// ---- wording: the metric.* messages of each language's catalog (src/i18n/messages/metric/) ----

// Read from the metric area catalogs alone, not through t(): Code.js bundles this file for the custom functions, and
// must not carry every catalog of the add-in.
const fill = (text: string, values: Record<string, string | number>): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
const TEXT: Record<Locale, Record<keyof typeof metricEn, string>> = { en: metricEn, de: metricDe, fr: metricFr, pl: metricPl, 'zh-CN': metricZhCN };
const t = (lang: Locale, key: keyof typeof metricEn, values: Record<string, string | number> = {}): string => fill(TEXT[lang][key], values);

/** Why a metric has no number, in words ("{months}" = the horizon in months). */
const EN_REASONS = {
  neverWithinHorizon: 'never pays back within {months} months',
  noCosts: 'no costs to compare against',
  neverPositive: 'net cash flow is never positive',
  neverNegative: 'net cash flow is never negative',
};

// ---- lookups ----

/** Every metric, in display order. */
export const SUMMARY_METRICS: readonly MetricSpec[] = METRICS;

const BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

export function metric(key: MetricKey): MetricSpec {
  const m = BY_KEY.get(key);
  if (!m) throw new Error(`no summary metric ${key}`);
  return m;
}

/** The metrics of `keys` in display order, whatever order the keys are given in. */
export function metricsOf(keys: readonly MetricKey[]): MetricSpec[] {
  const wanted = new Set(keys);
  for (const k of wanted) metric(k);
  return METRICS.filter((m) => wanted.has(m.key));
}

/** The one name of the metric, in every table, list and output. */
export const metricLabelIn = (lang: Locale, key: MetricKey): string => t(lang, `metric.${key}`);
/** In English (unary, so that keys.map(metricLabel) reads). */
export const metricLabel = (key: MetricKey): string => metricLabelIn('en', key);

/** A metric's value before risk adjustment, for the metrics reported both ways; undefined for the others. */
export function unadjustedValue(key: MetricKey, e: Evaluation): Result | undefined {
  const m = metric(key);
  return m.riskAdjusted ? m.value(e.unadjusted as CashFlowMetrics) : undefined;
}

/** The heading over the risk-adjusted values and over the same values before risk adjustment. */
export const RISK_HEADINGS = { adjusted: metricEn['metric.riskAdjusted'], unadjusted: metricEn['metric.beforeRisk'] } as const;
export const riskHeading = (which: keyof typeof RISK_HEADINGS, lang: Locale): string => t(lang, which === 'adjusted' ? 'metric.riskAdjusted' : 'metric.beforeRisk');

/** One sentence for the sheet's Summary, short enough for one line beside the values. */
export const metricExplanation = (key: MetricKey, horizonMonths: number, lang: Locale = 'en'): string => t(lang, `metric.${key}.explain`, { months: horizonMonths });

/** Shown in the sheet's Summary for a payback or break-even that does not happen within the horizon (core #N/A). */
export const NEVER = metricEn['metric.never'];
/** Shown in the sheet's Summary for a ratio without costs or an IRR without a sign change (#DIV/0!, #NUM!). */
export const NOT_AVAILABLE = metricEn['metric.notAvailable'];

/** The word shown instead of an error of this metric: "never" for payback and break-even (not within the horizon), "n/a" otherwise. */
export const errorWord = (key: MetricKey, lang: Locale = 'en'): string =>
  t(lang, Object.values(metric(key).errors).includes('neverWithinHorizon') ? 'metric.never' : 'metric.notAvailable');

/** What explaining an error needs to know of the case. */
export interface MetricContext {
  horizonMonths: number;
  /** Net cash flow per month: says which way an IRR without a sign change fails. */
  monthlyNet?: readonly number[];
}

export const evaluationContext = (e: Evaluation): MetricContext => ({ horizonMonths: e.case.horizonMonths, monthlyNet: e.monthlyNet });

/** The meaning of the metric's error, or undefined when the registry has no words for it (the core's message stands). */
export function errorMeaning(key: MetricKey, error: FinanceError, ctx: MetricContext): string | undefined {
  switch (metric(key).errors[error.code]) {
    case 'neverWithinHorizon':
      return fill(EN_REASONS.neverWithinHorizon, { months: ctx.horizonMonths });
    case 'noCosts':
      return EN_REASONS.noCosts;
    case 'noSignChange': {
      // #NUM! also means "changes sign but no rate solves it"; only a one-signed flow gets the words.
      const net = ctx.monthlyNet;
      if (!net) return undefined;
      if (net.every((n) => n <= 0)) return EN_REASONS.neverPositive;
      if (net.every((n) => n >= 0)) return EN_REASONS.neverNegative;
      return undefined;
    }
    default:
      return undefined;
  }
}


// ---- value realisation: plan against actual, to date ----

/**
 * The realisation metrics, in display order: how the case is doing against its plan once actuals come in. Apart from
 * METRIC_KEYS because they exist only with actuals (a case without any has none of them: "no actuals yet").
 */
export const REALISATION_KEYS = [
  'ACTUALS_THROUGH',
  'REALISED_ROI_TO_DATE',
  'PLANNED_ROI_TO_DATE',
  'REFORECAST_NPV',
  'REFORECAST_PAYBACK',
  'REALISED_ANNUAL_ROI',
  'IMPLIED_PAYBACK',
] as const;

export type RealisationKey = (typeof REALISATION_KEYS)[number];

export interface RealisationSpec {
  key: RealisationKey;
  format: MetricFormat;
  /** The value in evaluate()'s result; undefined when no line has an actual yet. */
  value: (e: Evaluation) => Result | undefined;
  /** Which word an error value shows: a payback that never comes "never", anything else "n/a" (metric.never, metric.notAvailable). */
  errorWord: (e: Evaluation) => 'never' | 'notAvailable';
}

const notAvailableWord = () => 'notAvailable' as const;

export const REALISATION_METRICS: readonly RealisationSpec[] = [
  { key: 'ACTUALS_THROUGH', format: 'month', value: (e) => e.actuals?.throughMonth, errorWord: notAvailableWord },
  { key: 'REALISED_ROI_TO_DATE', format: 'percent', value: (e) => e.actuals?.toDate.roi, errorWord: notAvailableWord },
  { key: 'PLANNED_ROI_TO_DATE', format: 'percent', value: (e) => e.actuals?.plannedToDate.roi, errorWord: notAvailableWord },
  { key: 'REFORECAST_NPV', format: 'money', value: (e) => e.reforecast?.npv, errorWord: notAvailableWord },
  { key: 'REFORECAST_PAYBACK', format: 'months', value: (e) => e.reforecast?.paybackMonths.simple, errorWord: () => 'never' },
  { key: 'REALISED_ANNUAL_ROI', format: 'percent', value: (e) => e.actuals?.annualRoi, errorWord: notAvailableWord },
  // #N/A twice over: no annual ROI yet (n/a), or one that never pays back (never).
  { key: 'IMPLIED_PAYBACK', format: 'months', value: (e) => e.actuals?.impliedPaybackMonths, errorWord: (e) => (e.actuals && typeof e.actuals.annualRoi === 'number' ? 'never' : 'notAvailable') },
];
