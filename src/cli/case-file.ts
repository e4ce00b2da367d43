import { readFile } from 'node:fs/promises';
import { readRoiWorkbook } from '../writers/xlsx';

// Reads a case for any command, from a JSON case file or from the ROI sheet of an .xlsx (with the analyst's edits);
// the source's problems come back as analyst-readable sentences.
export async function readCaseFile(path: string): Promise<{ value?: unknown; error?: string }> {
  if (/\.xlsx$/i.test(path)) return readWorkbook(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message}` };
  }
  text = text.replace(/^\uFEFF/, ''); // editors on Windows write a byte-order mark
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    return { error: `${path} is not valid JSON: ${(err as Error).message}${where(text, (err as Error).message)}` };
  }
}

/** " (line 3, column 7)" from V8's "at position N", which an analyst cannot use directly. */
function where(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1])).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

async function readWorkbook(path: string): Promise<{ value?: unknown; error?: string }> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    return { error: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}` };
  }
  let read: Awaited<ReturnType<typeof readRoiWorkbook>>;
  try {
    read = await readRoiWorkbook(data);
  } catch (err) {
    return { error: `${path} is not a readable .xlsx workbook: ${(err as Error).message}` };
  }
  if (read.ok) return { value: read.case };
  const where = read.sheetName ? `'${read.sheetName}'!` : '';
  return { error: `${path}: the sheet has invalid inputs:\n${read.issues.map((i) => `  ${where}${i.address}: ${i.message}`).join('\n')}` };
}
