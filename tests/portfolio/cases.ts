import type { Locale } from '../../src/i18n/locales';
import { readFileSync } from 'node:fs';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { namePrefixFor, planSheet } from '../../src/plan';
import type { SheetPlan } from '../../src/plan/types';
import type { PortfolioCase } from '../../src/portfolio';

// The portfolio tests' cases: three USD examples starting in different months (2025-01, 2025-07, 2026-01), each on
// a sheet of its own, as `crm-roi portfolio` lays them out.

export const USD_EXAMPLES = ['examples/small-business.json', 'examples/enterprise-tei.json', 'examples/tei-composite.json'];
export const EUR_EXAMPLE = 'examples/never-pays-back.json';

export const readCase = (path: string): RoiCase => JSON.parse(readFileSync(path, 'utf8')) as RoiCase;

export interface CaseOnSheet extends PortfolioCase {
  plan: SheetPlan;
  roiCase: RoiCase;
}

/** Each case planned on sheet "Case 1", "Case 2", … with that sheet's own name prefix. */
/** Each case on its own sheet ("Case 1", …), in `lang`. */
export function casesOnSheets(cases: RoiCase[], lang: Locale = 'en'): CaseOnSheet[] {
  return cases.map((roiCase, i) => {
    const sheetName = `Case ${i + 1}`;
    const prefix = namePrefixFor(sheetName);
    const evaluation = evaluate(roiCase);
    return { source: sheetName, prefix, evaluation, roiCase, plan: planSheet(roiCase, { sheetName, namePrefix: prefix, evaluation, builtOn: '2025-01-01', lang }) };
  });
}
