// Cases of a chosen horizon and line count, from the small-business example, for the writer tests and bench.
import { readFileSync } from 'node:fs';
import type { RoiCase } from '../../src/case/types';
import { planSheet } from '../../src/plan';
import { parseRange } from '../../src/plan/a1';

export const smallBusiness = (): RoiCase => {
  const c = JSON.parse(readFileSync(new URL('../../examples/small-business.json', import.meta.url), 'utf8')) as RoiCase & { $schema?: string };
  delete c.$schema;
  return c;
};

/** The example at `horizonMonths`, its lines repeated (renamed) until there are `lines` of them. */
export function caseWith(horizonMonths: number, lines?: number): RoiCase {
  const c = { ...smallBusiness(), horizonMonths };
  if (lines === undefined) return c;
  const all = [...c.costs.map((l) => ({ side: 'costs' as const, l })), ...c.benefits.map((l) => ({ side: 'benefits' as const, l }))];
  const costs: RoiCase['costs'] = [];
  const benefits: RoiCase['benefits'] = [];
  for (let i = 0; i < lines; i++) {
    const { side, l } = all[i % all.length];
    const copy = { ...l, name: `${l.name} #${i + 1}` };
    if (side === 'costs') costs.push(copy as RoiCase['costs'][number]);
    else benefits.push(copy as RoiCase['benefits'][number]);
  }
  return { ...c, costs, benefits };
}

/** smallBusiness with a three-point estimate, and extra lines that move the Estimates block (and its selector) down. */
export const ranged = (extraLines: number): RoiCase => {
  const c = structuredClone(smallBusiness()) as any;
  c.costs[0].amount = { conservative: 9000, expected: 8000, optimistic: 7500 };
  for (let i = 0; i < extraLines; i++) c.costs.push({ type: 'oneTime', name: `Extra ${i}`, amount: 100, month: 1 });
  return c;
};

/** The scenario selector's cell of the case's sheet, as the fakes key their cells ("row,col"). */
export function selectorCell(c: RoiCase): string {
  const at = parseRange(planSheet(c).names.find((n) => n.name === 'CRMROI_SCENARIO')!.ref.replace(/\$/g, ''))!;
  return `${at.top},${at.left}`;
}
