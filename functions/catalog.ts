import { benefitCostRatio, clv, impliedPayback, notAvailable, numError, paybackPeriod, periodRoi, reason, roi, uplift } from '../src/finance';
import type { Result } from '../src/finance';
import { METRIC_KEYS, metricsOf, type MetricKey } from '../src/case/metric-catalog';
import { metricEn } from '../src/i18n/messages/metric/en';
import { cashFlowMetrics } from '../src/case/metrics';
import type { ParamSpec } from './coerce';

// Every custom function, declared once (in the spirit of HyperFormula's FinancialPlugin table). The Excel file
// (=CRM.ROI), the Sheets globals (=CRMROI), functions.json, Code.js and docs/functions.md are all generated from it.

/** After coercion: a number per `number` parameter, a list per `series`/`sample` parameter. */
export type Arg = number | number[];

/** SUMMARY's labelled rows. */
export type Table = [metric: MetricKey, value: Result][];

export type NumberFormat = 'percent' | 'ratio' | 'money' | 'periods';

export interface Example {
  /** As typed in a cell (Excel syntax; Sheets is the same with its own name). */
  formula: string;
  args: unknown[];
  /** Worked out by hand, not by running the code: the tests check the code against it. */
  expected: number | string | [string, number | string][];
}

export interface FunctionSpec {
  /** Excel name, in the CRM namespace: =CRM.ROI(...). */
  id: string;
  /** Google Sheets name (a global); must not clash with a built-in Sheets function. */
  sheetsName: string;
  description: string;
  params: ParamSpec[];
  /** value: one number (a column of them when vectorised over rows); table: a labelled 2-column table. */
  result: { shape: 'value' | 'table'; format: NumberFormat };
  examples: Example[];
  run(args: Arg[]): Result | Table;
}

const money = (name: string, description: string): ParamSpec => ({ name, kind: 'number', description });
const n = (a: Arg): number => a as number;
const v = (a: Arg): number[] => a as number[];

/** The rows SUMMARY returns (all of them), in registry order, under their registry labels. */
// Peak funding is the sheet's and the CLI's: SUMMARY lists the metrics of its two series, as it always has.
export const SUMMARY_ROWS: readonly MetricKey[] = METRIC_KEYS.filter((k) => k !== 'PEAK_FUNDING' && k !== 'PEAK_FUNDING_MONTH');
/** An example's expected row: the registry label and a value worked out by hand. */
const row = (key: MetricKey, value: number | string): [string, number | string] => [metricEn[`metric.${key}`], value];

export const catalog: FunctionSpec[] = [
  {
    id: 'ROI',
    sheetsName: 'CRMROI',
    description: 'Return on investment: (benefit − cost) / cost.',
    params: [money('benefit', 'Total benefit (money)'), money('cost', 'Total cost (money); not 0')],
    result: { shape: 'value', format: 'percent' },
    examples: [{ formula: '=CRM.ROI(150000, 100000)', args: [150000, 100000], expected: 0.5 }],
    run: ([benefit, cost]) => roi(n(benefit), n(cost)),
  },
  {
    id: 'PAYBACK',
    sheetsName: 'PAYBACK',
    description: 'Fractional periods until the cumulative (discounted) benefits cover the up-front cost; #N/A when they never do.',
    params: [
      money('cost', 'Up-front cost at the start (money)'),
      { name: 'benefits', kind: 'series', description: 'Net benefit of each period, in order (one row or column)' },
      {
        name: 'rate_per_period',
        kind: 'number',
        description: 'Discount rate for one period of benefits, not a year: monthly flows take a monthly rate, (1 + annual)^(1/12) − 1; omitted = 0 (simple payback)',
        default: 0,
        above: -1,
      },
    ],
    result: { shape: 'value', format: 'periods' },
    examples: [
      { formula: '=CRM.PAYBACK(1, {0.3,0.3,0.3,0.3})', args: [1, [[0.3, 0.3, 0.3, 0.3]]], expected: 10 / 3 },
      { formula: '=CRM.PAYBACK(100, {50,50,50}, 0.1)', args: [100, [[50, 50, 50]], 0.1], expected: 2 + (100 - 50 / 1.1 - 50 / 1.21) / (50 / 1.331) },
      // Monthly flows at 10 % a year: month k is discounted by 1.1^(k/12), so months 1–3 bring 885.84 and month 4
      // brings 290.62: 3 + (1000 − 885.84) / 290.62 ≈ 3.39 months.
      {
        formula: '=CRM.PAYBACK(1000, {300,300,300,300}, 1.1^(1/12)-1)',
        args: [1000, [[300, 300, 300, 300]], 1.1 ** (1 / 12) - 1],
        expected: 3 + (1000 - 300 / 1.1 ** (1 / 12) - 300 / 1.1 ** (2 / 12) - 300 / 1.1 ** (3 / 12)) / (300 / 1.1 ** (4 / 12)),
      },
      { formula: '=CRM.PAYBACK(100, {10,10})', args: [100, [[10, 10]]], expected: '#N/A' },
    ],
    run: ([cost, benefits, ratePerPeriod]) => paybackPeriod(v(benefits), { initial: n(cost), rate: n(ratePerPeriod) }),
  },
  {
    id: 'BCR',
    sheetsName: 'BCR',
    description: 'Benefit-cost ratio: benefit / cost.',
    params: [money('benefit', 'Total (present value of) benefit'), money('cost', 'Total (present value of) cost; not 0')],
    result: { shape: 'value', format: 'ratio' },
    examples: [{ formula: '=CRM.BCR(150000, 100000)', args: [150000, 100000], expected: 1.5 }],
    run: ([benefit, cost]) => benefitCostRatio(n(benefit), n(cost)),
  },
  {
    id: 'CLV',
    sheetsName: 'CLV',
    description: 'Customer lifetime value: margin × retention / (1 + discount_rate − retention).',
    params: [
      money('margin', 'Margin per customer per period (money)'),
      { name: 'retention', kind: 'number', description: 'Share of customers kept each period, 0 to 1', min: 0, max: 1 },
      { name: 'discount_rate', kind: 'number', description: 'Discount rate per period', above: -1 },
    ],
    result: { shape: 'value', format: 'money' },
    examples: [{ formula: '=CRM.CLV(100, 0.8, 0.1)', args: [100, 0.8, 0.1], expected: 80 / 0.3 }],
    run: ([margin, retention, rate]) => clv(n(margin), n(retention), n(rate)),
  },
  {
    id: 'UPLIFT',
    sheetsName: 'UPLIFT',
    description: 'Change in the monthly average after go-live: AVERAGE(after) − AVERAGE(before).',
    params: [
      { name: 'before', kind: 'sample', description: 'Monthly values before go-live (one row or column; blanks skipped)' },
      { name: 'after', kind: 'sample', description: 'Monthly values after go-live (one row or column; blanks skipped)' },
    ],
    result: { shape: 'value', format: 'money' },
    examples: [{ formula: '=CRM.UPLIFT({100,110,90}, {130,120,140})', args: [[[100, 110, 90]], [[130, 120, 140]]], expected: 30 }],
    run: ([before, after]) => uplift(v(before), v(after)),
  },
  // Value realisation: measuring a CRM that is already running, a quarter or a year at a time.
  {
    id: 'PERIODROI',
    sheetsName: 'PERIODROI',
    description: "ROI for one period (a quarter, a year): the period's benefits minus its costs, over the total cost of the system.",
    params: [
      money('benefits', 'Benefits realised in the period (money)'),
      money('costs', 'Costs of the period, e.g. licences and support (money)'),
      money('system_cost', 'Total cost of the system (money); not 0'),
    ],
    result: { shape: 'value', format: 'percent' },
    examples: [
      // A year: (450,000 − 150,000) / 1,000,000 = 0.3, i.e. 30 % a year.
      { formula: '=CRM.PERIODROI(450000, 150000, 1000000)', args: [450000, 150000, 1000000], expected: 0.3 },
      // A quarter: (120,000 − 45,000) / 1,000,000 = 0.075.
      { formula: '=CRM.PERIODROI(120000, 45000, 1000000)', args: [120000, 45000, 1000000], expected: 0.075 },
      { formula: '=CRM.PERIODROI(1000, 500, 0)', args: [1000, 500, 0], expected: '#DIV/0!' },
    ],
    run: ([benefits, costs, systemCost]) => periodRoi(n(benefits), n(costs), n(systemCost)),
  },
  {
    id: 'IMPLIEDPAYBACK',
    sheetsName: 'IMPLIEDPAYBACK',
    description: 'Periods of payback a period ROI implies: 1 / period_roi, as if every period returned as much; #N/A when the ROI is 0 or less.',
    params: [{ name: 'period_roi', kind: 'number', description: 'ROI for one period, e.g. from PERIODROI (30 % a year = 0.3)' }],
    result: { shape: 'value', format: 'periods' },
    examples: [
      // 1 / 0.3 = 3.33 years: "30 % a year pays back in a bit over three years".
      { formula: '=CRM.IMPLIEDPAYBACK(0.3)', args: [0.3], expected: 10 / 3 },
      // 1 / 0.075 = 13.33 quarters.
      { formula: '=CRM.IMPLIEDPAYBACK(0.075)', args: [0.075], expected: 40 / 3 },
      { formula: '=CRM.IMPLIEDPAYBACK(0)', args: [0], expected: '#N/A' },
    ],
    run: ([periodReturn]) => impliedPayback(n(periodReturn)),
  },
  {
    id: 'REALISEDPAYBACK',
    sheetsName: 'REALISEDPAYBACK',
    description: 'Payback from actual net cash flows: fractional periods until their cumulative (discounted) sum is ≥ 0 for good; #N/A when it never is.',
    params: [
      {
        name: 'net_flows',
        kind: 'series',
        description: 'Net cash flow of each period, in order (one row or column); the first is the initial period\'s, not discounted: an up-front outlay is negative',
      },
      {
        name: 'rate_per_period',
        kind: 'number',
        description: 'Discount rate for one period of flows, not a year (monthly flows take a monthly rate); omitted = 0 (simple payback)',
        default: 0,
        above: -1,
      },
    ],
    result: { shape: 'value', format: 'periods' },
    examples: [
      // Cumulative −1000, −700, −400, −100, +200: short by 100 after period 3, then 300 a period: 3 + 100/300.
      { formula: '=CRM.REALISEDPAYBACK({-1000,300,300,300,300})', args: [[[-1000, 300, 300, 300, 300]]], expected: 3 + 100 / 300 },
      // Cumulative −100, −40, +20, −30, +30: back below zero in period 3, so paid back for good in period 4: 3 + 30/60.
      { formula: '=CRM.REALISEDPAYBACK({-100,60,60,-50,60})', args: [[[-100, 60, 60, -50, 60]]], expected: 3 + 30 / 60 },
      // At 10 % a period, 110/1.1 = 100 and 121/1.21 = 100: cumulative −150, −50, +50, so 1 + 50/100.
      { formula: '=CRM.REALISEDPAYBACK({-150,110,121}, 0.1)', args: [[[-150, 110, 121]], 0.1], expected: 1.5 },
      { formula: '=CRM.REALISEDPAYBACK({-100,10,20})', args: [[[-100, 10, 20]]], expected: '#N/A' },
    ],
    run: ([netFlows, ratePerPeriod]) => realisedPayback(v(netFlows), n(ratePerPeriod)),
  },
  {
    id: 'SUMMARY',
    sheetsName: 'SUMMARY',
    description: 'The headline metrics of monthly cost and benefit flows (end of month), as a labelled 2-column table.',
    params: [
      { name: 'costs', kind: 'series', description: 'Cost of each month, in order (one row or column)' },
      { name: 'benefits', kind: 'series', description: 'Benefit of each month, in order; the shorter series is padded with 0' },
      { name: 'annual_rate', kind: 'number', description: 'Discount rate per year, e.g. 0.1 for 10 %; applied monthly as (1 + annual_rate)^(1/12) − 1; omitted = 0', default: 0, above: -1 },
      { name: 'initial_cost', kind: 'number', description: 'Cost in the initial period (month 0: today, never discounted), e.g. the up-front outlay; omitted = 0', default: 0 },
      { name: 'initial_benefit', kind: 'number', description: 'Benefit in the initial period (month 0); omitted = 0', default: 0 },
    ],
    result: { shape: 'table', format: 'money' },
    examples: [
      {
        formula: '=CRM.SUMMARY({1000,100,100}, {0,800,800})',
        args: [[[1000, 100, 100]], [[0, 800, 800]]],
        expected: [
          row('TOTAL_COSTS', 1200), row('TOTAL_BENEFITS', 1600), row('NET_BENEFIT', 400),
          row('PV_COSTS', 1200), row('PV_BENEFITS', 1600), row('NPV', 400),
          row('ROI', 1 / 3), row('ROI_PV', 1 / 3), row('BCR', 4 / 3),
          // net flows −1000, 700, 700: 700/(1+m) + 700/(1+m)² = 1000 ⇒ 1/(1+m) = (−1 + √(1 + 4·1000/700))/2
          row('IRR', Math.pow(2 / (-1 + Math.sqrt(1 + 4000 / 700)), 12) - 1),
          row('PAYBACK', 2 + 300 / 700), row('PAYBACK_DISCOUNTED', 2 + 300 / 700), row('BREAK_EVEN', 3),
        ],
      },
    ],
    run: ([costs, benefits, rate, initialCost, initialBenefit]) => summary(v(costs), v(benefits), n(rate), { costs: n(initialCost), benefits: n(initialBenefit) }),
  },
];

function summary(costs: number[], benefits: number[], annualRate: number, initial: { costs: number; benefits: number }): Result | Table {
  const months = Math.max(costs.length, benefits.length);
  const pad = (xs: number[]) => xs.concat(new Array<number>(months - xs.length).fill(0));
  let m;
  try {
    m = cashFlowMetrics(pad(costs), pad(benefits), annualRate, initial);
  } catch (e) {
    // Only reachable through overflow (e.g. a rate near −100 % over many months): inputs are checked already.
    if (e instanceof RangeError) return numError(reason('fn.resultNotFinite', { fn: 'SUMMARY' }));
    throw e;
  }
  return metricsOf(SUMMARY_ROWS).map((spec): [MetricKey, Result] => [spec.key, spec.value(m)]);
}

/** Payback from net flows whose first is the initial period (t0): the case's payback, with −flows[0] as the outlay. */
function realisedPayback(flows: number[], rate: number): Result {
  if (flows.length > 1) return paybackPeriod(flows.slice(1), { initial: -flows[0], rate });
  // Only the initial period: paid back from the start, or not within the horizon. A zero flow after it tells the
  // two apart with the core's own rounding of a shortfall, without counting it as a period.
  const atStart = paybackPeriod([0], { initial: -flows[0] });
  return atStart === 0 ? 0 : notAvailable(reason('fn.onlyInitialPeriod', { fn: 'REALISEDPAYBACK', what: 'net_flows', value: flows[0] }));
}

export const byId = (id: string): FunctionSpec => {
  const spec = catalog.find((f) => f.id === id);
  if (!spec) throw new Error(`no custom function ${id}`);
  return spec;
};

/** Vectorised over rows when every parameter is a per-case number. */
export const isVectorised = (spec: FunctionSpec): boolean => spec.params.every((p) => p.kind === 'number');
