// Custom-function packaging and call cost. Sizes of the shipped bundles (minified as built, and gzipped), and one
// vectorised Sheets call over 10,000 rows vs 10,000 scalar calls, both through the real dist/gas/Code.js in a vm.
// Run after a build: npx tsx bench/run.ts functions
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const ROWS = 10_000;
const dist = join(fileURLToPath(new URL('..', import.meta.url)), 'dist');

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function sizes(): void {
  console.log('| bundle | minified | gzipped |\n|---|---:|---:|');
  for (const file of ['gas/Code.js', 'functions.js']) {
    const at = join(dist, file);
    if (!existsSync(at)) {
      console.log(`| ${file} | not built | |`);
      continue;
    }
    const code = readFileSync(at);
    console.log(`| ${file} | ${kib(code.length)} | ${kib(gzipSync(code, { level: 9 }).length)} |`);
  }
}

/** Median of `runs` timings of `work`, in ms. */
function time(work: () => void, runs = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

function calls(): void {
  const at = join(dist, 'gas/Code.js');
  if (!existsSync(at)) return console.log('\n(dist/gas/Code.js not built: npm run build)');
  const sheets = vm.createContext({}) as Record<string, (...args: unknown[]) => unknown>;
  vm.runInContext(readFileSync(at, 'utf8'), sheets);
  // Made inside the context, as Sheets hands ranges to the script.
  const benefits = vm.runInContext(`Array.from({ length: ${ROWS} }, (_, i) => [1000 + (i % 97) * 13.5])`, sheets) as number[][];
  const costs = vm.runInContext(`Array.from({ length: ${ROWS} }, (_, i) => [800 + (i % 89) * 7.25])`, sheets) as number[][];

  const column = time(() => sheets.CRMROI(benefits, costs));
  const scalar = time(() => {
    for (let i = 0; i < ROWS; i++) sheets.CRMROI(benefits[i][0], costs[i][0]);
  });
  console.log(`\n| CRMROI over ${ROWS.toLocaleString('en')} rows | median ms | per row µs |\n|---|---:|---:|`);
  console.log(`| one vectorised call | ${column.toFixed(1)} | ${((column * 1000) / ROWS).toFixed(2)} |`);
  console.log(`| ${ROWS.toLocaleString('en')} scalar calls | ${scalar.toFixed(1)} | ${((scalar * 1000) / ROWS).toFixed(2)} |`);
  console.log('\nCompute only: in Sheets each scalar formula is also its own Apps Script execution, the vectorised call one.');
}

export function run(): void {
  sizes();
  calls();
}
