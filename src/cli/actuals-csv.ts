import { CsvError, parse } from 'csv-parse/sync';
import { MAX_AMOUNT } from '../case';
import { monthKey, monthOfKey } from '../case/calendar';
import type { RoiCase } from '../case/types';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { plural } from '../i18n/plural';

// Actuals from a CSV (columns month, line, amount) into a case, as pure functions: the text and the case in, the
// entries or every problem out, each naming its row as a spreadsheet numbers it (the header is row 1). Strict rather
// than clever: an amount or a month that could be read two ways is an error, never a guess. The messages are in the
// reader's language (cli-actuals.csv.*); the code says which problem it is in any language.

export interface CsvProblem {
  /** The row as a spreadsheet shows it (header = 1); absent for a problem of the whole file. */
  row?: number;
  code: 'unreadable' | 'columns' | 'month' | 'monthRange' | 'line' | 'ambiguousLine' | 'kpi' | 'measured' | 'amount' | 'duplicate';
  message: string;
}

/** One row of the CSV: the line's actual for a month; amount null for a blank amount (not known: left as it is). */
export interface ActualEntry {
  row: number;
  side: 'costs' | 'benefits';
  index: number;
  month: string;
  amount: number | null;
}

export type ActualsCsv = { ok: true; entries: ActualEntry[] } | { ok: false; problems: CsvProblem[] };

const COLUMNS = ['month', 'line', 'amount'] as const;
type Column = (typeof COLUMNS)[number];
type CsvRow = { row: number; fields: string[] };

/** Reads the CSV against a validated case (every line has its id); the problems' messages in `locale`. */
export function readActualsCsv(text: string, c: RoiCase, locale: Locale = 'en'): ActualsCsv {
  const table = records(text, locale);
  if ('problem' in table) return { ok: false, problems: [table.problem] };
  const { header, rows, delimiter } = table;
  const problems: CsvProblem[] = [];
  const entries: ActualEntry[] = [];
  const firstRow = new Map<string, number>();
  const lines = lineLookup(c, locale);
  const amountOf = amountReader(c.currency, delimiter, locale);
  for (const { row, fields } of rows) {
    const field = (name: Column) => (fields[header[name]] ?? '').trim();
    if (fields.every((f) => f.trim() === '')) continue; // a spreadsheet's empty row
    const problem = (code: CsvProblem['code'], message: string) => problems.push({ row, code, message });
    const month = monthOf(field('month'), c, locale);
    if ('problem' in month) problem(month.code, month.problem);
    const line = lines(field('line'));
    if ('problem' in line) problem(line.code, line.problem);
    const amount = field('amount') === '' ? { amount: null } : amountOf(field('amount'));
    if ('problem' in amount) problem('amount', amount.problem);
    if ('problem' in month || 'problem' in line || 'problem' in amount) continue;
    const key = `${line.side}/${line.index}/${month.key}`;
    const first = firstRow.get(key);
    if (first !== undefined) problem('duplicate', t(locale, 'cli-actuals.csv.duplicate', { line: line.id, month: month.key, row: first }));
    else firstRow.set(key, row);
    entries.push({ row, side: line.side, index: line.index, month: month.key, amount: amount.amount });
  }
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}

/**
 * The case with the entries' amounts as its lines' actuals: a CSV value replaces the line's actual for that month, a
 * blank amount leaves it as it is. `replaced` counts the actuals the CSV changed or restated.
 */
export function mergeActuals(c: RoiCase, entries: readonly ActualEntry[]): { case: RoiCase; merged: number; replaced: number } {
  const copy = JSON.parse(JSON.stringify(c)) as RoiCase;
  let merged = 0;
  let replaced = 0;
  for (const e of entries) {
    if (e.amount === null) continue;
    const line = copy[e.side][e.index];
    const actuals = (line.actuals ??= {});
    if (actuals[e.month] !== undefined) replaced++;
    actuals[e.month] = e.amount;
    merged++;
  }
  return { case: copy, merged, replaced };
}

/** The header's column positions and the rows after it, in the delimiter whose reading of the header has all three columns. */
function records(text: string, locale: Locale): { header: { [k in Column]: number }; rows: CsvRow[]; delimiter: ',' | ';' } | { problem: CsvProblem } {
  // "," as the standard has it, or ";" as Excel writes CSV where the decimal separator is a comma.
  const headings = (delimiter: string) => (parse(text, { bom: true, delimiter, to_line: 1, relax_column_count: true })[0] ?? []).map((h) => h.trim().toLowerCase());
  let header: string[];
  let delimiter: ',' | ';' = ',';
  try {
    header = headings(',');
    const semicolons = COLUMNS.every((col) => header.includes(col)) ? undefined : headings(';');
    if (semicolons && COLUMNS.every((col) => semicolons.includes(col))) [header, delimiter] = [semicolons, ';'];
  } catch (err) {
    return { problem: unreadable(err, locale) };
  }
  const missing = COLUMNS.filter((col) => !header.includes(col));
  if (missing.length) {
    const found = header.filter((h) => h !== '');
    const columns = missing.map((m) => `"${m}"`).join(', ');
    const seen = found.length ? found.map((h) => `"${h}"`).join(', ') : t(locale, 'cli-actuals.csv.foundNothing');
    return { problem: { row: 1, code: 'columns', message: plural(locale, 'cli-actuals.csv.missingColumns', missing.length, { columns, found: seen }) } };
  }
  const twice = COLUMNS.find((col) => header.indexOf(col) !== header.lastIndexOf(col));
  if (twice) return { problem: { row: 1, code: 'columns', message: t(locale, 'cli-actuals.csv.columnTwice', { column: `"${twice}"` }) } };
  let parsed: { record: string[]; info: { records: number } }[];
  try {
    // With info, each record comes as { record, info }; the sync API's types do not say so.
    parsed = parse(text, { bom: true, delimiter, relax_column_count: true, info: true }) as unknown as typeof parsed;
  } catch (err) {
    return { problem: unreadable(err, locale) };
  }
  return {
    // info.records counts every record, empty ones too, so it is the row a spreadsheet shows, however many lines a quoted field spans.
    header: Object.fromEntries(COLUMNS.map((col) => [col, header.indexOf(col)])) as { [k in Column]: number },
    rows: parsed.slice(1).map(({ record, info }) => ({ row: info.records, fields: record })),
    delimiter,
  };
}

function unreadable(err: unknown, locale: Locale): CsvProblem {
  if (!(err instanceof CsvError)) throw err;
  const row = (err as CsvError & { records?: number }).records;
  return { ...(typeof row === 'number' && { row: row + 1 }), code: 'unreadable', message: t(locale, 'cli-actuals.csv.unreadable', { detail: csvErrorText(err, locale) }) };
}

/** What csv-parse found, in words of the reader's language for the errors a spreadsheet's CSV runs into; else its own. */
function csvErrorText(err: CsvError, locale: Locale): string {
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') return t(locale, 'cli-actuals.csv.quoteNotClosed');
  // "Invalid Closing Quote: got \"x\" at line 2 instead of delimiter, …"
  const got = /got "(.*?)" at line/.exec(err.message);
  if (err.code === 'CSV_INVALID_CLOSING_QUOTE' && got) return t(locale, 'cli-actuals.csv.closingQuote', { char: JSON.stringify(got[1]) });
  return err.message;
}

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
/** "Mar 2025", "March 2025": how the CLI and the sheet show a month, and Excel a cell formatted "mmm yyyy". */
const NAMED = /^([a-z]{3,9})[ -](\d{4})$/i;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month "YYYY-MM" of a CSV cell, or undefined; a two-digit year or a local date (03/04/2025) is never guessed. */
function monthKeyOf(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) {
    const [y, m] = [Number(iso[1]), Number(iso[2])];
    return m >= 1 && m <= 12 && (iso[3] === undefined || isDay(y, m, Number(iso[3]))) ? `${iso[1]}-${iso[2]}` : undefined;
  }
  const named = NAMED.exec(text);
  const m = named ? MONTH_NAMES.findIndex((name) => name === named[1].toLowerCase() || name.slice(0, 3) === named[1].toLowerCase()) : -1;
  return m < 0 ? undefined : `${named![2]}-${String(m + 1).padStart(2, '0')}`;
}

/** A CSV month within the case: the initial period's month to the horizon's last. */
function monthOf(text: string, c: RoiCase, locale: Locale): { key: string } | { code: 'month' | 'monthRange'; problem: string } {
  const key = monthKeyOf(text);
  if (key === undefined) {
    // 03/04/2025 is March in one country and April in the next.
    const local = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text);
    return { code: 'month', problem: t(locale, local ? 'cli-actuals.csv.localDate' : 'cli-actuals.csv.month', { got: quote(text) }) };
  }
  const month = monthOfKey(c.startDate, key)!;
  if (month < 0 || month > c.horizonMonths) {
    const [first, last] = [monthKey(c.startDate, 0), monthKey(c.startDate, c.horizonMonths)];
    return { code: 'monthRange', problem: t(locale, 'cli-actuals.csv.monthRange', { month: key, first, last }) };
  }
  return { key };
}

const isDay = (y: number, m: number, d: number) => d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

type LineMatch = { side: 'costs' | 'benefits'; index: number; id: string } | { code: 'line' | 'ambiguousLine' | 'kpi' | 'measured'; problem: string };

/** A line by its id (ids are unique whatever their case), else by its exact name, ignoring case. */
function lineLookup(c: RoiCase, locale: Locale): (text: string) => LineMatch {
  const lower = (s: string) => s.trim().toLowerCase();
  const lines = (['costs', 'benefits'] as const).flatMap((side) => c[side].map((line, index) => ({ side, index, line })));
  const byId = new Map(lines.map((l) => [lower(l.line.id!), l]));
  const byName = new Map<string, typeof lines>();
  for (const l of lines) byName.set(lower(l.line.name), [...(byName.get(lower(l.line.name)) ?? []), l]);
  const kpis = new Map((c.kpis ?? []).flatMap((k) => [[lower(k.name), k], [lower(k.id!), k]] as const));
  const measuredBy = new Map((c.kpis ?? []).filter((k) => k.benefit !== undefined).map((k) => [lower(k.benefit!), k]));
  return (text) => {
    if (text === '') return { code: 'line', problem: t(locale, 'cli-actuals.csv.lineBlank') };
    const id = byId.get(lower(text));
    const matches = id ? [id] : (byName.get(lower(text)) ?? []);
    if (matches.length > 1) return { code: 'ambiguousLine', problem: plural(locale, 'cli-actuals.csv.ambiguousLine', matches.length, { name: quote(text), ids: matches.map((l) => `"${l.line.id}"`).join(', ') }) };
    if (matches.length === 0) {
      if (kpis.has(lower(text))) return { code: 'kpi', problem: t(locale, 'cli-actuals.csv.kpi', { name: quote(text) }) };
      return { code: 'line', problem: t(locale, 'cli-actuals.csv.noLine', { name: quote(text) }) };
    }
    const [{ side, index, line }] = matches;
    const kpi = side === 'benefits' ? measuredBy.get(lower(line.id!)) : undefined;
    if (kpi) return { code: 'measured', problem: t(locale, 'cli-actuals.csv.measured', { line: line.id!, kpi: kpi.id! }) };
    return { side, index, id: line.id! };
  };
}

const ENGLISH = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DECIMAL_COMMA = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
/** One separator followed by three digits: a thousands separator or a decimal, depending on who wrote it. */
const EITHER_WAY = /^\d{1,3}[.,]\d{3}$/;

/**
 * Amounts as "1234.56" or "1,234.56", negative with a minus or in parentheses, with the case's own currency symbol or
 * code or none (as Excel writes a currency cell to CSV). A decimal comma ("1.234,56", "12,5") is refused rather than guessed; so is "1,234" or "1.234"
 * in a ";"-separated file, where either reading is likely.
 */
function amountReader(currency: string, delimiter: ',' | ';', locale: Locale): (text: string) => { amount: number } | { problem: string } {
  const marks = [...new Set([currency, ...(['symbol', 'narrowSymbol'] as const).map((display) => symbolOf(currency, display))])].sort((a, b) => b.length - a.length);
  const unmarked = (s: string) => {
    for (const mark of marks) {
      if (s.startsWith(mark)) return s.slice(mark.length).trim();
      if (s.endsWith(mark)) return s.slice(0, -mark.length).trim();
    }
    return s;
  };
  return (text) => {
    let s = text;
    let negative = false;
    const minus = () => {
      if (negative || !/^[-−]/.test(s)) return;
      negative = true;
      s = s.slice(1).trim();
    };
    // (1,234.56): negative, as Excel's accounting and currency formats write it.
    const parenthesised = /^\((.*)\)$/.exec(s);
    if (parenthesised) [negative, s] = [true, parenthesised[1].trim()];
    minus();
    s = unmarked(s);
    minus(); // "$-5", as some exports write it
    if (delimiter === ';' && EITHER_WAY.test(s)) return { problem: t(locale, 'cli-actuals.csv.twoWays', { amount: quote(text) }) };
    if (!ENGLISH.test(s)) return { problem: DECIMAL_COMMA.test(s) ? t(locale, 'cli-actuals.csv.decimalComma', { amount: quote(text), currency }) : t(locale, 'cli-actuals.csv.amount', { currency, got: quote(text) }) };
    const amount = (negative ? -1 : 1) * Number(s.replaceAll(',', ''));
    if (Math.abs(amount) > MAX_AMOUNT) return { problem: t(locale, 'cli-actuals.csv.tooLarge', { amount: quote(text), max: MAX_AMOUNT.toExponential().replace('e+', 'e') }) };
    return { amount: amount === 0 ? 0 : amount };
  };
}

const symbolOf = (currency: string, currencyDisplay: 'symbol' | 'narrowSymbol') =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay }).formatToParts(0).find((p) => p.type === 'currency')!.value;

/** A CSV value quoted for a message, short. */
const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
