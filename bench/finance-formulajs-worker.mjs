// Runs one @formulajs/formulajs function over the benchmark series in a worker thread, reporting each
// result and its time. formulajs' XIRR iterates Newton without an iteration cap and can loop forever;
// in a worker the benchmark can stop it and count that series as unsolved.
import * as formulajs from '@formulajs/formulajs';
import { parentPort, workerData } from 'node:worker_threads';

const { fn, args, series, start } = workerData;
const call = {
  XIRR: (s) => formulajs.XIRR(s.values, s.dates, args.guess),
}[fn];

for (let i = start; i < series.length; i++) {
  const t0 = performance.now();
  const result = call(series[i]);
  const micros = (performance.now() - t0) * 1000;
  parentPort.postMessage({ i, result: typeof result === 'number' ? result : null, micros });
}
