import type { Result } from './errors';
// STUB — to be implemented (issue 2).
/** (benefit − cost) / cost; #DIV/0! when cost is 0. */
export function roi(_benefit: number, _cost: number): Result { throw new Error('not implemented'); }
/** benefit / cost; #DIV/0! when cost is 0. */
export function benefitCostRatio(_benefit: number, _cost: number): Result { throw new Error('not implemented'); }
/** margin × retention / (1 + discountRate − retention). */
export function clv(_margin: number, _retention: number, _discountRate: number): Result { throw new Error('not implemented'); }
/** mean(after) − mean(before): the change in the monthly average. */
export function uplift(_before: number[], _after: number[]): Result { throw new Error('not implemented'); }
