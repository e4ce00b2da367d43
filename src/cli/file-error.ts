// File-system failures in words: an analyst should not have to decode "EACCES".

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of its path is a file, not a folder',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would exceed the size limit for files',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/** "cannot write out/roi.xlsx: permission denied". ENOENT means the file when reading, its folder when writing. */
export function fileError(action: 'read' | 'write', path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const missing = action === 'read' ? 'no such file' : 'its folder does not exist';
  const reason = code === 'ENOENT' ? missing : (code !== undefined && REASONS[code]) || (err as Error).message;
  return `cannot ${action} ${path}: ${reason}`;
}
