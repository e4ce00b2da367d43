import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { measuredBenefits } from '../../src/case/actuals';
import { REALISATION_METRICS } from '../../src/case/metric-catalog';
import type { RoiCase } from '../../src/case/types';
import { isError } from '../../src/finance/errors';
import { noActuals } from '../../src/plan/realisation-text';
const NO_ACTUALS = noActuals();
import { address, parseAddress, parseRange, planSheet, planWrite, readSheet, type SheetPlan, type SheetSnapshot } from '../../src/plan';
import { computePlan, planContents, type Computed } from './hf';
import { trackedCase as tracked } from '../case/tracked';

// The sheet's value realisation: its formulas, recalculated by HyperFormula, against the core and against hand
// computation; what the analyst types into the Actuals block reads back as the case's actuals.

const untracked = (): RoiCase => {
  const c = tracked();
  for (const l of [...c.costs, ...c.benefits]) delete l.actuals;
  return c;
};
// A money KPI measuring the sales line (resolution days, lower is better, 50 a day saved) and one tracked only (NPS).
const withKpis = (): RoiCase => {
  const c = untracked();
  c.kpis = [
    { id: 'days', name: 'Resolution time', unit: 'days', betterWhen: 'lower', baseline: [10, 12, 11], target: 8, actuals: { '2025-01': 10, '2025-02': 9.5 }, valuePerUnit: 50, benefit: 'sales' },
    { id: 'nps', name: 'NPS', unit: 'points', betterWhen: 'higher', baseline: [20, 24], target: 35, actuals: { '2025-02': 26 } },
  ];
  c.costs[1].actuals = { '2025-01': 120 };
  return c;
};

const ref = (plan: SheetPlan, name: string) => parseRange(plan.names.find((n) => n.name === `CRMROI_${name}`)!.ref.replace(/\$/g, ''))!;
const at = (plan: SheetPlan, computed: Computed[][], name: string) => {
  const r = ref(plan, name);
  return computed[r.top][r.left];
};
const close = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Every formula's engine value against the core's cached value. */
function mismatches(plan: SheetPlan, computed: Computed[][]): string[] {
  const out: string[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.formula) return;
      const got = computed[r][c];
      const want = cell.value;
      if (!(typeof want === 'number' ? close(got, want) : got === want)) out.push(`${address(r, c)} ${cell.formula.slice(0, 60)}: engine ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
    }),
  );
  return out;
}

/** The sheet as a host hands it back: the engine's values, the formulas where there are any, the names. */
function snapshotOf(plan: SheetPlan, contents: ReturnType<typeof planContents>): SheetSnapshot {
  const computed = computePlan(plan, contents);
  return {
    name: plan.sheetName,
    values: computed.map((row) => row.map((v) => (v === null ? '' : typeof v === 'object' ? v.error : v))),
    formulas: contents.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : ''))),
    names: plan.names.map(({ name, ref: r }) => ({ name, ref: r })),
  };
}

/** Month m's cell of a line's actual row. */
const actualCell = (plan: SheetPlan, lineId: string, m: number) => {
  const r = ref(plan, `ACT_${lineId}`);
  return { row: r.top, col: r.left + m };
};

describe('the Actuals block and the realisation in the Summary', () => {
  it('reproduce the core and the hand-computed figures: ROI to date realised and planned, re-forecast NPV and payback', () => {
    const plan = planSheet(tracked());
    const computed = computePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    // To date (months 0–3): realised costs 1,200 + 120 + 110 + 100, benefits 300 + 400 + 450; planned 1,500 and 1,200.
    expect(at(plan, computed, 'ACTUALS_THROUGH')).toBe(3);
    expect(close(at(plan, computed, 'REALISED_ROI_TO_DATE'), (1150 - 1530) / 1530)).toBe(true);
    expect(close(at(plan, computed, 'PLANNED_ROI_TO_DATE'), (1200 - 1500) / 1500)).toBe(true);
    // The re-forecast: 2,430 of costs, 4,750 of benefits, undiscounted; cumulative −80 after month 4, +220 after month 5.
    expect(close(at(plan, computed, 'REFORECAST_NPV'), 4750 - 2430)).toBe(true);
    expect(close(at(plan, computed, 'REFORECAST_PAYBACK'), 4 + 80 / 300)).toBe(true);
    // Months 1–3 net 820 on the system's 2,430, per year: × 4; the payback it implies: 12 months ÷ that.
    expect(close(at(plan, computed, 'REALISED_ANNUAL_ROI'), (820 * 4) / 2430)).toBe(true);
    expect(close(at(plan, computed, 'IMPLIED_PAYBACK'), 12 / ((820 * 4) / 2430))).toBe(true);
    // The plan's own metrics stay the plan's.
    expect(close(at(plan, computed, 'NPV'), evaluate(tracked()).npv)).toBe(true);
  });

  it('discounts the re-forecast from the initial period, as the core does', () => {
    const c = tracked();
    c.discountRate = 0.1;
    const plan = planSheet(c);
    const computed = computePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    const rate = Math.pow(1.1, 1 / 12) - 1;
    const flows = [-1200, 180, 290, 350, ...Array(9).fill(300)];
    expect(close(at(plan, computed, 'REFORECAST_NPV'), flows.reduce((s, f, m) => s + f / Math.pow(1 + rate, m), 0))).toBe(true);
  });

  it('shows "no actuals yet" until the analyst types the first actual, then what the core computes for them', () => {
    const plan = planSheet(untracked());
    const before = computePlan(plan);
    expect(mismatches(plan, before)).toEqual([]);
    for (const m of REALISATION_METRICS) expect(at(plan, before, m.key)).toBe(NO_ACTUALS);
    // Typed into the sheet: the same actuals as tracked() has.
    const contents = planContents(plan);
    const type = (id: string, m: number, v: number) => {
      const { row, col } = actualCell(plan, id, m);
      contents[row][col] = v;
    };
    type('fees', 1, 120);
    type('fees', 2, 110);
    type('sales', 1, 300);
    type('sales', 3, 450);
    const after = computePlan(plan, contents);
    const ev = evaluate(tracked());
    for (const m of REALISATION_METRICS) {
      const want = m.value(ev)!;
      if (isError(want)) expect(at(plan, after, m.key)).toBe(m.errorWord(ev));
      else expect(close(at(plan, after, m.key), want), `${m.key}: ${JSON.stringify(at(plan, after, m.key))} vs ${want}`).toBe(true);
    }
  });

  it('colours a variance by whether it helps: more benefit green, more cost red', () => {
    const plan = planSheet(tracked());
    const variance = (id: string) => plan.cells[actualCell(plan, id, 1).row + 1][actualCell(plan, id, 1).col];
    expect(variance('sales').numberFormat).toMatch(/^\[Green\][^;]*;\[Red\]/);
    expect(variance('fees').numberFormat).toMatch(/^\[Red\][^;]*;\[Green\]/);
    // Sales came in 100 under plan in January, fees 20 over: both unfavourable, both negative and positive as they are.
    expect(variance('sales').value).toBe(-100);
    expect(variance('fees').value).toBe(20);
  });

  it('draws the cumulative net, plan against actual, from the Actuals block', () => {
    const plan = planSheet(tracked());
    const chart = plan.charts.find((c) => c.id === 'realisation')!;
    expect(chart.type).toBe('line');
    expect(chart.series.map((s) => s.name)).toEqual(['Plan', 'Actual to date, then plan']);
    const computed = computePlan(plan);
    const series = (i: number) => {
      const r = parseRange(chart.series[i].values.replace(/\$/g, ''))!;
      return computed[r.top].slice(r.left, r.right + 1) as number[];
    };
    const ev = evaluate(tracked());
    expect(series(0).every((v, m) => close(v, [ev.initial.net, ...ev.cumulativeNet][m]))).toBe(true);
    expect(series(1).slice(0, 6).every((v, m) => close(v, [-1200, -1020, -730, -380, -80, 220][m]))).toBe(true);
  });
});

describe('KPIs in the sheet', () => {
  it('give baseline, target and actual; a money KPI\u2019s improvement is its benefit line\u2019s actual', () => {
    const c = withKpis();
    const plan = planSheet(c);
    const computed = computePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    const ev = evaluate(c);
    const kpi = ref(plan, 'KPI_days');
    // Baseline 11 days, actual 9.75 on average, target 8: (11 − 9.75) / (11 − 8) of the way there.
    expect(computed[kpi.top].slice(kpi.left + 3, kpi.left + 6)).toEqual([11, 8, 9.75]);
    expect(close(computed[kpi.top][kpi.left + 6], (9.75 - 11) / (8 - 11))).toBe(true);
    // The sales line's actuals: (11 − 10) × 50 in January, (11 − 9.5) × 50 in February.
    const sales = measuredBenefits(c.kpis![0]);
    expect(sales).toEqual({ '2025-01': 50, '2025-02': 75 });
    expect(computed[actualCell(plan, 'sales', 1).row][actualCell(plan, 'sales', 1).col]).toBe(50);
    expect(computed[actualCell(plan, 'sales', 2).row][actualCell(plan, 'sales', 2).col]).toBe(75);
    expect(close(at(plan, computed, 'REALISED_ROI_TO_DATE'), ev.actuals!.toDate.roi as number)).toBe(true);
    expect(close(at(plan, computed, 'REFORECAST_NPV'), ev.reforecast!.npv)).toBe(true);
    // NPS carries no money: tracked and shown.
    const nps = ref(plan, 'KPI_nps');
    expect(computed[nps.top].slice(nps.left, nps.left + 6)).toEqual(['NPS', 'points', 'higher', 22, 35, 26]);
    expect(close(computed[nps.top][nps.left + 6], 4 / 13)).toBe(true);
  });
});

describe('reading actuals back', () => {
  it('gives the case its actuals again, every one intact, and plans the same sheet from them', () => {
    for (const c of [tracked(), withKpis()]) {
      const plan = planSheet(c);
      const read = readSheet(snapshotOf(plan, planContents(plan)));
      expect(read.ok).toBe(true);
      const want = evaluate(c).case;
      if (read.ok) {
        expect(read.case.costs.map((l) => l.actuals)).toEqual(want.costs.map((l) => l.actuals));
        expect(read.case.benefits.map((l) => l.actuals)).toEqual(want.benefits.map((l) => l.actuals));
        expect(read.case.kpis).toEqual(want.kpis);
        expect(JSON.stringify(planSheet(read.case).cells)).toBe(JSON.stringify(plan.cells));
      }
    }
  });

  it('accepts numbers pasted as text with thousands separators; a blank is not known yet; unreadable text is named by its cell', () => {
    const plan = planSheet(untracked());
    const contents = planContents(plan);
    const paste = (id: string, m: number, v: unknown) => {
      const { row, col } = actualCell(plan, id, m);
      contents[row][col] = v as never;
    };
    paste('fees', 0, '');
    paste('fees', 1, '1,234.50');
    paste('fees', 2, ' 1 100 ');
    paste('sales', 1, '(1,200)');
    paste('sales', 2, '  ');
    const read = readSheet(snapshotOf(plan, contents));
    expect(read.ok && read.case.costs[1].actuals).toEqual({ '2025-01': 1234.5, '2025-02': 1100 });
    expect(read.ok && read.case.benefits[0].actuals).toEqual({ '2025-01': -1200 });
    // The sheet's own formulas read the text as nothing, so the rebuild writes them as the numbers they say.
    paste('sales', 3, '1.234,5');
    const bad = readSheet(snapshotOf(plan, contents));
    const cell = actualCell(plan, 'sales', 3);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues).toEqual([expect.objectContaining({ address: address(cell.row, cell.col), message: expect.stringMatching(/^Actual of "Sales", 2025-03 must be a number/) })]);
  });

  it('names an actual after the horizon by its cell', () => {
    const plan = planSheet(untracked());
    const contents = planContents(plan);
    const horizon = parseAddress(plan.names.find((n) => n.name === 'CRMROI_HORIZON')!.ref.replace(/\$/g, ''))!;
    contents[horizon.row][horizon.col] = 6;
    const { row, col } = actualCell(plan, 'fees', 9);
    contents[row][col] = 100;
    const read = readSheet(snapshotOf(plan, contents));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues.map((i) => i.address)).toEqual([address(row, col)]);
  });

  it('reads a layout-3 sheet, which has no Actuals block, and an update lays the block out over it', () => {
    const plan = planSheet(untracked());
    const v3 = snapshotOf(plan, planContents(plan));
    const names = v3.names!.filter((n) => !/^CRMROI_(ACT_|KPI|BLOCK_ACTUALS)/.test(n.name)).map((n) => (n.name === 'CRMROI_LAYOUT_V4' ? { ...n, name: 'CRMROI_LAYOUT_V3' } : n));
    const read = readSheet({ ...v3, names });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.case.costs.every((l) => l.actuals === undefined)).toBe(true);
    const w = planWrite(planSheet(read.case), { ...v3, names });
    expect(w.ok).toBe(true);
  });
});
