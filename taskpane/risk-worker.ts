import { simulate } from '../src/case/simulate';
import { RISK_OPTIONS, type RiskReply } from './risk-options';

// The Risk step's Web Worker: bundled on its own (webpack/risk-worker.cjs) and started from a Blob URL, since the
// Sheets sidebar is one HTML file and cannot load a worker file. It gets a case's JSON and answers its Simulation.

const scope = self as unknown as { onmessage: (e: MessageEvent<string>) => void; postMessage(reply: RiskReply): void };

scope.onmessage = (e) => {
  try {
    scope.postMessage({ simulation: simulate(JSON.parse(e.data), RISK_OPTIONS) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
