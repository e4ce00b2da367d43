import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, isVectorised } from '../../functions/catalog';
import type { FunctionSpec } from '../../functions/catalog';
import { invoke } from '../../functions/invoke';
import { FinanceError } from '../../src/finance/errors';
import { attempt, ExcelError, loadExcel, loadSheets, plain } from './hosts';
import type { HostFn } from './hosts';

// Every catalog function, arbitrary cell values and shapes, through the shared path and both real bundles:
// the answer is finite numbers (or a grid of them) or a proper error naming the function; never NaN, never a crash.
const RUNS = 1000;
const CODES = ['#VALUE!', '#DIV/0!', '#NUM!', '#N/A'];

let excel: Map<string, HostFn>;
let sheets: Record<string, HostFn>;
beforeAll(() => {
  excel = loadExcel();
  sheets = loadSheets();
});

const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double(), // NaN, ±Infinity, −0, 1e308, 5e-324
  fc.constantFrom(0, 1e15, -1e15, 1e15 + 1, Number.MIN_VALUE, Number.MAX_VALUE),
);
const cell = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 2, arbitrary: fc.constantFrom('', null, undefined) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, 'abc', '12', ' ', '#N/A', { code: '#REF!' }, {}, new Date(0)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const grid = fc.integer({ min: 1, max: 5 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 }));
const series = fc.array(number, { minLength: 1, maxLength: 120 }).map((xs) => [xs]);
const odd = fc.oneof(
  fc.constant([]),
  fc.constant([[]]),
  fc.array(cell, { maxLength: 4 }), // flat list
  fc.array(fc.array(cell, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), // maybe ragged
  fc.array(fc.array(fc.oneof(cell, fc.array(cell, { maxLength: 2 })), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), // nested
);
const arg = fc.oneof({ weight: 4, arbitrary: cell }, { weight: 4, arbitrary: grid }, { weight: 2, arbitrary: series }, { weight: 1, arbitrary: odd });
const argsFor = (f: FunctionSpec) =>
  fc.tuple(...f.params.map(() => arg), fc.nat(f.params.length)).map((xs) => xs.slice(0, f.params.length - (xs[f.params.length] as number) % 2));

const properError = (id: string, e: { code: string; message?: string }) => {
  expect(CODES).toContain(e.code);
  expect(e.message).toMatch(new RegExp(`^${id}: \\S`));
};
const finite = (x: unknown) => expect(typeof x === 'number' && Number.isFinite(x)).toBe(true);

function checkOutcome(f: FunctionSpec, out: unknown): void {
  if (out instanceof FinanceError) return properError(f.id, out);
  if (!Array.isArray(out)) return finite(out);
  for (const row of out) {
    expect(row).toHaveLength(f.result.shape === 'table' ? 2 : 1);
    const value = row[row.length - 1];
    if (value instanceof FinanceError) properError(f.id, value);
    else if (value !== '') finite(value);
  }
}

const excelArg = (a: unknown) => (a === undefined ? null : Array.isArray(a) ? a : [[a]]);

describe.each(catalog.map((f) => [f.id, f] as const))('%s under arbitrary input', (_, f) => {
  it(`shared path, Excel bundle and Sheets bundle agree and stay proper (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(argsFor(f), (args) => {
        const out = invoke(f, args);
        checkOutcome(f, out);

        const inExcel = attempt(excel.get(f.id)!, f.params.map((_, i) => excelArg(args[i])));
        const inSheets = attempt(sheets[f.sheetsName], args);
        if (out instanceof FinanceError) {
          expect('thrown' in inExcel && inExcel.thrown).toEqual(new ExcelError(out.code, out.message));
          expect('thrown' in inSheets && (inSheets.thrown as Error).message).toBe(out.message);
          return;
        }
        const fromExcel = 'value' in inExcel ? inExcel.value : inExcel.thrown;
        const fromSheets = 'value' in inSheets ? plain(inSheets.value) : (inSheets.thrown as Error).message;
        const cells = (x: unknown) => (Array.isArray(x) ? x : isVectorised(f) ? [[x]] : x);
        const asExcel = (x: unknown) => (x instanceof FinanceError ? new ExcelError(x.code, x.message) : x);
        const asSheets = (x: unknown) => (x instanceof FinanceError ? x.code : x);
        const map = (o: unknown, g: (x: unknown) => unknown) => (Array.isArray(o) ? o.map((row: unknown[]) => row.map(g)) : g(o));
        expect(fromExcel).toEqual(cells(map(out, asExcel)));
        expect(fromSheets).toEqual(map(out, asSheets));
      }),
      { numRuns: RUNS },
    );
  });
});
