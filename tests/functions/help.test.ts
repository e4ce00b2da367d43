import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../functions/catalog';
import { FUNCTION_HELP, metadataFile } from '../../functions/help';
import { HELP_SHAPE, type FunctionHelp } from '../../functions/help/shape';
import { dist, ensureBuilt } from './hosts';
import { expectMatchesCatalog, type Metadata } from './metadata';

// Each language's help for the Excel functions, and the functions-<lang>.json the build makes from it.

const require = createRequire(import.meta.url);
const { localise } = require('../../webpack/localised-metadata.cjs') as { localise: (m: Metadata, help: FunctionHelp) => Metadata };
const languages = Object.keys(FUNCTION_HELP) as (keyof typeof FUNCTION_HELP)[];
/** How Excel in the language names #N/A: a description that mentions it must use the reader's name. */
const NOT_AVAILABLE = { de: '#NV', fr: '#N/A', pl: '#N/D!', 'zh-CN': '#N/A' };

describe('function help tables', () => {
  it('have the catalog’s shape: every function, every parameter, in order', () => {
    expect(Object.entries(HELP_SHAPE).map(([id, params]) => [id, [...params]])).toEqual(catalog.map((f) => [f.id, f.params.map((p) => p.name)]));
  });

  it.each(languages)('%s: describes every function and parameter, none left in English', (locale) => {
    const help = FUNCTION_HELP[locale];
    expect(Object.keys(help)).toEqual(catalog.map((f) => f.id));
    for (const f of catalog) {
      const h = help[f.id as keyof FunctionHelp];
      expect(Object.keys(h.params)).toEqual(f.params.map((p) => p.name));
      const pairs: [string, string][] = [[f.description, h.description], ...f.params.map((p): [string, string] => [p.description, (h.params as Record<string, string>)[p.name]])];
      for (const [english, translated] of pairs) {
        expect(translated.trim(), english).not.toBe('');
        expect(translated).not.toBe(english);
        if (english.includes('#N/A')) expect(translated, english).toContain(NOT_AVAILABLE[locale]);
      }
    }
  });
});

describe('localise (webpack/localised-metadata.cjs)', () => {
  const english: Metadata = {
    functions: [{ id: 'ROI', name: 'ROI', description: 'Return on investment', parameters: [{ name: 'benefit', description: 'Benefit' }, { name: 'cost', description: 'Cost' }], result: {} }],
  };

  it('swaps descriptions and keeps everything else', () => {
    const out = localise(english, FUNCTION_HELP.de);
    expect(out.functions[0]).toEqual({ ...english.functions[0], description: FUNCTION_HELP.de.ROI.description, parameters: [{ name: 'benefit', description: FUNCTION_HELP.de.ROI.params.benefit }, { name: 'cost', description: FUNCTION_HELP.de.ROI.params.cost }] });
  });

  it('refuses a function or a parameter the help lacks', () => {
    const { ROI: _roi, ...withoutRoi } = FUNCTION_HELP.de;
    expect(() => localise(english, withoutRoi as FunctionHelp)).toThrow('no help for function ROI');
    const noCost = { ...FUNCTION_HELP.de, ROI: { ...FUNCTION_HELP.de.ROI, params: { benefit: 'Nutzen' } } };
    expect(() => localise(english, noCost as unknown as FunctionHelp)).toThrow("no help for ROI's parameter cost");
  });
});

describe.each(languages)('the built %s metadata file', (locale) => {
  let english: Metadata;
  let localised: Metadata;
  beforeAll(() => {
    ensureBuilt('excel', 'functions.js');
    english = JSON.parse(readFileSync(dist('functions.json'), 'utf8'));
    localised = JSON.parse(readFileSync(dist(metadataFile(locale)), 'utf8'));
  });

  it('passes the checks functions.json passes', () => {
    expectMatchesCatalog(localised);
  });

  it('is functions.json with this language’s descriptions, ids and names unchanged', () => {
    expect(localised).toEqual(localise(english, FUNCTION_HELP[locale]));
    const withoutWords = (m: Metadata) => m.functions.map((f) => ({ ...f, description: '', parameters: f.parameters.map((p) => ({ ...p, description: '' })) }));
    expect(withoutWords(localised)).toEqual(withoutWords(english));
    expect(localised.functions.find((f) => f.id === 'ROI')!.description).toBe(FUNCTION_HELP[locale].ROI.description);
  });
});
