// The Risk step's worker (taskpane/risk-worker.ts) bundled as one script, as a string: every build resolves this
// module to it (webpack/risk-worker.cjs), so the worker can start from a Blob URL in a single-file page.
declare module 'risk-worker-source' {
  const source: string;
  export default source;
}
