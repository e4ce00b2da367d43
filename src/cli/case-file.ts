import { readFile } from 'node:fs/promises';

// Reads a case file for any command: the file's problems come back as one analyst-readable sentence.
export async function readCaseFile(path: string): Promise<{ value?: unknown; error?: string }> {
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
