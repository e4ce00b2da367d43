import type { SheetIssue } from '../plan/types';

// Apart from flow.ts so that the Apps Script server (dist/gas/Code.js), which only writes prepared plans, can throw
// it without bundling the planner.

export type SheetWriteErrorKind = 'invalidCase' | 'invalidSheet' | 'notOwned' | 'conflict' | 'protected' | 'changed';

/** Why a build or update was refused; `issues` name the cells (or case fields) at fault. Nothing was written. */
export class SheetWriteError extends Error {
  constructor(
    readonly kind: SheetWriteErrorKind,
    message: string,
    readonly issues: SheetIssue[] = [],
  ) {
    super(issues.length ? `${message}\n${issues.map((i) => `  ${i.address}: ${i.message}`).join('\n')}` : message);
    this.name = 'SheetWriteError';
  }
}
