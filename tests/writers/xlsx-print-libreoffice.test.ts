// LibreOffice prints each example's workbook, new and rebuilt in place, with its default settings: at most 10 pages,
// the answer on page 1 (the Summary's NPV as the sheet formats it), and the payback helper rows nowhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { planSheet } from '../../src/plan';
import { currencyAffixes } from '../../src/i18n/currency';
import { writeXlsx } from '../../src/writers/xlsx';
import { buildIntoWorkbook } from '../../src/writers/xlsx-update';
import { exampleCase } from './xlsx-charts';
import { EXAMPLES } from '../plan/fixtures';

const have = (tool: string, ...args: string[]) => spawnSync(tool, args, { stdio: 'ignore' }).status === 0;
const haveTools = have('soffice', '--version') && have('pdftotext', '-v') && have('pdfinfo', '-v');
const PAGE_BUDGET = 10;

/** An amount as the sheet's money format shows it: "$1,369,880", "-$12,345", "-12,345 €". */
const money = (value: number, currency: string) => {
  const { prefix, suffix } = currencyAffixes(currency);
  return `${value < 0 ? '-' : ''}${prefix}${Math.round(Math.abs(value)).toLocaleString('en-US')}${suffix}`;
};
const pages = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const text = (pdf: string, page?: number) => execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf8' });

describe.skipIf(!haveTools && !process.env.CI)('LibreOffice prints each example ready for a CFO', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-print-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    if (!haveTools) throw new Error('soffice, pdftotext and pdfinfo are needed: CI must install libreoffice-calc-nogui and poppler-utils');
    const [input, profile] = ['in', 'profile'].map((d) => join(dir, d));
    mkdirSync(input);
    mkdirSync(profile);
    for (const name of EXAMPLES) {
      const roiCase = exampleCase(name);
      const data = await writeXlsx(planSheet(roiCase), roiCase);
      writeFileSync(join(input, `${name}.xlsx`), data);
      writeFileSync(join(input, `${name}-rebuilt.xlsx`), (await buildIntoWorkbook(data, roiCase, 'CRM ROI')).data);
    }
    const files = EXAMPLES.flatMap((name) => [`${name}.xlsx`, `${name}-rebuilt.xlsx`]).map((f) => join(input, f));
    // Plain "pdf": LibreOffice's defaults, so the workbook's own page setup decides.
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 170_000, stdio: 'pipe' });
  }, 180_000);

  describe.each(EXAMPLES.flatMap((name) => [[name, name], [name, `${name}-rebuilt`]]))('%s (%s.xlsx)', (name, file) => {
    const roiCase = exampleCase(name);
    const pdf = () => join(dir, `${file}.pdf`);

    it(`takes at most ${PAGE_BUDGET} pages, the whole workbook`, () => {
      expect(pages(pdf())).toBeLessThanOrEqual(PAGE_BUDGET);
    });

    it("shows the headline metrics on page 1, under the case's name", () => {
      const first = text(pdf(), 1);
      expect(first).toContain(roiCase.name);
      expect(first).toMatch(/Net present value \(NPV\)\s+\S/);
      expect(first).toContain(money(evaluate(roiCase).npv, roiCase.currency));
      expect(first).toContain('Cumulative net cash flow by month');
    });

    it('prints no payback helper row, and the schedule with its line labels on every page of it', () => {
      const all = text(pdf());
      expect(all).not.toContain('Helper:');
      expect(all).toContain('Cumulative discounted net');
      const schedulePages = all.split('\f').filter((page) => /^Schedule$/m.test(page));
      expect(schedulePages.length).toBeGreaterThanOrEqual(2);
      for (const page of schedulePages) expect(page).toContain('Net cash flow');
    });
  });
});
