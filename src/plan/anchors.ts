import { LINE_TYPES, type LineKind } from '../case/lines';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { COL, V1_COL } from './layout';

// Layout v2 finds everything through defined names, which Excel, LibreOffice and Sheets move with the analyst's
// edits (inserted, deleted or moved rows and columns, a renamed sheet). Label text and recorded addresses are never
// used. Every name of a sheet starts with its prefix ("CRMROI_", "CRMROI_HARBOR_ROI_", …):
//   <prefix>LAYOUT_V2            the whole region the add-in laid out; the version is part of the name, never visible
//   <prefix>BLOCK_<block>        each block's rows (title, assumptions, inputs header, schedule, summary, notes, how-to)
//   <prefix>CASE_NAME, CURRENCY, START_DATE, HORIZON, DISCOUNT_RATE, MONTHLY_RATE   the assumption cells
//   <prefix>COL_<field>          the Inputs header cell of each column read back
//   <prefix>LINE_<type>_<id>     a line's input row; the type and the stable id travel in the name, in no language
//   <prefix>NOTES                the case notes' cells
//   <prefix>LANG_<locale>        the sheet's language (LANG_DE, LANG_ZH_CN), on the title cell; none before layout 3's i18n: English
//   <prefix>ACT_<id>             a line's actual row; KPI_<id>, KPIB_<id>, KPIA_<id>: a KPI's row, baseline, actuals

export const LAYOUT_VERSION = 4;
export const LAYOUT_KEY = `LAYOUT_V${LAYOUT_VERSION}`;
// Layout 3 added the Inputs columns for in-year timing, escalation, churn of kept customers and the years, dropped
// Basis, and put the risk adjustment in the schedule's totals. Layout 4 added the Actuals block below the schedule,
// the KPI block below it, and the realisation rows to the Summary.

/**
 * ESTIMATES (section, selector, headings), SCENARIOS (the table below the estimate rows) and SIMULATION only with
 * three-point estimates.
 */
export const BLOCKS = ['TITLE', 'ASSUMPTIONS', 'INPUTS', 'ESTIMATES', 'SCENARIOS', 'SIMULATION', 'SCHEDULE', 'ACTUALS', 'KPIS', 'SUMMARY', 'NOTES', 'HOW_TO_READ'] as const;
export const UNCERTAIN_BLOCKS: readonly Block[] = ['ESTIMATES', 'SCENARIOS', 'SIMULATION'];
export type Block = (typeof BLOCKS)[number];
export const blockKey = (block: Block): string => `BLOCK_${block}`;

/** The Inputs columns read back, by the name of their anchor (YEARS: the first year's column). */
export const INPUT_COLUMNS = {
  NAME: COL.name,
  CATEGORY: COL.category,
  VALUE1: COL.driverValues[0],
  VALUE2: COL.driverValues[1],
  VALUE3: COL.driverValues[2],
  VALUE4: COL.driverValues[3],
  TIMING: COL.pattern,
  IN_YEAR: COL.inYear,
  START: COL.start,
  END: COL.end,
  FULL_EFFECT: COL.full,
  RISK: COL.risk,
  ESCALATION: COL.escalation,
  CHURN: COL.churn,
  NOTE: COL.note,
  YEARS: COL.years,
} as const;
/** BASIS: layouts 1 and 2 said per month or per year there; layout 3 says it by the timing. */
export type InputColumn = keyof typeof INPUT_COLUMNS | 'BASIS';
/** The columns a layout-2 sheet has (it predates in-year timing, escalation, churn of kept customers and years). */
export const V2_COLUMNS: readonly InputColumn[] = ['NAME', 'CATEGORY', 'VALUE1', 'VALUE2', 'VALUE3', 'VALUE4', 'TIMING', 'BASIS', 'START', 'END', 'FULL_EFFECT', 'RISK', 'NOTE'];
/** Where layout v1 put them. */
export const V1_COLUMNS: Partial<Record<InputColumn, number>> = {
  NAME: V1_COL.name, CATEGORY: V1_COL.category, VALUE1: V1_COL.driverValues[0], VALUE2: V1_COL.driverValues[1], VALUE3: V1_COL.driverValues[2],
  VALUE4: V1_COL.driverValues[3], TIMING: V1_COL.pattern, BASIS: V1_COL.basis, START: V1_COL.start, END: V1_COL.end, FULL_EFFECT: V1_COL.full,
  RISK: V1_COL.risk, NOTE: V1_COL.note,
};
export const columnKey = (column: InputColumn): string => `COL_${column}`;

export const lineKey = (kind: LineKind, id: string): string => `LINE_${kind}_${id}`;

/** A line's actual row (its month cells) in the Actuals block, by line id. */
export const actualKey = (lineId: string): string => `ACT_${lineId}`;
/** A KPI's table row, its baseline values and its actual values by month, by KPI id. */
export const KPI_KEYS = { table: 'KPI', baseline: 'KPIB', actual: 'KPIA' } as const;
export const kpiKey = (part: keyof typeof KPI_KEYS, id: string): string => `${KPI_KEYS[part]}_${id}`;

/** "EST_cost1_users" → { lineId: "cost1", field: "users" }: a field has no "_", an id may. */
export function parseEstimateKey(key: string): { lineId: string; field: string } | undefined {
  const m = /^EST_([A-Za-z][A-Za-z0-9_]*)_([A-Za-z][A-Za-z0-9]*)$/.exec(key);
  return m ? { lineId: m[1], field: m[2] } : undefined;
}

/** "LINE_perUser_cost1" → { kind: "perUser", id: "cost1" }; names ignore case, so the type is matched ignoring it too. */
export function parseLineKey(key: string): { kind: LineKind; id: string } | undefined {
  const m = /^LINE_([A-Za-z]+)_([A-Za-z][A-Za-z0-9_]*)$/.exec(key);
  const kind = m ? LINE_KINDS.get(m[1].toLowerCase()) : undefined;
  return kind ? { kind, id: m![2] } : undefined;
}
const LINE_KINDS = new Map(LINE_TYPES.map((t) => [t.type.toLowerCase(), t.type]));

/** A defined name as a host reports it: the name, and its reference on this sheet ("$B$4", "B4:T4", or "#REF!" once deleted). */
export interface SheetName {
  name: string;
  ref: string;
}

const LAYOUT_NAME = new RegExp(`^(CRMROI_(?:[A-Z0-9_]*_)?)LAYOUT_V(\\d+)$`, 'i');

/** The layout a sheet's names describe: its prefix and version; undefined for a v1 sheet or a foreign one. */
export function findLayout(names: readonly SheetName[] | undefined): { prefix: string; version: number; ref: string } | undefined {
  for (const n of names ?? []) {
    const m = LAYOUT_NAME.exec(n.name);
    if (m) return { prefix: m[1], version: Number(m[2]), ref: n.ref };
  }
  return undefined;
}

/** The names of one layout, keyed without its prefix (upper-cased but for line keys, whose ids keep their case). */
export function namesOf(names: readonly SheetName[] | undefined, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names ?? []) {
    if (n.name.length <= prefix.length || n.name.slice(0, prefix.length).toUpperCase() !== prefix.toUpperCase()) continue;
    const key = n.name.slice(prefix.length);
    // Line, estimate, actual and KPI names carry an id, whose case is kept.
    const id = /^(LINE|EST|ACT|KPIA|KPIB|KPI)_/i.exec(key);
    out.set(id ? `${id[1].toUpperCase()}_${key.slice(id[0].length)}` : key.toUpperCase(), n.ref);
  }
  return out;
}

/** The name recording a sheet's language: "LANG_DE", "LANG_ZH_CN". */
export const langKey = (lang: Locale): string => `LANG_${lang.toUpperCase().replace('-', '_')}`;

/** The language a sheet was written in, by its LANG_ name; English for a sheet without one (layouts 1 and 2 were). */
export function sheetLocale(names: readonly SheetName[] | undefined): Locale {
  const layout = findLayout(names);
  const keys = layout ? namesOf(names, layout.prefix) : new Map<string, string>();
  return LOCALE_TAGS.find((lang) => keys.has(langKey(lang))) ?? 'en';
}
