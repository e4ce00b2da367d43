import { cellMessage, type CellText } from './issue-text';
import type { LineKind } from '../case/lines';
import { parseRange, type Cell, type Rect } from './a1';
import { findLayout, INPUT_COLUMNS, KPI_KEYS, namesOf, parseEstimateKey, parseLineKey, sheetLocale, V1_COLUMNS, V2_COLUMNS, type InputColumn } from './anchors';
import type { Locale } from '../i18n/locales';
import { ASSUMPTION_KEYS, assumptionLabel, sectionTitle, V1_COL, type AssumptionKey } from './layout';
import type { SheetIssue } from './types';
import { isBlank } from './cell-text';
import type { SheetSnapshot } from './update';

// Where the things readSheet reads are on a sheet now. Layout v2 answers from the defined names alone; a v1 sheet
// (a marker in row 1, no layout name) from its labels, as v1 wrote them: in English, the only language it had.

export interface Located {
  /** Each assumption's value cell. */
  assumptions: Record<AssumptionKey, Cell>;
  /** The column of each Inputs field read back; a sheet of an older layout lacks the later ones. */
  columns: Partial<Record<InputColumn, number>>;
  /** Line rows top to bottom; v2 names carry the type and id, a v1 row has only its labels. */
  lines: { row: number; kind?: LineKind; id?: string }[];
  /** The case notes' cells, top to bottom. */
  notes: Cell[];
  /** The three-point estimates' rows, by line id and field. */
  estimates: { row: number; lineId: string; field: string }[];
  /** Each line's actual row (month 0 in `left`), by line id; a sheet before layout 4 has none. */
  actuals: { lineId: string; cells: Rect }[];
  /** Each KPI's table row, baseline values and actual values, top to bottom. */
  kpis: { id: string; table: Rect; baseline: Rect; actual: Rect }[];
  /** v1 rows hold Side and Type labels to read the type from (a v2 row's type is in its name). */
  version: number;
  /** The language the sheet was written in (its LANG_ name; English before there was one). */
  lang: Locale;
}

const ASSUMPTION_NAMES: Record<AssumptionKey, string> = {
  name: 'CASE_NAME', currency: 'CURRENCY', startDate: 'START_DATE', horizonMonths: 'HORIZON', discountRate: 'DISCOUNT_RATE', monthlyRate: 'MONTHLY_RATE',
};

/** The places to read, or the issues saying which anchor is gone (a deleted row or column takes its name with it). */
export function locate(snapshot: SheetSnapshot): { located?: Located; issues: SheetIssue[] } {
  const layout = findLayout(snapshot.names);
  return layout ? locateByNames(snapshot, layout.prefix, layout.version) : locateByLabels(snapshot);
}

/** An Inputs column by its header, as the sheet wrote it in the reader's language. */
const HEADERS: Record<Exclude<InputColumn, 'BASIS'>, CellText> = {
  NAME: { key: 'sheet.input.line' }, CATEGORY: { key: 'sheet.input.category' },
  VALUE1: { key: 'sheet.input.driver', params: { n: 1 } }, VALUE2: { key: 'sheet.input.driver', params: { n: 2 } },
  VALUE3: { key: 'sheet.input.driver', params: { n: 3 } }, VALUE4: { key: 'sheet.input.driver', params: { n: 4 } },
  TIMING: { key: 'sheet.input.timing' }, IN_YEAR: { key: 'sheet.input.inYear' }, START: { key: 'sheet.input.startMonth' },
  END: { key: 'sheet.input.endMonth' }, FULL_EFFECT: { key: 'sheet.input.fullEffect' }, RISK: { key: 'sheet.input.risk' },
  ESCALATION: { key: 'sheet.input.escalation' }, CHURN: { key: 'sheet.input.churn' }, NOTE: { key: 'sheet.input.note' },
  YEARS: { key: 'sheet.input.year', params: { k: 1 } },
};
// Layout 2's Basis column was headed in English, the only language that layout had.
const columnHeader = (column: InputColumn): CellText | string => (column === 'BASIS' ? 'Basis' : HEADERS[column]);

/** Part of the layout is gone: the sheet cannot be read at all (#N/A at A1). */
const missing = (text: CellText): SheetIssue => ({ address: 'A1', message: cellMessage(text, 'en'), code: '#N/A', text });

function locateByNames(snapshot: SheetSnapshot, prefix: string, version: number): { located?: Located; issues: SheetIssue[] } {
  const names = namesOf(snapshot.names, prefix);
  const issues: SheetIssue[] = [];
  const rect = (key: string, what: CellText) => {
    const r = parseRange(names.get(key) ?? '');
    const state: CellText = { key: names.has(key) ? 'cell.gone.noCell' : 'cell.gone.missing' };
    if (!r) issues.push(missing({ key: 'cell.gone', params: { what, name: `${prefix}${key}`, state } }));
    return r;
  };
  const lang = sheetLocale(snapshot.names);
  const assumptions = {} as Record<AssumptionKey, Cell>;
  for (const k of ASSUMPTION_KEYS) {
    const key = ASSUMPTION_NAMES[k];
    const r = rect(key, { key: 'cell.assumptionCell', params: { label: { key: `sheet.assumption.${k}` } } });
    if (r) assumptions[k] = { row: r.top, col: r.left };
  }
  const columns: Located['columns'] = {};
  for (const column of version === 2 ? V2_COLUMNS : (Object.keys(INPUT_COLUMNS) as InputColumn[])) {
    const r = rect(`COL_${column}`, { key: 'cell.inputsColumn', params: { column: columnHeader(column) } });
    if (r) columns[column] = r.left;
  }
  const lines: Located['lines'] = [];
  for (const [key, ref] of names) {
    const line = parseLineKey(key);
    const r = line && parseRange(ref);
    // A line whose row was deleted has lost its name's reference: the analyst removed that line.
    if (line && r) lines.push({ row: r.top, ...line });
  }
  lines.sort((a, b) => a.row - b.row);
  const estimates: Located['estimates'] = [];
  for (const [key, ref] of names) {
    const est = parseEstimateKey(key);
    const r = est && parseRange(ref);
    if (est && r) estimates.push({ row: r.top, ...est });
  }
  const notes: Cell[] = [];
  const n = rect('NOTES', { key: 'cell.notesBlock' });
  if (n) for (let row = n.top; row <= n.bottom; row++) notes.push({ row, col: n.left });
  // A deleted actual or KPI row takes its name's reference with it: those actuals, or that KPI, are gone.
  const actuals: Located['actuals'] = [];
  const kpis: Located['kpis'] = [];
  for (const [key, ref] of names) {
    const act = /^ACT_(.+)$/.exec(key);
    const cells = act && parseRange(ref);
    if (act && cells) actuals.push({ lineId: act[1], cells });
    const kpi = new RegExp(`^${KPI_KEYS.table}_(.+)$`).exec(key);
    const [table, baseline, actual] = kpi ? [key, `${KPI_KEYS.baseline}_${kpi[1]}`, `${KPI_KEYS.actual}_${kpi[1]}`].map((k) => parseRange(names.get(k) ?? '')) : [];
    if (kpi && table && baseline && actual) kpis.push({ id: kpi[1], table, baseline, actual });
  }
  kpis.sort((a, b) => a.table.top - b.table.top);
  return issues.length ? { issues } : { located: { assumptions, columns, lines, notes, estimates, actuals, kpis, version, lang }, issues };
}

function locateByLabels(snapshot: SheetSnapshot): { located?: Located; issues: SheetIssue[] } {
  const issues: SheetIssue[] = [];
  const find = (label: string) => {
    const r = snapshot.values.findIndex((row) => typeof row[0] === 'string' && row[0].trim() === label);
    if (r < 0) issues.push(missing({ key: 'cell.noRow', params: { label } }));
    return r;
  };
  const assumptions = Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, { row: find(assumptionLabel('en', k)), col: 1 }])) as Located['assumptions'];
  const inputsRow = find(sectionTitle('en', 'inputs'));
  const notesRow = find(sectionTitle('en', 'notes'));
  const howRow = find(sectionTitle('en', 'howToRead'));
  if (issues.length) return { issues };
  const at = (r: number, c: number) => snapshot.values[r]?.[c];
  // v1 line rows run from below the header while the Side or Type label is there.
  const lines: Located['lines'] = [];
  for (let row = inputsRow + 2; !isBlank(at(row, V1_COL.side)) || !isBlank(at(row, V1_COL.kind)); row++) lines.push({ row });
  const notes: Cell[] = [];
  for (let row = notesRow + 1; row < howRow; row++) notes.push({ row, col: 0 });
  return { located: { assumptions, columns: { ...V1_COLUMNS }, lines, notes, estimates: [], actuals: [], kpis: [], version: 1, lang: 'en' }, issues };
}
