import { divZero, finite, reason, type Result } from './errors';
import { badRate, badSeries, changesSign } from './inputs';

/**
 * Excel MIRR: ((future value of the inflows at reinvestRate) / −(present value of the outflows at
 * financeRate))^(1/(n−1)) − 1. Every flow keeps its position: an outflow in period 3 is discounted
 * three periods, an inflow in period 3 is compounded n−1−3 periods.
 */
export function mirr(values: number[], financeRate: number, reinvestRate: number): Result {
  const bad = badSeries('MIRR', 'values', values) ?? badRate('MIRR', 'finance rate', financeRate) ?? badRate('MIRR', 'reinvest rate', reinvestRate);
  if (bad) return bad;
  if (!changesSign(values)) return divZero(reason('fn.noSignChangeMirr', { fn: 'MIRR' }));
  const n = values.length;
  let inflowsAtEnd = 0; // Σ v⁺_i (1+reinvest)^(n−1−i), nested from the first period
  for (let i = 0; i < n; i++) inflowsAtEnd = inflowsAtEnd * (1 + reinvestRate) + Math.max(values[i], 0);
  let outflowsAtStart = 0; // Σ v⁻_i / (1+finance)^i, nested from the last period
  for (let i = n - 1; i >= 0; i--) outflowsAtStart = outflowsAtStart / (1 + financeRate) + Math.min(values[i], 0);
  return finite(Math.expm1(Math.log(inflowsAtEnd / -outflowsAtStart) / (n - 1)), 'MIRR');
}
