/** Excel's error values; each finance primitive returns a number or one of these. */
export type ErrorCode = '#DIV/0!' | '#NUM!' | '#VALUE!' | '#N/A';

export class FinanceError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

export type Result = number | FinanceError;

export const isError = (r: unknown): r is FinanceError => r instanceof FinanceError;

export const divZero = (message: string) => new FinanceError('#DIV/0!', message);
export const numError = (message: string) => new FinanceError('#NUM!', message);
export const valueError = (message: string) => new FinanceError('#VALUE!', message);
export const notAvailable = (message: string) => new FinanceError('#N/A', message);

/** Guards a computed number: NaN or ±Infinity never leaves a primitive. */
export function finite(x: number, what: string): Result {
  return Number.isFinite(x) ? x : numError(`${what} is not a finite number`);
}
