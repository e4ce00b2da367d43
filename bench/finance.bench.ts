// Finance primitives vs @formulajs/formulajs on 10,000 seeded cash-flow series (12–120 months).
// Prints time per call, the speed ratio, the worst deviation from a 40-digit reference and how many
// series each failed to solve. Run: npx tsx bench/run.ts finance
import * as formulajs from '@formulajs/formulajs';
import Decimal from 'decimal.js';
import { Worker } from 'node:worker_threads';
import { irr, isError, mirr, npv, xirr, type Result } from '../src/finance';

const SERIES = Number(process.env.FINANCE_BENCH_SERIES ?? 10_000);
const SEED = 20240601;
const RATE = 0.008; // monthly discount rate for NPV
const FINANCE_RATE = 0.006;
const REINVEST_RATE = 0.004;
const START_DATE = 45_292; // 1 Jan 2024
const D = Decimal.clone({ precision: 40 });

/** mulberry32: small, fast, seeded, so every run benchmarks the same series. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Series {
  values: number[];
  dates: number[];
  kind: string;
}

/** 90 % realistic CRM cases (outlay, ramp-up, noisy monthly benefit, the odd bad month), 10 % hard ones. */
function makeSeries(): Series[] {
  const rand = prng(SEED);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const cents = (x: number) => Math.round(x * 100) / 100;
  const out: Series[] = [];
  for (let s = 0; s < SERIES; s++) {
    const n = 12 + Math.floor(rand() * 109);
    const outlay = between(5e4, 2e6);
    const monthly = (outlay / n) * between(0.6, 4);
    const ramp = 1 + Math.floor(rand() * 12);
    const roll = rand();
    const kind = roll < 0.9 ? 'realistic' : roll < 0.925 ? 'two sign changes' : roll < 0.95 ? 'near -100%' : roll < 0.975 ? 'very high IRR' : 'late payback';
    const values = [-outlay];
    for (let i = 1; i < n; i++) {
      let v = monthly * Math.min(1, i / ramp) * between(0.7, 1.3);
      if (rand() < 0.05) v = -monthly * between(0.2, 1.5); // an upgrade or a bad month
      if (kind === 'near -100%') v *= 0.002;
      if (kind === 'very high IRR') v *= 200;
      if (kind === 'late payback' && i < n * 0.8) v = 0;
      values.push(cents(v));
    }
    if (kind === 'two sign changes') values[n - 1] = -outlay * between(1, 3); // decommissioning cost
    const dates = [START_DATE];
    for (let i = 1; i < n; i++) dates.push(dates[i - 1] + 28 + Math.floor(rand() * 6));
    out.push({ values: values.map(cents), dates, kind });
  }
  return out;
}

type Solver = (s: Series) => Result | number | Error;
const asNumber = (r: Result | number | Error): number | undefined =>
  typeof r === 'number' && Number.isFinite(r) && !isError(r) ? r : undefined;

/** Warms up on 500 series, then times full passes (best of up to three, within ~3 s), in µs per call. */
function timePerCall(solve: Solver, series: Series[]): { micros: number; results: (number | undefined)[] } {
  for (let i = 0; i < Math.min(500, series.length); i++) solve(series[i]);
  let results: (number | undefined)[] = [];
  let best = Infinity;
  let spent = 0;
  for (let pass = 0; pass < 3 && spent < 3000; pass++) {
    const raw: (Result | number | Error)[] = new Array(series.length);
    const t0 = performance.now();
    for (let i = 0; i < series.length; i++) raw[i] = solve(series[i]);
    const elapsed = performance.now() - t0;
    best = Math.min(best, elapsed);
    spent += elapsed;
    results = raw.map(asNumber);
  }
  return { micros: (best * 1000) / series.length, results };
}

/**
 * formulajs XIRR one call at a time in a worker; a call silent for HANG_MS is stopped and counted as
 * unsolved (its Newton loop has no iteration cap). Time is the mean over the calls that returned.
 */
const HANG_MS = 2000;
async function timeInWorker(fn: 'XIRR', series: Series[]): Promise<{ micros: number; results: (number | undefined)[]; hung: number }> {
  const results: (number | undefined)[] = new Array(series.length).fill(undefined);
  const plain = series.map(({ values, dates }) => ({ values, dates }));
  let total = 0;
  let returned = 0;
  let hung = 0;
  let start = 0;
  while (start < series.length) {
    start = await new Promise<number>((resume) => {
      const worker = new Worker(new URL('./finance-formulajs-worker.mjs', import.meta.url), {
        workerData: { fn, args: { guess: 0.1 }, series: plain, start },
      });
      let next = start;
      let watchdog = setTimeout(stop, HANG_MS);
      function stop() {
        hung++;
        void worker.terminate();
        resume(next + 1);
      }
      worker.on('message', (m: { i: number; result: number | null; micros: number }) => {
        results[m.i] = m.result !== null && Number.isFinite(m.result) ? m.result : undefined;
        total += m.micros;
        returned++;
        next = m.i + 1;
        clearTimeout(watchdog);
        if (next === series.length) {
          void worker.terminate();
          resume(next);
        } else watchdog = setTimeout(stop, HANG_MS);
      });
    });
  }
  return { micros: total / Math.max(returned, 1), results, hung };
}

// 40-digit references. NPV is computed directly. For IRR and XIRR the reference is a 40-digit root
// polish: one Newton step r − f(r)/f'(r) in 40 digits from the returned rate; near a simple root that
// step IS the error of r to ~30 digits, so |f/f'| is the forward error in the rate. MIRR is computed directly.

function exactNpv(s: Series): { value: Decimal; scale: Decimal } {
  const x = new D(1).div(new D(1).plus(RATE));
  let value = new D(0);
  let scale = new D(0);
  for (let i = s.values.length - 1; i >= 0; i--) {
    value = value.plus(s.values[i]).times(x);
    scale = scale.plus(Math.abs(s.values[i])).times(x);
  }
  return { value, scale };
}

/**
 * |f(r)/f'(r)| / max(1, |r|) in 40 digits for f = Σ v_i (1+r)^−t_i, t_i in periods (IRR) or days/365
 * (XIRR): the error in the rate, relative once the rate exceeds 100 % (annualised XIRRs reach 1e8).
 */
function rootError(s: Series, rate: number, daily: boolean): number {
  if (rate <= -1) return Infinity;
  const growth = new D(1).plus(rate);
  let f = new D(0);
  let slope = new D(0);
  const perStep = daily ? growth.pow(new D(-1).div(365)) : new D(1).div(growth);
  let factor = new D(1);
  let previous = 0;
  for (let i = 0; i < s.values.length; i++) {
    const t = daily ? s.dates[i] - s.dates[0] : i;
    factor = factor.times(perStep.pow(t - previous));
    previous = t;
    const term = factor.times(s.values[i]);
    f = f.plus(term);
    slope = slope.minus(term.times(daily ? t / 365 : t));
  }
  if (slope.isZero()) return Infinity;
  return f.times(growth).div(slope).abs().toNumber() / Math.max(1, Math.abs(rate));
}

function exactMirr(s: Series): number {
  const n = s.values.length;
  let inflows = new D(0);
  let outflows = new D(0);
  const reinvest = new D(1).plus(REINVEST_RATE);
  const finance = new D(1).plus(FINANCE_RATE);
  for (let i = 0; i < n; i++) {
    const v = s.values[i];
    if (v > 0) inflows = inflows.plus(reinvest.pow(n - 1 - i).times(v));
    if (v < 0) outflows = outflows.plus(new D(v).div(finance.pow(i)));
  }
  return inflows.div(outflows.neg()).pow(new D(1).div(n - 1)).minus(1).toNumber();
}

interface Row {
  fn: string;
  ours: Solver;
  /** Run in-process, or in a worker when formulajs may never return. */
  theirs: Solver | 'worker';
  /** Deviation of one result from the 40-digit reference. */
  deviation: (s: Series, result: number, index: number) => number;
  /** A solved result further off than this counts as wrong. */
  wrongAbove: number;
  unit: string;
}

export async function run(): Promise<void> {
  const series = makeSeries();
  const kinds = new Map<string, number>();
  for (const s of series) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  console.log(`${SERIES} series, seed ${SEED}: ${[...kinds].map(([k, c]) => `${c} ${k}`).join(', ')}\n`);

  const npvRef = series.map(exactNpv);
  const mirrRef = series.map(exactMirr);
  const rows: Row[] = [
    {
      fn: 'NPV', ours: (s) => npv(RATE, s.values), theirs: (s) => formulajs.NPV(RATE, s.values) as number,
      deviation: (_, r, i) => new D(r).minus(npvRef[i].value).abs().div(npvRef[i].scale).toNumber(),
      wrongAbove: 1e-12, unit: 'relative to Σ|PV|',
    },
    {
      fn: 'IRR', ours: (s) => irr(s.values), theirs: (s) => formulajs.IRR(s.values) as number,
      deviation: (s, r) => rootError(s, r, false), wrongAbove: 1e-9, unit: 'rate error / max(1,|rate|)',
    },
    {
      fn: 'MIRR', ours: (s) => mirr(s.values, FINANCE_RATE, REINVEST_RATE),
      theirs: (s) => formulajs.MIRR(s.values, FINANCE_RATE, REINVEST_RATE) as number,
      deviation: (_, r, i) => Math.abs(r - mirrRef[i]), wrongAbove: 1e-12, unit: 'rate, absolute',
    },
    {
      fn: 'XIRR', ours: (s) => xirr(s.values, s.dates), theirs: 'worker',
      deviation: (s, r) => rootError(s, r, true), wrongAbove: 1e-8, unit: 'rate error / max(1,|rate|)',
    },
  ];

  const table = [];
  for (const row of rows) {
    // Alternate ours and theirs so a busy machine slows both alike; keep each side's best.
    const timeTheirs = async () => (row.theirs === 'worker' ? await timeInWorker('XIRR', series) : { ...timePerCall(row.theirs, series), hung: 0 });
    let ours = timePerCall(row.ours, series);
    let theirs = await timeTheirs();
    if (row.theirs !== 'worker') {
      const again = timePerCall(row.ours, series);
      if (again.micros < ours.micros) ours = again;
      const theirsAgain = await timeTheirs();
      if (theirsAgain.micros < theirs.micros) theirs = theirsAgain;
    }
    // Deviations are compared on the series both solved; "wrong" and "unsolved" count every series.
    const bothSolved = (i: number) => ours.results[i] !== undefined && theirs.results[i] !== undefined;
    const judge = (results: (number | undefined)[]) => {
      let worst = 0;
      let worstShared = 0;
      let wrong = 0;
      let failed = 0;
      results.forEach((r, i) => {
        if (r === undefined) return void failed++;
        const d = row.deviation(series[i], r, i);
        if (d > row.wrongAbove) return void wrong++;
        worst = Math.max(worst, d);
        if (bothSolved(i)) worstShared = Math.max(worstShared, d);
      });
      return { worst, worstShared, wrong, failed };
    };
    const a = judge(ours.results);
    const b = judge(theirs.results);
    const onlyOurs = ours.results.filter((r, i) => r !== undefined && theirs.results[i] === undefined).length;
    table.push({
      fn: row.fn,
      'ours µs': ours.micros.toFixed(2),
      'formulajs µs': theirs.micros.toFixed(2),
      'formulajs/ours': (theirs.micros / ours.micros).toFixed(1) + '×',
      'ours worst dev': a.worstShared.toExponential(1),
      'formulajs worst dev': b.worstShared.toExponential(1),
      'ours worst dev, all solved': a.worst.toExponential(1),
      'dev unit': row.unit,
      'ours wrong': a.wrong,
      'formulajs wrong': b.wrong,
      'ours unsolved': a.failed,
      'formulajs unsolved': theirs.hung ? `${b.failed} (${theirs.hung} never returned)` : b.failed,
      'solved only by ours': onlyOurs,
    });
  }
  console.table(table);
  console.log('worst dev = largest deviation on the series both solved, among results within the "wrong" threshold');
  console.log('  (NPV 1e-12, IRR 1e-9, MIRR 1e-12, XIRR 1e-8); "all solved" includes the series only ours solved.');
  console.log('wrong = solved but further off than that (formulajs MIRR moves later outflows to t0; IRR may return a non-root).');
  console.log('unsolved = returned an error; some "two sign changes" series have no IRR at all, so #NUM! is right for them.');
}
