import { expect } from 'vitest';
import { catalog } from '../../functions/catalog';

// The checks every custom-functions metadata file Excel reads must pass: functions.json and each language's
// functions-<lang>.json (tests/functions/excel.test.ts, tests/functions/help.test.ts).

export interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string; optional?: boolean }[]; result: unknown }[];
}

/** One entry per catalog function, in order, named by its id, with the catalog's parameters (names, optionality). */
export function expectMatchesCatalog(metadata: Metadata): void {
  expect(metadata.functions.map((f) => f.id)).toEqual(catalog.map((f) => f.id));
  for (const f of catalog) {
    const meta = metadata.functions.find((m) => m.id === f.id)!;
    expect(meta.name).toBe(f.id);
    expect(meta.description.trim()).not.toBe('');
    expect(meta.parameters.map((p) => [p.name, p.optional ?? false])).toEqual(f.params.map((p) => [p.name, p.default !== undefined]));
    for (const p of meta.parameters) expect(p.description.trim(), `${f.id} ${p.name}`).not.toBe('');
  }
}
