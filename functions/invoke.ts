import { FinanceError, numError, reason, valueError } from '../src/finance/errors';
import type { Result } from '../src/finance/errors';
import type { MetricKey } from '../src/case/metric-catalog';
import { metricEn } from '../src/i18n/messages/metric/en';
import { isVectorised } from './catalog';
import type { Arg, FunctionSpec } from './catalog';
import { MAX_MAGNITUDE, outOfBounds, rowSums, toGrid, vector, where } from './coerce';

// The shared invoke path: raw host arguments → coerce → catalog implementation → a host-neutral outcome.
// The Excel and Sheets adapters only translate the outcome (errors especially) into their host's terms.

/** One output cell: a number, a label, '' for an all-blank input row, or an error. */
export type Cell = number | string | FinanceError;

/** A single value (or the whole call's error), or a grid: R×1 for a vectorised call, label/value rows for a table. */
export type Outcome = number | FinanceError | Cell[][];

/** A table's row label in English: Code.js carries the English metric names alone. */
const english = (metric: MetricKey): string => metricEn[`metric.${metric}`];

/** `label`: a table's row label (SUMMARY's metric names) in the host's language; errors stay reasons until a host words them. */
export function invoke(spec: FunctionSpec, raw: readonly unknown[], label: (metric: MetricKey) => string = english): Outcome {
  const fn = spec.id;
  if (raw.length > spec.params.length) return valueError(reason('fn.tooManyArguments', { fn, max: spec.params.length, count: raw.length }));
  const args: (Arg | (number | null)[])[] = [];
  for (let i = 0; i < spec.params.length; i++) {
    const p = spec.params[i];
    const grid = toGrid(fn, p, raw[i]);
    if (grid instanceof FinanceError) return grid;
    const arg = p.kind === 'number' ? rowSums(fn, p, grid) : vector(fn, p, grid);
    if (arg instanceof FinanceError) return arg;
    args.push(arg);
  }
  return isVectorised(spec) ? byRow(spec, args as (number | null)[][]) : once(spec, args, label);
}

/** Functions with a series/sample parameter compute one case: a number parameter's whole range is summed. */
function once(spec: FunctionSpec, args: (Arg | (number | null)[])[], label: (metric: MetricKey) => string): Outcome {
  const values: Arg[] = [];
  for (let i = 0; i < spec.params.length; i++) {
    const p = spec.params[i];
    if (p.kind !== 'number') {
      values.push(args[i] as number[]);
      continue;
    }
    const present = (args[i] as (number | null)[]).filter((s): s is number => s !== null);
    const x = present.length > 0 ? present.reduce((a, b) => a + b, 0) : p.default;
    if (x !== undefined && Math.abs(x) > MAX_MAGNITUDE) return valueError(reason('fn.sumBeyondLimit', { fn: spec.id, what: p.name, value: x, at: '' }));
    if (x === undefined) return valueError(reason('fn.blank', { fn: spec.id, what: p.name, at: '' }));
    const bad = outOfBounds(spec.id, p, x);
    if (bad) return bad;
    values.push(x);
  }
  const result = spec.run(values);
  return Array.isArray(result) ? result.map(([metric, value]) => [label(metric), checked(spec.id, value)]) : checked(spec.id, result);
}

/** All-number functions: R rows in → R results out (single cells broadcast); one row in → one value out. */
function byRow(spec: FunctionSpec, sums: (number | null)[][]): Outcome {
  const fn = spec.id;
  const rows = Math.max(...sums.map((s) => s.length));
  const tall = spec.params.findIndex((_, i) => sums[i].length === rows);
  for (let i = 0; i < sums.length; i++) {
    if (sums[i].length !== 1 && sums[i].length !== rows)
      return valueError(reason('fn.unequalHeights', { fn, tall: spec.params[tall].name, rows, what: spec.params[i].name, count: sums[i].length }));
  }
  const out: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const at = (i: number) => sums[i][sums[i].length === 1 ? 0 : r];
    // A row blank in every range is a gap in the data (or the range runs past it): it gives a blank result.
    if (rows > 1 && sums.every((s, i) => s.length === 1 || at(i) === null)) {
      out.push(['']);
      continue;
    }
    const values: number[] = [];
    let error: FinanceError | undefined;
    for (let i = 0; i < spec.params.length && !error; i++) {
      const p = spec.params[i];
      const x = at(i) ?? p.default;
      // A blank in one row of a column call spoils that row only, not the other results.
      if (x === undefined) {
        error = valueError(reason('fn.blank', { fn, what: p.name, at: where(sums[i].length, 1, r, 0) }));
        break;
      }
      error = outOfBounds(fn, p, x);
      values.push(x);
    }
    out.push([error ?? checked(fn, spec.run(values) as Result)]);
  }
  return rows === 1 ? (out[0][0] as number | FinanceError) : out;
}

/** Results leave finite or as an error that names the function. */
function checked(fn: string, r: Result): number | FinanceError {
  if (r instanceof FinanceError) return r.under(fn);
  return Number.isFinite(r) ? r : numError(reason('fn.resultNotFinite', { fn }));
}
