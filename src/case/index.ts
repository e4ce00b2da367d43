// Public surface of the case model: validate, evaluate, and the shared line semantics.
export * from './types';
export * from './terms';
export type { Evaluation, LineSchedule, YearRollup } from './evaluation';
export { validateCase, MAX_AMOUNT, MAX_HORIZON_MONTHS, COST_TYPES, BENEFIT_TYPES, BENEFIT_CATEGORIES } from './validate';
export type { ValidationResult } from './validate';
export { evaluate, CaseValidationError } from './evaluate';
export { cashFlowMetrics, monthlyRate } from './metrics';
export type { CashFlowMetrics } from './metrics';
