import { realpath } from 'node:fs/promises';
import { CaseValidationError, evaluate } from '../case';
import type { Evaluation } from '../case/evaluation';
import type { RoiCase } from '../case/types';
import { errorMeaning, type MetricContext, type MetricKey } from '../case/metric-catalog';
import { isError, type Result } from '../finance/errors';
import { planSheet, type SheetPlan } from '../plan';
import { DEFAULT_PORTFOLIO_SHEET, placeCases, planPortfolio, portfolioOf, PortfolioError, type PortfolioCase, type PortfolioFigures } from '../portfolio';
import { writeSheetsXlsx } from '../writers/xlsx';
import { writeFileAtomic } from './atomic-write';
import { readCaseSources } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { fileError } from './file-error';
import { say, warn } from './output';

const USAGE = `Usage: crm-roi portfolio <case.json | roi.xlsx>... -o <portfolio.xlsx> [--json]

Rolls several ROI cases up into one workbook: a "${DEFAULT_PORTFOLIO_SHEET}" sheet in front, then each
case's own ROI sheet. Case files (.json) and workbooks (.xlsx written by crm-roi workbook, or
a portfolio: every ROI sheet in it) mix freely. The Portfolio sheet is native formulas over the
case sheets' named cells, so it follows any edit of a case sheet:
  - a row per case: name, start, horizon, costs, benefits, NPV, ROI on both bases, IRR, payback;
  - the totals (each NPV at its own start and discount rate);
  - the cases' monthly flows added by calendar month, from the earliest start to the latest end,
    and the NPV, ROI, IRR and payback of that combination, discounted from the earliest start
    at the first case's discount rate;
  - two charts: NPV per case, payback per case.

All cases must be in one currency: amounts are never converted.

Options:
  -o, --output <file>  the workbook to write, an .xlsx file; replaced whole, once complete
                       (a failed write leaves it as it was); never one of the inputs
  --json               print the figures as JSON: cases, total, combined (then -o is optional)
  -h, --help           show this help

Exit codes: 0 written; 1 a file cannot be read or is not a valid case (it is named, and
nothing is written), the cases are in different currencies, or the output cannot be written;
2 usage error.`;

export const portfolioCommand: Command = {
  name: 'portfolio',
  // Not yet in the message catalogs: English in every language for now.
  summary: () => 'Roll several cases up into one workbook with a live Portfolio sheet',
  usage: () => USAGE,
  async run(args) {
    const parsed = parseArgs(args);
    if ('help' in parsed) {
      say(USAGE);
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, 'en', parsed.problem);
    const { files, output, json } = parsed;
    if (output !== undefined) {
      if (!/\.xlsx$/i.test(output)) return usageError(this, 'en', `the output ${output} does not end in .xlsx; Excel, and crm-roi itself, tell a workbook by that extension`);
      const input = await inputAt(files, output);
      if (input !== undefined) return fail(`the output ${output} is the input ${input}; writing the portfolio there would replace it. Choose another -o.`);
    }

    // Every file read and checked before anything is written.
    const read: { source: string; sheetName?: string; evaluation: Evaluation; value: unknown }[] = [];
    for (const file of files) {
      const sources = await readCaseSources(file);
      if (sources.error !== undefined) return fail(`${sources.error}; nothing written`);
      for (const { value, sheetName } of sources.cases) {
        try {
          read.push({ source: sheetName ? `${file} ('${sheetName}')` : file, sheetName, evaluation: evaluate(value), value });
        } catch (err) {
          if (!(err instanceof CaseValidationError)) throw err;
          warn(`crm-roi portfolio: ${file} is not a valid case (${err.errors.length} problem${err.errors.length === 1 ? '' : 's'}); nothing written:`);
          for (const e of err.errors) warn(`  ${e}`);
          return EXIT.badInput;
        }
      }
    }
    let figures: PortfolioFigures;
    try {
      figures = portfolioOf(read);
    } catch (err) {
      if (!(err instanceof PortfolioError)) throw err;
      return fail(`${err.message} Nothing written.`);
    }

    if (output !== undefined) {
      const placed = placeCases(read.map((r) => r.sheetName ?? r.evaluation.case.name));
      const cases: PortfolioCase[] = read.map((r, i) => ({ source: r.source, evaluation: r.evaluation, prefix: placed[i].prefix }));
      // Each case as stated: its three-point estimates keep their own cells.
      const casePlans: SheetPlan[] = read.map((r, i) => planSheet(r.value as RoiCase, { sheetName: placed[i].sheetName, namePrefix: placed[i].prefix, evaluation: r.evaluation }));
      const data = await writeSheetsXlsx([planPortfolio(cases), ...casePlans]);
      try {
        await writeFileAtomic(output, data);
      } catch (err) {
        return fail(`${fileError('write', output, err)}; nothing written`);
      }
      if (!json) say(`Wrote ${output}: sheet "${DEFAULT_PORTFOLIO_SHEET}" over ${read.length} case sheet${read.length === 1 ? '' : 's'} (${placed.map((p) => `"${p.sheetName}"`).join(', ')}).`);
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

type Parsed = { help: true } | { problem: string } | { files: string[]; output?: string; json: boolean };

function parseArgs(args: string[]): Parsed {
  const files: string[] = [];
  let output: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--json') json = true;
    else if (a === '-o' || a === '--output') {
      const value = args[++i];
      if (value === undefined || value === '') return { problem: `${a} needs a value` };
      output = value;
    } else if (a.startsWith('-') && a !== '-') return { problem: `unknown option ${a}` };
    else files.push(a);
  }
  if (!files.length) return { problem: 'missing the case files' };
  if (output === undefined && !json) return { problem: 'missing -o <portfolio.xlsx> (or --json to print the figures only)' };
  return { files, output, json };
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
