// An Excel workbook behind office-addin-mock: every proxy object is an OfficeMockObject, so reading a property that
// was not loaded and synced yields the mock's error string, exactly as Office.js would refuse it. Writes are queued
// and only reach the workbook state on context.sync(), like a real request batch. Formulas are stored, not computed.
import { OfficeMockObject } from 'office-addin-mock';
import { parseAddress, parseRange } from '../../../src/plan/a1';

export interface FakeCell {
  /** What was entered: a number, boolean, text, or a formula "=…". */
  input: string | number | boolean;
  numberFormat?: string;
  style?: Record<string, unknown>;
  /** A list validation's source ("a,b,c"); clear() ("All") leaves it, as Excel's does. */
  validation?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  title?: string;
  series: { name?: string; values?: string; categories?: string }[];
  position?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  protected: boolean;
  charts: FakeChart[];
  frozen: { rows: number; columns: number };
  columnWidths: Map<number, number>;
  hiddenRows: Set<number>;
  /** What the page layout was set to: orientation, zoom, print area and titles. */
  pageLayout: Record<string, unknown>;
}

export interface FakeOp {
  sheet: string;
  op: string;
  address?: string;
}

const key = (r: number, c: number) => `${r},${c}`;
const isFormula = (v: unknown): boolean => typeof v === 'string' && v.startsWith('=');

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names = new Map<string, { sheet: string; ref: string }>();
  active = '';
  syncs = 0;
  /** Every write the add-in queued, in the order the syncs applied them. */
  ops: FakeOp[] = [];
  private pending: (() => void)[] = [];
  private mocks: OfficeMockObject[] = [];
  readonly context: Excel.RequestContext;

  constructor() {
    this.context = this.build() as unknown as Excel.RequestContext;
  }

  addSheet(name: string, cells: Record<string, string | number | boolean> = {}): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(), protected: false, charts: [], frozen: { rows: 0, columns: 0 }, columnWidths: new Map(), hiddenRows: new Set(), pageLayout: {} };
    for (const [a1, input] of Object.entries(cells)) {
      const at = parseAddress(a1)!;
      sheet.cells.set(key(at.row, at.col), { input });
    }
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  /** Renames a sheet as Excel does: the names that refer to it follow it. */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from)!;
    for (const n of this.names.values()) if (n.sheet === sheet.name) n.sheet = to;
    sheet.name = to;
  }

  /** Deletes a sheet as Excel does: the names that referred to it are left referring to nothing ("#REF!"). */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name)!;
    for (const n of this.names.values()) if (n.sheet === sheet.name) Object.assign(n, { sheet: '', ref: '#REF!' });
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet.name) this.active = this.sheets[0]?.name ?? '';
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The displayed value (text without its apostrophe prefix; formulas are not computed: null). */
  value(sheet: FakeSheet, r: number, c: number): string | number | boolean | null {
    const cell = sheet.cells.get(key(r, c));
    if (!cell || cell.input === '') return '';
    if (isFormula(cell.input)) return null;
    return typeof cell.input === 'string' ? cell.input.replace(/^'/, '') : cell.input;
  }

  /** Inputs as a grid, the way a test compares them with a plan. */
  grid(name: string, rows: number, columns: number): (string | number | boolean)[][] {
    const sheet = this.sheet(name)!;
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.cells.get(key(r, c))?.input ?? ''));
  }

  private queue(sheet: string, op: string, address: string | undefined, apply: () => void) {
    this.pending.push(() => {
      this.ops.push({ sheet, op, address });
      apply();
    });
  }

  private track<T extends object>(data: T, onSet?: (path: string, value: unknown) => void): any {
    const mock = new OfficeMockObject(data as never);
    this.mocks.push(mock);
    const wrap = (target: OfficeMockObject, path: string): any =>
      new Proxy(target, {
        get: (t, p) => {
          const v = (t as any)[p];
          return v instanceof OfficeMockObject && typeof p === 'string' ? wrap(v, path ? `${path}.${p}` : p) : v;
        },
        set: (t, p, v) => {
          (t as any)[p] = v;
          if (typeof p === 'string' && !p.startsWith('__')) onSet?.(path ? `${path}.${String(p)}` : String(p), v);
          return true;
        },
      });
    return wrap(mock, '');
  }

  private build() {
    const fake = this;
    return {
      sync: async () => {
        fake.syncs++;
        const work = fake.pending;
        fake.pending = [];
        for (const apply of work) apply();
        for (const m of fake.mocks) await m.sync();
        await new Promise((r) => setTimeout(r, 0)); // let the mock's un-awaited nested syncs settle
      },
      workbook: {
        application: { suspendApiCalculationUntilNextSync: () => fake.ops.push({ sheet: '', op: 'suspendCalculation' }) },
        worksheets: fake.collection(
          () => fake.sheets.map((s) => fake.worksheet(s.name)),
          {
            add: (name: string) => {
              if (fake.sheet(name)) throw new Error(`A sheet named "${name}" already exists`);
              const w = fake.worksheet(name);
              fake.queue(name, 'addSheet', undefined, () => fake.addSheet(name));
              return w;
            },
            getActiveWorksheet: () => fake.worksheet(fake.active),
            getItem: (name: string) => fake.worksheet(fake.sheet(name)!.name),
            getItemOrNullObject: (name: string) => (fake.sheet(name) ? fake.worksheet(fake.sheet(name)!.name) : fake.nullObject()),
          },
        ),
        names: fake.collection(
          // A name whose sheet was deleted refers to nothing, as Excel shows it: "=#REF!".
          () => [...fake.names].map(([name, { sheet, ref }]) => ({ name, formula: ref === '#REF!' ? '=#REF!' : `='${sheet.replace(/'/g, "''")}'!${ref}` })),
          {
            add: (name: string, range: { __sheet: string; __address: string }) => {
              fake.queue(range.__sheet, 'addName', range.__address, () => {
                if (fake.names.has(name)) throw new Error(`The name "${name}" already exists`);
                fake.names.set(name, { sheet: range.__sheet, ref: range.__address });
              });
            },
            getItem: (name: string) => ({ delete: () => fake.queue('', 'deleteName', name, () => fake.names.delete(name)) }),
          },
        ),
      },
    };
  }

  /** A collection whose items are only readable after load("items…") and a sync. */
  private collection(items: () => unknown[], methods: Record<string, Function>) {
    const fake = this;
    const state = { loaded: false, items: [] as unknown[] };
    const coll = {
      ...methods,
      load(what = 'items') {
        const properties = what.replace(/^items\/?/, '');
        state.loaded = false;
        fake.pending.push(() => {
          state.items = items();
          if (properties) for (const item of state.items) (item as { load?: (p: string) => void }).load?.(properties);
          state.loaded = true;
        });
        return coll;
      },
      get items() {
        if (!state.loaded) throw new Error('items were not loaded and synced');
        return state.items;
      },
    };
    return coll;
  }

  private nullObject() {
    return { isNullObject: true, name: '', load() {}, protection: { load() {}, protected: false }, charts: this.collection(() => [], {}), getUsedRangeOrNullObject: () => ({ isNullObject: true, load() {} }) };
  }

  private worksheet(name: string): any {
    const fake = this;
    const current = () => fake.sheet(name)!;
    const range = (address: string) => fake.range(name, address);
    const ws = fake.track({ name, protection: { protected: current()?.protected ?? false } }, (path, value) => {
      // Moving a sheet: its place in the tab order, from 0.
      if (path === 'position') fake.queue(name, 'position', undefined, () => fake.sheets.splice(value as number, 0, ...fake.sheets.splice(fake.sheets.indexOf(current()), 1)));
    });
    ws.isNullObject = false;
    Object.assign(ws, {
      getRange: range,
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => range(rect(r, c, rows, cols)),
      getRanges: (list: string) => fake.range(name, list),
      getUsedRangeOrNullObject: () => fake.usedRange(name),
      activate: () => fake.queue(name, 'activate', undefined, () => (fake.active = name)),
      charts: fake.collection(
        () => current().charts.map((c) => ({ name: c.name, delete: () => fake.queue(name, 'deleteChart', c.name, () => (current().charts = current().charts.filter((x) => x !== c))) })),
        { add: (type: string, source: { __address: string }) => fake.chart(name, type, source.__address) },
      ),
      pageLayout: fake.track(
        {
          setPrintArea: (a: string) => fake.queue(name, 'setPrintArea', undefined, () => (current().pageLayout.printArea = a)),
          setPrintTitleRows: (a: string) => fake.queue(name, 'setPrintTitleRows', undefined, () => (current().pageLayout.titleRows = a)),
          setPrintTitleColumns: (a: string) => fake.queue(name, 'setPrintTitleColumns', undefined, () => (current().pageLayout.titleColumns = a)),
        },
        (p, v) => fake.queue(name, `pageLayout.${p}`, undefined, () => (current().pageLayout[p] = v)),
      ),
      freezePanes: {
        unfreeze: () => fake.queue(name, 'unfreeze', undefined, () => (current().frozen = { rows: 0, columns: 0 })),
        freezeAt: (r: { __address: string }) => fake.queue(name, 'freezeAt', r.__address, () => {
          const box = parseRange(r.__address)!;
          current().frozen = { rows: box.bottom + 1, columns: box.right + 1 };
        }),
        freezeRows: (n: number) => fake.queue(name, 'freezeRows', undefined, () => (current().frozen = { rows: n, columns: 0 })),
        freezeColumns: (n: number) => fake.queue(name, 'freezeColumns', undefined, () => (current().frozen = { rows: 0, columns: n })),
      },
    });
    return ws;
  }

  private usedRange(name: string): any {
    const sheet = this.sheet(name)!;
    const cells = [...sheet.cells.entries()].filter(([, c]) => c.input !== '').map(([k]) => k.split(',').map(Number));
    if (!cells.length) {
      const empty = this.track({});
      empty.isNullObject = true;
      return empty;
    }
    const top = Math.min(...cells.map(([r]) => r));
    const left = Math.min(...cells.map(([, c]) => c));
    const bottom = Math.max(...cells.map(([r]) => r));
    const right = Math.max(...cells.map(([, c]) => c));
    const values = Array.from({ length: bottom - top + 1 }, (_, i) => Array.from({ length: right - left + 1 }, (_, j) => this.value(sheet, top + i, left + j)));
    const formulas = Array.from({ length: bottom - top + 1 }, (_, i) => Array.from({ length: right - left + 1 }, (_, j) => {
      const input = sheet.cells.get(key(top + i, left + j))?.input ?? '';
      return typeof input === 'string' ? input.replace(/^'/, '') : input;
    }));
    const used = this.track({ values, formulas, rowIndex: top, columnIndex: left, address: `${name}!${rect(top, left, bottom - top + 1, right - left + 1)}` });
    used.isNullObject = false;
    return used;
  }

  /** A Range or RangeAreas ("A1:B2,C5"): writes to it are queued and applied cell by cell on sync. */
  private range(sheetName: string, address: string): any {
    const fake = this;
    const boxes = address.split(',').map((a) => parseRange(a)!);
    const each = (f: (cell: FakeCell, r: number, c: number) => void) => {
      const sheet = fake.sheet(sheetName)!;
      for (const b of boxes) for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) {
        const k = key(r, c);
        if (!sheet.cells.has(k)) sheet.cells.set(k, { input: '' });
        f(sheet.cells.get(k)!, r, c);
      }
    };
    const grid = (value: unknown, f: (cell: FakeCell, v: any) => void) => {
      const b = boxes[0];
      each((cell, r, c) => f(cell, Array.isArray(value) ? (value as unknown[][])[r - b.top][c - b.left] : value));
    };
    const onSet = (path: string, value: unknown) => {
      fake.queue(sheetName, path, address, () => {
        if (path === 'formulas' || path === 'values') grid(value, (cell, v) => (cell.input = v ?? ''));
        else if (path === 'numberFormat') grid(value, (cell, v) => (cell.numberFormat = v));
        else if (path === 'rowHidden') for (const b of boxes) for (let r = b.top; r <= b.bottom; r++) fake.sheet(sheetName)!.hiddenRows[value ? 'add' : 'delete'](r);
        else if (path === 'dataValidation.rule') each((cell) => (cell.validation = (value as { list: { source: string } }).list.source));
        else if (path === 'format.columnWidth') for (const b of boxes) for (let c = b.left; c <= b.right; c++) fake.sheet(sheetName)!.columnWidths.set(c, value as number);
        else each((cell) => (cell.style = { ...cell.style, [path.replace(/^format\./, '')]: value }));
      });
    };
    const r = fake.track(
      {
        address: `${sheetName}!${address}`,
        format: { font: {}, fill: {}, borders: { getItem: (edge: string) => fake.track({}, (p, v) => onSet(`format.border${edge}.${p}`, v)) } },
        dataValidation: { clear: () => fake.queue(sheetName, 'dataValidation.clear', address, () => each((cell) => delete cell.validation)) },
        clear: (applyTo = 'All') => fake.queue(sheetName, `clear${applyTo}`, address, () => each((cell) => {
          if (applyTo !== 'Formats') cell.input = '';
          if (applyTo !== 'Contents') Object.assign(cell, { numberFormat: undefined, style: undefined });
        })),
      },
      onSet,
    );
    Object.assign(r, { __sheet: sheetName, __address: address });
    return r;
  }

  private chart(sheetName: string, type: string, values: string): any {
    const fake = this;
    const spec: FakeChart = { name: '', type, series: [{ values }] };
    fake.queue(sheetName, 'addChart', values, () => fake.sheet(sheetName)!.charts.push(spec));
    const series = (s: FakeChart['series'][number]) => ({
      set name(n: string) { s.name = n; },
      setValues: (r: { __address: string }) => void (s.values = r.__address),
      setXAxisValues: (r: { __address: string }) => void (s.categories = r.__address),
    });
    return {
      set name(n: string) { spec.name = n; },
      title: { set text(t: string) { spec.title = t; } },
      legend: {},
      series: {
        getItemAt: (i: number) => series(spec.series[i]),
        add: (n: string) => {
          const s = { name: n };
          spec.series.push(s);
          return series(s);
        },
      },
      setPosition: (a: string) => void (spec.position = a),
    };
  }
}

function rect(r: number, c: number, rows: number, cols: number): string {
  const col = (n: number) => {
    let s = '';
    for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  const from = `${col(c)}${r + 1}`;
  return rows === 1 && cols === 1 ? from : `${from}:${col(c + cols - 1)}${r + rows}`;
}
