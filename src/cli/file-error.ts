import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';

// File-system failures in words: an analyst should not have to decode "EACCES".

const REASONS = {
  EACCES: 'cli.fs.permission',
  EPERM: 'cli.fs.permission',
  EISDIR: 'cli.fs.isDirectory',
  ENOTDIR: 'cli.fs.notDirectory',
  ENOSPC: 'cli.fs.noSpace',
  EDQUOT: 'cli.fs.quota',
  EFBIG: 'cli.fs.tooBig',
  EROFS: 'cli.fs.readOnly',
  ENAMETOOLONG: 'cli.fs.nameTooLong',
  ELOOP: 'cli.fs.loop',
} as const;

/** "cannot write out/roi.xlsx: permission denied". ENOENT means the file when reading, its folder when writing. */
export function fileError(action: 'read' | 'write', path: string, err: unknown, locale: Locale = 'en'): string {
  const code = (err as NodeJS.ErrnoException).code;
  const missing = action === 'read' ? 'cli.fs.noSuchFile' : 'cli.fs.noFolder';
  const key = code === 'ENOENT' ? missing : code !== undefined && Object.hasOwn(REASONS, code) ? REASONS[code as keyof typeof REASONS] : undefined;
  // A failure without words of ours keeps the system's own message.
  const reason = key ? t(locale, key) : (err as Error).message;
  return t(locale, action === 'read' ? 'cli.file.cannotRead' : 'cli.file.cannotWrite', { path, reason });
}
