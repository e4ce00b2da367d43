import { CaseValidationError, formatIssue } from '../case';
import { ESTIMATE } from '../case/issues';
import { uncertaintyOf } from '../case/scenarios';
import { MAX_ITERATIONS, MAX_SEED, simulate, type Percentiles, type Simulation } from '../case/simulate';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { decimal, labelsOf, moneyFormat, months, percent, table } from './format';
import { withoutLang } from './lang';
import { say, warn } from './output';
import { plural } from '../i18n/plural';
import { metricName } from './words';

const DEFAULTS = { iterations: 10_000, seed: 1 };

const usage = (locale: Locale) =>
  t(locale, 'cli.simulate.usage', { estimate: ESTIMATE, maxIterations: decimal(MAX_ITERATIONS, locale), iterations: DEFAULTS.iterations, maxSeed: MAX_SEED, seed: DEFAULTS.seed, locales: LOCALE_TAGS.join(', ') });

type Parsed = { help: true } | { problem: string } | { file: string; iterations: number; seed: number; pert: boolean; json: boolean };

const WHOLE = { '--iterations': { min: 1, max: MAX_ITERATIONS }, '--seed': { min: 0, max: MAX_SEED } } as const;

function parseArgs(all: string[], locale: Locale): Parsed {
  const lang = withoutLang(all, locale);
  const args = 'args' in lang ? lang.args : [];
  if (args.includes('-h') || args.includes('--help')) return { help: true };
  if ('problem' in lang) return lang;
  const files: string[] = [];
  const whole: Partial<Record<keyof typeof WHOLE, number>> = {};
  let [pert, json] = [false, false];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--iterations' || a === '--seed') {
      const value = args[++i];
      if (value === undefined || value === '') return { problem: t(locale, 'cli.usage.needsValue', { option: a }) };
      if (whole[a] !== undefined) return { problem: t(locale, 'cli.usage.givenTwice', { option: a }) };
      const { min, max } = WHOLE[a];
      // Digits only: "1e4", "10,000" or "0x10" would each be read some way, but not surely the way meant.
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(n >= min && n <= max)) return { problem: t(locale, 'cli.usage.wholeNumber', { option: a, min, max: decimal(max, locale), got: JSON.stringify(value) }) };
      whole[a] = n;
    } else if (a === '--pert') pert = true;
    else if (a === '--json') json = true;
    else if (a.startsWith('-') && a !== '-') return { problem: t(locale, 'cli.usage.unknownOption', { option: a }) };
    else files.push(a);
  }
  if (files.length !== 1) return { problem: files.length === 0 ? t(locale, 'cli.usage.missingFile') : t(locale, 'cli.usage.oneFile', { count: files.length }) };
  return { file: files[0], iterations: whole['--iterations'] ?? DEFAULTS.iterations, seed: whole['--seed'] ?? DEFAULTS.seed, pert, json };
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: (locale) => t(locale, 'cli.simulate.summary'),
  usage,
  async run(args, locale = 'en') {
    const parsed = parseArgs(args, locale);
    if ('help' in parsed) {
      say(usage(locale));
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, locale, parsed.problem);
    const { file, iterations, seed } = parsed;

    const input = await readCaseFile(file, locale);
    if (input.error !== undefined) {
      warn(`crm-roi simulate: ${input.error}`);
      return EXIT.badInput;
    }
    let s: Simulation;
    try {
      s = simulate(input.value, { iterations, seed, distribution: parsed.pert ? 'pert' : 'triangular' });
    } catch (err) {
      if (!(err instanceof CaseValidationError)) throw err;
      warn(`crm-roi simulate: ${plural(locale, 'cli.invalidCase', err.issues.length, { file })}`);
      for (const issue of err.issues) warn(`  ${formatIssue(issue, locale)}`);
      return EXIT.badInput;
    }
    const { npvSamples: _samples, ...figures } = s;
    say(parsed.json ? JSON.stringify(figures, null, 2) : text(s, uncertaintyOf(input.value), locale));
    return EXIT.ok;
  },
};

function text(s: Simulation, { case: c, uncertain }: ReturnType<typeof uncertaintyOf>, locale: Locale): string {
  const money = moneyFormat(c.currency, locale);
  const count = (n: number) => decimal(n, locale);
  const pct = (x: number) => percent(x, locale);
  const estimates = uncertain.length
    ? t(locale, s.distribution === 'pert' ? 'cli.simulate.estimatesPert' : 'cli.simulate.estimatesTriangular', { count: uncertain.length })
    : t(locale, 'cli.simulate.estimatesNone');
  // null is a payback that never happens within the horizon, or an ROI without costs to divide by.
  const row = (label: string, p: Percentiles, format: (x: number) => string, none: string) =>
    [label, ...[p.p10, p.p50, p.p90, p.mean].map((x) => (x === null ? none : format(x)))];
  // Never "0.0 %" or "100.0 %" for a share that is not quite that.
  const shown = (x: number) => (x > 0 && x < 0.0005 ? `< ${pct(0.001)}` : x < 1 && x >= 0.9995 ? `> ${pct(0.999)}` : pct(x));
  const share = (x: number) => t(locale, 'cli.simulate.share', { share: shown(x), hits: count(Math.round(x * s.iterations)), total: count(s.iterations) });
  const settings = [
    [t(locale, 'cli.evaluate.case'), c.name],
    [t(locale, 'cli.simulate.draws'), t(locale, 'cli.simulate.drawsValue', { count: count(s.iterations), seed: s.seed })],
    [t(locale, 'cli.simulate.estimates'), estimates],
  ];
  const odds = [
    [t(locale, 'cli.simulate.npvPositive'), share(s.probabilityNpvPositive)],
    [plural(locale, 'cli.simulate.paysBack', c.horizonMonths, {}), share(s.probabilityPayback)],
  ];
  const figures = table([
    ['', 'P10', 'P50', 'P90', t(locale, 'cli.simulate.mean')],
    row(metricName('NPV', locale), s.npv, money, t(locale, 'cli.notAvailable')),
    row(metricName('ROI_PV', locale), s.roi, pct, t(locale, 'cli.notAvailable')),
    row(metricName('PAYBACK', locale), s.paybackMonths, (x) => months(x, locale), t(locale, 'cli.never')),
  ]);
  const lines = labelsOf([...settings, ...odds]);
  return [lines(settings), '', figures, '', lines(odds)].join('\n');
}
