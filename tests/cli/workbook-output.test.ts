import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from './run-cli';

// Where `crm-roi workbook` writes, end to end: never over the case file, only to an .xlsx, and never half a file.

beforeAll(buildCli);
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = 'examples/small-business.json';

/** A copy of the example case in its own folder, so every test sees only the files it made. */
function caseIn(name: string): { folder: string; file: string } {
  const folder = join(dir, name);
  mkdirSync(folder);
  const file = join(folder, 'case.json');
  copyFileSync(example, file);
  return { folder, file };
}

/** The CLI run from `cwd`, under bash, so a test can set limits (`ulimit`) first. */
function cliIn(cwd: string, setup: string, ...args: string[]) {
  const bin = join(process.cwd(), 'bin/crm-roi.mjs');
  const r = spawnSync('bash', ['-c', `${setup}; exec "$0" "$@"`, process.execPath, bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the output is never the case file', () => {
  it.each([['case.json'], ['./case.json'], ['link.xlsx']])('refuses -o %s, which is the case file, and leaves it as it was', (output) => {
    const { folder, file } = caseIn(`same-${Math.random().toString(36).slice(2)}`);
    symlinkSync('case.json', join(folder, 'link.xlsx'));
    const before = readFileSync(file);
    const { code, stdout, stderr } = cliIn(folder, 'true', 'workbook', 'case.json', '-o', output);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`crm-roi workbook: the output ${output} is the case file case.json; writing the workbook there would replace your case. Choose another -o.\n`);
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(['case.json', 'link.xlsx']);
  });

  it('rebuilds an .xlsx in place, however the path is spelled', () => {
    const { folder } = caseIn('in-place');
    expect(cliIn(folder, 'true', 'workbook', 'case.json', '-o', 'roi.xlsx').code).toBe(0);
    for (const output of ['roi.xlsx', './roi.xlsx']) {
      const r = cliIn(folder, 'true', 'workbook', 'roi.xlsx', '-o', output);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Updated sheet "CRM ROI"`);
      expect(r.stdout).toContain(`in ${output}; everything else in the workbook is as it was.`);
    }
    expect(readdirSync(folder).sort()).toEqual(['case.json', 'roi.xlsx']);
  });

  it('refuses an output that is not an .xlsx as a usage error, writing nothing', () => {
    const { folder } = caseIn('not-xlsx');
    for (const output of ['out.json', 'roi', 'roi.xlsx.bak', '.']) {
      const { code, stderr } = cliIn(folder, 'true', 'workbook', 'case.json', '-o', output);
      expect(code, output).toBe(2);
      expect(stderr).toContain(`crm-roi workbook: the output ${output} does not end in .xlsx`);
      expect(stderr).toContain('Usage: crm-roi workbook');
    }
    expect(readdirSync(folder)).toEqual(['case.json']);
  });
});

describe('a failed write leaves the old workbook intact', () => {
  it('under a file-size limit (the disk filling up): exit 1, the old workbook byte for byte, no temporary file', () => {
    const { folder } = caseIn('ulimit');
    expect(cliIn(folder, 'true', 'workbook', 'case.json', '-o', 'roi.xlsx').code).toBe(0);
    const before = readFileSync(join(folder, 'roi.xlsx'));
    expect(before.length).toBeGreaterThan(8 * 1024); // larger than the limit below, so the write must fail part-way
    // 8 blocks of 1 KiB. Node then gets EFBIG from write(2) (bash's trap also keeps SIGXFSZ from killing it).
    const { code, stdout, stderr } = cliIn(folder, "trap '' XFSZ; ulimit -f 8", 'workbook', 'case.json', '-o', 'roi.xlsx');
    expect(stdout).toBe('');
    expect(stderr).toBe('crm-roi workbook: cannot write roi.xlsx: the file would exceed the size limit for files; nothing written\n');
    expect(code).toBe(1);
    expect(readFileSync(join(folder, 'roi.xlsx'))).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(['case.json', 'roi.xlsx']);
  });
});

describe('hostile paths get a precise message, never "internal error"', () => {
  const { folder } = caseIn('hostile');
  writeFileSync(join(folder, 'empty.json'), '');
  writeFileSync(join(folder, 'empty.xlsx'), '');
  writeFileSync(join(folder, 'text.xlsx'), 'not a workbook');
  mkdirSync(join(folder, 'folder.xlsx'));
  const cases: [string[], number, string][] = [
    [['workbook', 'case.json', '-o', 'missing/roi.xlsx'], 1, 'cannot write missing/roi.xlsx: its folder does not exist; nothing written'],
    [['workbook', 'case.json', '-o', 'folder.xlsx'], 1, 'cannot write folder.xlsx: it is a directory; nothing written'],
    [['workbook', 'case.json', '-o', 'case.json/roi.xlsx'], 1, 'cannot write case.json/roi.xlsx: a part of its path is a file, not a folder; nothing written'],
    [['workbook', '.', '-o', 'roi.xlsx'], 1, 'cannot read .: it is a directory'],
    [['evaluate', 'folder.xlsx'], 1, 'cannot read folder.xlsx: it is a directory'],
    [['evaluate', 'empty.json'], 1, 'empty.json is empty'],
    [['evaluate', 'empty.xlsx'], 1, 'empty.xlsx is empty'],
    [['evaluate', 'text.xlsx'], 1, 'text.xlsx is not an .xlsx workbook: it is not a zip archive, which every .xlsx is'],
    [['evaluate', 'case.json/x.json'], 1, 'cannot read case.json/x.json: a part of its path is a file, not a folder'],
  ];
  it.each(cases)('crm-roi %j', (args, exit, message) => {
    const { code, stdout, stderr } = cliIn(folder, 'true', ...args);
    expect(stdout).toBe('');
    expect(stderr).toBe(`crm-roi ${args[0]}: ${message}\n`);
    expect(code).toBe(exit);
    expect(existsSync(join(folder, 'roi.xlsx'))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('an output folder without write permission', () => {
    const locked = join(folder, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    const { code, stderr } = cliIn(folder, 'true', 'workbook', 'case.json', '-o', 'locked/roi.xlsx');
    expect(stderr).toBe('crm-roi workbook: cannot write locked/roi.xlsx: permission denied; nothing written\n');
    expect(code).toBe(1);
  });
});
