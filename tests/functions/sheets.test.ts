import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../functions/catalog';
import { attempt, dist, loadSheets, plain } from './hosts';
import type { HostFn } from './hosts';

// dist/gas/Code.js as Apps Script runs it: one script in a fresh global scope, custom functions as globals.
let sheets: Record<string, HostFn>;
let code: string;
beforeAll(() => {
  sheets = loadSheets();
  code = readFileSync(dist('gas/Code.js'), 'utf8');
});

const thrown = (name: string, ...args: unknown[]) => {
  const r = attempt(sheets[name], args);
  if (!('thrown' in r)) throw new Error(`${name} returned ${JSON.stringify(r.value)} instead of throwing`);
  expect(Object.prototype.toString.call(r.thrown)).toBe('[object Error]'); // an Error of Code.js's own realm
  return (r.thrown as Error).message;
};

describe('Code.js globals', () => {
  it('declares each catalog function as a top-level function with its JSDoc and parameter names', () => {
    for (const f of catalog) {
      const stub = new RegExp(`@customfunction\\s*\\*/\\s*function ${f.sheetsName}\\(${f.params.map((p) => p.name).join(',')}\\)\\{\\}`);
      expect(code).toMatch(stub);
      expect(typeof sheets[f.sheetsName]).toBe('function');
    }
  });

  it('stays small and plain: no exceljs, no hyperformula, no eval', () => {
    expect(code).not.toMatch(/exceljs|hyperformula/i);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    // Sheets loads all of it for every custom-function call. It reached 147 KB while the planner ran server-side;
    // with the planning in the sidebar (src/writers/sheets-client.ts) and decimal.js-light it is the custom functions
    // and the cell writer, about 63 KB. The planner, the read-back, the case model and the other languages' metric names
    // must not creep back in.
    expect(code.length).toBeLessThan(70_000);
    expect(code).not.toMatch(/Monte Carlo|How to read this sheet|validateCase/);
    // SUMMARY's labels are English in Sheets: the German metric names (Kapitalwert) stay out.
    expect(code).not.toContain('Kapitalwert');
  });

  it('computes the examples', () => {
    expect(sheets.CRMROI(150000, 100000)).toBe(0.5);
    expect(sheets.PAYBACK(1, [[0.3, 0.3, 0.3, 0.3]])).toBeCloseTo(10 / 3, 12);
    expect(sheets.BCR(150000, 100000)).toBe(1.5);
    expect(sheets.CLV(100, 0.8, 0.1)).toBeCloseTo(80 / 0.3, 9);
    expect(sheets.UPLIFT([[100, 110, 90]], [[130, 120, 140]])).toBe(30);
    expect(sheets.PERIODROI(450000, 150000, 1000000)).toBe(0.3);
    expect(sheets.IMPLIEDPAYBACK(0.3)).toBeCloseTo(10 / 3, 12);
    expect(sheets.REALISEDPAYBACK([[-1000, 300, 300, 300, 300]])).toBeCloseTo(3 + 100 / 300, 12);
    expect(sheets.REALISEDPAYBACK([[-150], [110], [121]], 0.1)).toBeCloseTo(1.5, 12);
  });

  it('vectorises a column of cases in one call, blanks and errors in their rows', () => {
    expect(plain(sheets.CRMROI([[150], [''], [100]], [[100], [''], [0]]))).toEqual([[0.5], [''], ['#DIV/0!']]);
    expect(plain(sheets.PERIODROI([[120000], [40000]], [[45000], [50000]], 1000000))).toEqual([[0.075], [-0.01]]);
    expect(plain(sheets.IMPLIEDPAYBACK([[0.5], [''], [-0.01]]))).toEqual([[2], [''], ['#N/A']]);
  });

  it('spills SUMMARY as label/value rows, an error as its code', () => {
    const rows = plain(sheets.SUMMARY([[100]], [[10]])) as [string, unknown][];
    expect(rows[0]).toEqual(['Total costs', 100]);
    expect(rows.find((r) => r[0] === 'Payback (months, simple)')).toEqual(['Payback (months, simple)', '#N/A']);
  });

  it('throws an Error whose message names function, parameter and problem', () => {
    expect(thrown('CRMROI', 100, 'abc')).toBe('ROI: cost must be a number, got text "abc"');
    expect(thrown('CRMROI', 100, 0)).toMatch(/^ROI: /);
    expect(thrown('PAYBACK', 100, [[10, 10]])).toMatch(/^PAYBACK: /);
    expect(thrown('PAYBACK', 1, [[1, 2], [3, 4]])).toBe('PAYBACK: benefits must be a single row or column, got a 2×2 range');
    expect(thrown('CLV', 100, 2, 0.1)).toBe('CLV: retention must be between 0 and 1, got 2');
    expect(thrown('UPLIFT', [['']], [[1]])).toBe('UPLIFT: before has no numbers');
    expect(thrown('PERIODROI', 100, 50, 0)).toBe('PERIODROI: the total cost of the system is 0, so the return cannot be divided by it');
    expect(thrown('REALISEDPAYBACK', [[-100, 10, 20]])).toBe('REALISEDPAYBACK: never pays back within the 2-period horizon (still -70 at the end)');
    expect(thrown('REALISEDPAYBACK', [[-5]])).toBe('REALISEDPAYBACK: never pays back: net_flows holds only the initial period (-5)');
    expect(thrown('REALISEDPAYBACK', [[1, 2], [3, 4]])).toBe('REALISEDPAYBACK: net_flows must be a single row or column, got a 2×2 range');
  });

  it('treats omitted trailing arguments (undefined) as blank', () => {
    expect(sheets.PAYBACK(1, [[0.5, 0.5]], undefined)).toBe(2);
    expect(sheets.REALISEDPAYBACK([[-1, 0.5, 0.5]], undefined)).toBe(2);
    // Only the initial period: paid back from the start when it is not an outlay.
    expect(sheets.REALISEDPAYBACK([[5]])).toBe(0);
    expect(thrown('CRMROI', 1)).toBe('ROI: cost is blank');
  });
});

describe('appsscript.json', () => {
  it('is copied next to Code.js: V8 and exactly the two narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(dist('gas/appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});
