import { CaseValidationError, evaluate, formatIssue, type Evaluation } from '../case';
import { errorMeaning, evaluationContext, metric, METRIC_KEYS, metricsOf, SUMMARY_METRICS, unadjustedValue, type MetricKey } from '../case/metric-catalog';
import { evaluateScenarios, sensitivity, uncertaintyOf, type Scenarios, type Swing } from '../case/scenarios';
import { POINTS } from '../case/validate';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { calendarMonth, labelsOf, metricFormats, moneyFormat, percent, showResult, table } from './format';
import { withoutLang } from './lang';
import { say, warn } from './output';
import { metricValues, put, realisationJson, realisationText, resultJson } from './realisation';
import { plural } from '../i18n/plural';
import { errorReason } from '../case/metric-reason';
import { metricName, pointName } from './words';

// JSON in the help, the same in every language.
const ERROR_JSON = '{"error": "#N/A", "message": "..."}';
const usage = (locale: Locale) => t(locale, 'cli.evaluate.usage', { errorJson: ERROR_JSON, locales: LOCALE_TAGS.join(', ') });

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: (locale) => t(locale, 'cli.evaluate.summary'),
  usage,
  async run(all, locale = 'en') {
    const lang = withoutLang(all, locale);
    const args = 'args' in lang ? lang.args : [];
    const flags = args.filter((a) => a.startsWith('-') && a !== '-');
    const files = args.filter((a) => !flags.includes(a));
    if (flags.includes('--help') || flags.includes('-h')) {
      say(usage(locale));
      return EXIT.ok;
    }
    if ('problem' in lang) return usageError(this, locale, lang.problem);
    const unknown = flags.find((f) => f !== '--json');
    if (unknown) return usageError(this, locale, t(locale, 'cli.usage.unknownOption', { option: unknown }));
    if (files.length !== 1) return usageError(this, locale, files.length === 0 ? t(locale, 'cli.usage.missingFile') : t(locale, 'cli.usage.oneFile', { count: files.length }));

    const input = await readCaseFile(files[0], locale);
    if (input.error) {
      warn(`crm-roi evaluate: ${input.error}`);
      return EXIT.badInput;
    }
    let evaluation: Evaluation;
    try {
      evaluation = evaluate(input.value);
    } catch (err) {
      if (!(err instanceof CaseValidationError)) throw err;
      warn(`crm-roi evaluate: ${plural(locale, 'cli.invalidCase', err.issues.length, { file: files[0] })}`);
      for (const issue of err.issues) warn(`  ${formatIssue(issue, locale)}`);
      return EXIT.badInput;
    }
    const { uncertain } = uncertaintyOf(input.value);
    const scenarios = evaluateScenarios(input.value);
    const swings = sensitivity(input.value);
    say(flags.includes('--json')
      ? JSON.stringify({ ...metricsJson(evaluation), scenarios: Object.fromEntries(POINTS.map((p) => [p, metricsAt(scenarios[p])])), sensitivity: swings }, null, 2)
      : [summary(evaluation, locale), realisationText(evaluation, locale), ...(uncertain.length ? [scenarioTable(scenarios, locale), tornado(swings, evaluation, locale)] : [])].filter((part) => part !== undefined).join('\n\n'));
    return EXIT.ok;
  },
};

/** The metrics the text summary lists (all of them), in registry order. */
export const CLI_METRICS: readonly MetricKey[] = METRIC_KEYS;

function summary(e: Evaluation, locale: Locale): string {
  const money = moneyFormat(e.case.currency, locale);
  const ctx = evaluationContext(e);
  const c = e.case;
  const header = [
    [t(locale, 'cli.evaluate.case'), c.name],
    [t(locale, 'term.horizon'), plural(locale, 'cli.evaluate.horizon', c.horizonMonths, { start: c.startDate, first: calendarMonth(c.startDate, 1, locale), last: calendarMonth(c.startDate, c.horizonMonths, locale) })],
    [t(locale, 'term.discountRate'), t(locale, 'cli.evaluate.rate', { annual: percent(c.discountRate, locale), monthly: percent(e.monthlyRate, locale, 3) })],
  ];
  const show = metricFormats(c.currency, c.startDate, locale);
  const shown = (key: MetricKey, r: Parameters<typeof showResult>[0], format: Parameters<typeof showResult>[1]) => showResult(r, format, (error) => errorReason(key, error, ctx, locale));
  // Beside a figure that risk changes: the same before risk adjustment, as TEI reports both (once, when they agree).
  const metrics = metricsOf(CLI_METRICS).map((m) => {
    const before = unadjustedValue(m.key, e);
    const value = shown(m.key, m.value(e), show[m.format]);
    const unadjusted = before === undefined ? value : shown(m.key, before, show[m.format]);
    return [metricName(m.key, locale), unadjusted === value ? value : t(locale, 'cli.evaluate.withUnadjusted', { value, unadjusted })];
  });
  const years = table([
    (['year', 'months', 'costs', 'benefits', 'net', 'cumulativeNet'] as const).map((k) => t(locale, `cli.evaluate.${k}`)),
    [t(locale, 'cli.evaluate.initial'), '0', money(e.initial.costs), money(e.initial.benefits), money(e.initial.net), money(e.initial.net)],
    ...e.years.map((y) => [String(y.year), `${y.firstMonth}–${y.lastMonth}`, money(y.costs), money(y.benefits), money(y.net), money(e.cumulativeNet[y.lastMonth - 1])]),
  ]);
  const labelled = labelsOf([...header, ...metrics]);
  return [labelled(header), '', labelled(metrics), '', years].join('\n');
}

/** The headline metrics side by side in the three scenarios. */
function scenarioTable(s: Scenarios, locale: Locale): string {
  const show = metricFormats(s.expected.case.currency, s.expected.case.startDate, locale);
  const keys: MetricKey[] = ['NPV', 'ROI_PV', 'ROI', 'IRR', 'PAYBACK', 'PEAK_FUNDING'];
  const cell = (key: MetricKey, e: Evaluation) => showResult(metric(key).value(e), show[metric(key).format], (error) => errorReason(key, error, evaluationContext(e), locale));
  return table([[t(locale, 'cli.evaluate.scenario'), ...POINTS.map((p) => pointName(p, locale))], ...keys.map((k) => [metricName(k, locale), ...POINTS.map((p) => cell(k, s[p]))])]);
}

/** NPV as each estimate runs from conservative to optimistic, the others expected: widest swing first. */
function tornado(swings: Swing[], e: Evaluation, locale: Locale): string {
  const money = moneyFormat(e.case.currency, locale);
  const heading = [t(locale, 'cli.evaluate.sensitivity'), pointName('conservative', locale), pointName('optimistic', locale), t(locale, 'cli.evaluate.swing')];
  return table([heading, ...swings.map((s) => [`${s.lineName}: ${s.label}`, money(s.npvConservative), money(s.npvOptimistic), money(s.swing)])]);
}


/** Every metric at its registry JSON path. */
const metricsAt = (e: Evaluation) => metricValues(e, evaluationContext(e));

/** Everything a script needs, without the monthly schedule. Every metric sits at its registry JSON path (a published shape). */
function metricsJson(e: Evaluation) {
  const ctx = evaluationContext(e);
  const c = e.case;
  const metrics = metricsAt(e);
  const unadjusted: Record<string, unknown> = {};
  for (const m of SUMMARY_METRICS) {
    const before = unadjustedValue(m.key, e);
    if (before !== undefined) put(unadjusted, m.json, resultJson(before, (err) => errorMeaning(m.key, err, ctx)));
  }
  return {
    case: c.name,
    currency: c.currency,
    startDate: c.startDate,
    horizonMonths: c.horizonMonths,
    discountRate: c.discountRate,
    monthlyRate: e.monthlyRate,
    ...metrics,
    // The same figures before risk adjustment (benefits not cut, costs not raised).
    unadjusted,
    // The initial period (month 0) before the years.
    initial: { ...e.initial, cumulativeNet: e.initial.net },
    years: e.years.map((y) => ({ ...y, cumulativeNet: e.cumulativeNet[y.lastMonth - 1] })),
    lines: {
      costs: e.costs.map((l) => ({ name: l.terms.name, type: l.terms.kind, total: l.total })),
      benefits: e.benefits.map((l) => ({ name: l.terms.name, type: l.terms.kind, category: l.terms.category, total: l.total })),
    },
    // Plan against actual, the re-forecast and the KPIs, when the case has them.
    ...realisationJson(e),
  };
}
