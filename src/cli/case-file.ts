import { sheetIssueText } from '../plan/issue-text';
import { readFile } from 'node:fs/promises';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { readRoiSheets, readRoiWorkbook } from '../writers/xlsx';
import { fileError } from './file-error';
import { jsonError, lineAndColumn } from './json-error';

// Reads a case for any command, from a JSON case file or from the ROI sheet of an .xlsx (with the analyst's edits);
// the source's problems come back as analyst-readable sentences in the reader's language.
/** `sheetName`: for a workbook, the ROI sheet the case was read from (a rebuild keeps writing there). */
export async function readCaseFile(path: string, locale: Locale = 'en'): Promise<{ value?: unknown; error?: string; sheetName?: string }> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    return { error: fileError('read', path, err, locale) };
  }
  if (data.length === 0) return { error: t(locale, 'cli.file.empty', { path }) };
  if (/\.xlsx$/i.test(path)) return readWorkbook(path, data, locale);
  const decoded = decodeUtf8(path, data, locale);
  if (decoded.error !== undefined) return decoded;
  const text = decoded.text;
  try {
    return { value: JSON.parse(text) };
  } catch {
    // Our words, not V8's (English only): the text ends too soon, or a character stands where something else was needed.
    const { offset, want } = jsonError(text) ?? { offset: text.length, want: 'end' };
    const char = JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? 0));
    const expected = t(locale, `cli.file.jsonWant.${want}`, { close: want === 'nextInObject' ? '}' : ']' });
    const reason = offset >= text.length ? t(locale, 'cli.file.jsonEnd') : t(locale, 'cli.file.jsonUnexpected', { char, expected });
    const { line, column } = lineAndColumn(text, offset);
    return { error: t(locale, 'cli.file.notJson', { path, reason, line, column }) };
  }
}

/** A UTF-8 text file (a CSV of actuals), with the same errors in words as a case file's. */
export async function readTextFile(path: string, locale: Locale): Promise<{ text: string; error?: undefined } | { error: string }> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    return { error: fileError('read', path, err, locale) };
  }
  return decodeUtf8(path, data, locale);
}

/** The text of a UTF-8 file, without a byte-order mark (editors on Windows write one); invalid bytes are an error, never U+FFFD. */
function decodeUtf8(path: string, data: Buffer, locale: Locale): { text: string; error?: undefined } | { error: string } {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    return { error: t(locale, 'cli.file.utf16', { path }) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    const offset = invalidUtf8Offset(data);
    const line = data.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    return { error: t(locale, 'cli.file.notUtf8', { path, offset, line }) };
  }
}

/** Byte offset of the first invalid UTF-8 sequence in `data`, which a fatal decoder rejected. */
function invalidUtf8Offset(data: Buffer): number {
  // Up to the first bad sequence the lenient decoding is exact, so its byte length there is the offset. A U+FFFD the
  // file really holds (encoded EF BF BD) is not a replacement.
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
  let at = -1;
  let offset: number;
  do {
    at = lenient.indexOf('\uFFFD', at + 1);
    offset = Buffer.byteLength(lenient.slice(0, at));
  } while (data[offset] === 0xef && data[offset + 1] === 0xbf && data[offset + 2] === 0xbd);
  return offset;
}

/**
 * Every case a file holds: a JSON case file holds one; a workbook one per ROI sheet (a portfolio workbook holds
 * several), each read back with the analyst's edits. Any problem is the file's error, and no case is returned.
 */
export async function readCaseSources(path: string, locale: Locale = 'en'): Promise<{ cases: { value: unknown; sheetName?: string; lang?: Locale }[]; error?: undefined } | { error: string }> {
  if (!/\.xlsx$/i.test(path)) {
    const one = await readCaseFile(path, locale);
    return one.error !== undefined ? { error: one.error } : { cases: [{ value: one.value }] };
  }
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    return { error: fileError('read', path, err, locale) };
  }
  if (!isZip(data)) return { error: t(locale, 'cli.file.notZip', { path }) };
  let sheets: Awaited<ReturnType<typeof readRoiSheets>>;
  try {
    sheets = await readRoiSheets(data);
  } catch (err) {
    return { error: t(locale, 'cli.file.badXlsx', { path, detail: (err as Error).message }) };
  }
  if (!sheets.length) return { error: t(locale, 'cli.file.noRoiSheet', { path }) };
  const issues = sheets.flatMap((s) => (s.ok ? [] : s.issues.map((i) => `  '${s.sheetName}'!${i.address}: ${sheetIssueText(i, locale)}`)));
  if (issues.length) return { error: `${t(locale, 'cli.file.sheetInputs', { path })}\n${issues.join('\n')}` };
  return { cases: sheets.map((s) => ({ value: s.ok ? s.case : undefined, sheetName: s.sheetName, lang: s.ok ? s.lang : undefined })) };
}

async function readWorkbook(path: string, data: Buffer, locale: Locale): Promise<{ value?: unknown; error?: string; sheetName?: string }> {
  if (!isZip(data)) return { error: t(locale, 'cli.file.notZip', { path }) };
  let read: Awaited<ReturnType<typeof readRoiWorkbook>>;
  try {
    read = await readRoiWorkbook(data);
  } catch (err) {
    return { error: t(locale, 'cli.file.badXlsx', { path, detail: (err as Error).message }) };
  }
  if (read.ok) return { value: read.case, sheetName: read.sheetName };
  const where = read.sheetName ? `'${read.sheetName}'!` : '';
  return { error: `${t(locale, 'cli.file.sheetInputs', { path })}\n${read.issues.map((i) => `  ${where}${i.address}: ${sheetIssueText(i, locale)}`).join('\n')}` };
}

// Every .xlsx is a zip archive, which starts with "PK"; anything else would only get the zip library's puzzlement.
const isZip = (data: Buffer) => data[0] === 0x50 && data[1] === 0x4b;
