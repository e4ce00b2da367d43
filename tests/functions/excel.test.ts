import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, isVectorised } from '../../functions/catalog';
import { attempt, dist, ExcelError, loadExcel, loadSheets, plain } from './hosts';
import { expectMatchesCatalog, type Metadata } from './metadata';
import type { HostFn } from './hosts';

// The built dist/functions.js under a stubbed CustomFunctions runtime, and the functions.json Excel reads.
let excel: Map<string, HostFn>;
let metadata: Metadata;
beforeAll(() => {
  excel = loadExcel();
  metadata = JSON.parse(readFileSync(dist('functions.json'), 'utf8'));
});

const fn = (id: string) => excel.get(id)!;
const failure = (id: string, ...args: unknown[]) => {
  const r = attempt(fn(id), args);
  if (!('thrown' in r)) throw new Error(`${id} returned ${JSON.stringify(r.value)} instead of throwing`);
  expect(r.thrown).toBeInstanceOf(ExcelError);
  return r.thrown as ExcelError;
};

describe('functions.json', () => {
  it('matches the committed snapshot', async () => {
    await expect(JSON.stringify(metadata, null, 2)).toMatchFileSnapshot('__snapshots__/functions.json');
  });

  it('catalog ↔ functions.json ↔ associated functions ↔ Code.js globals agree', () => {
    expectMatchesCatalog(metadata);
    expect([...excel.keys()]).toEqual(catalog.map((f) => f.id));
    const sheets = loadSheets();
    for (const f of catalog) {
      expect(typeof sheets[f.sheetsName]).toBe('function');
      expect(sheets[f.sheetsName].length).toBe(f.params.length);
    }
  });
});

describe('Excel calls (arguments arrive as matrices, omitted optionals as null)', () => {
  it('computes the examples; vectorised functions answer with a matrix', () => {
    expect(fn('ROI')([[150000]], [[100000]])).toEqual([[0.5]]);
    expect(fn('PAYBACK')([[1]], [[0.3, 0.3, 0.3, 0.3]], null)).toBeCloseTo(10 / 3, 12);
    expect(fn('BCR')([[150000]], [[100000]])).toEqual([[1.5]]);
    expect(fn('UPLIFT')([[100], [110], [90]], [[130], [120], [140]])).toBe(30);
    expect(fn('PERIODROI')([[450000]], [[150000]], [[1000000]])).toEqual([[0.3]]);
    expect(fn('IMPLIEDPAYBACK')([[0.3]])).toEqual([[10 / 3]]);
    expect(fn('REALISEDPAYBACK')([[-1000], [300], [300], [300], [300]], null)).toBeCloseTo(3 + 100 / 300, 12);
  });

  it('returns one result per row, with errors in their cells', () => {
    const out = fn('ROI')([[150], [null], [100]], [[100], [null], [0]]) as unknown[][];
    expect(out.slice(0, 2)).toEqual([[0.5], ['']]);
    expect(out[2][0]).toBeInstanceOf(ExcelError);
    expect((out[2][0] as ExcelError).code).toBe('#DIV/0!');
    // Four quarters against one system cost, then the payback each implies; a loss-making quarter is #N/A in its cell.
    const quarters = fn('PERIODROI')([[120000], [90000], [40000], [150000]], [[45000], [45000], [50000], [45000]], [[1000000]]) as number[][];
    expect(quarters).toEqual([[0.075], [0.045], [-0.01], [0.105]]);
    const paybacks = fn('IMPLIEDPAYBACK')(quarters) as unknown[][];
    expect(paybacks[0][0]).toBeCloseTo(40 / 3, 12);
    expect((paybacks[2][0] as ExcelError).code).toBe('#N/A');
  });

  it('throws CustomFunctions.Error with the right code and the message', () => {
    expect(failure('ROI', [[100]], [['abc']])).toEqual(new ExcelError('#VALUE!', 'ROI: cost must be a number, got text "abc"'));
    expect(failure('ROI', [[100]], [[0]]).code).toBe('#DIV/0!');
    expect(failure('PAYBACK', [[100]], [[10, 10]], null).code).toBe('#N/A');
    expect(failure('CLV', [[100]], [[2]], [[0.1]])).toEqual(new ExcelError('#NUM!', 'CLV: retention must be between 0 and 1, got 2'));
    expect(failure('SUMMARY', [[1, 2], [3, 4]], [[1]], null).code).toBe('#VALUE!');
    expect(failure('PERIODROI', [[100]], [[50]], [[-1]])).toEqual(new ExcelError('#NUM!', 'PERIODROI: the total cost of the system is -1; enter costs as positive amounts'));
    expect(failure('IMPLIEDPAYBACK', [[0]])).toEqual(new ExcelError('#N/A', "IMPLIEDPAYBACK: a period ROI of 0 never pays back the system's cost"));
    expect(failure('REALISEDPAYBACK', [[-100, 10, 20]], null)).toEqual(new ExcelError('#N/A', 'REALISEDPAYBACK: never pays back within the 2-period horizon (still -70 at the end)'));
  });

  it('gives the same numbers and the same messages as Sheets', () => {
    const sheets = loadSheets();
    const cases: [string, unknown[]][] = [
      ['ROI', [[[150], [300]], [[100]]]],
      ['CLV', [[[100]], [[0.8]], [[0.1]]]],
      ['PAYBACK', [[[100]], [[30, 40, 50]], [[0.05]]]],
      ['SUMMARY', [[[1000, 100, 100]], [[0, 800, 800]], [[0.1]]]],
      ['ROI', [[['x']], [[1]]]],
      ['UPLIFT', [[[1, 2], [3, 4]], [[1]]]],
      ['PERIODROI', [[[450], [120]], [[150], [45]], [[1000]]]],
      ['IMPLIEDPAYBACK', [[[0.3]]]],
      ['REALISEDPAYBACK', [[[-150, 110, 121]], [[0.1]]]],
      ['REALISEDPAYBACK', [[[-100, 'x']], null]],
    ];
    for (const [id, args] of cases) {
      const spec = catalog.find((f) => f.id === id)!;
      const inExcel = attempt(fn(id), args);
      const inSheets = attempt(sheets[spec.sheetsName], args);
      if ('thrown' in inExcel) expect('thrown' in inSheets && (inSheets.thrown as Error).message).toBe((inExcel.thrown as ExcelError).message);
      else {
        const value = 'value' in inSheets ? plain(inSheets.value) : undefined;
        expect(isVectorised(spec) && typeof value === 'number' ? [[value]] : value).toEqual(inExcel.value);
      }
    }
  });
});

describe("in Excel's display language", () => {
  const thrown = (excelIn: Map<string, HostFn>, id: string, ...args: unknown[]) => {
    const r = attempt(excelIn.get(id)!, args);
    if (!('thrown' in r)) throw new Error(`${id} returned ${JSON.stringify(r.value)} instead of throwing`);
    return r.thrown as ExcelError;
  };

  it('words an error in German, French, Polish and Chinese, with the reader’s decimal mark and TRUE/FALSE', () => {
    const de = loadExcel('de-AT');
    expect(thrown(de, 'ROI', [[100]], [['abc']])).toEqual(new ExcelError('#VALUE!', 'ROI: cost muss eine Zahl sein, erhalten: Text „abc“'));
    expect(thrown(de, 'ROI', [[100]], [[true]]).message).toBe('ROI: cost muss eine Zahl sein, erhalten: WAHR');
    expect(thrown(de, 'IMPLIEDPAYBACK', [[-0.05]]).message).toBe('IMPLIEDPAYBACK: Mit einem Perioden-ROI von -0,05 amortisieren sich die Kosten des Systems nie');
    expect(thrown(de, 'PAYBACK', [[1]], [[0.5], ['x']], null).message).toBe('PAYBACK: benefits muss eine Zahl sein, erhalten: Text „x“ (Zeile 2 des Bereichs)');
    expect(thrown(loadExcel('fr-FR'), 'ROI', [[100]], [[0]])).toEqual(
      new ExcelError('#DIV/0!', 'ROI\u00a0: le coût vaut 0, le rendement ne peut donc pas être divisé par lui'),
    );
    expect(thrown(loadExcel('pl-PL'), 'CLV', [[100]], [[2]], [[0.1]]).message).toBe('CLV: retention musi mieścić się między 0 a 1, otrzymano: 2');
    expect(thrown(loadExcel('zh-CN'), 'REALISEDPAYBACK', [[-100, 10, 20]], null).message).toBe('REALISEDPAYBACK：在 2 期内无法收回投资（期末仍为 -70）');
  });

  it('labels SUMMARY’s rows in the language; the numbers are the English call’s', () => {
    const args = [[[1000, 100, 100]], [[0, 800, 800]], [[0.1]], null, null];
    const english = fn('SUMMARY')(...args) as unknown[][];
    const chinese = loadExcel('zh-CN').get('SUMMARY')!(...args) as unknown[][];
    expect(chinese.map((r) => r[1])).toEqual(english.map((r) => r[1]));
    expect(chinese[5][0]).toBe('净现值 (NPV)');
    expect(english[5][0]).toBe('Net present value (NPV)');
  });

  it('stays English in a language the add-in does not speak, and before Office.js is ready', () => {
    expect(thrown(loadExcel('es-ES'), 'ROI', [[100]], [[0]]).message).toBe('ROI: cost is 0, so the return cannot be divided by it');
    expect(thrown(excel, 'ROI', [[100]], [[0]]).message).toBe('ROI: cost is 0, so the return cannot be divided by it');
  });
});
