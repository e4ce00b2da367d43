import WORKER_SOURCE from 'risk-worker-source';
import { simulator, type Simulation, type Simulator } from '../src/case/simulate';
import type { RoiCase } from '../src/case/types';
import { errorMessage } from './host';
import { RISK_OPTIONS, type RiskReply } from './risk-options';

// Runs the Risk step's simulation off the typing path: in a Web Worker started from a Blob URL of its bundled source
// (the pages' CSPs allow `worker-src blob:` and nothing more). Where no Worker can be made (an older host, a CSP
// without blob:), the same draws run in slices between timer ticks, so a keystroke still waits at most one slice.

/** Draws per slice without a Worker: a few milliseconds each for a usual case. */
const SLICE = 250;

export type Done = (outcome: { simulation: Simulation } | { error: string }) => void;

/** Starts simulating c; the answer comes to `done` once, unless the returned function cancels it first. */
export function runSimulation(c: RoiCase, done: Done): () => void {
  const worker = startWorker();
  if (!worker) return runInSlices(c, done);
  let cancel = () => worker.terminate();
  worker.onmessage = (e: MessageEvent<RiskReply>) => {
    worker.terminate();
    done(e.data);
  };
  // The worker answers its own errors; an error event means it could not run at all (a CSP may refuse a blob: worker
  // only once it loads): the slices take over.
  worker.onerror = (e) => {
    e.preventDefault();
    worker.terminate();
    cancel = runInSlices(c, done);
  };
  worker.postMessage(JSON.stringify(c));
  return () => cancel();
}

let blobUrl: string | null = null;

function startWorker(): Worker | null {
  try {
    blobUrl ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    return new Worker(blobUrl);
  } catch {
    return null;
  }
}

function runInSlices(c: RoiCase, done: Done): () => void {
  let s: Simulator | undefined;
  let timer: ReturnType<typeof setTimeout>;
  const step = () => {
    try {
      s ??= simulator(c, RISK_OPTIONS);
      if (s.run(SLICE)) done({ simulation: s.result() });
      else timer = setTimeout(step, 0);
    } catch (e) {
      done({ error: errorMessage(e) });
    }
  };
  timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}
