import { it } from 'vitest';
import { buildExcelSheet } from '/work/main/src/writers/excel';
import { FakeExcel } from '/work/main/tests/writers/fakes/excel';
import { caseWith } from '/work/main/tests/writers/cases';
it('x', async () => {
  const count = async (m: number) => { const f = new FakeExcel(); f.addSheet('S'); await buildExcelSheet(f.context, caseWith(m)); const t: Record<string, number> = {}; for (const o of f.ops) t[o.op] = (t[o.op] ?? 0) + 1; return t; };
  const a = await count(12), b = await count(120);
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[k] !== b[k]) console.log(k, a[k], b[k]);
});
