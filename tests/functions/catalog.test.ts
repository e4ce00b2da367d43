import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byId, catalog, isVectorised } from '../../functions/catalog';
import { excelSource, sheetsSource } from '../../functions/codegen';
import { functionsMarkdown } from '../../functions/docs';
import { invoke } from '../../functions/invoke';
import { FinanceError } from '../../src/finance/errors';

const root = join(__dirname, '../..');

// Built-in Google Sheets functions that are near our names (a custom function may not shadow one).
const sheetsBuiltIns = ['ROI', 'NPV', 'XNPV', 'IRR', 'XIRR', 'MIRR', 'PV', 'FV', 'PMT', 'RATE', 'NPER', 'SUM', 'AVERAGE', 'DURATION', 'CUMIPMT', 'EFFECT', 'NOMINAL', 'RRI', 'PDURATION'];

describe('catalog', () => {
  it('declares unique, host-legal names', () => {
    const ids = catalog.map((f) => f.id);
    const sheets = catalog.map((f) => f.sheetsName);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(sheets).size).toBe(sheets.length);
    for (const f of catalog) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.sheetsName).toMatch(/^[A-Z][A-Z0-9]*$/);
      expect(sheetsBuiltIns).not.toContain(f.sheetsName);
      // every name except ROI keeps its Excel name in Sheets
      expect(f.sheetsName).toBe(f.id === 'ROI' ? 'CRMROI' : f.id);
    }
  });

  it('puts optional parameters last and only on per-case numbers', () => {
    for (const f of catalog) {
      const firstOptional = f.params.findIndex((p) => p.default !== undefined);
      if (firstOptional < 0) continue;
      expect(f.params.slice(firstOptional).every((p) => p.default !== undefined && p.kind === 'number')).toBe(true);
    }
  });

  it('names each discount rate for its period: PAYBACK and REALISEDPAYBACK per period of their flows, SUMMARY per year', () => {
    const rate = (id: string) => byId(id).params.find((p) => /rate/.test(p.name))!;
    expect(rate('PAYBACK').name).toBe('rate_per_period');
    expect(rate('PAYBACK').description).toMatch(/^Discount rate for one period of benefits, not a year: monthly flows take a monthly rate/);
    expect(rate('REALISEDPAYBACK').name).toBe('rate_per_period');
    expect(rate('REALISEDPAYBACK').description).toMatch(/^Discount rate for one period of flows, not a year/);
    expect(rate('SUMMARY').name).toBe('annual_rate');
    expect(rate('SUMMARY').description).toMatch(/^Discount rate per year/);
    // The worked monthly example turns an annual 10 % into the monthly rate, as an analyst must.
    expect(byId('PAYBACK').examples.find((e) => e.formula.endsWith(', 1.1^(1/12)-1)'))?.args[2]).toBe(1.1 ** (1 / 12) - 1);
    expect(functionsMarkdown()).toContain('**Rates: per period or per year.**');
  });

  it('vectorises exactly the all-number functions', () => {
    expect(catalog.filter(isVectorised).map((f) => f.id)).toEqual(['ROI', 'BCR', 'CLV', 'PERIODROI', 'IMPLIEDPAYBACK']);
  });

  for (const f of catalog) {
    for (const e of f.examples) {
      it(`${e.formula} gives the hand-worked ${JSON.stringify(e.expected).slice(0, 40)}`, () => {
        const out = invoke(f, e.args);
        if (typeof e.expected === 'number') expect(out).toBeCloseTo(e.expected, 9);
        else if (typeof e.expected === 'string') expect((out as FinanceError).code).toBe(e.expected);
        else {
          const rows = out as [string, number][];
          const table = e.expected;
          expect(rows.map((r) => r[0])).toEqual(table.map((r) => r[0]));
          rows.forEach(([, value], i) => expect(value).toBeCloseTo(table[i][1] as number, 6));
        }
      });
    }
  }
});

describe('generated files', () => {
  it('docs/functions.md is the generator output (run npm run codegen)', () => {
    expect(readFileSync(join(root, 'docs/functions.md'), 'utf8')).toBe(functionsMarkdown());
  });

  it('docs cover every function in both hosts with its examples', () => {
    const md = functionsMarkdown();
    for (const f of catalog) {
      expect(md).toContain(`### ${f.id}`);
      expect(md).toContain(`=${f.sheetsName}(`);
      for (const e of f.examples) expect(md).toContain(e.formula);
    }
  });

  it('the Excel source has one @customfunction per catalog entry with all its parameters', () => {
    const src = excelSource();
    for (const f of catalog) {
      expect(src).toContain(`@customfunction ${f.id}\n`);
      for (const p of f.params) expect(src).toContain(`@param ${p.default === undefined ? p.name : `[${p.name}]`} ${p.description}`);
    }
    expect(src.match(/@customfunction/g)).toHaveLength(catalog.length);
  });

  it('the Sheets source assigns each global right under its @customfunction JSDoc', () => {
    const src = sheetsSource();
    for (const f of catalog) {
      const args = f.params.map((p) => `${p.name}: unknown`).join(', ');
      expect(src).toContain(` * @customfunction\n */\nglobal.${f.sheetsName} = (${args}) =>`);
    }
  });
});
