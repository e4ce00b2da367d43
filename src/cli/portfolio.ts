import { realpath } from 'node:fs/promises';
import { CaseValidationError, evaluate } from '../case';
import type { Evaluation } from '../case/evaluation';
import { formatIssue } from '../case/issues';
import type { RoiCase } from '../case/types';
import { errorMeaning, type MetricContext, type MetricKey } from '../case/metric-catalog';
import { isError, type Result } from '../finance/errors';
import { planSheet, type SheetPlan } from '../plan';
import type { Locale } from '../i18n/locales';
import { plural } from '../i18n/plural';
import { t } from '../i18n/t';
import { DEFAULT_PORTFOLIO_SHEET, placeCases, planPortfolio, portfolioOf, PortfolioError, type PortfolioCase, type PortfolioFigures } from '../portfolio';
import { portfolioProblemText } from '../portfolio/figures';
import { writeSheetsXlsx } from '../writers/xlsx';
import { writeFileAtomic } from './atomic-write';
import { readCaseSources } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { fileError } from './file-error';
import { langOption, withoutLang } from './lang';
import { say, warn } from './output';


export const portfolioCommand: Command = {
  name: 'portfolio',
  summary: (locale) => t(locale, 'portfolio.cli.summary'),
  usage: (locale) => t(locale, 'portfolio.cli.usage', { sheet: DEFAULT_PORTFOLIO_SHEET }),
  async run(args, locale = 'en') {
    const parsed = parseArgs(args, locale);
    if ('help' in parsed) {
      say(this.usage(locale));
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, locale, parsed.problem);
    const { files, output, json, lang } = parsed;
    if (output !== undefined) {
      if (!/\.xlsx$/i.test(output)) return usageError(this, locale, t(locale, 'cli.workbook.notXlsx', { output }));
      const input = await inputAt(files, output);
      if (input !== undefined) return fail(t(locale, 'portfolio.cli.outputIsInput', { output, input }));
    }

    // Every file read and checked before anything is written.
    const read: { source: string; sheetName?: string; lang?: Locale; evaluation: Evaluation; value: unknown }[] = [];
    for (const file of files) {
      const sources = await readCaseSources(file, locale);
      if (sources.error !== undefined) return fail(t(locale, 'cli.workbook.notWritten', { problem: sources.error }));
      for (const { value, sheetName, lang: sheetLang } of sources.cases) {
        try {
          read.push({ source: sheetName ? `${file} ('${sheetName}')` : file, sheetName, lang: sheetLang, evaluation: evaluate(value), value });
        } catch (err) {
          if (!(err instanceof CaseValidationError)) throw err;
          warn(`crm-roi portfolio: ${plural(locale, 'cli.workbook.invalidCase', err.issues.length, { file })}`);
          for (const issue of err.issues) warn(`  ${formatIssue(issue, locale)}`);
          return EXIT.badInput;
        }
      }
    }
    let figures: PortfolioFigures;
    try {
      figures = portfolioOf(read);
    } catch (err) {
      if (!(err instanceof PortfolioError)) throw err;
      return fail(t(locale, 'portfolio.cli.nothingWritten', { problem: portfolioProblemText(err.problem, locale) }));
    }

    if (output !== undefined) {
      const placed = placeCases(read.map((r) => r.sheetName ?? r.evaluation.case.name));
      const cases: PortfolioCase[] = read.map((r, i) => ({ source: r.source, evaluation: r.evaluation, prefix: placed[i].prefix }));
      // Each case as stated: its three-point estimates keep their own cells.
      // --lang names every sheet's language; without it a sheet read from a workbook keeps its own.
      const langOf = (i: number) => lang ?? read[i].lang ?? 'en';
      const casePlans: SheetPlan[] = read.map((r, i) => planSheet(r.value as RoiCase, { sheetName: placed[i].sheetName, namePrefix: placed[i].prefix, evaluation: r.evaluation, lang: langOf(i) }));
      const data = await writeSheetsXlsx([planPortfolio(cases, { lang: langOf(0) }), ...casePlans]);
      try {
        await writeFileAtomic(output, data);
      } catch (err) {
        return fail(t(locale, 'cli.workbook.notWritten', { problem: fileError('write', output, err, locale) }));
      }
      if (!json) say(plural(locale, 'portfolio.cli.wrote', read.length, { output, sheet: DEFAULT_PORTFOLIO_SHEET, sheets: placed.map((p) => `"${p.sheetName}"`).join(', ') }));
    }
    if (json) say(JSON.stringify(portfolioJson(figures, read.map((r) => r.evaluation)), null, 2));
    return EXIT.ok;
  },
};

/** The published shape: cases, total (sums of the cases' own figures), combined (metrics of the combined flows). */
export function portfolioJson(p: PortfolioFigures, evaluations: Evaluation[]) {
  const m = p.combined.metrics;
  const combinedContext: MetricContext = { horizonMonths: p.combined.periods };
  const result = (key: MetricKey, r: Result, ctx: MetricContext) => (isError(r) ? { error: r.code, message: errorMeaning(key, r, ctx) ?? r.message } : r);
  return {
    currency: p.currency,
    cases: p.cases.map((c, i) => {
      const ctx: MetricContext = { horizonMonths: c.horizonMonths, monthlyNet: evaluations[i].monthlyNet };
      return {
        name: c.name,
        source: c.source,
        startDate: c.startDate,
        horizonMonths: c.horizonMonths,
        discountRate: evaluations[i].case.discountRate,
        costs: c.costs,
        benefits: c.benefits,
        npv: c.npv,
        roi: { nominal: result('ROI', c.roi.nominal, ctx), presentValue: result('ROI_PV', c.roi.presentValue, ctx) },
        irr: result('IRR', c.irr, ctx),
        paybackMonths: result('PAYBACK', c.paybackMonths, ctx),
      };
    }),
    total: p.total,
    combined: {
      startDate: p.combined.startDate,
      discountRate: p.combined.discountRate,
      periods: p.combined.periods,
      costs: m.totals.costs,
      benefits: m.totals.benefits,
      presentValue: m.presentValue,
      npv: m.npv,
      roi: { nominal: result('ROI', m.roi.nominal, combinedContext), presentValue: result('ROI_PV', m.roi.presentValue, combinedContext) },
      irr: result('IRR', m.irr, combinedContext),
      paybackMonths: result('PAYBACK', m.paybackMonths.simple, combinedContext),
    },
  };
}

type Parsed = { help: true } | { problem: string } | { files: string[]; output?: string; json: boolean; lang?: Locale };

function parseArgs(all: string[], locale: Locale): Parsed {
  const withLang = withoutLang(all, locale);
  if ('problem' in withLang) return all.includes('-h') || all.includes('--help') ? { help: true } : withLang;
  const { args } = withLang;
  const files: string[] = [];
  let output: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--json') json = true;
    else if (a === '-o' || a === '--output') {
      const value = args[++i];
      if (value === undefined || value === '') return { problem: t(locale, 'cli.usage.needsValue', { option: a }) };
      output = value;
    } else if (a.startsWith('-') && a !== '-') return { problem: t(locale, 'cli.usage.unknownOption', { option: a }) };
    else files.push(a);
  }
  if (!files.length) return { problem: t(locale, 'portfolio.cli.missingFiles') };
  if (output === undefined && !json) return { problem: t(locale, 'portfolio.cli.missingOutput') };
  return { files, output, json, lang: langOption(all) };
}

/** The input that `output` is, under another spelling or through a link, if any. */
async function inputAt(files: string[], output: string): Promise<string | undefined> {
  const out = await realpath(output).catch(() => undefined);
  if (out === undefined) return undefined;
  for (const file of files) if ((await realpath(file).catch(() => undefined)) === out) return file;
  return undefined;
}

function fail(message: string): number {
  warn(`crm-roi portfolio: ${message}`);
  return EXIT.badInput;
}
