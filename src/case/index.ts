// Public surface of the case model: validate, evaluate, and the shared line semantics.
export * from './types';
export * from './terms';
export type { Evaluation, LineSchedule, YearRollup } from './evaluation';
export { validateCase, MAX_AMOUNT, MAX_HORIZON_MONTHS, MAX_LINES_PER_SIDE, COST_TYPES, BENEFIT_TYPES, BENEFIT_CATEGORIES } from './validate';
export { formatIssue, issueMessage, pathText, describeValue } from './issues';
export type { CaseIssue, IssueCode, IssuePath } from './issues';
export { CURRENCIES, isCurrency } from './currencies';
export { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_CASE_NOTES } from './text';
export type { ValidationResult } from './validate';
export { evaluate, CaseValidationError } from './evaluate';
export { cashFlowMetrics, monthlyRate } from './metrics';
export type { CashFlowMetrics } from './metrics';
export { SUMMARY_METRICS, metric, metricsOf, metricLabel, type MetricKey } from './metric-catalog';
