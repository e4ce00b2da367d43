// Cases of a chosen horizon and line count, from the small-business example, for the writer tests and bench.
import { readFileSync } from 'node:fs';
import type { RoiCase } from '../../src/case/types';

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
