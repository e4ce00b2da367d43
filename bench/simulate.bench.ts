// Simulation speed: evaluate() (decimal sums, every metric) against the fast path in doubles (fast.ts: NPV, ROI,
// payback) on the enterprise example and on a 51 lines × 120 months case, and 10,000 draws of simulate().
// Figures only, no budget. Run: npx tsx bench/run.ts simulate
import { readFileSync } from 'node:fs';
import { evaluate } from '../src/case/evaluate';
import { fastEvaluator } from '../src/case/fast';
import { driversOf, lineType } from '../src/case/lines';
import { uncertaintyOf } from '../src/case/scenarios';
import { simulate } from '../src/case/simulate';
import { caseWith } from '../tests/writers/cases';

/** Median time of one call, in ms: warmed up for 200 ms (the JIT), then 9 samples of about 50 ms each. */
function time(work: () => unknown, samples = 9): number {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 200) {
    work();
    calls++;
  }
  const perSample = Math.max(1, Math.round((calls * 50) / (performance.now() - start)));
  const ms: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < perSample; i++) work();
    ms.push((performance.now() - t0) / perSample);
  }
  return ms.sort((a, b) => a - b)[Math.floor(samples / 2)];
}

/** Every line's first driver as an estimate ±20 % around its value: the worst case for a draw, which redraws every line. */
function everyLineEstimated(c: ReturnType<typeof caseWith>): unknown {
  const copy = structuredClone(c) as unknown as Record<'costs' | 'benefits', Record<string, unknown>[]>;
  for (const line of [...copy.costs, ...copy.benefits]) {
    const decl = lineType(line.type)!;
    const { key, kind } = driversOf(decl)[0];
    const v = line[key] as number;
    const [low, high] = [v * 0.8, kind === 'percent' ? Math.min(1, v * 1.2) : v * 1.2];
    line[key] = decl.side === 'benefit' ? { conservative: low, expected: v, optimistic: high } : { conservative: high, expected: v, optimistic: low };
  }
  return copy;
}

export function run(): void {
  const cases = [
    { label: 'examples/enterprise-tei.json (17 lines × 36 months, 4 estimates)', input: JSON.parse(readFileSync(new URL('../examples/enterprise-tei.json', import.meta.url), 'utf8')) as unknown },
    { label: '51 lines × 120 months, an estimate on every line', input: everyLineEstimated(caseWith(120, 51)) },
  ];
  const rows = cases.map(({ label, input }) => {
    const { case: c, uncertain } = uncertaintyOf(input);
    const expected = uncertain.map((u) => u.expected);
    const decimal = time(() => evaluate(input));
    const prepared = time(() => fastEvaluator(c, uncertain)(expected));
    const draw = fastEvaluator(c, uncertain);
    const perDraw = time(() => draw(expected));
    return {
      case: label,
      'evaluate() ms': decimal.toFixed(3),
      'fast: lay out + 1 draw, ms': prepared.toFixed(4),
      'fast: 1 draw, ms': perDraw.toFixed(4),
      'evaluate ÷ lay out + draw': `${(decimal / prepared).toFixed(0)}×`,
      'evaluate ÷ draw': `${(decimal / perDraw).toFixed(0)}×`,
    };
  });
  console.log('evaluate() validates and computes every metric in decimal; the fast path takes a validated case and computes NPV, ROI (PV) and payback in doubles:');
  console.table(rows);

  const enterprise = cases[0].input;
  const ms = time(() => simulate(enterprise, { iterations: 10_000, seed: 1 }));
  const pert = time(() => simulate(enterprise, { iterations: 10_000, seed: 1, distribution: 'pert' }));
  console.log(`\nsimulate(enterprise-tei, 10,000 draws): ${ms.toFixed(1)} ms triangular, ${pert.toFixed(1)} ms Beta-PERT.`);
}
