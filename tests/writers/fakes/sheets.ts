// A SpreadsheetApp fake that records every Spreadsheet service call, for loading the real dist/gas/Code.js in a vm.
// Cells keep what was entered; formulas are stored, not computed (getValues returns null for them). As in Sheets, a
// number in a date-formatted cell reads back as a Date at midnight in the spreadsheet's time zone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { parseAddress, parseRange } from '../../../src/plan/a1';
import type { SheetsServerApi } from '../../../src/writers/sheets-api';
import { buildSheet, readActiveSheet, updateSheet, type SheetsServer } from '../../../src/writers/sheets-client';

export interface SheetsCell {
  input: string | number | boolean;
  numberFormat?: string;
  style: Record<string, unknown>;
  /** Rich text beyond the plain value: its runs (e.g. a bold word) and link. setValues drops it, as Sheets does. */
  richText?: { runs: string[]; link: string | null };
  /** A drop-down's words (setDataValidation). */
  validation?: string[];
}

export interface SheetsFakeSheet {
  name: string;
  cells: Map<string, SheetsCell>;
  protected: boolean;
  frozen: { rows: number; columns: number };
  widths: Map<number, number>;
  charts: { id: number; options: Record<string, unknown>; ranges: string[]; type: unknown; position: number[] }[];
  /** Sheet-level developer metadata. */
  metadata: { key: string; value: string | null }[];
  /** 0-based rows hidden by hideRows. */
  hiddenRows: Set<number>;
}

export interface Call {
  method: string;
  /** Set for calls that change the spreadsheet. */
  write: boolean;
}

const WRITES = /^(set|clear|insert|remove|activate|add)/;
const key = (r: number, c: number) => `${r},${c}`;

const DAY_MS = 86_400_000;
/** A number format that shows a date: y or d outside quoted text and [colour] sections. */
const isDateFormat = (format = '') => /[yd]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));

/** The zone's wall-clock fields of an instant. */
function wallClock(t: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(t);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)])) as ReturnType<typeof wallClock>;
}

/** How far the zone's clock is ahead of UTC at instant t. */
function zoneOffset(t: number, timeZone: string): number {
  const w = wallClock(t, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(t / 1000) * 1000;
}

/** Utilities.formatDate for the letters the writer uses (yyyy, MM, dd). */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const w = wallClock(date.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return format.replace(/yyyy|MM|dd/g, (letters) => (letters === 'yyyy' ? String(w.year) : two(letters === 'MM' ? w.month : w.day)));
}

export class FakeSpreadsheet {
  sheets: SheetsFakeSheet[] = [];
  active = '';
  namedRanges = new Map<string, { sheet: string; a1: string }>();
  calls: Call[] = [];
  /** The Date getValues hands out: Code.js's own realm's once loaded in a vm, so `instanceof Date` holds there. */
  Date: DateConstructor = Date;
  /** The last chart id given out: ids are unique across the spreadsheet, as Sheets' are. */
  private chartIds = 0;

  /** `timeZone`: the spreadsheet's (File › Settings), which need not be the script's (the process's TZ). */
  constructor(readonly timeZone = 'Etc/UTC') {}

  addSheet(name: string, cells: Record<string, string | number | boolean> = {}): SheetsFakeSheet {
    const sheet: SheetsFakeSheet = { name, cells: new Map(), protected: false, frozen: { rows: 0, columns: 0 }, widths: new Map(), charts: [], metadata: [], hiddenRows: new Set() };
    for (const [a1, input] of Object.entries(cells)) {
      const at = parseAddress(a1)!;
      sheet.cells.set(key(at.row, at.col), { input, style: {} });
    }
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  sheet(name: string) {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The analyst renames a sheet: its named ranges follow it, as in Sheets. */
  rename(from: string, to: string): void {
    const sheet = this.sheet(from)!;
    for (const range of this.namedRanges.values()) if (range.sheet === sheet.name) range.sheet = to;
    if (this.active === sheet.name) this.active = to;
    sheet.name = to;
  }

  get writes() {
    return this.calls.filter((c) => c.write);
  }

  /** Calls per method name, for comparing two runs. */
  tally(): Record<string, number> {
    const t: Record<string, number> = {};
    for (const c of this.calls) t[c.method] = (t[c.method] ?? 0) + 1;
    return t;
  }

  inputs(name: string, rows: number, columns: number) {
    const s = this.sheet(name)!;
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => s.cells.get(key(r, c))?.input ?? ''));
  }

  /** What getValues returns for a cell: text without its apostrophe, null for an (uncomputed) formula, a Date for a date. */
  display(sheet: SheetsFakeSheet, r: number, c: number): string | number | boolean | Date | null {
    const cell = sheet.cells.get(key(r, c));
    const input = cell?.input ?? '';
    if (typeof input === 'number' && isDateFormat(cell?.numberFormat)) return this.midnight(input);
    if (typeof input !== 'string') return input;
    if (input.startsWith('=')) return null;
    return input.replace(/^'/, '');
  }

  /** The instant the day with this serial number starts in the spreadsheet's zone (offset re-read for DST days). */
  private midnight(serial: number): Date {
    const asUtc = Date.UTC(1899, 11, 30) + serial * DAY_MS;
    let t = asUtc - zoneOffset(asUtc, this.timeZone);
    t = asUtc - zoneOffset(t, this.timeZone);
    return new this.Date(t);
  }

  /** Counts each method call on `target` (and on whatever it returns that is itself counted). */
  private counted<T extends object>(target: T, kind: string): T {
    return new Proxy(target, {
      get: (t, p) => {
        const v = (t as any)[p];
        if (typeof v !== 'function' || typeof p !== 'string' || p.startsWith('__')) return v;
        return (...args: unknown[]) => {
          this.calls.push({ method: `${kind}.${p}`, write: WRITES.test(p) });
          return v.apply(t, args);
        };
      },
    });
  }

  /** The globals Code.js expects. */
  globals() {
    const book = this;
    const spreadsheet = book.counted(
      {
        getSpreadsheetTimeZone: () => book.timeZone,
        getSheets: () => book.sheets.map((s) => book.sheetApi(s)),
        getSheetByName: (name: string) => (book.sheet(name) ? book.sheetApi(book.sheet(name)!) : null),
        getActiveSheet: () => book.sheetApi(book.sheet(book.active)!),
        insertSheet: (name: string) => {
          if (book.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
          return book.sheetApi(book.addSheet(name));
        },
        setNamedRange: (name: string, range: { __a1: string; __sheet: string }) => void book.namedRanges.set(name, { sheet: range.__sheet, a1: range.__a1 }),
        removeNamedRange: (name: string) => void book.namedRanges.delete(name),
      },
      'Spreadsheet',
    );
    return {
      SpreadsheetApp: book.counted({ getActiveSpreadsheet: () => spreadsheet, ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' }, newDataValidation: dataValidationBuilder }, 'SpreadsheetApp'),
      Utilities: { formatDate },
      Charts: { ChartType: { LINE: 'LINE', COLUMN: 'COLUMN', BAR: 'BAR' }, ChartMergeStrategy: { MERGE_ROWS: 'MERGE_ROWS', MERGE_COLUMNS: 'MERGE_COLUMNS' } },
    };
  }

  private sheetApi(sheet: SheetsFakeSheet) {
    const book = this;
    const bounds = () => {
      let rows = 0;
      let cols = 0;
      for (const [k, c] of sheet.cells) {
        if (c.input === '') continue;
        const [r, col] = k.split(',').map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, col + 1);
      }
      return { rows, cols };
    };
    const rangeA1 = (a1: string) => {
      const row = /^(\d+):(\d+)$/.exec(a1);
      if (row) return book.rangeApi(sheet, Number(row[1]) - 1, 0, Number(row[2]) - Number(row[1]) + 1, Math.max(1, bounds().cols), a1);
      const r = parseRange(a1)!;
      return book.rangeApi(sheet, r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1, a1);
    };
    return book.counted(
      {
        getName: () => sheet.name,
        getNamedRanges: () =>
          [...book.namedRanges].filter(([, n]) => n.sheet === sheet.name).map(([name, n]) =>
            book.counted({ getName: () => name, getRange: () => rangeA1(n.a1), remove: () => void book.namedRanges.delete(name) }, 'NamedRange'),
          ),
        getRange: (a: string | number, c?: number, rows = 1, cols = 1) => (typeof a === 'string' ? rangeA1(a) : book.rangeApi(sheet, a - 1, c! - 1, rows, cols)),
        getDataRange: () => {
          const { rows, cols } = bounds();
          return book.rangeApi(sheet, 0, 0, Math.max(rows, 1), Math.max(cols, 1));
        },
        getRangeList: (list: string[]) =>
          book.counted(
            {
              setBorder: (...edges: unknown[]) => list.forEach((a1) => rangeA1(a1).__each((cell) => (cell.style.border = edges))),
              clear: () => list.forEach((a1) => rangeA1(a1).__each((cell) => Object.assign(cell, { input: '', style: {}, numberFormat: undefined }))),
              clearFormat: () => list.forEach((a1) => rangeA1(a1).__each((cell) => Object.assign(cell, { style: {}, numberFormat: undefined }))),
            },
            'RangeList',
          ),
        getProtections: () => (sheet.protected ? [{ canEdit: () => false }] : []),
        setColumnWidths: (start: number, count: number, width: number) => {
          for (let i = 0; i < count; i++) sheet.widths.set(start - 1 + i, width);
        },
        showRows: (first: number, count: number) => {
          for (let r = first - 1; r < first - 1 + count; r++) sheet.hiddenRows.delete(r);
        },
        hideRows: (first: number, count = 1) => {
          for (let r = first - 1; r < first - 1 + count; r++) sheet.hiddenRows.add(r);
        },
        setFrozenRows: (n: number) => void (sheet.frozen.rows = n),
        setFrozenColumns: (n: number) => void (sheet.frozen.columns = n),
        getCharts: () =>
          sheet.charts.map((chart) => book.counted({ getChartId: () => chart.id, getOptions: () => ({ get: (o: string) => chart.options[o] }), __chart: chart }, 'EmbeddedChart')),
        removeChart: (c: { __chart: unknown }) => void (sheet.charts = sheet.charts.filter((x) => x !== c.__chart)),
        newChart: () => {
          const chart: SheetsFakeSheet['charts'][number] = { id: 0, options: {}, ranges: [], type: undefined, position: [] };
          const builder: Record<string, Function> = {
            setChartType: (t: unknown) => ((chart.type = t), proxy),
            addRange: (r: { __a1: string }) => (chart.ranges.push(r.__a1), proxy),
            setMergeStrategy: () => proxy,
            setTransposeRowsAndColumns: () => proxy,
            setNumHeaders: () => proxy,
            setPosition: (...p: number[]) => ((chart.position = p), proxy),
            setOption: (k: string, v: unknown) => ((chart.options[k] = v), proxy),
            // A built chart is in no spreadsheet yet: no id.
            build: () => ({ getChartId: () => null, __chart: chart }),
          };
          const proxy = book.counted(builder, 'ChartBuilder');
          return proxy;
        },
        insertChart: (c: { __chart: SheetsFakeSheet['charts'][number] }) => {
          c.__chart.id = ++book.chartIds;
          sheet.charts.push(c.__chart);
        },
        addDeveloperMetadata: (key: string, value: string) => void sheet.metadata.push({ key, value }),
        createDeveloperMetadataFinder: () => book.metadataFinder(sheet, () => true),
        activate: () => void (book.active = sheet.name),
      },
      'Sheet',
    );
  }

  private metadataFinder(sheet: SheetsFakeSheet, match: (m: SheetsFakeSheet['metadata'][number]) => boolean): object {
    return this.counted(
      {
        withKey: (key: string) => this.metadataFinder(sheet, (m) => match(m) && m.key === key),
        find: () =>
          sheet.metadata.filter(match).map((m) =>
            this.counted({ getValue: () => m.value, setValue: (v: string) => void (m.value = v) }, 'DeveloperMetadata'),
          ),
      },
      'DeveloperMetadataFinder',
    );
  }

  private rangeApi(sheet: SheetsFakeSheet, top: number, left: number, rows: number, cols: number, a1 = '') {
    const book = this;
    const each = (f: (cell: SheetsCell, r: number, c: number) => void) => {
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
        const k = key(top + r, left + c);
        if (!sheet.cells.has(k)) sheet.cells.set(k, { input: '', style: {} });
        f(sheet.cells.get(k)!, r, c);
      }
    };
    const grid = <T>(f: (r: number, c: number) => T): T[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
    const styled = (what: string, otherwise: unknown) => grid((r, c) => sheet.cells.get(key(top + r, left + c))?.style[what] ?? otherwise);
    const set = (what: string) => (values: unknown[][]) => {
      if (values.length !== rows || values.some((row) => row.length !== cols)) throw new Error(`The number of rows or columns in the data does not match the range (${what})`);
      each((cell, r, c) => (what === 'input' ? (cell.input = values[r][c] as SheetsCell['input']) : what === 'numberFormat' ? (cell.numberFormat = values[r][c] as string) : (cell.style[what] = values[r][c])));
      return api;
    };
    const api = book.counted(
      {
        __a1: a1,
        __sheet: sheet.name,
        __each: each,
        // Sheets drops the "$" of absolute references.
        getA1Notation: () => a1.replace(/\$/g, ''),
        getValues: () => grid((r, c) => book.display(sheet, top + r, left + c)),
        getFormulas: () => grid((r, c) => {
          const input = sheet.cells.get(key(top + r, left + c))?.input;
          return typeof input === 'string' && input.startsWith('=') ? input : '';
        }),
        // What Sheets reports for a cell that was never formatted.
        getNumberFormats: () => grid((r, c) => sheet.cells.get(key(top + r, left + c))?.numberFormat ?? 'General'),
        getFontWeights: () => styled('fontWeight', 'normal'),
        getFontStyles: () => styled('fontStyle', 'normal'),
        getFontSizes: () => styled('fontSize', 10),
        getFontColors: () => styled('fontColor', '#000000'),
        getBackgrounds: () => styled('background', '#ffffff'),
        getHorizontalAlignments: () => styled('horizontalAlignment', 'general'),
        getWraps: () => styled('wrap', false),
        getRichTextValues: () =>
          grid((r, c) => {
            const cell = sheet.cells.get(key(top + r, left + c));
            const rich = cell?.richText ?? { runs: [String(cell?.input ?? '')], link: null };
            return { getRuns: () => rich.runs, getLinkUrl: () => rich.link, getText: () => rich.runs.join(''), __rich: rich };
          }),
        setRichTextValue: (value: { __rich: SheetsCell['richText'] }) => (each((cell) => (cell.richText = value.__rich)), api),
        setValues: (values: unknown[][]) => {
          each((cell) => delete cell.richText);
          return set('input')(values);
        },
        setNumberFormats: set('numberFormat'),
        setFontWeights: set('fontWeight'),
        setFontStyles: set('fontStyle'),
        setFontSizes: set('fontSize'),
        setFontColors: set('fontColor'),
        setBackgrounds: set('background'),
        setHorizontalAlignments: set('horizontalAlignment'),
        setWraps: set('wrap'),
        // As Sheets: clear() leaves a cell's data validation; clearDataValidations() removes it.
        setDataValidation: (rule: { list: string[] }) => (each((cell) => (cell.validation = rule.list)), api),
        clearDataValidations: () => (each((cell) => delete cell.validation), api),
        clear: () => (each((cell) => Object.assign(cell, { input: '', numberFormat: undefined, style: {} })), api),
        clearFormat: () => (each((cell) => Object.assign(cell, { numberFormat: undefined, style: {} })), api),
      },
      'Range',
    );
    return api;
  }
}

/** SpreadsheetApp.newDataValidation(): the list rule the writer builds, recorded as its words. */
function dataValidationBuilder() {
  const rule: { list: string[]; allowInvalid: boolean } = { list: [], allowInvalid: true };
  const builder = {
    requireValueInList: (list: string[]) => ((rule.list = list), builder),
    setAllowInvalid: (allow: boolean) => ((rule.allowInvalid = allow), builder),
    build: () => rule,
  };
  return builder;
}

const CODE = fileURLToPath(new URL('../../../dist/gas/Code.js', import.meta.url));

/** The real Apps Script bundle, loaded in a fresh vm context whose SpreadsheetApp is `book`. */
export function loadCodeJs(book: FakeSpreadsheet) {
  // Only ECMAScript built-ins, like Apps Script's V8 runtime: no structuredClone, setTimeout, URL or TextEncoder.
  const context = vm.createContext({ ...book.globals(), console });
  book.Date = vm.runInContext('Date', context) as DateConstructor;
  vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  book.calls = []; // loading registers functions only; count from the first server call
  return context as unknown as SheetsServerApi;
}

/**
 * The sidebar's view of the server: each call goes to a Code.js global, and what comes back crosses as
 * google.script.run carries it (plain JSON: a Date or a function in a reply is an error there, so here too).
 */
export function gasServer(gas: SheetsServerApi): SheetsServer {
  const transported = <T>(value: T): T => {
    const visit = (v: unknown, path: string): void => {
      if (v instanceof Object && (Object.prototype.toString.call(v) === '[object Date]' || typeof v === 'function')) throw new Error(`google.script.run cannot return ${path}: ${String(v)}`);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
    };
    visit(value, 'the reply');
    return JSON.parse(JSON.stringify(value)) as T;
  };
  return {
    snapshot: async (sheetName) => transported(sheetName === undefined ? gas.crmRoiSnapshot() : gas.crmRoiSnapshot(sheetName)),
    write: async (request) => transported(gas.crmRoiWrite(JSON.stringify(request))),
  };
}

/** The sidebar's three actions on the Code.js in `gas`, as the wizard's Sheets host runs them. */
export function sidebarOn(gas: SheetsServerApi) {
  const server = gasServer(gas);
  return {
    build: (c: unknown, sheetName?: string) => buildSheet(server, c, sheetName),
    read: () => readActiveSheet(server),
    update: (sheetName?: string) => updateSheet(server, sheetName),
  };
}
