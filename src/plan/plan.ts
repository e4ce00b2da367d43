import { evaluate } from '../case/evaluate';
import { yearsOf } from '../case/validate';
import type { Evaluation } from '../case/evaluation';
import { caseTerms } from '../case/terms';
import type { RoiCase } from '../case/types';
import { absolute, address, parseAddress, range } from './a1';
import { BLOCKS, blockKey, columnKey, INPUT_COLUMNS, LAYOUT_KEY, lineKey, type Block, type InputColumn } from './anchors';
import { formats, STYLES } from './format';
import { Grid } from './grid';
import { writeAssumptions, writeInputs, section, type PlannedLine } from './inputs';
import { COL, HOW_TO_READ, INPUT_WIDTH, SECTION } from './layout';
import { writeSchedule } from './schedule';
import { writeSummary } from './summary';
import type { ChartSpec, NamedRange, SheetPlan } from './types';
import { DEFAULT_SHEET_NAME, namePrefixFor } from './update';

export interface PlanOptions {
  /** Default "CRM ROI". Pass chooseSheetName(...)'s answer. */
  sheetName?: string;
  /** Prefix of every named range; default namePrefixFor(sheetName). */
  namePrefix?: string;
  /** evaluate(case) when the caller already has it. */
  evaluation?: Evaluation;
}

/** Blank rows the notes section offers for the analyst's own remarks. */
const SPARE_NOTE_ROWS = 2;
/** Rows the two charts beside the summary need (288 px at 20 px a row). */
const CHART_ROWS = 15;

// Column C is wide for the Summary's explanations, which wrap there beside the charts.
const INPUT_WIDTHS = [30, 13, 40, 13, 24, 13, 22, 13, 24, 13, 24, 13, 10, 10, 10, 10, 10, 10, 10, 10, 14, 40];
const MONTH_WIDTH = 12;

/**
 * The worksheet for a case: assumptions, inputs, a monthly schedule of native formulas, a summary, notes.
 * Deterministic: the same case gives the same plan. Throws CaseValidationError for an invalid case.
 */
export function planSheet(input: RoiCase, options: PlanOptions = {}): SheetPlan {
  const ev = options.evaluation ?? evaluate(input);
  const c = ev.case;
  const f = formats(c.currency);
  const sheetName = options.sheetName ?? DEFAULT_SHEET_NAME;
  const prefix = options.namePrefix ?? namePrefixFor(sheetName);
  const grid = new Grid();
  const terms = caseTerms(c);
  const lines: PlannedLine[] = [
    ...c.costs.map((line, i) => ({ line, terms: terms.costs[i] })),
    ...c.benefits.map((line, i) => ({ line, terms: terms.benefits[i] })),
  ];

  grid.set(0, 0, { value: 'CRM ROI business case', style: 'title' });
  grid.set(1, 0, { value: `Amounts in ${c.currency}. Blue cells on yellow are inputs; everything else is calculated by the formulas shown.`, style: 'subtitle' });
  const a = writeAssumptions(grid, 3, c, ev.monthlyRate, f);
  const inputsTop = a.rows.monthlyRate + 2;
  const yearColumns = yearsOf(c.horizonMonths);
  const inputRows = writeInputs(grid, inputsTop, lines, yearColumns, a, f);
  const scheduleTop = inputsTop + 2 + lines.length + 1;
  const s = writeSchedule(grid, scheduleTop, ev, lines, inputRows, yearColumns, a, f);
  const summaryTop = s.end + 1;
  const summary = writeSummary(grid, summaryTop, ev, s, a, f);

  const notesTop = Math.max(summary.end, summaryTop + CHART_ROWS) + 1;
  section(grid, notesTop, SECTION.notes);
  const notes = c.notes ?? [];
  for (let i = 0; i < notes.length + SPARE_NOTE_ROWS; i++) grid.set(notesTop + 1 + i, 0, { ...(i < notes.length ? { value: notes[i] } : {}), style: 'input' });
  const howTop = notesTop + 2 + notes.length + SPARE_NOTE_ROWS;
  section(grid, howTop, SECTION.howToRead);
  HOW_TO_READ.forEach((text, i) => grid.set(howTop + 1 + i, 0, { value: text, style: 'note' }));

  const width = Math.max(INPUT_WIDTH + yearColumns, s.width);
  const owned = range(0, 0, grid.height - 1, width - 1);

  // The initial period and every month: one contiguous series per row.
  const months = (r: number) => `${absolute(r, s.initialCol)}:${absolute(r, s.monthCol + s.months - 1)}`;
  const years = (r: number) => `${absolute(r, s.yearCol)}:${absolute(r, s.yearCol + s.years - 1)}`;
  const rows = (top: number, bottom: number) => `${absolute(top, 0)}:${absolute(bottom, width - 1)}`;
  const blocks: Record<Block, [number, number]> = {
    TITLE: [0, 1],
    ASSUMPTIONS: [a.rows.name - 1, a.rows.monthlyRate],
    INPUTS: [inputsTop, inputsTop + 1],
    SCHEDULE: [scheduleTop, s.end - 1],
    SUMMARY: [summaryTop, summary.end - 1],
    NOTES: [notesTop, howTop - 1],
    HOW_TO_READ: [howTop, howTop + HOW_TO_READ.length],
  };
  const names: NamedRange[] = [
    { name: LAYOUT_KEY, ref: rows(0, grid.height - 1) },
    ...BLOCKS.map((b) => ({ name: blockKey(b), ref: rows(...blocks[b]) })),
    { name: 'CASE_NAME', ref: absolute(a.rows.name, 1) },
    { name: 'CURRENCY', ref: absolute(a.rows.currency, 1) },
    ...(Object.entries(INPUT_COLUMNS) as [InputColumn, number][]).map(([column, col]) => ({ name: columnKey(column), ref: absolute(inputsTop + 1, col) })),
    ...lines.map(({ line }, i) => ({ name: lineKey(line.type, line.id!), ref: rows(inputRows[i], inputRows[i]) })),
    { name: 'NOTES', ref: `${absolute(notesTop + 1, 0)}:${absolute(howTop - 1, 0)}` },
    { name: 'START_DATE', ref: a.startDate },
    { name: 'HORIZON', ref: a.horizon },
    { name: 'DISCOUNT_RATE', ref: a.discountRate },
    { name: 'MONTHLY_RATE', ref: a.monthlyRate },
    ...(lines.length ? [{ name: 'INPUTS', ref: `${absolute(inputRows[0], 0)}:${absolute(inputRows[inputRows.length - 1], COL.note)}` }] : []),
    { name: 'NET_CASH_FLOW', ref: months(s.rows.net) },
    { name: 'CUMULATIVE_NET', ref: months(s.rows.cumulative) },
    ...Object.entries(summary.cells).map(([name, ref]) => ({ name, ref })),
  ].map((n) => ({ name: prefix + n.name, ref: n.ref }));

  // The cumulative chart runs over month numbers, the unit of its payback marker, so the marker sits on the line.
  const charts: ChartSpec[] = [
    {
      id: 'cumulativeNet', title: 'Cumulative net cash flow by month (payback where it crosses zero)', type: 'line',
      series: [
        { name: 'Cumulative net', categories: months(s.rows.monthNumber), values: months(s.rows.cumulative) },
        { name: 'Cumulative discounted net', categories: months(s.rows.monthNumber), values: months(s.rows.cumulativeDiscounted) },
      ],
      anchor: address(summaryTop + 1, 3), width: 480, height: 288, marker: summary.cells.PAYBACK,
    },
    {
      id: 'annualCostsBenefits', title: 'Costs and benefits per year', type: 'column',
      series: [
        { name: 'Costs', categories: years(s.rows.monthNumber), values: years(s.rows.costs) },
        { name: 'Benefits', categories: years(s.rows.monthNumber), values: years(s.rows.benefits) },
      ],
      anchor: address(summaryTop + 1, 9), width: 480, height: 288,
    },
  ];

  const columnWidths = Array.from({ length: width }, (_, i) => INPUT_WIDTHS[i] ?? MONTH_WIDTH);
  // Printed, the answer comes first: each range starts a page and is fitted to one page wide, in this order: the
  // Summary with its charts, notes and how to read; the assumptions and inputs; the schedule's totals and years; its
  // months, a year a page. The title rows and the line labels (column A) repeat on every page.
  const area = (top: number, left: number, bottom: number, right: number) => `${absolute(top, left)}:${absolute(bottom, right)}`;
  const chartsRight = Math.max(...charts.map((chart) => lastColumnUnder(parseAddress(chart.anchor)!.col, chart.width, columnWidths)));
  const monthPages: string[] = [];
  for (let m = 1; m <= s.months; m += 12) monthPages.push(area(scheduleTop, s.initialCol + m, s.end - 1, s.initialCol + Math.min(m + 11, s.months)));
  const printArea = [
    area(summaryTop, 0, grid.height - 1, chartsRight),
    area(0, 0, scheduleTop - 2, INPUT_WIDTH - 1),
    area(scheduleTop, 0, s.end - 1, s.initialCol),
    ...monthPages,
  ].join(',');

  return {
    sheetName,
    cells: grid.dense(width),
    columnWidths,
    frozen: { rows: 2, columns: 1 },
    names,
    charts,
    styles: STYLES,
    owned,
    print: { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printArea, printTitles: { rows: '$1:$2', columns: '$A:$A' } },
    hiddenRows: [s.rows.below, s.rows.belowDiscounted],
  };
}

/** The last column a drawing `px` wide starting at column `col` reaches; a unit of width is about 7 px. */
function lastColumnUnder(col: number, px: number, widths: number[]): number {
  let right = widths[col] * 7;
  while (right < px && col < widths.length - 1) right += widths[++col] * 7;
  return col;
}


