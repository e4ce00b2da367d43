// Calendar months of a case: month m (1…horizon) is the m-th month from the start date's month, and the month before
// it holds the initial period (month 0: today, before month 1). Actuals are keyed by these "YYYY-MM" months.

const KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

const ordinal = (year: number, month: number): number => year * 12 + month - 1;

/** "2025-03" for month m of a case starting on startDate ("YYYY-MM-DD"); m = 0 is the month before the start. */
export function monthKey(startDate: string, m: number): string {
  const [y, mo] = startDate.split('-').map(Number);
  const k = ordinal(y, mo) + m - 1;
  return `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** The case month of a "YYYY-MM" key (0 = the initial period), or undefined when the key is not such a month. */
export function monthOfKey(startDate: string, key: string): number | undefined {
  const m = KEY.exec(key);
  if (!m) return undefined;
  const [y, mo] = startDate.split('-').map(Number);
  return ordinal(Number(m[1]), Number(m[2])) - ordinal(y, mo) + 1;
}
