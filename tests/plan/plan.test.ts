import { describe, expect, it } from 'vitest';
import { CaseValidationError } from '../../src/case/evaluate';
import { simulate } from '../../src/case/simulate';
import { SHEET_SIMULATION } from '../../src/plan/simulation';
import { parseAddress, parseRange, planSheet, type SheetPlan } from '../../src/plan';
import { blockRows, EXAMPLES, loadExample, MIXED } from './fixtures';

const formulas = (plan: SheetPlan) => plan.cells.flat().flatMap((c) => (c.formula ? [c.formula] : []));
const inside = (outer: string, inner: string) => {
  const [o, i] = [parseRange(outer)!, parseRange(inner.replace(/\$/g, ''))!];
  return i.top >= o.top && i.left >= o.left && i.bottom <= o.bottom && i.right <= o.right;
};
const rowOf = (plan: SheetPlan, label: string) => plan.cells.findIndex((r) => r[0].value === label);
/** The reference of a plan's defined name, without its prefix ("NPV" → "$B$9"). */
const ref = (plan: SheetPlan, name: string) => plan.names.find((n) => n.name === `CRMROI_${name}`)!.ref;

describe('planSheet', () => {
  it('uses only functions Excel, Google Sheets, LibreOffice Calc and HyperFormula all have', () => {
    // No LET/LAMBDA/XLOOKUP/FILTER/SEQUENCE, no custom functions: the sheet must work without the add-in.
    const ALLOWED = new Set(['SUM', 'NPV', 'IRR', 'INDEX', 'MATCH', 'IF', 'AND', 'OR', 'MOD', 'MIN', 'MAX', 'IFERROR', 'DATE', 'YEAR', 'MONTH', 'ROUND', 'INT', 'COLUMNS', 'ABS']);
    const used = new Set([...EXAMPLES.map(loadExample), MIXED].flatMap((c) => formulas(planSheet(c)).flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]))));
    expect([...used].filter((f) => !ALLOWED.has(f))).toEqual([]);
    expect(used.has('NPV') && used.has('IRR') && used.has('SUM')).toBe(true);
  });

  it('is deterministic: the same case twice gives the identical plan', () => {
    expect(JSON.stringify(planSheet(MIXED))).toBe(JSON.stringify(planSheet(structuredClone(MIXED))));
  });

  it('is a dense grid matching its owned range and widths; its layout name covers it, and no marker text is visible', () => {
    const plan = planSheet(MIXED);
    const width = plan.cells[0].length;
    expect(plan.cells.every((r) => r.length === width)).toBe(true);
    expect(plan.columnWidths).toHaveLength(width);
    const owned = parseRange(plan.owned)!;
    expect([owned.top, owned.left, owned.bottom, owned.right]).toEqual([0, 0, plan.cells.length - 1, width - 1]);
    expect(plan.names.find((n) => n.name === 'CRMROI_LAYOUT_V3')!.ref.replace(/\$/g, '')).toBe(plan.owned);
    expect(plan.cells.flat().some((c) => typeof c.value === 'string' && c.value.includes('crm-roi:'))).toBe(false);
  });

  it('reads top to bottom, the answer first: summary, notes, how to read, assumptions, inputs, schedule', () => {
    const plan = planSheet(MIXED);
    const order = ['Summary', 'Notes and unquantified benefits', 'How to read this sheet', 'Assumptions', 'Inputs', 'Schedule'].map((s) => rowOf(plan, s));
    expect(order.every((r, i) => r > 0 && (i === 0 || r > order[i - 1]))).toBe(true);
    expect(plan.cells[rowOf(plan, 'Monthly discount rate')][1].formula).toBe(`=(1+${ref(plan, 'DISCOUNT_RATE')})^(1/12)-1`);
  });

  it("titles the sheet with the case's name, linked to the Case name cell so that renaming the case renames the title", () => {
    for (const c of [MIXED, ...EXAMPLES.map(loadExample)]) {
      const plan = planSheet(c);
      expect(plan.cells[0][0]).toEqual({ formula: `=${ref(plan, 'CASE_NAME')}`, value: c.name, style: 'title' });
      expect(plan.cells[1][0]).toMatchObject({ value: expect.stringContaining(`Amounts in ${c.currency}.`), style: 'subtitle' });
    }
  });

  it('shows the headline metrics on the first screen (25 rows), with the cumulative cash flow chart beside them', () => {
    for (const c of [MIXED, ...EXAMPLES.map(loadExample)]) {
      const plan = planSheet(c);
      for (const key of ['NPV', 'ROI', 'ROI_PV', 'IRR', 'PAYBACK', 'BREAK_EVEN', 'PEAK_FUNDING', 'PEAK_FUNDING_MONTH']) expect(parseRange(ref(plan, key))!.bottom, key).toBeLessThan(25);
      const summary = blockRows(plan, 'SUMMARY');
      expect(summary.top).toBe(3); // under the title, subtitle and a blank row
      // Rows 1–2 stay in view; the Summary scrolls away, leaving the window to the schedule below.
      expect(plan.frozen).toEqual({ rows: 2, columns: 1 });
      const [cumulative, annual] = plan.charts.map((chart) => ({ ...chart, at: parseAddress(chart.anchor)! }));
      expect(cumulative.id).toBe('cumulativeNet');
      // Beside the Summary's rows, from column E: its columns A to D hold the labels, values and explanations.
      for (const chart of [cumulative, annual]) {
        expect(chart.at.row, chart.id).toBeGreaterThan(summary.top);
        expect(chart.at.row, chart.id).toBeLessThan(summary.bottom);
        expect(chart.at.col, chart.id).toBeGreaterThanOrEqual(4);
      }
      // The annual chart starts past the columns the cumulative one's 480 px cover (a unit of width is about 7 px).
      const covered = plan.columnWidths.slice(cumulative.at.col, annual.at.col).reduce((sum, w) => sum + w * 7, 0);
      expect(covered).toBeGreaterThanOrEqual(cumulative.width);
    }
  });

  it('sizes columns C and D for a Summary of two value columns (B, C) and explanations wrapping in D', () => {
    const widths = planSheet(MIXED).columnWidths;
    expect(widths[2]).toBeGreaterThanOrEqual(14);
    expect(widths[3]).toBeGreaterThanOrEqual(40);
  });

  it('prints the Summary with its charts first, then the assumptions and inputs, then the schedule', () => {
    const plan = planSheet(MIXED);
    const areas = plan.print!.printArea!.split(',');
    const [first, second, third] = areas.map((a) => parseRange(a)!);
    expect([first.top, first.left, first.bottom]).toEqual([blockRows(plan, 'SUMMARY').top, 0, blockRows(plan, 'HOW_TO_READ').bottom]);
    for (const cell of [ref(plan, 'NPV'), ...plan.charts.map((chart) => chart.anchor)]) expect(inside(areas[0], cell), cell).toBe(true);
    expect([second.top, second.bottom]).toEqual([blockRows(plan, 'ASSUMPTIONS').top, parseRange(ref(plan, 'INPUTS'))!.bottom]);
    expect(third.top).toBe(blockRows(plan, 'SCHEDULE').top);
    expect(plan.print!.printTitles).toEqual({ rows: '$1:$2', columns: '$A:$A' });
  });

  it('writes one editable input row per line with drivers, timing and the amount as a product of drivers', () => {
    const plan = planSheet(MIXED);
    const row = plan.cells.find((r) => r[0].value === 'Savings' && !r[0].formula)!;
    expect(row.map((c) => c.value).slice(0, 6)).toEqual(['Savings', 'Benefit', 'Fixed amount', 'Cost savings', 'Amount', 30000]);
    // An amount per year, spread over the year's months: the timing and where in the year it falls are inputs.
    expect(row[12]).toMatchObject({ value: 'annual', style: 'input' });
    expect(row[13]).toMatchObject({ value: 'spread', style: 'input' });
    expect(row[5].style).toBe('input');
    const r = plan.cells.indexOf(row) + 1;
    expect(row[20]).toMatchObject({ formula: `=$F$${r}/IF(AND($M$${r}="annual",$N$${r}="spread"),12,1)`, value: 2500 });
    expect(row[16]).toMatchObject({ value: 9, style: 'input' });
    // Its yearly amount by year of the line: year 1 is the driver's cell, later years follow the one before.
    expect(row[22]).toMatchObject({ formula: `=F${r}`, value: 30000, style: 'calc' });
    expect(row[23]).toMatchObject({ formula: `=W${r}`, value: 30000, style: 'input' });
    const licences = plan.cells.find((x) => x[0].value === 'Licences' && !x[0].formula)!;
    const lr = plan.cells.indexOf(licences) + 1;
    expect(licences[20].formula).toBe(`=$F$${lr}*$H$${lr}`);
    expect(licences[15]).toMatchObject({ formula: `=${ref(plan, 'HORIZON')}`, value: 30 }); // "to the horizon" stays linked
    expect(licences[21]).toMatchObject({ value: 'list price' });
    expect(licences[22]).toMatchObject({ formula: `=H${lr}` }); // users by year
    const setup = plan.cells.find((x) => x[0].value === 'Setup' && !x[0].formula)!;
    expect(setup[22]).toEqual({}); // a one-time cost has no yearly driver
  });

  it('shows where in the year an amount falls only where it means something: blank on monthly and one-time lines', () => {
    const plan = planSheet(MIXED);
    const inYear = (name: string) => plan.cells.find((r) => r[0].value === name && !r[0].formula)![13];
    expect(inYear('Setup')).toEqual({ style: 'label' });
    expect(inYear('Licences')).toEqual({ style: 'label' });
    expect(inYear('Retention')).toMatchObject({ value: 'spread', style: 'label' });
    expect(inYear('Savings')).toMatchObject({ value: 'spread', style: 'input' });
  });

  it('formats money in the case currency: its symbol in its place where common, the ISO code after the amount otherwise', () => {
    const fmt = (currency: string) => planSheet({ ...MIXED, currency }).cells.flat().find((c) => c.style === 'total' && c.numberFormat?.includes('#,##0'))!.numberFormat;
    expect(fmt('USD')).toBe('"$"#,##0;[Red]-"$"#,##0');
    expect(fmt('EUR')).toBe('#,##0" €";[Red]-#,##0" €"');
    expect(fmt('GBP')).toContain('"£"');
    expect(fmt('CHF')).toContain('"CHF "');
    expect(fmt('MUR')).toContain('" MUR"');
  });

  it('names inputs and metrics inside the owned range, with the prefix', () => {
    const plan = planSheet(MIXED, { namePrefix: 'ROI1_' });
    const names = plan.names.map((n) => n.name);
    for (const n of ['NPV', 'ROI', 'ROI_PV', 'IRR', 'PAYBACK', 'PAYBACK_DISCOUNTED', 'BREAK_EVEN', 'DISCOUNT_RATE', 'HORIZON', 'START_DATE', 'INPUTS']) expect(names).toContain(`ROI1_${n}`);
    expect(new Set(names).size).toBe(names.length);
    for (const n of plan.names) {
      expect(n.name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(inside(plan.owned, n.ref), n.name).toBe(true);
    }
  });

  it('describes the cumulative net chart with the payback cell, and costs against benefits per year', () => {
    const plan = planSheet(MIXED);
    const [cum, annual] = plan.charts;
    expect(cum).toMatchObject({ id: 'cumulativeNet', type: 'line' });
    expect(cum.marker).toBe(plan.names.find((n) => n.name === 'CRMROI_PAYBACK')!.ref);
    expect(annual).toMatchObject({ id: 'annualCostsBenefits', type: 'column' });
    expect(annual.series.map((s) => s.name)).toEqual(['Costs', 'Benefits']);
    const years = parseRange(annual.series[0].values.replace(/\$/g, ''))!;
    expect(years.right - years.left + 1).toBe(Math.ceil(MIXED.horizonMonths / 12));
    for (const s of [...cum.series, ...annual.series]) expect(inside(plan.owned, s.values) && inside(plan.owned, s.categories)).toBe(true);
  });

  it('refuses an invalid case with the validator\'s reasons', () => {
    expect(() => planSheet({ ...MIXED, horizonMonths: 0 })).toThrow(CaseValidationError);
  });
});

describe('a case with three-point estimates', () => {
  const c = loadExample('enterprise-tei');
  const plan = planSheet(c, { builtOn: '2026-11-23' });
  const block = (name: string) => parseRange(plan.names.find((n) => n.name === `CRMROI_BLOCK_${name}`)!.ref.replace(/\$/g, ''))!;

  it('has the Monte Carlo block: percentiles, probabilities and the histogram, stamped with draws, seed and date', () => {
    const sim = simulate(c, SHEET_SIMULATION);
    const { top } = block('SIMULATION');
    expect(plan.cells[top + 1][0].value).toBe('10,000 draws, seed 1, triangular distributions, computed by the add-in on 2026-11-23; an update computes them again.');
    const row = (label: string) => plan.cells.find((r, i) => i > top && r[0].value === label)!;
    expect(row('Net present value (NPV)').slice(1, 5).map((x) => x.value)).toEqual([sim.npv.p10, sim.npv.p50, sim.npv.p90, sim.npv.mean]);
    expect(row('Probability that NPV > 0')[1].value).toBe(sim.probabilityNpvPositive);
    const counts = row('Draws').slice(1).map((x) => x.value).filter((v) => typeof v === 'number') as number[];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(SHEET_SIMULATION.iterations);
    expect(plan.charts.map((ch) => ch.id)).toEqual(['cumulativeNet', 'annualCostsBenefits', 'npvSensitivity', 'npvHistogram']);
  });

  it('is the same plan for the same case and date, and has no such blocks without estimates', () => {
    expect(JSON.stringify(planSheet(c, { builtOn: '2026-11-23' }))).toBe(JSON.stringify(plan));
    expect(planSheet(MIXED).names.filter((n) => /BLOCK_(ESTIMATES|SCENARIOS|SIMULATION)$|SCENARIO$/.test(n.name))).toEqual([]);
  });
});
