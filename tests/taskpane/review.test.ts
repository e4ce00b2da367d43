import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import { moneyFormatter, percent, reviewRows } from '../../taskpane/format';

// The Review step shows NPV and ROI (PV) before risk adjustment too, where risk changes them as shown.

const example: RoiCase = JSON.parse(readFileSync(new URL('../../examples/small-business.json', import.meta.url), 'utf8'));
const unadjusted = (c: RoiCase) => Object.fromEntries(reviewRows(evaluate(c)).flatMap((r) => (r.unadjusted ? [[r.key, r.unadjusted.text]] : [])));

describe('the Review step before risk adjustment', () => {
  it('shows NPV and ROI (PV) as the core computes them without risk', () => {
    const ev = evaluate(example);
    expect(unadjusted(example)).toEqual({ NPV: moneyFormatter('USD')(ev.unadjusted.npv), ROI_PV: percent(ev.unadjusted.roi.presentValue as number) });
    expect(ev.unadjusted.npv).toBeGreaterThan(ev.npv);
  });

  it('a cost risk counts too; without any risk there is nothing to add', () => {
    const noRisk = { ...example, benefits: example.benefits.map(({ risk: _risk, ...b }) => b) } as RoiCase;
    expect(unadjusted(noRisk)).toEqual({});
    const costRisk = { ...noRisk, costs: noRisk.costs.map((c, i) => (i === 1 ? { ...c, risk: 0.1 } : c)) } as RoiCase;
    expect(Object.keys(unadjusted(costRisk))).toEqual(['NPV', 'ROI_PV']);
  });
});
