import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli } from './run-cli';

// Hostile case files, end to end: each is refused by field with exit 1, and no workbook is written.
const dir = mkdtempSync(join(tmpdir(), 'crm-roi-hostile-'));
beforeAll(buildCli, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = () => JSON.parse(readFileSync('examples/small-business.json', 'utf8'));

describe('crm-roi workbook refuses a case a workbook cannot hold', () => {
  const cases: [string, (c: any) => void, RegExp][] = [
    ['U+FFFE in the case name', (c) => (c.name = 'Case\uFFFE'), /^ {2}name: contains the character U\+FFFE at position 5/m],
    ['U+FFFF in a line name', (c) => (c.costs[0].name = '\uFFFFx'), /^ {2}costs\[0\]\.name: contains the character U\+FFFF at position 1/m],
    ['a 40,000-character note', (c) => (c.costs[0].note = 'n'.repeat(40_000)), /^ {2}costs\[0\]\.note: expected at most 2000 characters, got 40000$/m],
    ['an invisible name', (c) => (c.name = '\u00a0\u200b'), /^ {2}name: expected visible text/m],
    ['a "constructor" key', (c) => (c.constructor = 1), /^ {2}constructor: unknown property/m],
    ['fields that multiply to 1e45', (c) => (c.costs = [{ type: 'labour', name: 'x', hours: 1e15, hourlyRate: 1e15, people: 1e15, frequency: 'monthly', startMonth: 1 }]), /^ {2}costs\[0\]: the line's drivers multiply to 1\.00e\+45/m],
    ['a start in 9999 with 240 months', (c) => { c.startDate = '9999-12-01'; c.horizonMonths = 240; }, /^ {2}startDate: expected a date from 1900-03-01 to 9980-01-01/m],
    ['10,000 lines', (c) => (c.costs = Array(10_000).fill(c.costs[0])), /^ {2}costs: expected at most 100 lines, got 10000$/m],
  ];
  it.each(cases)('%s', (_label, mutate, message) => {
    const c = example();
    mutate(c);
    const file = join(dir, 'case.json');
    const out = join(dir, 'out.xlsx');
    writeFileSync(file, JSON.stringify(c));
    const r = cli('workbook', file, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
