import { readFile } from 'node:fs/promises';
import { readRoiWorkbook } from '../writers/xlsx';
import { fileError } from './file-error';
import { jsonErrorOffset, lineAndColumn } from './json-error';

// Reads a case for any command, from a JSON case file or from the ROI sheet of an .xlsx (with the analyst's edits);
// the source's problems come back as analyst-readable sentences.
/** `sheetName`: for a workbook, the ROI sheet the case was read from (a rebuild keeps writing there). */
export async function readCaseFile(path: string): Promise<{ value?: unknown; error?: string; sheetName?: string }> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    return { error: fileError('read', path, err) };
  }
  if (data.length === 0) return { error: `${path} is empty` };
  if (/\.xlsx$/i.test(path)) return readWorkbook(path, data);
  const decoded = decodeUtf8(path, data);
  if (decoded.error !== undefined) return decoded;
  const text = decoded.text;
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    // V8's wording without its position or its quote of the text: the line and column say where.
    const reason = (err as Error).message.replace(/ in JSON at position \d+.*$|, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text) ?? text.length);
    return { error: `${path} is not valid JSON: ${reason} (line ${line}, column ${column})` };
  }
}

/** A UTF-8 text file (a CSV of actuals), with the same errors in words as a case file's. */
export async function readTextFile(path: string): Promise<{ text: string; error?: undefined } | { error: string }> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    return { error: fileError('read', path, err) };
  }
  return decodeUtf8(path, data);
}

/** The text of a UTF-8 file, without a byte-order mark (editors on Windows write one); invalid bytes are an error, never U+FFFD. */
function decodeUtf8(path: string, data: Buffer): { text: string; error?: undefined } | { error: string } {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    return { error: `${path} is UTF-16 text; save it as UTF-8` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    const offset = invalidUtf8Offset(data);
    const line = data.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    return { error: `${path} is not UTF-8 text: invalid byte sequence at byte offset ${offset} (line ${line}); save it as UTF-8` };
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

async function readWorkbook(path: string, data: Buffer): Promise<{ value?: unknown; error?: string; sheetName?: string }> {
  // Every .xlsx is a zip archive, which starts with "PK"; anything else would only get the zip library's puzzlement.
  if (data[0] !== 0x50 || data[1] !== 0x4b) return { error: `${path} is not an .xlsx workbook: it is not a zip archive, which every .xlsx is` };
  let read: Awaited<ReturnType<typeof readRoiWorkbook>>;
  try {
    read = await readRoiWorkbook(data);
  } catch (err) {
    return { error: `${path} is not a readable .xlsx workbook: ${(err as Error).message}` };
  }
  if (read.ok) return { value: read.case, sheetName: read.sheetName };
  const where = read.sheetName ? `'${read.sheetName}'!` : '';
  return { error: `${path}: the sheet has invalid inputs:\n${read.issues.map((i) => `  ${where}${i.address}: ${i.message}`).join('\n')}` };
}
