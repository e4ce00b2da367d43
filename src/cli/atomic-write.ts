import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `path` so that a reader (or the analyst, after a failure) sees the old file or the new one, never
 * half of one: the bytes go to a temporary file beside the target, which then replaces it in one rename. On any
 * failure (disk full, file-size limit, permissions) the temporary file is removed, the target is left as it was, and
 * the error is rethrown.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  // Through a symbolic link to the file it names, so the link survives; a path that does not exist yet is used as is.
  const target = await realpath(path).catch(() => path);
  const previous = await stat(target).catch(() => undefined);
  // Hidden, unique per process and attempt; the name is cut so a long target name cannot make it too long.
  const temp = join(dirname(target), `.${basename(target).slice(0, 40)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx', flush: true });
    if (previous) await chmod(temp, previous.mode); // a rebuilt workbook keeps its permissions
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined); // the write's own error is the one to report
    throw err;
  }
}
