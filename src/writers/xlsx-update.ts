// A case written into an existing .xlsx the way the add-in writes into an open workbook: the ROI sheet of that name
// is updated when the add-in owns it, otherwise a sheet is added under a free name; prepareWrite decides which cells
// are the add-in's. The workbook is then patched part by part, so every other sheet, chart, name and property stays.
import ExcelJS from 'exceljs';
import { address, parseRange } from '../plan/a1';
import { findLayout } from '../plan/anchors';
import type { SheetPlan } from '../plan/types';
import { prepareWrite, targetSheetName, type PreparedWrite, type WriteOptions } from './flow';
import { ALL_SCENARIO_CHOICES } from '../plan/estimates';
import { CASE_SHEET, CASE_SHEET_PRINT, CASE_SHEET_TITLE, CASE_SHEET_WIDTH, caseSheetIntroHeight, caseSheetRows, chartsOf, printNames, sheetSnapshots, wrappedRowHeights } from './xlsx';
import { BETTER_WHEN } from '../plan/kpis';
import { patchXlsx, type CellEdit, type RowFormat, type SheetEdit } from './xlsx-patch';

export interface WorkbookUpdate {
  data: Uint8Array;
  sheetName: string;
  mode: 'created' | 'updated';
  prepared: PreparedWrite;
}

/** Throws SheetWriteError (invalid case, conflicts with the analyst's cells) before anything is produced. */
export async function buildIntoWorkbook(original: Uint8Array, input: unknown, desired: string, options: WriteOptions = {}): Promise<WorkbookUpdate> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(original as unknown as ArrayBuffer);
  const snapshots = sheetSnapshots(workbook);
  const same = snapshots.find((s) => s.name.toLowerCase() === desired.toLowerCase());
  const sheetName = targetSheetName(snapshots.map((s) => s.name), desired, same);
  const reuse = same !== undefined && same.name.toLowerCase() === sheetName.toLowerCase();
  const prepared = prepareWrite(input, reuse ? same.name : sheetName, reuse ? same : undefined, options);
  const { plan } = prepared;

  const roi: SheetEdit = {
    sheetName: plan.sheetName,
    create: !reuse,
    styles: plan.styles,
    edits: [...planEdits(plan, prepared.keep), ...prepared.clear.flatMap(cellsOf).map((a1) => ({ address: a1, cell: null }))],
    columnWidths: plan.columnWidths.map((width, i) => ({ column: i + 1, width })),
    frozen: plan.frozen,
    charts: chartsOf(plan),
    // The selector's drop-down moves with it; an earlier build's is found by its list, in any language, and goes.
    validations: { lists: [...ALL_SCENARIO_CHOICES, [...BETTER_WHEN]], cells: plan.validations ?? [] },
    print: plan.print,
    rows: rowFormats(plan),
  };
  const removed = new Set(prepared.removeNames.map((n) => n.toUpperCase()));
  // A deleted line's name refers to nothing ("#REF!"), which ExcelJS does not even list: any line name of this layout
  // that the plan no longer has goes too.
  const current = new Set(plan.names.map((n) => n.name.toUpperCase()));
  const lineNames = `${findLayout(plan.names)!.prefix}LINE_`.toUpperCase();
  const caseSheet = caseSheetEdit(workbook, plan, prepared);
  const data = await patchXlsx(original, [roi, ...caseSheet], {
    remove: (name) => removed.has(name.toUpperCase()) || (name.toUpperCase().startsWith(lineNames) && !current.has(name.toUpperCase())),
    add: [
      ...plan.names.map((n) => ({ ...n, sheetName: plan.sheetName })),
      ...printNames(plan.sheetName, plan.print),
      ...caseSheet.flatMap((edit) => printNames(edit.sheetName, CASE_SHEET_PRINT)),
    ],
  });
  return { data, sheetName: plan.sheetName, mode: reuse ? 'updated' : 'created', prepared };
}

/**
 * Every cell the plan fills or styles, but those to keep: the cells it leaves empty and the inputs that already hold
 * its value are not touched, so the analyst's cells, formulas typed into inputs and formatted notes stay as they are.
 */
function planEdits(plan: SheetPlan, keep: PreparedWrite['keep']): CellEdit[] {
  const kept = new Set(keep.map(({ row, col }) => `${row},${col}`));
  const edits: CellEdit[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (kept.has(`${r},${c}`)) return;
      if (cell.value !== undefined || cell.formula !== undefined || cell.style !== undefined || cell.numberFormat !== undefined) edits.push({ address: address(r, c), cell });
    }),
  );
  return edits;
}

/** Every row of the plan's region gets its format: an older layout's tall or hidden rows may sit anywhere in it now. */
function rowFormats(plan: SheetPlan): RowFormat[] {
  const heights = wrappedRowHeights(plan);
  const hidden = new Set(plan.hiddenRows);
  return plan.cells.map((_, row) => ({ row, height: heights.get(row), hidden: hidden.has(row) }));
}

const cellsOf = (a1: string): string[] => {
  const r = parseRange(a1)!;
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(address(row, col));
  return out;
};

/** The case sheet, rewritten when it is the one crm-roi wrote (its title in A1), added when there is none. */
function caseSheetEdit(workbook: ExcelJS.Workbook, plan: SheetPlan, prepared: PreparedWrite): SheetEdit[] {
  const existing = workbook.worksheets.find((s) => s.name.toLowerCase() === CASE_SHEET.toLowerCase());
  if (existing && existing.getCell(1, 1).value !== CASE_SHEET_TITLE) return [];
  const rows = caseSheetRows(plan, prepared.case);
  const edits: CellEdit[] = [];
  // The title and the introduction (a wrapped note) are styled as writeXlsx styles them.
  const styleAt = (r: number, c: number) => (c > 0 ? undefined : r === 0 ? ('title' as const) : r === 1 ? ('note' as const) : undefined);
  rows.forEach((row, r) => row.forEach((text, c) => text !== '' && edits.push({ address: address(r, c), cell: { value: text, ...(styleAt(r, c) && { style: styleAt(r, c) }) } })));
  // What the previous case sheet held beyond the new rows and columns goes.
  existing?.eachRow((row, r) =>
    row.eachCell((_cell, c) => {
      if (rows[r - 1]?.[c - 1] === undefined) edits.push({ address: address(r - 1, c - 1), cell: null });
    }),
  );
  return [{
    sheetName: existing?.name ?? CASE_SHEET,
    create: !existing,
    styles: plan.styles,
    edits,
    columnWidths: [{ column: 1, width: CASE_SHEET_WIDTH }],
    print: CASE_SHEET_PRINT,
    rows: [{ row: 1, height: caseSheetIntroHeight(rows) }],
  }];
}
