import type { RoiCase } from '../src/case/types';
import { BENEFIT_PRESETS, COST_PRESETS } from './presets';

// What a fresh wizard shows: a typical mid-size case built from the presets, starting next month.

const pick = <T extends { id: string }>(list: T[], ids: string[]) => list.filter((p) => ids.includes(p.id));

export function defaultCase(today = new Date()): RoiCase {
  const next = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  return {
    name: 'CRM business case',
    currency: 'USD',
    startDate: next.toISOString().slice(0, 10),
    horizonMonths: 36,
    discountRate: 0.08,
    costs: pick(COST_PRESETS, ['licences', 'implementation', 'training', 'admin']).map((p) => structuredClone(p.line)),
    benefits: pick(BENEFIT_PRESETS, ['productivity', 'winRate', 'churn']).map((p) => structuredClone(p.line)),
  };
}
