// The largest case the validator accepts (100 cost and 100 benefit lines, 240 months) written by `crm-roi workbook`
// as a child process: wall time and peak memory (max RSS) of the whole process, with the small example beside it for
// the ratio, and how fast a case far over the limit is refused. Figures only: the budget at the limit is 5 s and 500 MB.
// Run after a build: npx tsx bench/run.ts limit (LIMIT_BENCH_RUNS=n for more runs than 5)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCase } from '../src/case/validate';
import type { RoiCase } from '../src/case/types';
import { limitCase, oversizedCase } from '../tests/writers/limit-case';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'bin/crm-roi.mjs');
const RUNS = Number(process.env.LIMIT_BENCH_RUNS ?? 5);
const OVER_LIMIT_PER_SIDE = 5_000;
/** Before the validator refused oversized cases, 10,000 lines ran for ten minutes: stop a child long before that. */
const TIMEOUT_MS = 120_000;
/** Loaded into the child: it reports its own peak RSS (kB) as it exits, so the figure covers the whole process. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxRSS '+process.resourceUsage().maxRSS+'\\n'))`;

interface Run {
  ms: number;
  rssMB: number;
  status: number | null;
  stderr: string;
}

function workbook(caseFile: string, out: string): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', REPORT_RSS, CLI, 'workbook', caseFile, '-o', out], { encoding: 'utf8', timeout: TIMEOUT_MS });
  const ms = performance.now() - start;
  const rss = /maxRSS (\d+)/.exec(child.stderr ?? '');
  return { ms, rssMB: rss ? Number(rss[1]) / 1024 : NaN, status: child.status, stderr: child.stderr ?? '' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const lineCount = (c: RoiCase) => c.costs.length + c.benefits.length;

export function run(): void {
  if (!existsSync(join(root, 'dist/cli/crm-roi.mjs'))) return console.log('(dist/cli not built: npm run build:cli)');
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-limit-'));
  try {
    const small = JSON.parse(readFileSync(join(root, 'examples/small-business.json'), 'utf8')) as RoiCase;
    const cases = [
      { label: 'examples/small-business.json', roiCase: small },
      { label: 'at the limit (100 + 100 lines)', roiCase: limitCase() },
    ];
    const rows = cases.map(({ label, roiCase }, i) => {
      const file = join(dir, `case-${i}.json`);
      writeFileSync(file, JSON.stringify(roiCase));
      const runs: Run[] = [];
      for (let k = 0; k < RUNS; k++) {
        const r = workbook(file, join(dir, `out-${i}.xlsx`));
        if (r.status !== 0) throw new Error(`crm-roi workbook failed on ${label} (exit ${r.status}):\n${r.stderr}`);
        runs.push(r);
      }
      const ms = runs.map((r) => r.ms);
      return { label, lines: lineCount(roiCase), months: roiCase.horizonMonths, ms: median(ms), min: Math.min(...ms), max: Math.max(...ms), rssMB: median(runs.map((r) => r.rssMB)) };
    });
    console.log(`crm-roi workbook as a child process, median of ${RUNS} runs (wall time includes Node's start-up):\n`);
    console.log('| case | lines × months | wall ms (min–max) | max RSS MB | wall ms per line |\n|---|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(`| ${r.label} | ${r.lines} × ${r.months} | ${r.ms.toFixed(0)} (${r.min.toFixed(0)}–${r.max.toFixed(0)}) | ${r.rssMB.toFixed(0)} | ${(r.ms / r.lines).toFixed(1)} |`);
    }
    const [base, limit] = rows;
    console.log(`\nAt the limit vs the example: ${(limit.ms / base.ms).toFixed(1)}× the time, ${(limit.rssMB / base.rssMB).toFixed(1)}× the memory;`);
    // The schedule grows with lines × months, so that is the unit of the marginal cost.
    const extraCells = limit.lines * limit.months - base.lines * base.months;
    console.log(`each schedule cell (line × month) beyond the example's adds ${(((limit.ms - base.ms) / extraCells) * 1000).toFixed(0)} µs and ${(((limit.rssMB - base.rssMB) / extraCells) * 1024).toFixed(1)} kB.`);

    const over = oversizedCase(OVER_LIMIT_PER_SIDE);
    const file = join(dir, 'over.json');
    writeFileSync(file, JSON.stringify(over));
    const t0 = performance.now();
    const checked = validateCase(over);
    const validateMs = performance.now() - t0;
    const cli = workbook(file, join(dir, 'over.xlsx'));
    const outcome = cli.status === null ? `did not finish in ${TIMEOUT_MS / 1000} s` : cli.status === 0 ? 'WROTE A WORKBOOK (not refused)' : `exit ${cli.status}`;
    console.log(`\nA case far over the limit (${lineCount(over).toLocaleString('en')} lines × ${over.horizonMonths} months):\n`);
    console.log('| step | ms | outcome |\n|---|---:|---|');
    console.log(`| validateCase, in process | ${validateMs.toFixed(1)} | ${checked.ok ? 'ACCEPTED' : 'refused'} |`);
    console.log(`| crm-roi workbook, whole process | ${cli.ms.toFixed(0)} | ${outcome}, max RSS ${cli.rssMB.toFixed(0)} MB |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
