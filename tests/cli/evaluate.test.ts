import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case';
import { buildCli, cli } from './run-cli';

beforeAll(buildCli);
const tmp = mkdtempSync(join(tmpdir(), 'crm-roi-cli-'));
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}
const example = (name: string) => `examples/${name}.json`;

describe('crm-roi evaluate <example>', () => {
  it('small-business: readable summary with totals worked out by hand', () => {
    const { code, stdout, stderr } = cli('evaluate', example('small-business'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Harbor Plumbing Supply: CRM for a 10-person sales team');
    expect(stdout).toContain('24 months from 2025-01-01 (Jan 2025 – Dec 2026)');
    expect(stdout).toContain('8.0 % a year');
    // Year 1 costs: 12,000 setup + 10 × 90 × 12 licences + 1,200 add-on + 40 h × 45 × 2 + 6 h × 40 × 10 = 30,000.
    expect(stdout).toMatch(/^1\s+1–12\s+\$30,000\.00\s/m);
    // Year 2: licences 10,800 + add-on 1,200.
    expect(stdout).toMatch(/^2\s+13–24\s+\$12,000\.00\s/m);
    expect(stdout).toMatch(/^Total costs\s+\$42,000\.00$/m);
    for (const label of ['ROI (nominal, undiscounted)', 'ROI (present value, TEI basis)', 'Benefit/cost ratio (PV)', 'IRR (annualised)', 'Payback (months, simple)', 'Payback (months, discounted)', 'Break-even month'])
      expect(stdout).toContain(label);
    const e = evaluate(JSON.parse(readFileSync(example('small-business'), 'utf8')));
    expect(stdout).toMatch(new RegExp(`Payback \\(months, simple\\)\\s+${(e.paybackMonths.simple as number).toFixed(1)} months`));
    expect(stdout).toMatch(new RegExp(`Break-even month\\s+month ${e.breakEvenMonth} \\(`));
    expect(e.breakEvenMonth).toBeLessThanOrEqual(24);
  });

  it('enterprise-tei: three years, both ROI bases', () => {
    const { code, stdout } = cli('evaluate', example('enterprise-tei'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^3\s+25–36\s/m);
    const e = evaluate(JSON.parse(readFileSync(example('enterprise-tei'), 'utf8')));
    expect(stdout).toContain(`ROI (nominal, undiscounted)     ${((e.roi.nominal as number) * 100).toFixed(1)} %`);
    expect(stdout).toContain(`ROI (present value, TEI basis)  ${((e.roi.presentValue as number) * 100).toFixed(1)} %`);
  });

  it('never-pays-back: spells out #N/A', () => {
    const { code, stdout } = cli('evaluate', example('never-pays-back'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/Payback \(months, simple\)\s+#N\/A — never pays back within 24 months/);
    expect(stdout).toMatch(/Payback \(months, discounted\)\s+#N\/A — never pays back within 24 months/);
    expect(stdout).toMatch(/Break-even month\s+#N\/A — never pays back within 24 months/);
    expect(stdout).toContain('€'); // the case is in EUR
  });

  it.each(['small-business', 'enterprise-tei', 'never-pays-back'])('--json of %s matches evaluate()', (name) => {
    const { code, stdout } = cli('evaluate', example(name), '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const e = evaluate(JSON.parse(readFileSync(example(name), 'utf8')));
    const json = (r: unknown) => (typeof r === 'number' ? r : { error: (r as { code: string }).code, message: expect.any(String) });
    expect(out).toMatchObject({
      case: e.case.name, currency: e.case.currency, horizonMonths: e.case.horizonMonths, totals: e.totals, presentValue: e.presentValue, npv: e.npv,
      roi: { nominal: json(e.roi.nominal), presentValue: json(e.roi.presentValue) }, benefitCostRatio: json(e.benefitCostRatio), irr: json(e.irr),
      paybackMonths: { simple: json(e.paybackMonths.simple), discounted: json(e.paybackMonths.discounted) }, breakEvenMonth: json(e.breakEvenMonth),
    });
    expect(out.years).toHaveLength(e.years.length);
    expect(out.lines.costs).toHaveLength(e.case.costs.length);
  });

  it('a case without costs reports #DIV/0! for the ratios', () => {
    const path = file('free.json', JSON.stringify({
      name: 'Free', currency: 'GBP', startDate: '2025-01-01', horizonMonths: 3, discountRate: 0.05, costs: [],
      benefits: [{ type: 'amount', name: 'Gain', category: 'other', amount: 10, per: 'month', startMonth: 1 }],
    }));
    const { code, stdout } = cli('evaluate', path);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ROI \(nominal, undiscounted\)\s+#DIV\/0! — no costs to compare against/);
    expect(stdout).toMatch(/Benefit\/cost ratio \(PV\)\s+#DIV\/0! — no costs to compare against/);
    expect(stdout).toMatch(/^Total benefits\s+£30\.00$/m);
  });

  it('--json reports errors as {error, message}', () => {
    const out = JSON.parse(cli('evaluate', '--json', example('never-pays-back')).stdout);
    expect(out.paybackMonths.simple).toEqual({ error: '#N/A', message: 'never pays back within 24 months' });
    expect(out.breakEvenMonth).toEqual({ error: '#N/A', message: 'never pays back within 24 months' });
  });
});

describe('crm-roi evaluate: bad input exits 1 and changes nothing', () => {
  it('lists every validation error on stderr', () => {
    const bad = JSON.parse(readFileSync(example('small-business'), 'utf8'));
    bad.currency = 'dollars';
    bad.costs[0].amount = 'abc';
    bad.benefits[1].margni = 0.3;
    const path = file('bad.json', JSON.stringify(bad));
    const before = readFileSync(path, 'utf8');
    const { code, stdout, stderr } = cli('evaluate', path);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `crm-roi evaluate: ${path} is not a valid case (3 problems):`,
      '  currency: expected an ISO 4217 currency code such as "USD", "EUR" or "PLN", got "dollars"',
      '  costs[0].amount: expected a number ≥ 0, got "abc"',
      '  benefits[1].margni: unknown property (did you mean "margin"?); allowed: id, name, note, type, dealsPerMonth, averageDealSize, margin, category, startMonth, fullEffectMonth, endMonth, risk, actuals',
    ]);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('points at the line and column of broken JSON', () => {
    const { code, stderr } = cli('evaluate', file('broken.json', '{\n  "name": "x",\n  "currency": "USD" oops\n}'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.json is not valid JSON: .*\(line 3, column 21\)/);
  });

  it('accepts a byte-order mark', () => {
    expect(cli('evaluate', file('bom.json', `\uFEFF${readFileSync(example('small-business'), 'utf8')}`)).code).toBe(0);
  });

  it('says when the file is missing', () => {
    const { code, stderr } = cli('evaluate', join(tmp, 'nope.json'));
    expect(code).toBe(1);
    expect(stderr).toBe(`crm-roi evaluate: cannot read ${join(tmp, 'nope.json')}: no such file\n`);
  });

  it('rejects JSON that is not a case object', () => {
    const { code, stderr } = cli('evaluate', file('array.json', '[]'));
    expect(code).toBe(1);
    expect(stderr).toContain('(case): expected a JSON object, got an array');
  });
});

describe('crm-roi usage', () => {
  it('exits 2 with the usage for usage errors', () => {
    const cases: [string[], string][] = [
      [[], 'Usage: crm-roi <command>'],
      [['frobnicate'], 'crm-roi: unknown command "frobnicate"'],
      [['evaluate'], 'crm-roi evaluate: missing the case file'],
      [['evaluate', 'a.json', 'b.json'], 'crm-roi evaluate: expected one case file, got 2'],
      [['evaluate', example('small-business'), '--jsno'], 'crm-roi evaluate: unknown option --jsno'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = cli(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
    }
  });

  it('prints help on --help and exits 0', () => {
    const top = cli('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^\s+evaluate\s+Evaluate a case file/m);
    for (const args of [['evaluate', '--help'], ['help', 'evaluate'], ['evaluate', '-h']]) {
      const r = cli(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: crm-roi evaluate <case.json | roi.xlsx> [--json]');
    }
  });
});
