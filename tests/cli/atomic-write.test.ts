import { chmodSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/cli/atomic-write';
import { workbookCommand } from '../../src/cli/workbook';

// A write that fails part-way, for real: the first `chunk` bytes reach the disk, then the disk is full.
const { failNextWrite } = vi.hoisted(() => ({ failNextWrite: { chunk: -1 } }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof actual.writeFile = async (path, data, options) => {
    if (failNextWrite.chunk < 0) return actual.writeFile(path, data, options);
    await actual.writeFile(path, (data as Uint8Array).subarray(0, failNextWrite.chunk), options);
    failNextWrite.chunk = -1;
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { ...actual, writeFile };
});

const dir = mkdtempSync(join(tmpdir(), 'crm-roi-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let stderr: string[];
beforeEach(() => {
  stderr = [];
  vi.spyOn(console, 'error').mockImplementation((...a) => void stderr.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  failNextWrite.chunk = -1;
  vi.restoreAllMocks();
});

describe('crm-roi workbook over an existing workbook, when the disk fills up mid-write', () => {
  it('exits 1, names the cause and leaves the old workbook byte for byte, with no temporary file', async () => {
    const example = join(__dirname, '../../examples/small-business.json');
    const out = join(dir, 'roi.xlsx');
    expect(await workbookCommand.run([example, '-o', out])).toBe(0);
    const before = readFileSync(out);
    failNextWrite.chunk = 4096;
    expect(await workbookCommand.run([example, '-o', out, '--sheet', 'Other name'])).toBe(1);
    expect(stderr).toEqual([`crm-roi workbook: cannot write ${out}: no space left on the disk; nothing written`]);
    expect(readFileSync(out)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['roi.xlsx']);
    rmSync(out);
  });
});

describe('writeFileAtomic', () => {
  const folder = (name: string) => mkdtempSync(join(dir, `${name}-`));

  it('writes a new file and replaces an old one, keeping its permissions', async () => {
    const f = folder('replace');
    const path = join(f, 'a.xlsx');
    await writeFileAtomic(path, Buffer.from('first'));
    expect(readFileSync(path, 'utf8')).toBe('first');
    chmodSync(path, 0o600);
    await writeFileAtomic(path, Buffer.from('second'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(f)).toEqual(['a.xlsx']);
  });

  it('writes through a symbolic link to its file, keeping the link', async () => {
    const f = folder('link');
    writeFileSync(join(f, 'real.xlsx'), 'old');
    symlinkSync('real.xlsx', join(f, 'link.xlsx'));
    await writeFileAtomic(join(f, 'link.xlsx'), Buffer.from('new'));
    expect(readlinkSync(join(f, 'link.xlsx'))).toBe('real.xlsx');
    expect(readFileSync(join(f, 'real.xlsx'), 'utf8')).toBe('new');
  });

  it('on an error thrown mid-write: rethrows it, the target untouched, the temporary file removed', async () => {
    const f = folder('fail');
    const path = join(f, 'a.xlsx');
    writeFileSync(path, 'the old workbook');
    failNextWrite.chunk = 3;
    await expect(writeFileAtomic(path, Buffer.from('a new workbook, longer'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe('the old workbook');
    expect(readdirSync(f)).toEqual(['a.xlsx']);
  });

  it('on a failed rename (the target is a directory): the directory untouched, the temporary file removed', async () => {
    const f = folder('dir');
    await fs.mkdir(join(f, 'a.xlsx'));
    await expect(writeFileAtomic(join(f, 'a.xlsx'), Buffer.from('x'))).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(f)).toEqual(['a.xlsx']);
    expect(readdirSync(join(f, 'a.xlsx'))).toEqual([]);
  });
});
