// Custom-function packaging and call cost. Sizes of the shipped files (minified as built, and gzipped) and of all the
// scripts the Excel task pane page loads; what the five languages' catalogs and a UI library would weigh in the task
// pane; and one vectorised Sheets call over 10,000 rows vs 10,000 scalar calls, both through the real dist/gas/Code.js
// in a vm.
// Run after a build: npx tsx bench/run.ts functions
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const ROWS = 10_000;
const dist = join(fileURLToPath(new URL('..', import.meta.url)), 'dist');

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** What each host downloads: every shipped file, and the scripts the Excel task pane page loads (its shared runtime). */
function sizes(): void {
  console.log('| file | minified | gzipped |\n|---|---:|---:|');
  const row = (label: string, code: Buffer) => console.log(`| ${label} | ${kib(code.length)} | ${kib(gzipSync(code, { level: 9 }).length)} |`);
  for (const file of ['gas/Code.js', 'gas/Sidebar.html', 'functions.js', 'taskpane.js', 'taskpane.html']) {
    const at = join(dist, file);
    if (existsSync(at)) row(file, readFileSync(at));
    else console.log(`| ${file} | not built | |`);
  }
  const page = join(dist, 'taskpane.html');
  if (!existsSync(page)) return;
  const scripts = [...readFileSync(page, 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const code = scripts.map((src) => readFileSync(join(dist, src)));
  row(`taskpane.html loads: ${scripts.join(' + ')}`, Buffer.concat(code));
  // '[DecimalError]' is decimal.js-light's own error prefix: one occurrence per bundled copy.
  const copies = code.reduce((n, c) => n + c.toString().split('[DecimalError]').length - 1, 0);
  console.log(`\nCopies of decimal.js-light the task pane page loads: ${copies}.`);
}

/** Minified (as webpack's terser would, roughly) and gzipped size of a module bundled alone. */
function bundled(contents: string): { min: number; gz: number } {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = buildSync({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, write: false, format: 'iife', logLevel: 'silent' });
  const code = Buffer.from(out.outputFiles[0].contents);
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

/**
 * The wizard renders with dom.ts's h() and no UI library (taskpane/wizard.ts says why). What it saves: Preact with
 * hooks, the smallest of the candidates, bundled for a minimal mount, beside the task pane's own script and the share
 * of it that is the five languages' message catalogs, and the Risk worker (whose imports must stay off the catalogs).
 */
function uiCost(): void {
  const pane = join(dist, 'taskpane.js');
  if (!existsSync(pane)) return;
  const code = readFileSync(pane);
  const total = { min: code.length, gz: gzipSync(code, { level: 9 }).length };
  const rows: [string, { min: number; gz: number }][] = [
    ['dist/taskpane.js (as built)', total],
    ['  of which: the five catalogs (src/i18n/t.ts CATALOGS)', bundled("import { CATALOGS } from './src/i18n/t'; (globalThis as any).c = CATALOGS;")],
    ['  of which: the Risk step\'s worker (taskpane/risk-worker.ts, embedded as a string)', bundled("import './taskpane/risk-worker';")],
    ['  of which: dom.ts h()/svg() (the wizard\'s rendering)', bundled("import * as dom from './taskpane/dom'; (globalThis as any).d = dom;")],
    ['Preact + hooks, a minimal mount (not shipped)', bundled("import { h, render } from 'preact'; import { useState } from 'preact/hooks'; const App = () => { const [n, set] = useState(0); return h('button', { onClick: () => set(n + 1) }, String(n)); }; render(h(App, null), document.body);")],
  ];
  console.log('\n| task pane script | minified | gzipped | share of taskpane.js (gzipped) |\n|---|---:|---:|---:|');
  for (const [label, size] of rows) console.log(`| ${label} | ${kib(size.min)} | ${kib(size.gz)} | ${((100 * size.gz) / total.gz).toFixed(1)} % |`);
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
  uiCost();
  calls();
}
