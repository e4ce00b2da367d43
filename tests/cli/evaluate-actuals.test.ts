import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoiCase } from '../../src/case/types';
import { buildCli, cli } from './run-cli';
import { trackedWithKpi as tracked } from '../case/tracked';

// `crm-roi evaluate` on a case with actuals: plan against actual, in text and in --json. Every figure is worked out
// by hand below, not read from the output.

beforeAll(buildCli);
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-eval-actuals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function caseFile(name: string, c: RoiCase): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(c));
  return path;
}

// The tracked case (tests/case/tracked.ts) with its sales-cycle KPI.
// Through March (month 3). Plan, months 0–3: costs 1,200 + 3 × 100 = 1,500; benefits 3 × 400 = 1,200; net −300.
// Actual: costs 1,200 + 120 + 110 + 100 (March from the plan) = 1,530; benefits 300 + 400 (February from the plan) +
// 450 = 1,150; net −380. The re-forecast adds the plan's last nine months: costs 1,530 + 900 = 2,430, benefits
// 1,150 + 3,600 = 4,750, NPV (0 %) = 2,320. Its cumulative net: −1,200, −1,020, −730, −380, −80, +220 → payback
// 4 + 80/300 months. Months 1–3 net 1,150 − 330 = 820 on a system cost of 2,430: 33.7 % a quarter; a year's worth
// is 820 × 4 / 2,430 = 135.0 %, which implies 12 / 1.3498 = 8.9 months of payback.
const ROI_TO_DATE = -380 / 1530;
const PAYBACK = 4 + 80 / 300;
const ANNUAL = (820 * 4) / 2430;

describe('crm-roi evaluate: plan against actual (text)', () => {
  let stdout = '';
  beforeAll(() => {
    const run = cli('evaluate', caseFile('tracked.json', tracked()));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    stdout = run.stdout;
  });

  it('sets the figures to date beside the plan, with the variance', () => {
    expect(stdout).toContain('Plan against actual, through Mar 2025 (month 3)');
    expect(stdout).toMatch(/^Costs\s+\$1,500\.00\s+\$1,530\.00\s+\$30\.00$/m);
    expect(stdout).toMatch(/^Benefits\s+\$1,200\.00\s+\$1,150\.00\s+-\$50\.00$/m);
    expect(stdout).toMatch(/^Net\s+-\$300\.00\s+-\$380\.00\s+-\$80\.00$/m);
    expect(stdout).toMatch(new RegExp(`^ROI\\s+-20\\.0 %\\s+${(ROI_TO_DATE * 100).toFixed(1)} %$`, 'm'));
    // Set-up in the initial period, fees in March, sales in February.
    expect(stdout).toContain('3 line-months to date without an actual count at plan');
  });

  it('gives each line its variance', () => {
    expect(stdout).toMatch(/^Set-up\s+cost\s+\$1,200\.00\s+\$1,200\.00\s+\$0\.00\s+0$/m);
    expect(stdout).toMatch(/^Fees\s+cost\s+\$300\.00\s+\$330\.00\s+\$30\.00\s+2$/m);
    expect(stdout).toMatch(/^Sales\s+benefit\s+\$1,200\.00\s+\$1,150\.00\s+-\$50\.00\s+2$/m);
  });

  it('puts the re-forecast beside the plan', () => {
    // The plan alone: −1,200, then +300 a month: NPV 2,400, payback in exactly 4 months.
    expect(stdout).toMatch(/^Net present value \(NPV\)\s+\$2,400\.00\s+\$2,320\.00$/m);
    expect(stdout).toMatch(new RegExp(`^ROI \\(nominal, undiscounted\\)\\s+100\\.0 %\\s+${((2320 / 2430) * 100).toFixed(1)} %$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^Payback \\(months, simple\\)\\s+4\\.0 months\\s+${PAYBACK.toFixed(1)} months$`, 'm'));
  });

  it('gives the realised annual ROI, the payback it implies and the payback from the flows', () => {
    expect(stdout).toMatch(new RegExp(`^Annual ROI \\(last 3 months on the system cost of \\$2,430\\.00\\)\\s+${(ANNUAL * 100).toFixed(1)} %$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^Payback that rate implies\\s+${(12 / ANNUAL).toFixed(1)} months$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^Payback from the re-forecast flows\\s+${PAYBACK.toFixed(1)} months$`, 'm'));
  });

  it('lists the quarters and years with their periodic ROI, planned beside realised', () => {
    // Planned for months 1–3: (1,200 − 300) / 2,400.
    const q1 = new RegExp(`^Year 1 Q1\\s+Jan 2025 – Mar 2025\\s+\\$330\\.00\\s+\\$1,150\\.00\\s+\\$820\\.00\\s+${((820 / 2430) * 100).toFixed(1)} %\\s+37\\.5 %\\s+${(3 / (820 / 2430)).toFixed(1)} months$`, 'm');
    expect(stdout).toMatch(q1);
    expect(stdout).toMatch(/^Year 1 \(to date\)\s+Jan 2025 – Mar 2025\s+\$330\.00/m);
  });

  it('shows a period under way up to the last month with an actual', () => {
    const c = tracked();
    (c.costs[1].actuals as Record<string, number>)['2025-04'] = 100; // as planned, so the system cost stays 2,430
    // April: fees 100, sales 400 from the plan, net 300 on 2,430; planned (400 − 100) / 2,400.
    const { stdout: text } = cli('evaluate', caseFile('april.json', c));
    expect(text).toMatch(new RegExp(`^Year 1 Q2 \\(to date\\)\\s+Apr 2025\\s+\\$100\\.00\\s+\\$400\\.00\\s+\\$300\\.00\\s+${((300 / 2430) * 100).toFixed(1)} %\\s+12\\.5 %\\s+${(2430 / 300).toFixed(1)} months$`, 'm'));
  });

  it('reports each KPI against its baseline and target', () => {
    // Baseline 42, actual (38 + 36) / 2 = 37: (37 − 42) / (32 − 42) = 50 % of the way.
    expect(stdout).toMatch(/^Sales cycle\s+days\s+lower\s+42\s+32\s+37\s+50\.0 %\s+2$/m);
  });

  it('adds nothing to a case without actuals', () => {
    expect(cli('evaluate', 'examples/small-business.json').stdout).not.toContain('Plan against actual');
  });

  it('lists KPIs before any value is known, without plan against actual', () => {
    const c = tracked();
    for (const line of [...c.costs, ...c.benefits]) delete line.actuals;
    delete c.kpis![0].actuals;
    const path = caseFile('kpis-only.json', c);
    const text = cli('evaluate', path).stdout;
    expect(text).not.toContain('Plan against actual');
    expect(text).toMatch(/^Sales cycle\s+days\s+lower\s+42\s+32\s+–\s+–\s+0$/m);
    const json = JSON.parse(cli('evaluate', path, '--json').stdout);
    expect(json).not.toHaveProperty('actuals');
    expect(json).not.toHaveProperty('reforecast');
    expect(json.kpis).toEqual([{ id: 'cycle', name: 'Sales cycle', unit: 'days', betterWhen: 'lower', baseline: 42, target: 32, actual: null, months: 0, uplift: null, progress: null }]);
  });
});

describe('crm-roi evaluate --json: actuals, reforecast, kpis', () => {
  const out = () => JSON.parse(cli('evaluate', caseFile('tracked-json.json', tracked()), '--json').stdout);

  it('has the figures to date, the plan to date and the variance', () => {
    const { actuals } = out();
    expect(actuals).toMatchObject({
      throughMonth: 3, throughDate: '2025-03',
      toDate: { costs: 1530, benefits: 1150, net: -380, filledFromPlan: [{ lineId: 'setup', months: ['2024-12'] }, { lineId: 'fees', months: ['2025-03'] }, { lineId: 'sales', months: ['2025-02'] }] },
      plannedToDate: { costs: 1500, benefits: 1200, net: -300, roi: -0.2 },
      variance: { costs: 30, benefits: -50, net: -80 },
      systemCost: 2430,
    });
    expect(actuals.toDate.roi).toBeCloseTo(ROI_TO_DATE, 12);
    expect(actuals.variance.lines.map((l: { id: string; planned: number; actual: number; variance: number }) => [l.id, l.planned, l.actual, l.variance])).toEqual([
      ['setup', 1200, 1200, 0], ['fees', 300, 330, 30], ['sales', 1200, 1150, -50],
    ]);
    expect(actuals.annualRoi).toBeCloseTo(ANNUAL, 12);
    expect(actuals.impliedPaybackMonths).toBeCloseTo(12 / ANNUAL, 9);
  });

  it('has the periods as numbers, without English labels', () => {
    const { quarters, years } = out().actuals.byPeriod;
    expect(quarters).toHaveLength(1);
    expect(quarters[0]).toMatchObject({ year: 1, quarter: 1, firstMonth: 1, lastMonth: 3, from: '2025-01', to: '2025-03', complete: true, costs: 330, benefits: 1150, net: 820 });
    expect(quarters[0]).not.toHaveProperty('label');
    expect(quarters[0].periodRoi).toBeCloseTo(820 / 2430, 12);
    expect(quarters[0].planned.periodRoi).toBeCloseTo(900 / 2400, 12);
    expect(years[0]).toMatchObject({ year: 1, firstMonth: 1, lastMonth: 12, complete: false, net: 820 });
    expect(years[0]).not.toHaveProperty('quarter');
  });

  it('re-forecasts with the metrics at their usual paths', () => {
    const { reforecast } = out();
    expect(reforecast.totals).toEqual({ costs: 2430, benefits: 4750, net: 2320 });
    expect(reforecast.npv).toBeCloseTo(2320, 9);
    expect(reforecast.roi.nominal).toBeCloseTo(2320 / 2430, 12);
    expect(reforecast.paybackMonths.simple).toBeCloseTo(PAYBACK, 12);
    expect(typeof reforecast.irr).toBe('number');
  });

  it('reports the KPIs', () => {
    expect(out().kpis).toEqual([{ id: 'cycle', name: 'Sales cycle', unit: 'days', betterWhen: 'lower', baseline: 42, target: 32, actual: 37, months: 2, uplift: -5, progress: 0.5 }]);
  });

  it('serialises error results as {error, message}, like the metrics', () => {
    // No costs, and only the initial period has an actual: no ROI to date, no annual rate yet.
    const free: RoiCase = { name: 'Free', currency: 'EUR', startDate: '2025-01-01', horizonMonths: 6, discountRate: 0, costs: [],
      benefits: [{ id: 'gain', type: 'amount', name: 'Gain', category: 'other', amount: 10, per: 'month', startMonth: 1, actuals: { '2024-12': 5 } }] };
    const json = JSON.parse(cli('evaluate', caseFile('free.json', free), '--json').stdout);
    expect(json.actuals.throughMonth).toBe(0);
    expect(json.actuals.toDate.roi).toEqual({ error: '#DIV/0!', message: expect.any(String) });
    expect(json.actuals.annualRoi).toEqual({ error: '#N/A', message: expect.any(String) });
    expect(json.reforecast.roi.nominal).toEqual({ error: '#DIV/0!', message: 'no costs to compare against' });
    expect(json.reforecast.totals).toEqual({ costs: 0, benefits: 65, net: 65 });
  });

  it('shows a money KPI\u2019s realised benefit', () => {
    const c = tracked();
    c.benefits.push({ id: 'speed', type: 'amount', name: 'Faster deals', category: 'revenue', amount: 200, per: 'month', startMonth: 1 });
    c.kpis![0] = { ...c.kpis![0], valuePerUnit: 50, benefit: 'speed' };
    // Each month's days saved on the 42-day baseline × 50: (42 − 38) × 50 + (42 − 36) × 50 = 500.
    const path = caseFile('measured.json', c);
    expect(JSON.parse(cli('evaluate', path, '--json').stdout).kpis[0].benefit).toEqual({ lineId: 'speed', realised: 500 });
    expect(cli('evaluate', path).stdout).toMatch(/^Sales cycle\s+days\s+lower\s+42\s+32\s+37\s+50\.0 %\s+2\s+\$500\.00$/m);
  });
});
