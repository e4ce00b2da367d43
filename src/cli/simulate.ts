import { CaseValidationError } from '../case';
import { metricLabel } from '../case/metric-catalog';
import { uncertaintyOf } from '../case/scenarios';
import { MAX_ITERATIONS, MAX_SEED, simulate, type Percentiles, type Simulation } from '../case/simulate';
import { readCaseFile } from './case-file';
import { EXIT, usageError, type Command } from './command';
import { moneyFormat, months, percent, table } from './format';
import { say, warn } from './output';

const DEFAULTS = { iterations: 10_000, seed: 1 };

const USAGE = `Usage: crm-roi simulate <case.json | roi.xlsx> [--iterations N] [--seed S] [--pert] [--json]

Monte Carlo over the case's three-point estimates (a driver given as
{ "conservative": …, "expected": …, "optimistic": … }): each draw gives every estimate a
value from its range, independently of the others, and evaluates the case. Prints the NPV,
the ROI (present-value basis) and the simple payback at P10, P50 and P90 with their means,
and the share of draws with a positive NPV and that pay back within the horizon.
A case without estimates gives its expected case in every draw. The method is described in
docs/finance.md ("Monte Carlo simulation").

Options:
  --iterations N  the number of draws, a whole number from 1 to 1,000,000 (default ${DEFAULTS.iterations})
  --seed S        the random generator's seed, a whole number from 0 to ${MAX_SEED} (default ${DEFAULTS.seed});
                  the same seed gives the same figures
  --pert          draw from Beta-PERT distributions instead of triangular ones
  --json          print the figures as JSON (null: a payback that never happens within the
                  horizon, or an ROI without costs)
  -h, --help      show this help

Exit codes: 0 simulated; 1 the file is missing, not JSON or not a valid case (every problem
is listed on stderr); 2 usage error.`;

type Parsed = { help: true } | { problem: string } | { file: string; iterations: number; seed: number; pert: boolean; json: boolean };

const WHOLE = { '--iterations': { min: 1, max: MAX_ITERATIONS }, '--seed': { min: 0, max: MAX_SEED } } as const;

function parseArgs(args: string[]): Parsed {
  const files: string[] = [];
  const whole: Partial<Record<keyof typeof WHOLE, number>> = {};
  let [pert, json] = [false, false];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--iterations' || a === '--seed') {
      const value = args[++i];
      if (value === undefined || value === '') return { problem: `${a} needs a value` };
      if (whole[a] !== undefined) return { problem: `${a} is given twice` };
      const { min, max } = WHOLE[a];
      // Digits only: "1e4", "10,000" or "0x10" would each be read some way, but not surely the way meant.
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(n >= min && n <= max)) return { problem: `${a} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, got ${JSON.stringify(value)}` };
      whole[a] = n;
    } else if (a === '--pert') pert = true;
    else if (a === '--json') json = true;
    else if (a.startsWith('-') && a !== '-') return { problem: `unknown option ${a}` };
    else files.push(a);
  }
  if (files.length !== 1) return { problem: files.length === 0 ? 'missing the case file' : `expected one case file, got ${files.length}` };
  return { file: files[0], iterations: whole['--iterations'] ?? DEFAULTS.iterations, seed: whole['--seed'] ?? DEFAULTS.seed, pert, json };
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Monte Carlo over the three-point estimates: NPV, ROI and payback at P10/P50/P90',
  usage: USAGE,
  async run(args) {
    const parsed = parseArgs(args);
    if ('help' in parsed) {
      say(USAGE);
      return EXIT.ok;
    }
    if ('problem' in parsed) return usageError(this, parsed.problem);
    const { file, iterations, seed } = parsed;

    const input = await readCaseFile(file);
    if (input.error !== undefined) {
      warn(`crm-roi simulate: ${input.error}`);
      return EXIT.badInput;
    }
    let s: Simulation;
    try {
      s = simulate(input.value, { iterations, seed, distribution: parsed.pert ? 'pert' : 'triangular' });
    } catch (err) {
      if (!(err instanceof CaseValidationError)) throw err;
      warn(`crm-roi simulate: ${file} is not a valid case (${err.errors.length} problem${err.errors.length === 1 ? '' : 's'}):`);
      for (const e of err.errors) warn(`  ${e}`);
      return EXIT.badInput;
    }
    const { npvSamples: _samples, ...figures } = s;
    say(parsed.json ? JSON.stringify(figures, null, 2) : text(s, uncertaintyOf(input.value)));
    return EXIT.ok;
  },
};

function text(s: Simulation, { case: c, uncertain }: ReturnType<typeof uncertaintyOf>): string {
  const money = moneyFormat(c.currency);
  const count = (n: number) => n.toLocaleString('en-US');
  const estimates = uncertain.length
    ? `${uncertain.length}, each drawn from a ${s.distribution === 'pert' ? 'Beta-PERT' : 'triangular'} distribution, independently`
    : 'none in the case: every draw is its expected case, and so is every figure below';
  // null is a payback that never happens within the horizon, or an ROI without costs to divide by.
  const row = (label: string, p: Percentiles, format: (x: number) => string, none: string) =>
    [label, ...[p.p10, p.p50, p.p90, p.mean].map((x) => (x === null ? none : format(x)))];
  // Never "0.0 %" or "100.0 %" for a share that is not quite that.
  const share = (x: number) => `${x > 0 && x < 0.0005 ? '< 0.1 %' : x < 1 && x >= 0.9995 ? '> 99.9 %' : percent(x)} of draws (${count(Math.round(x * s.iterations))} of ${count(s.iterations)})`;
  const labelled = [
    ['Case', c.name],
    ['Draws', `${count(s.iterations)}, seed ${s.seed}`],
    ['Three-point estimates', estimates],
  ];
  const odds = [
    ['NPV above zero', share(s.probabilityNpvPositive)],
    [`Pays back within ${c.horizonMonths} months`, share(s.probabilityPayback)],
  ];
  const figures = table([
    ['', 'P10', 'P50', 'P90', 'Mean'],
    row(metricLabel('NPV'), s.npv, money, 'n/a'),
    row(metricLabel('ROI_PV'), s.roi, percent, 'n/a'),
    row(metricLabel('PAYBACK'), s.paybackMonths, months, 'never'),
  ]);
  const width = Math.max(...[...labelled, ...odds].map(([l]) => l.length));
  const lines = (rows: string[][]) => rows.map(([l, v]) => `${l.padEnd(width)}  ${v}`).join('\n');
  return [lines(labelled), '', figures, '', lines(odds)].join('\n');
}
