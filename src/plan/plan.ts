import { evaluate } from '../case/evaluate';
import { yearsOf } from '../case/validate';
import type { Evaluation } from '../case/evaluation';
import { metricsOf } from '../case/metric-catalog';
import { caseTerms } from '../case/terms';
import { evaluateScenarios, sensitivity, uncertaintyOf } from '../case/scenarios';
import type { Uncertain } from '../case/validate';
import { estimateKey, linkSwings, SCENARIO_TABLE_ROWS, scenarioChoices, writeEstimates, writeScenarioTable } from './estimates';
import { simulate } from '../case/simulate';
import { SHEET_SIMULATION, writeSimulation } from './simulation';
import type { RoiCase } from '../case/types';
import { absolute, address, parseAddress, range } from './a1';
import { actualKey, BLOCKS, blockKey, columnKey, INPUT_COLUMNS, kpiKey, LAYOUT_KEY, langKey, lineKey, UNCERTAIN_BLOCKS, type Block, type InputColumn } from './anchors';
import { actualsRows, writeActuals } from './actuals';
import { BETTER_WHEN, KPI_COL, writeKpis } from './kpis';
import { kpiReports } from '../case/actuals';
import { formats, STYLES, unitFormats } from './format';
import { Grid } from './grid';
import { writeAssumptions, writeInputs, section, type PlannedLine } from './inputs';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { COL, driverLabel, HOW_TO_READ_LINES, howToRead, INPUT_WIDTH, sectionTitle } from './layout';
import { widthsFor } from './widths';
import { writeSchedule } from './schedule';
import { SHEET_METRICS, summaryRows, writeSummary } from './summary';
import type { ChartSpec, NamedRange, SheetPlan } from './types';
import { DEFAULT_SHEET_NAME, namePrefixFor } from './update';

export interface PlanOptions {
  /** Default "CRM ROI". Pass chooseSheetName(...)'s answer. */
  sheetName?: string;
  /** Prefix of every named range; default namePrefixFor(sheetName). */
  namePrefix?: string;
  /** The date the sheet's simulation is stamped with, YYYY-MM-DD; default today. */
  builtOn?: string;
  /** evaluate(case) when the caller already has it. */
  evaluation?: Evaluation;
  /** The language of every label, explanation and choice word; default English. Recorded in the <prefix>LANG_ name. */
  lang?: Locale;
}

/** Blank rows the notes section offers for the analyst's own remarks. */
const SPARE_NOTE_ROWS = 2;
/** Each chart's size in pixels; at 20 px a row, it spans CHART_ROWS rows. */
const CHART_WIDTH = 480;
const CHART_HEIGHT = 288;
const CHART_ROWS = CHART_HEIGHT / 20;
/** The Summary's rows: its section row, a header row, one row a metric, and the IRR guess row below them. */
const SUMMARY_ROWS = summaryRows(metricsOf(SHEET_METRICS).length);
/** The charts start here, beside the Summary's values and explanations (columns A to D). */
const CHART_COL = 4;


/**
 * The worksheet for a case, the answer first: its name, the summary with its charts, notes, how to read, then the
 * assumptions, inputs and a monthly schedule of native formulas that the summary is computed from.
 * Deterministic: the same case gives the same plan. Throws CaseValidationError for an invalid case.
 */
export function planSheet(input: RoiCase, options: PlanOptions = {}): SheetPlan {
  const ev = options.evaluation ?? evaluate(input);
  const c = ev.case;
  const lang = options.lang ?? 'en';
  const f = { ...formats(c.currency), ...unitFormats(lang) };
  const sheetName = options.sheetName ?? DEFAULT_SHEET_NAME;
  const prefix = options.namePrefix ?? namePrefixFor(sheetName);
  const grid = new Grid();
  const terms = caseTerms(c);
  const lines: PlannedLine[] = [
    ...c.costs.map((line, i) => ({ line, terms: terms.costs[i] })),
    ...c.benefits.map((line, i) => ({ line, terms: terms.benefits[i] })),
  ];

  // The Summary's formulas read the schedule below it, so its rows are reserved here and written last.
  const summaryTop = 3;
  const summaryEnd = summaryTop + SUMMARY_ROWS;
  const chartsTop = summaryTop + 1;
  // With three-point estimates, the scenarios side by side come right under the headline metrics.
  const { uncertain } = uncertaintyOf(input);
  const scenarios = uncertain.length ? evaluateScenarios(input) : undefined;
  const scenariosTop = Math.max(summaryEnd, chartsTop + CHART_ROWS) + 1;
  if (scenarios) writeScenarioTable(grid, scenariosTop, scenarios, f, lang);
  const notesTop = scenarios ? scenariosTop + SCENARIO_TABLE_ROWS + 1 : scenariosTop;
  section(grid, notesTop, sectionTitle(lang, 'notes'));
  const notes = c.notes ?? [];
  for (let i = 0; i < notes.length + SPARE_NOTE_ROWS; i++) grid.set(notesTop + 1 + i, 0, { ...(i < notes.length ? { value: notes[i] } : {}), style: 'input' });
  const howTop = notesTop + 2 + notes.length + SPARE_NOTE_ROWS;
  section(grid, howTop, sectionTitle(lang, 'howToRead'));
  howToRead(lang).forEach((text, i) => grid.set(howTop + 1 + i, 0, { value: text, style: 'prose' }));
  const a = writeAssumptions(grid, howTop + HOW_TO_READ_LINES + 2, c, ev.monthlyRate, f, lang);
  const inputsTop = a.rows.monthlyRate + 2;
  const yearColumns = yearsOf(c.horizonMonths);
  // Three-point estimates get a block of their own below the Inputs, whose selector drives the estimated inputs.
  const estimatesTop = inputsTop + 2 + lines.length + 1;
  const lineIndex = (u: Uncertain) => (u.path[0] === 'costs' ? u.path[1] : c.costs.length + u.path[1]);
  const lineRowById = new Map(lines.map(({ line }, i) => [line.id!, inputsTop + 2 + i]));
  const e = uncertain.length ? writeEstimates(grid, estimatesTop, uncertain, lineRowById, ev.npv, sensitivity(input), f, lang, (u) => driverLabel(lang, lines[lineIndex(u)].terms.kind, u.field)) : undefined;
  const estimated = new Map(uncertain.map((u, i) => [`${lineIndex(u)}/${u.field}`, e!.driverFormula(i)]));
  const inputRows = writeInputs(grid, inputsTop, lines, yearColumns, a, f, lang, (i, field) => estimated.get(`${i}/${field}`));
  // The tornado sits beside the estimates; the schedule starts below both.
  const tornadoHeight = Math.max(200, 90 + 50 * uncertain.length);
  const simulationTop = e ? Math.max(e.end, estimatesTop + 1 + Math.ceil(tornadoHeight / 20)) + 1 : estimatesTop;
  const m = e ? writeSimulation(grid, simulationTop, simulate(input, SHEET_SIMULATION), options.builtOn ?? new Date().toISOString().slice(0, 10), c.currency, f, lang) : undefined;
  const scheduleTop = m ? Math.max(m.end, simulationTop + 1 + Math.ceil(CHART_HEIGHT / 20)) + 1 : estimatesTop;
  const s = writeSchedule(grid, scheduleTop, ev, lines, inputRows, yearColumns, a, f, lang);
  if (e)
    linkSwings(grid, e, uncertain.map((u) => {
      const k = lineIndex(u);
      const j = lines[k].terms.drivers.findIndex((d) => d.key === u.field);
      return {
        initial: absolute(s.lineRows[k], s.initialCol),
        months: `${absolute(s.lineRows[k], s.monthCol)}:${absolute(s.lineRows[k], s.monthCol + s.months - 1)}`,
        risk: absolute(inputRows[k], COL.risk),
        driver: absolute(inputRows[k], COL.driverValues[j]),
        side: lines[k].terms.side,
      };
    }), a.monthlyRate, lang);
  // Below the schedule: the actuals against the plan, then the KPIs (whose cells a measured line's actuals read).
  const actualsTop = s.end + 1;
  const kpis = c.kpis ?? [];
  const kpisTop = actualsTop + actualsRows(lines.length) + 1;
  const k = kpis.length ? writeKpis(grid, kpisTop, kpis, ev.kpis ?? kpiReports(c), c.startDate, s, f, lang) : undefined;
  const act = writeActuals(grid, actualsTop, ev, lines, inputRows, s, k, f, lang);
  const lastRow = k ? k.end - 1 : act.end - 1;
  const summary = writeSummary(grid, summaryTop, ev, s, act, a, f, lang);
  if (summary.end !== summaryEnd) throw new Error(`the Summary took ${summary.end - summaryTop} rows; SUMMARY_ROWS reserves ${SUMMARY_ROWS}`);

  // The title is the case's name, linked so that renaming the case in its assumption cell renames the sheet's title.
  grid.set(0, 0, { formula: `=${absolute(a.rows.name, 1)}`, value: c.name, style: 'title' });
  grid.set(1, 0, { value: t(lang, 'sheet.subtitle', { currency: c.currency }), style: 'subtitle' });

  const width = Math.max(INPUT_WIDTH + yearColumns, s.width, k ? k.right + 1 : 0);
  const owned = range(0, 0, grid.height - 1, width - 1);

  // The initial period and every month: one contiguous series per row.
  const months = (r: number) => `${absolute(r, s.initialCol)}:${absolute(r, s.monthCol + s.months - 1)}`;
  const years = (r: number) => `${absolute(r, s.yearCol)}:${absolute(r, s.yearCol + s.years - 1)}`;
  const rows = (top: number, bottom: number) => `${absolute(top, 0)}:${absolute(bottom, width - 1)}`;
  const blocks: Record<Block, [number, number]> = {
    TITLE: [0, 1],
    SUMMARY: [summaryTop, summaryEnd - 1],
    NOTES: [notesTop, howTop - 1],
    HOW_TO_READ: [howTop, howTop + HOW_TO_READ_LINES],
    ASSUMPTIONS: [a.rows.name - 1, a.rows.monthlyRate],
    INPUTS: [inputsTop, inputsTop + 1],
    SCHEDULE: [scheduleTop, s.end - 1],
    ACTUALS: [actualsTop, act.end - 1],
    KPIS: k ? [kpisTop, k.end - 1] : [0, 0],
    ESTIMATES: e ? [estimatesTop, estimatesTop + 2] : [0, 0],
    SCENARIOS: scenarios ? [scenariosTop, scenariosTop + SCENARIO_TABLE_ROWS - 1] : [0, 0],
    SIMULATION: m ? [simulationTop, m.end - 1] : [0, 0],
  };
  const names: NamedRange[] = [
    { name: LAYOUT_KEY, ref: rows(0, grid.height - 1) },
    { name: langKey(lang), ref: absolute(0, 0) },
    ...BLOCKS.filter((b) => (e || !UNCERTAIN_BLOCKS.includes(b)) && (k || b !== 'KPIS')).map((b) => ({ name: blockKey(b), ref: rows(...blocks[b]) })),
    ...(e ? [{ name: 'SCENARIO', ref: e.scenario }, ...uncertain.map((u, i) => ({ name: estimateKey(u), ref: rows(e.rows[i], e.rows[i]) }))] : []),
    { name: 'CASE_NAME', ref: absolute(a.rows.name, 1) },
    { name: 'CURRENCY', ref: absolute(a.rows.currency, 1) },
    ...(Object.entries(INPUT_COLUMNS) as [InputColumn, number][]).map(([column, col]) => ({ name: columnKey(column), ref: absolute(inputsTop + 1, col) })),
    ...lines.map(({ line }, i) => ({ name: lineKey(line.type, line.id!), ref: rows(inputRows[i], inputRows[i]) })),
    ...lines.map(({ line }, i) => ({ name: actualKey(line.id!), ref: months(act.actualRows[i]) })),
    ...kpis.flatMap((kpi, i) => [
      { name: kpiKey('table', kpi.id!), ref: `${absolute(k!.rows[i].table, 0)}:${absolute(k!.rows[i].table, KPI_COL.benefit)}` },
      { name: kpiKey('baseline', kpi.id!), ref: `${absolute(k!.rows[i].baseline, 1)}:${absolute(k!.rows[i].baseline, k!.right)}` },
      { name: kpiKey('actual', kpi.id!), ref: months(k!.rows[i].actual) },
    ]),
    { name: 'NOTES', ref: `${absolute(notesTop + 1, 0)}:${absolute(howTop - 1, 0)}` },
    { name: 'START_DATE', ref: a.startDate },
    { name: 'HORIZON', ref: a.horizon },
    { name: 'DISCOUNT_RATE', ref: a.discountRate },
    { name: 'MONTHLY_RATE', ref: a.monthlyRate },
    ...(lines.length ? [{ name: 'INPUTS', ref: `${absolute(inputRows[0], 0)}:${absolute(inputRows[inputRows.length - 1], COL.note)}` }] : []),
    // The risk-adjusted series a portfolio sheet rolls up (src/portfolio), beside their difference.
    { name: 'MONTHLY_COSTS', ref: months(s.rows.costs) },
    { name: 'MONTHLY_BENEFITS', ref: months(s.rows.benefits) },
    { name: 'NET_CASH_FLOW', ref: months(s.rows.net) },
    { name: 'CUMULATIVE_NET', ref: months(s.rows.cumulative) },
    ...Object.entries(summary.cells).map(([name, ref]) => ({ name, ref })),
  ].map((n) => ({ name: prefix + n.name, ref: n.ref }));

  const columnWidths = widthsFor(width, lang, c.horizonMonths);
  // The cumulative chart runs over month numbers, the unit of its payback marker, so the marker sits on the line.
  const charts: ChartSpec[] = [
    {
      id: 'cumulativeNet', title: t(lang, 'sheet.chart.cumulative'), type: 'line',
      series: [
        { name: t(lang, 'sheet.schedule.cumulative'), categories: months(s.rows.monthNumber), values: months(s.rows.cumulative) },
        { name: t(lang, 'sheet.schedule.cumulativeDiscounted'), categories: months(s.rows.monthNumber), values: months(s.rows.cumulativeDiscounted) },
      ],
      anchor: address(chartsTop, CHART_COL), width: CHART_WIDTH, height: CHART_HEIGHT, marker: summary.cells.PAYBACK, markerName: t(lang, 'sheet.chart.payback'),
    },
    {
      id: 'annualCostsBenefits', title: t(lang, 'sheet.chart.annual'), type: 'column',
      series: [
        { name: t(lang, 'sheet.chart.costs'), categories: years(s.rows.monthNumber), values: years(s.rows.costs) },
        { name: t(lang, 'sheet.chart.benefits'), categories: years(s.rows.monthNumber), values: years(s.rows.benefits) },
      ],
      anchor: address(chartsTop, lastColumnUnder(CHART_COL, CHART_WIDTH, columnWidths) + 1), width: CHART_WIDTH, height: CHART_HEIGHT,
    },
  ];
  // Plan against actual: the re-forecast line leaves the plan's at the first month whose actual differs from it.
  charts.push({
    id: 'realisation', title: t(lang, 'actuals.chart.title'), type: 'line',
    series: [
      { name: t(lang, 'actuals.chart.plan'), categories: months(s.rows.monthNumber), values: months(act.rows.cumulativePlan) },
      { name: t(lang, 'actuals.chart.actual'), categories: months(s.rows.monthNumber), values: months(act.rows.cumulative) },
    ],
    anchor: address(chartsTop, lastColumnUnder(parseAddress(charts[1].anchor)!.col, CHART_WIDTH, columnWidths) + 1), width: CHART_WIDTH, height: CHART_HEIGHT,
  });  // The tornado beside the estimates: NPV's change from expected as each estimate runs to either end.
  if (e)
    charts.push({
      id: 'npvSensitivity', title: t(lang, 'sheet.chart.tornado'), type: 'bar',
      series: [
        { name: scenarioChoices(lang)[0], categories: e.tornado.categories, values: e.tornado.conservative },
        { name: scenarioChoices(lang)[2], categories: e.tornado.categories, values: e.tornado.optimistic },
      ],
      anchor: address(estimatesTop + 1, 9), width: 480, height: tornadoHeight,
    });
  if (m)
    charts.push({
      id: 'npvHistogram', title: t(lang, 'sheet.chart.histogram'), type: 'column',
      series: [{ name: t(lang, 'sheet.simulation.draws'), categories: m.histogram.categories, values: m.histogram.values }],
      // Right of the histogram's twelve bins, so it covers none of them.
      anchor: address(simulationTop + 1, 14), width: CHART_WIDTH, height: CHART_HEIGHT,
    });


  // Printed, the answer comes first too: each range starts a page and is fitted to one page wide, in this order: the
  // Summary with its charts, notes and how to read; the assumptions and inputs; the schedule's totals and years; its
  // months, a year a page; the actuals and KPIs by their totals and years (their months are on screen, where they are
  // typed). The title rows and the line labels (column A) repeat on every page.
  const area = (top: number, left: number, bottom: number, right: number) => `${absolute(top, left)}:${absolute(bottom, right)}`;
  const chartsRight = Math.max(...charts.map((chart) => lastColumnUnder(parseAddress(chart.anchor)!.col, chart.width, columnWidths)));
  const monthPages: string[] = [];
  for (let m = 1; m <= s.months; m += 12) monthPages.push(area(scheduleTop, s.initialCol + m, s.end - 1, s.initialCol + Math.min(m + 11, s.months)));
  const printArea = [
    area(summaryTop, 0, howTop + HOW_TO_READ_LINES, chartsRight),
    area(a.rows.name - 1, 0, scheduleTop - 2, INPUT_WIDTH + yearColumns - 1),
    area(scheduleTop, 0, lastRow, s.initialCol),
    ...monthPages,
  ].join(',');

  return {
    sheetName,
    cells: grid.dense(width),
    columnWidths,
    // The case's name and the line labels stay in view; the Summary is not frozen, or it would leave the schedule
    // below it a sliver of the window.
    frozen: { rows: 2, columns: 1 },
    names,
    charts,
    styles: STYLES,
    owned,
    print: { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printArea, printTitles: { rows: '$1:$2', columns: '$A:$A' } },
    hiddenRows: [s.rows.below, s.rows.belowDiscounted, act.rows.through, act.rows.below],
    validations: [
      ...(e ? [{ ref: e.scenario, list: scenarioChoices(lang) }] : []),
      ...(k ? k.rows.map((r) => ({ ref: absolute(r.table, KPI_COL.betterWhen), list: [...BETTER_WHEN] })) : []),
    ],
  };
}

/** The last column a drawing `px` wide starting at column `col` reaches; a unit of width is about 7 px. */
function lastColumnUnder(col: number, px: number, widths: number[]): number {
  let right = widths[col] * 7;
  while (right < px && col < widths.length - 1) right += widths[++col] * 7;
  return col;
}


