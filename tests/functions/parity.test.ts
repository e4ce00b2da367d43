import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cashFlowMetrics } from '../../src/case/metrics';
import { benefitCostRatio, clv, FinanceError, impliedPayback, paybackPeriod, periodRoi, roi, uplift } from '../../src/finance';
import type { Result } from '../../src/finance';
import { attempt, ExcelError, loadExcel, loadSheets, plain } from './hosts';
import type { HostFn } from './hosts';

// Both hosts give the core's answer on the same (valid) inputs: the numbers exactly, errors by code.
let excel: Map<string, HostFn>;
let sheets: Record<string, HostFn>;
beforeAll(() => {
  excel = loadExcel();
  sheets = loadSheets();
});

const money = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const flows = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 60 });
const rate = fc.double({ min: -0.5, max: 1, noNaN: true });

/** What a host answer reads as, compared with the core: the number, or the error code. */
function read(r: { value: unknown } | { thrown: unknown }): number | string {
  if ('thrown' in r) return r.thrown instanceof ExcelError ? r.thrown.code : `thrown:${(r.thrown as Error).message}`;
  const v = plain(r.value);
  const cell = Array.isArray(v) ? v[0][0] : v;
  return cell instanceof ExcelError ? cell.code : (cell as number);
}
const core = (r: Result): number | string => (r instanceof FinanceError ? r.code : r);
/** Sheets throws for a whole-call error: compare its message's function prefix, and the code via Excel. */
const sameAsCore = (id: string, sheetsName: string, args: unknown[], expected: Result) => {
  const inExcel = read(attempt(excel.get(id)!, args.map((a) => (Array.isArray(a) ? a : [[a]]))));
  const inSheets = read(attempt(sheets[sheetsName], args));
  expect(inExcel).toBe(core(expected));
  if (expected instanceof FinanceError) expect(inSheets).toBe(`thrown:${expected.under(id).message}`);
  else expect(inSheets).toBe(expected);
};

describe('parity with the core', () => {
  it('ROI and BCR', () => {
    fc.assert(fc.property(money, money, (b, c) => {
      sameAsCore('ROI', 'CRMROI', [b, c], roi(b, c));
      sameAsCore('BCR', 'BCR', [b, c], benefitCostRatio(b, c));
    }), { numRuns: 300 });
  });

  it('CLV within its domain', () => {
    fc.assert(fc.property(money, fc.double({ min: 0, max: 1, noNaN: true }), rate, (m, r, d) => {
      sameAsCore('CLV', 'CLV', [m, r, d], clv(m, r, d));
    }), { numRuns: 300 });
  });

  it('PAYBACK and UPLIFT over series', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), flows, rate, (cost, fs, r) => {
      sameAsCore('PAYBACK', 'PAYBACK', [cost, [fs], r], paybackPeriod(fs, { initial: cost, rate: r }));
    }), { numRuns: 300 });
    fc.assert(fc.property(flows, flows, (before, after) => {
      sameAsCore('UPLIFT', 'UPLIFT', [[before], after.map((x) => [x])], uplift(before, after));
    }), { numRuns: 300 });
  });

  it('PERIODROI and IMPLIEDPAYBACK', () => {
    fc.assert(fc.property(money, money, money, (b, c, system) => {
      sameAsCore('PERIODROI', 'PERIODROI', [b, c, system], periodRoi(b, c, system));
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.double({ min: -2, max: 2, noNaN: true }), (r) => {
      sameAsCore('IMPLIEDPAYBACK', 'IMPLIEDPAYBACK', [r], impliedPayback(r));
    }), { numRuns: 300 });
  });

  it('REALISEDPAYBACK is the case\'s payback with the first flow as the initial period', () => {
    fc.assert(fc.property(flows.filter((fs) => fs.length > 1), rate, (fs, r) => {
      sameAsCore('REALISEDPAYBACK', 'REALISEDPAYBACK', [[fs], r], paybackPeriod(fs.slice(1), { initial: -fs[0], rate: r }));
      // The same flows as PAYBACK sees them, an up-front cost and the later benefits, give the same number or code.
      if (fs[0] <= 0) {
        const realised = read(attempt(excel.get('REALISEDPAYBACK')!, [[fs], [[r]]]));
        expect(realised).toBe(read(attempt(excel.get('PAYBACK')!, [[[-fs[0]]], [fs.slice(1)], [[r]]])));
      }
    }), { numRuns: 300 });
  });

  it('a vectorised column equals one scalar call per row', () => {
    fc.assert(fc.property(fc.array(fc.tuple(money, money), { minLength: 2, maxLength: 40 }), (rows) => {
      const out = plain(sheets.CRMROI(rows.map(([b]) => [b]), rows.map(([, c]) => [c]))) as unknown[][];
      rows.forEach(([b, c], i) => expect(out[i][0]).toBe(core(roi(b, c))));
    }), { numRuns: 200 });
  });

  it('SUMMARY spills cashFlowMetrics', () => {
    fc.assert(fc.property(flows, flows, fc.double({ min: 0, max: 0.5, noNaN: true }), (costs, benefits, r) => {
      const n = Math.max(costs.length, benefits.length);
      const pad = (xs: number[]) => [...xs, ...new Array<number>(n - xs.length).fill(0)];
      const m = cashFlowMetrics(pad(costs), pad(benefits), r);
      const expected = [m.totals.costs, m.totals.benefits, m.totals.net, m.presentValue.costs, m.presentValue.benefits, m.npv,
        m.roi.nominal, m.roi.presentValue, m.benefitCostRatio, m.irr, m.paybackMonths.simple, m.paybackMonths.discounted, m.breakEvenMonth].map(core);
      const inSheets = plain(sheets.SUMMARY([costs], [benefits], r)) as [string, unknown][];
      const inExcel = (excel.get('SUMMARY')!([costs], [benefits], [[r]]) as [string, unknown][]).map(([, v]) => (v instanceof ExcelError ? v.code : v));
      expect(inSheets.map(([, v]) => v)).toEqual(expected);
      expect(inExcel).toEqual(expected);
    }), { numRuns: 100 });
  });
});
