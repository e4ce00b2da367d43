// Excel/Sheets/Calc serial dates: day 0 = 1899-12-30, so 1900-03-01 onwards agrees across all hosts.

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** "2025-01-01" → 45658. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS;
}

/** 45658 → "2025-01-01"; undefined for a non-whole or out-of-range serial. */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2958465) return undefined;
  return new Date(EPOCH + serial * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the month `months` after the start date's month: DATE(YEAR(s), MONTH(s)+months, 1). */
export function firstOfMonth(iso: string, months: number): number {
  const [y, m] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1 + months, 1) - EPOCH) / DAY_MS;
}
