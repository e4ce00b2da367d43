import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

// Test harness: the two hosts as they really run the functions.
//   Sheets: the built dist/gas/Code.js in a fresh V8 context, globals called as Apps Script calls them.
//   Excel:  the built dist/functions.js with a stubbed CustomFunctions global (associate, Error, ErrorCode).
// `npm test` builds first; run alone, a missing bundle is built here.

export const root = join(__dirname, '../..');
export const dist = (file: string) => join(root, 'dist', file);

export function ensureBuilt(config: 'gas' | 'excel', output: string): void {
  if (existsSync(dist(output))) return;
  execFileSync('npx', ['tsx', 'functions/codegen.ts'], { cwd: root, stdio: 'inherit' });
  execFileSync('npx', ['webpack', '--mode', 'production', '--config-name', config], { cwd: root, stdio: 'inherit' });
}

export type HostFn = (...args: unknown[]) => unknown;

export function loadSheets(): Record<string, HostFn> {
  ensureBuilt('gas', 'gas/Code.js');
  const context = vm.createContext({});
  vm.runInContext(readFileSync(dist('gas/Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, HostFn>;
}

/** Excel's CustomFunctions.Error, as far as the add-in can see it. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!',
  nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!',
} as const;

/** The functions dist/functions.js associates, by id; with `displayLanguage`, Office.js is ready in that language. */
export function loadExcel(displayLanguage?: string): Map<string, HostFn> {
  ensureBuilt('excel', 'functions.js');
  const associated = new Map<string, HostFn>();
  const CustomFunctions = { Error: ExcelError, ErrorCode, associate: (id: string, fn: HostFn) => associated.set(id, fn) };
  const Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
  const context = vm.createContext({ CustomFunctions, console, ...(Office && { Office }) });
  vm.runInContext(readFileSync(dist('functions.js'), 'utf8'), context, { filename: 'functions.js' });
  return associated;
}

/** Calls a host function; a thrown value becomes the result, so errors can be compared like values. */
export function attempt(fn: HostFn, args: unknown[]): { value: unknown } | { thrown: unknown } {
  try {
    return { value: fn(...args) };
  } catch (thrown) {
    return { thrown };
  }
}

/** Plain data out of another V8 context (its arrays have another prototype). */
export const plain = (x: unknown): unknown => (Array.isArray(x) ? x.map(plain) : x);
