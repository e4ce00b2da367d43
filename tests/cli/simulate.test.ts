import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case';
import { simulate } from '../../src/case/simulate';
import { buildCli, cli } from './run-cli';

beforeAll(buildCli);
const tmp = mkdtempSync(join(tmpdir(), 'crm-roi-simulate-'));
const ENTERPRISE = 'examples/enterprise-tei.json';
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('crm-roi simulate', () => {
  it('--json: exactly the published keys, the figures simulate() gives for the same seed', () => {
    const { code, stdout, stderr } = cli('simulate', ENTERPRISE, '--iterations', '2000', '--seed', '42', '--json');
    expect([code, stderr]).toEqual([0, '']);
    const out = JSON.parse(stdout);
    const percentiles = ['p10', 'p50', 'p90', 'mean'];
    expect(Object.keys(out)).toEqual(['iterations', 'seed', 'distribution', 'npv', 'roi', 'paybackMonths', 'probabilityNpvPositive', 'probabilityPayback']);
    for (const key of ['npv', 'roi', 'paybackMonths']) expect(Object.keys(out[key])).toEqual(percentiles);
    const { npvSamples: _, ...expected } = simulate(read(ENTERPRISE), { iterations: 2000, seed: 42 });
    expect(out).toEqual(expected);
  });

  it('defaults to 10,000 draws, seed 1, triangular; --pert draws from Beta-PERT', () => {
    const out = JSON.parse(cli('simulate', ENTERPRISE, '--json').stdout);
    expect([out.iterations, out.seed, out.distribution]).toEqual([10000, 1, 'triangular']);
    expect(JSON.parse(cli('simulate', ENTERPRISE, '--pert', '--json', '--iterations', '10').stdout).distribution).toBe('pert');
  });

  it('text: the settings, a percentile table and the two shares', () => {
    const { code, stdout } = cli('simulate', ENTERPRISE, '--iterations', '1000', '--seed', '7');
    expect(code).toBe(0);
    const s = simulate(read(ENTERPRISE), { iterations: 1000, seed: 7 });
    expect(stdout).toMatch(/^Draws\s+1,000, seed 7$/m);
    expect(stdout).toMatch(/^Three-point estimates\s+4, each drawn from a triangular distribution, independently$/m);
    expect(stdout).toMatch(/^\s+P10\s+P50\s+P90\s+Mean$/m);
    const money = (x: number | null) => `\\$${x!.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    expect(stdout).toMatch(new RegExp(`^Net present value \\(NPV\\)\\s+${[s.npv.p10, s.npv.p50, s.npv.p90, s.npv.mean].map(money).join('\\s+')}$`, 'm'));
    expect(stdout).toMatch(/^ROI \(present value, TEI basis\)(\s+-?\d+\.\d %){4}$/m);
    expect(stdout).toMatch(/^Payback \(months, simple\)(\s+\d+\.\d months){4}$/m);
    expect(stdout).toMatch(/^NPV above zero\s+\S+ % of draws \([\d,]+ of 1,000\)$/m);
    expect(stdout).toMatch(/^Pays back within 36 months\s+\S+ % of draws \([\d,]+ of 1,000\)$/m);
  });

  it('a case without estimates: says every draw is its expected case; never paying back reads "never"', () => {
    const { code, stdout } = cli('simulate', 'examples/never-pays-back.json', '--iterations', '50');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Three-point estimates\s+none in the case: every draw is its expected case, and so is every figure below$/m);
    expect(stdout).toMatch(/^Payback \(months, simple\)(\s+never){4}$/m);
    expect(stdout).toMatch(/^Pays back within 24 months\s+0\.0 % of draws \(0 of 50\)$/m);
    const npv = JSON.parse(cli('simulate', 'examples/never-pays-back.json', '--iterations', '50', '--json').stdout).npv;
    const e = evaluate(read('examples/never-pays-back.json'));
    expect(npv).toEqual({ p10: e.npv, p50: e.npv, p90: e.npv, mean: e.npv });
  });

  it('reads a workbook crm-roi wrote, estimates and all: the same draws as the case file', () => {
    const book = join(tmp, 'roi.xlsx');
    expect(cli('workbook', ENTERPRISE, '-o', book).code).toBe(0);
    const { code, stdout } = cli('simulate', book, '--iterations', '200', '--seed', '7', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(cli('simulate', ENTERPRISE, '--iterations', '200', '--seed', '7', '--json').stdout));
  });

  it.each([
    [['--iterations', '0'], '--iterations must be a whole number from 1 to 1,000,000, got "0"'],
    [['--iterations', '1000001'], '--iterations must be a whole number from 1 to 1,000,000, got "1000001"'],
    [['--iterations', '1e4'], '--iterations must be a whole number from 1 to 1,000,000, got "1e4"'],
    [['--iterations', '2.5'], '--iterations must be a whole number from 1 to 1,000,000, got "2.5"'],
    [['--seed', '-1'], '--seed must be a whole number from 0 to 4,294,967,295, got "-1"'],
    [['--seed', '4294967296'], '--seed must be a whole number from 0 to 4,294,967,295, got "4294967296"'],
    [['--seed'], '--seed needs a value'],
    [['--seed', '1', '--seed', '2'], '--seed is given twice'],
    [['--samples', '5'], 'unknown option --samples'],
  ])('usage error %j: exit 2, the problem and the usage', (flags, problem) => {
    const { code, stdout, stderr } = cli('simulate', ENTERPRISE, ...flags);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`crm-roi simulate: ${problem}`);
    expect(stderr).toContain('Usage: crm-roi simulate');
  });

  it('usage errors for the case file itself: none, or two', () => {
    expect(cli('simulate').stderr.split('\n')[0]).toBe('crm-roi simulate: missing the case file');
    expect(cli('simulate', ENTERPRISE, ENTERPRISE).stderr.split('\n')[0]).toBe('crm-roi simulate: expected one case file, got 2');
  });

  it('a bad case: exit 1 with every problem listed; a missing file: exit 1', () => {
    const bad = read(ENTERPRISE);
    bad.horizonMonths = 0;
    bad.benefits[0].hoursPerMonth = { conservative: 14, expected: 10, optimistic: 6 };
    const path = join(tmp, 'bad.json');
    writeFileSync(path, JSON.stringify(bad));
    const { code, stdout, stderr } = cli('simulate', path);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toContain(`crm-roi simulate: ${path} is not a valid case (2 problems):`);
    expect(stderr).toMatch(/^ {2}horizonMonths: /m);
    expect(stderr).toMatch(/^ {2}benefits\[0\]\.hoursPerMonth: expected conservative ≤ expected ≤ optimistic/m);
    const missing = cli('simulate', join(tmp, 'nowhere.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^crm-roi simulate: .*nowhere\.json/);
  });

  it('escapes control characters from a path or an argument in what it prints', () => {
    const missing = cli('simulate', join(tmp, 'evil\u001b[2J.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('evil\\u001b[2J.json');
    const flag = cli('simulate', ENTERPRISE, '--seed', '4\u009b2');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('got "4\\u009b2"');
    expect(missing.stderr + flag.stderr).not.toMatch(/[\u001b\u009b]/);
  });

  it('is listed in crm-roi --help, and --help prints its usage', () => {
    expect(cli('--help').stdout).toMatch(/^ {2}simulate {4}Monte Carlo/m);
    const help = cli('simulate', '--help');
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain('--iterations N');
  });
});
