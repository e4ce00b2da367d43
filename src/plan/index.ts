// Public surface of the sheet plan: case → SheetPlan, an existing sheet → case, and the update rules.
export * from './types';
export { planSheet, type PlanOptions } from './plan';
export { readSheet, type ReadResult } from './read';
export { chooseSheetName, DEFAULT_SHEET_NAME, isOwnedSheet, namePrefixFor, planWrite, ownedRange, type SheetSnapshot, type WritePlan } from './update';
export { MARKER_TAG } from './layout';
export { NEVER, NOT_AVAILABLE } from './summary';
export { columnName, address, parseAddress, parseRange } from './a1';
