import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import { buildCli, cli } from './run-cli';

// Actuals merged into a workbook survive the ROI sheet's read-back: `crm-roi evaluate OUT.xlsx` sees them, a second
// merge into OUT keeps the first, and a rebuild keeps them all. This needs the sheet's own Actuals block (the read-back
// understanding it); until that lands, a workbook does not keep actuals and this file fails.

beforeAll(buildCli);
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-actuals-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

const example = () => JSON.parse(readFileSync('examples/small-business.json', 'utf8')) as RoiCase;

function run(...args: string[]) {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** `evaluate --json` of the example with these actuals (by cost/benefit index), from a JSON case file: no sheet involved. */
function expected(actuals: { costs?: Record<number, Record<string, number>>; benefits?: Record<number, Record<string, number>> }) {
  const c = example();
  for (const side of ['costs', 'benefits'] as const) for (const [i, a] of Object.entries(actuals[side] ?? {})) c[side][Number(i)].actuals = a;
  writeFileSync(at('expected.json'), JSON.stringify(c));
  return JSON.parse(run('evaluate', at('expected.json'), '--json'));
}

describe('actuals through a workbook and back', () => {
  const out = at('out.xlsx');
  beforeAll(() => {
    run('workbook', 'examples/small-business.json', '-o', at('roi.xlsx'));
  });

  it('evaluate reads the merged actuals back from the workbook', () => {
    writeFileSync(at('first.csv'), 'month,line,amount\n2025-01,cost1,"12,500"\n2025-02,Fewer lost follow-ups: extra orders won,1500\n');
    run('actuals', at('roi.xlsx'), at('first.csv'), '-o', out);
    const json = JSON.parse(run('evaluate', out, '--json'));
    const want = expected({ costs: { 0: { '2025-01': 12500 } }, benefits: { 1: { '2025-02': 1500 } } });
    expect(json.actuals.throughDate).toBe('2025-02');
    expect(json.actuals.variance.lines.map((l: { monthsWithActuals: number }) => l.monthsWithActuals)).toEqual([1, 0, 0, 0, 0, 0, 1, 0]);
    expect(json.actuals).toEqual(want.actuals);
    expect(json.reforecast).toEqual(want.reforecast);
  });

  it('a second merge into the same workbook keeps the first, and a rebuild keeps them all', () => {
    writeFileSync(at('second.csv'), 'month,line,amount\n2025-03,cost2,950\n2025-03,benefit1,1000\n2025-01,cost1,12400\n');
    run('actuals', out, at('second.csv'), '-o', out);
    const want = expected({ costs: { 0: { '2025-01': 12400 }, 1: { '2025-03': 950 } }, benefits: { 0: { '2025-03': 1000 }, 1: { '2025-02': 1500 } } });
    const json = JSON.parse(run('evaluate', out, '--json'));
    expect(json.actuals.throughDate).toBe('2025-03');
    expect(json.actuals).toEqual(want.actuals);
    expect(json.reforecast).toEqual(want.reforecast);
    run('workbook', out, '-o', at('rebuilt.xlsx'));
    expect(JSON.parse(run('evaluate', at('rebuilt.xlsx'), '--json')).actuals).toEqual(want.actuals);
  });
});
