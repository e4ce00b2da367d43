import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { irr, isError, mirr, npv, npvFromT0, roi, xirr, xnpv, type Result } from '../../src/finance';

// Microsoft's documented examples, recomputed to full precision in LibreOffice; one test per case.
interface Case {
  fn: string;
  expected: number | string;
  [key: string]: unknown;
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const reference = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/excel-documented-values.json'), 'utf8')) as {
  cases: Case[];
  errors: Case[];
};

const call: Record<string, (c: any) => Result> = {
  NPV: (c) => npv(c.rate, c.values),
  NPV_PLUS_T0: (c) => npvFromT0(c.rate, [c.t0, ...c.values]),
  IRR: (c) => (c.guess === undefined ? irr(c.values) : irr(c.values, c.guess)),
  MIRR: (c) => mirr(c.values, c.financeRate, c.reinvestRate),
  XIRR: (c) => (c.guess === undefined ? xirr(c.values, c.dates) : xirr(c.values, c.dates, c.guess)),
  XNPV: (c) => xnpv(c.rate, c.values, c.dates),
  ROI: (c) => roi(c.benefit, c.cost),
};
const label = (c: Case) => `${c.fn}(${JSON.stringify(c.values ?? [c.benefit, c.cost])}) = ${c.expected}`;

describe('Excel documented values', () => {
  it('covers every function in the reference file', () => {
    for (const c of [...reference.cases, ...reference.errors]) expect(Object.keys(call)).toContain(c.fn);
  });

  it.each(reference.cases.map((c) => [label(c), c] as const))('%s', (_, c) => {
    const result = call[c.fn](c);
    expect(isError(result), String(result)).toBe(false);
    const tolerance = c.fn === 'XIRR' ? 1e-8 : 1e-9;
    const expected = c.expected as number;
    expect(Math.abs((result as number) - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
  });

  it.each(reference.errors.map((c) => [`${label(c)} (${c.note ?? ''})`, c] as const))('%s', (_, c) => {
    const result = call[c.fn](c);
    expect(isError(result) && result.code).toBe(c.expected);
  });
});
