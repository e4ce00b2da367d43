import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';

// examples/tei-composite.json against the TEI-style tables published in docs/tei-example.md. The figures below were
// computed independently of src/ in exact rational arithmetic and rounded to the dollar; the first block checks the page
// prints exactly these figures, so the page and this test cannot drift apart, and the rest checks evaluate() against
// them to within 50 cents (ROI to 0.1 %).

const example = JSON.parse(readFileSync(new URL('../../examples/tei-composite.json', import.meta.url), 'utf8'));
const page = readFileSync(new URL('../../docs/tei-example.md', import.meta.url), 'utf8');

interface Row { initial: number; years: [number, number, number]; total: number; pv: number }
const row = (initial: number, years: [number, number, number], total: number, pv: number): Row => ({ initial, years, total, pv });

/** Cash Flow Analysis (risk-adjusted estimates); costs as positive amounts. */
const RISK_ADJUSTED = {
  costs: row(811_800, [747_500, 994_750, 1_242_440], 3_796_490, 3_246_916),
  benefits: row(0, [2_080_000, 3_395_500, 4_259_000], 9_734_500, 7_896_957),
  net: row(-811_800, [1_332_500, 2_400_750, 3_016_560], 5_938_010, 4_650_041),
  cumulative: [-811_800, 520_700, 2_921_450, 5_938_010],
};
/** Cash flow before risk adjustment (unadjusted estimates). */
const UNADJUSTED = {
  costs: row(738_000, [700_000, 935_000, 1_170_400], 3_543_400, 3_026_430),
  benefits: row(0, [2_450_000, 4_020_000, 5_060_000], 11_530_000, 9_351_240),
  net: row(-738_000, [1_750_000, 3_085_000, 3_889_600], 7_986_600, 6_324_810),
  cumulative: [-738_000, 1_012_000, 4_097_000, 7_986_600],
};
/** The summary: ROI in per cent to 0.1 %. */
const SUMMARY = {
  roi: { riskAdjusted: 143.2, unadjusted: 209.0 },
  nominalRoi: { riskAdjusted: 156.4, unadjusted: 225.4 },
  npv: { riskAdjusted: 4_650_041, unadjusted: 6_324_810 },
  pvBenefits: { riskAdjusted: 7_896_957, unadjusted: 9_351_240 },
  pvCosts: { riskAdjusted: 3_246_916, unadjusted: 3_026_430 },
};
/** Per-line tables: the estimate and the risk-adjusted row (Initial, Year 1–3, total, present value). */
const LINES: Record<string, { estimate: Row; riskAdjusted: Row }> = {
  implementation: { estimate: row(450_000, [0, 0, 0], 450_000, 450_000), riskAdjusted: row(495_000, [0, 0, 0], 495_000, 495_000) },
  projectTeam: { estimate: row(288_000, [0, 0, 0], 288_000, 288_000), riskAdjusted: row(316_800, [0, 0, 0], 316_800, 316_800) },
  licences: {
    estimate: row(0, [450_000, 675_000, 900_000], 2_025_000, 1_643_125),
    riskAdjusted: row(0, [472_500, 708_750, 945_000], 2_126_250, 1_725_282),
  },
  adminSupport: {
    estimate: row(0, [250_000, 260_000, 270_400], 780_400, 645_304),
    riskAdjusted: row(0, [275_000, 286_000, 297_440], 858_440, 709_835),
  },
  sellerProductivity: {
    estimate: row(0, [1_200_000, 1_850_000, 2_400_000], 5_450_000, 4_422_990),
    riskAdjusted: row(0, [1_020_000, 1_572_500, 2_040_000], 4_632_500, 3_759_542),
  },
  winRate: {
    estimate: row(0, [650_000, 1_300_000, 1_750_000], 3_700_000, 2_980_090),
    riskAdjusted: row(0, [520_000, 1_040_000, 1_400_000], 2_960_000, 2_384_072),
  },
  serviceEfficiency: {
    estimate: row(0, [420_000, 560_000, 600_000], 1_580_000, 1_295_417),
    riskAdjusted: row(0, [378_000, 504_000, 540_000], 1_422_000, 1_165_875),
  },
  legacyRetired: {
    estimate: row(0, [180_000, 310_000, 310_000], 800_000, 652_742),
    riskAdjusted: row(0, [162_000, 279_000, 279_000], 720_000, 587_468),
  },
};

// ---- Reading the page ----

/** The text under the heading that matches, up to the next heading of the same or a higher level. */
function section(match: RegExp): string {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => /^#+ /.test(l) && match.test(l));
  if (start < 0) throw new Error(`docs/tei-example.md has no heading matching ${match}`);
  const level = lines[start].match(/^#+/)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}
/** The cells of each table row, by the row's label (its first cell). */
function tableRows(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const l of text.split('\n')) {
    if (!l.startsWith('|') || /^\|\s*-/.test(l)) continue;
    const [label, ...cells] = l.split('|').slice(1, -1).map((c) => c.trim());
    rows.set(label, cells);
  }
  return rows;
}
/** "$1,234" → 1234, "($1,234)" → −1234. */
function money(cell: string): number {
  const m = cell.match(/^(\()?\$([\d,]+)\)?$/);
  if (!m) throw new Error(`not a dollar amount: "${cell}"`);
  return (m[1] ? -1 : 1) * Number(m[2].replace(/,/g, ''));
}
/** "143.2 %" → 143.2. */
const percent = (cell: string) => Number(cell.replace(/\s*%$/, ''));
const cellsOf = (rows: Map<string, string[]>, label: string) => {
  const cells = rows.get(label);
  if (!cells) throw new Error(`no row "${label}"`);
  return cells;
};
/** A row of Initial, Year 1–3, Total, Present value (a benefit table has no Initial column: it is 0). */
function pageRow(cells: string[], sign = 1): Row {
  const v = cells.map((c) => sign * money(c));
  const [initial, y1, y2, y3, total, pv] = v.length === 5 ? [0, ...v] : v;
  return { initial, years: [y1, y2, y3], total, pv };
}

describe('docs/tei-example.md prints the figures this test checks', () => {
  it.each([
    ['Cash Flow Analysis (risk-adjusted estimates)', /^## Cash Flow Analysis \(risk-adjusted/, RISK_ADJUSTED],
    ['Cash flow before risk adjustment', /^## Cash flow before risk adjustment/, UNADJUSTED],
  ] as const)('%s', (_, heading, expected) => {
    const rows = tableRows(section(heading));
    expect(pageRow(cellsOf(rows, 'Total costs'), -1)).toEqual(expected.costs);
    expect(pageRow(cellsOf(rows, 'Total benefits'))).toEqual(expected.benefits);
    expect(pageRow(cellsOf(rows, 'Net benefits'))).toEqual(expected.net);
    expect(cellsOf(rows, 'Cumulative net benefits').filter((c) => c !== '').map(money)).toEqual(expected.cumulative);
  });

  it('the summary', () => {
    const rows = tableRows(section(/^## Summary/));
    const pair = (label: string, read: (c: string) => number) => {
      const [riskAdjusted, unadjusted] = cellsOf(rows, label).slice(0, 2).map(read);
      return { riskAdjusted, unadjusted };
    };
    expect(pair('Return on investment (ROI)', percent)).toEqual(SUMMARY.roi);
    expect(pair('ROI, nominal (undiscounted)', percent)).toEqual(SUMMARY.nominalRoi);
    expect(pair('Net present value (NPV)', money)).toEqual(SUMMARY.npv);
    expect(pair('Present value of benefits', money)).toEqual(SUMMARY.pvBenefits);
    expect(pair('Present value of costs', money)).toEqual(SUMMARY.pvCosts);
  });

  it.each(Object.keys(LINES))('the table of line %s', (id) => {
    const rows = tableRows(section(new RegExp(`^### .*\\(\`${id}\`\\)`)));
    expect(pageRow(cellsOf(rows, 'Estimate'))).toEqual(LINES[id].estimate);
    expect(pageRow(cellsOf(rows, 'Risk-adjusted'))).toEqual(LINES[id].riskAdjusted);
  });

  it('has a table for every line of the case, and the summary agrees with the cash-flow tables', () => {
    const ids = [...example.costs, ...example.benefits].map((l: { id: string }) => l.id);
    expect(Object.keys(LINES).sort()).toEqual([...ids].sort());
    expect(SUMMARY.npv.riskAdjusted).toBe(RISK_ADJUSTED.net.pv);
    expect(SUMMARY.pvCosts.riskAdjusted).toBe(RISK_ADJUSTED.costs.pv);
    expect(SUMMARY.pvBenefits.unadjusted).toBe(UNADJUSTED.benefits.pv);
  });

  it("each line's estimate × (1 ± its risk) is its risk-adjusted row: costs up, benefits down", () => {
    for (const [side, sign] of [['costs', 1], ['benefits', -1]] as const) {
      for (const l of example[side] as { id: string; risk: number }[]) {
        const { estimate, riskAdjusted } = LINES[l.id];
        const adjust = (v: number) => v * (1 + sign * l.risk);
        [estimate.initial, ...estimate.years, estimate.total].forEach((v, i) =>
          expect(Math.abs(adjust(v) - [riskAdjusted.initial, ...riskAdjusted.years, riskAdjusted.total][i]), l.id).toBeLessThanOrEqual(1));
      }
    }
  });
});

// ---- The example evaluated ----

const DOLLAR = 0.5;
const near = (actual: number, expected: number, what: string) =>
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(DOLLAR);
/** A ROI to 0.1 %: the fraction within half of the last printed digit. */
const nearPercent = (actual: unknown, expectedPercent: number, what: string) => {
  expect(typeof actual, what).toBe('number');
  expect(Math.abs((actual as number) * 100 - expectedPercent), `${what}: ${actual}`).toBeLessThanOrEqual(0.05);
};

describe('examples/tei-composite.json evaluates to the published tables', () => {
  // Evaluated on first use, so that a case the evaluator refuses fails these tests, not the page's.
  let evaluated: ReturnType<typeof evaluate> | undefined;
  const evaluation = () => (evaluated ??= evaluate(example));

  it('has the three TEI years', () => {
    const ev = evaluation();
    expect(ev.years.map((y) => [y.year, y.firstMonth, y.lastMonth])).toEqual([[1, 1, 12], [2, 13, 24], [3, 25, 36]]);
  });

  it('the Initial column', () => {
    const ev = evaluation();
    near(ev.initial.costs, RISK_ADJUSTED.costs.initial, 'initial costs');
    near(ev.initial.benefits, RISK_ADJUSTED.benefits.initial, 'initial benefits');
    near(ev.initial.net, RISK_ADJUSTED.net.initial, 'initial net');
  });

  it('each year, the totals and the cumulative net benefits (risk-adjusted)', () => {
    const ev = evaluation();
    ev.years.forEach((y, k) => {
      near(y.costs, RISK_ADJUSTED.costs.years[k], `year ${k + 1} costs`);
      near(y.benefits, RISK_ADJUSTED.benefits.years[k], `year ${k + 1} benefits`);
      near(y.net, RISK_ADJUSTED.net.years[k], `year ${k + 1} net`);
      near(ev.cumulativeNet[12 * (k + 1) - 1], RISK_ADJUSTED.cumulative[k + 1], `cumulative at the end of year ${k + 1}`);
    });
    near(ev.totals.costs, RISK_ADJUSTED.costs.total, 'total costs');
    near(ev.totals.benefits, RISK_ADJUSTED.benefits.total, 'total benefits');
    near(ev.totals.net, RISK_ADJUSTED.net.total, 'total net');
  });

  it('present values, NPV and ROI (risk-adjusted)', () => {
    const ev = evaluation();
    near(ev.presentValue.costs, SUMMARY.pvCosts.riskAdjusted, 'PV costs');
    near(ev.presentValue.benefits, SUMMARY.pvBenefits.riskAdjusted, 'PV benefits');
    near(ev.npv, SUMMARY.npv.riskAdjusted, 'NPV');
    nearPercent(ev.roi.presentValue, SUMMARY.roi.riskAdjusted, 'ROI (PV basis)');
    nearPercent(ev.roi.nominal, SUMMARY.nominalRoi.riskAdjusted, 'ROI (nominal)');
  });

  it('the unadjusted figures', () => {
    const ev = evaluation();
    const u = ev.unadjusted;
    near(u.totals.costs, UNADJUSTED.costs.total, 'unadjusted total costs');
    near(u.totals.benefits, UNADJUSTED.benefits.total, 'unadjusted total benefits');
    near(u.totals.net, UNADJUSTED.net.total, 'unadjusted total net');
    near(u.presentValue.costs, SUMMARY.pvCosts.unadjusted, 'unadjusted PV costs');
    near(u.presentValue.benefits, SUMMARY.pvBenefits.unadjusted, 'unadjusted PV benefits');
    near(u.npv, SUMMARY.npv.unadjusted, 'unadjusted NPV');
    nearPercent(u.roi.presentValue, SUMMARY.roi.unadjusted, 'unadjusted ROI (PV basis)');
    nearPercent(u.roi.nominal, SUMMARY.nominalRoi.unadjusted, 'unadjusted ROI (nominal)');
  });

  it.each(Object.keys(LINES))('line %s: each year, its total and its present value (risk-adjusted)', (id) => {
    const ev = evaluation();
    const costIndex = example.costs.findIndex((l: { id: string }) => l.id === id);
    const line = costIndex >= 0 ? ev.costs[costIndex] : ev.benefits[example.benefits.findIndex((l: { id: string }) => l.id === id)];
    const expected = LINES[id].riskAdjusted;
    near(line.initial, expected.initial, `${id} initial`);
    [0, 1, 2].forEach((k) => {
      const year = line.monthly.slice(12 * k, 12 * (k + 1)).reduce((s, v) => s + v, 0);
      near(year, expected.years[k], `${id} year ${k + 1}`);
    });
    near(line.total, expected.total, `${id} total`);
    const pv = line.monthly.reduce((s, v, i) => s + v / Math.pow(1 + ev.monthlyRate, i + 1), line.initial);
    near(pv, expected.pv, `${id} present value`);
    // TEI's year-end convention: a line stated per year has all of each year's amount in its last month.
    if (expected.years.some((y) => y > 0)) {
      expect(line.monthly.flatMap((v, i) => (v ? [i + 1] : []))).toEqual([12, 24, 36]);
    }
  });

  it('pays back inside month 12, where the year-end benefits fall', () => {
    const ev = evaluation();
    // The page: 11.6 months simple, 11.67 discounted.
    expect(ev.paybackMonths.simple).toBeCloseTo(11 + 811_800 / 1_332_500, 9);
    expect(ev.paybackMonths.discounted).toBeCloseTo(11 + (811_800 * 1.1) / 1_332_500, 6);
    expect(page).toContain('**11.6 months** (simple; 11.67 discounted)');
  });
});
