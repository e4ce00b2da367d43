// The sheet in each language → .xlsx with bare formulas → LibreOffice recalculates it to the core's numbers and prints
// it with the localised Summary on page 1; the workbook reads back as the same case. PNGs of page 1 are left in
// $CRM_ROI_SHEET_PNG, when set, for a look at column widths and terms.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { uncertaintyOf } from '../../src/case/scenarios';
import { LOCALE_TAGS, type Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { planSheet } from '../../src/plan';
import type { SheetPlan } from '../../src/plan/types';
import { readRoiWorkbook, writeXlsx } from '../../src/writers/xlsx';
import { WORDY } from '../plan/fixtures';

const have = (tool: string, ...args: string[]) => spawnSync(tool, args, { stdio: 'ignore' }).status === 0;
const haveTools = have('soffice', '--version') && have('pdftotext', '-v');

// Recalculate on load, always: by default LibreOffice trusts the cached results of an .xlsx.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** A formula's recalculated result (cell.result: ExcelJS's value copy drops falsy results), dates as serials. */
const result = (cell: ExcelJS.Cell): unknown => {
  const r = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (r instanceof Date) return (r.getTime() - EXCEL_EPOCH) / 86_400_000;
  return r && typeof r === 'object' && 'error' in r ? r.error : r;
};
const plans = Object.fromEntries(LOCALE_TAGS.map((lang) => [lang, planSheet(WORDY, { lang })])) as Record<Locale, SheetPlan>;
const text = (pdf: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });

describe.skipIf(!haveTools && !process.env.CI)('LibreOffice recalculates and prints the sheet in each language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-i18n-'));
  const [input, output, profile] = ['in', 'out', 'profile'].map((d) => join(dir, d));
  const books = new Map<Locale, ExcelJS.Workbook>();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    if (!haveTools) throw new Error('soffice and pdftotext are needed: CI must install libreoffice-calc-nogui and poppler-utils');
    mkdirSync(join(profile, 'user'), { recursive: true });
    mkdirSync(input);
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    // No cached results: every number read back was computed by LibreOffice.
    for (const lang of LOCALE_TAGS) writeFileSync(join(input, `${lang}.xlsx`), await writeXlsx(plans[lang], WORDY, { formulaResults: 'none' }));
    const files = LOCALE_TAGS.map((lang) => join(input, `${lang}.xlsx`));
    const soffice = (to: string) => execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', to, '--outdir', output, ...files], { timeout: 170_000, stdio: 'pipe' });
    soffice('xlsx');
    soffice('pdf');
    for (const lang of LOCALE_TAGS) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(output, `${lang}.xlsx`));
      books.set(lang, book);
    }
    const png = process.env.CRM_ROI_SHEET_PNG;
    if (png) {
      mkdirSync(png, { recursive: true });
      for (const lang of LOCALE_TAGS) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', join(output, `${lang}.pdf`), join(output, lang)]);
      for (const f of readdirSync(output).filter((f) => f.endsWith('.png'))) copyFileSync(join(output, f), join(png, f));
    }
  }, 180_000);

  describe.each(LOCALE_TAGS)('%s', (lang) => {
    it('every formula cell computes the value the core put in the plan', () => {
      const plan = plans[lang];
      const sheet = books.get(lang)!.getWorksheet(plan.sheetName)!;
      let checked = 0;
      plan.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell.formula) return;
          checked++;
          const got = result(sheet.getCell(r + 1, c + 1));
          const where = `${sheet.getCell(r + 1, c + 1).address} ${cell.formula.slice(0, 80)}`;
          if (typeof cell.value === 'number') {
            expect(typeof got, where).toBe('number');
            expect(Math.abs((got as number) - cell.value), `${where}: ${got} vs ${cell.value}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(cell.value)));
          }
          // A formula's empty text ("" for a month not known yet) is saved as no result.
          else if (cell.value === '') expect(got ?? '', where).toBe('');
          else expect(got, where).toBe(cell.value);
        }),
      );
      expect(checked).toBeGreaterThan(plan.cells.length);
    });

    it('reads back as the same case, in its language, as written and as LibreOffice saved it', async () => {
      for (const data of [await writeXlsx(plans[lang], WORDY), readFileSync(join(output, `${lang}.xlsx`))]) {
        const read = await readRoiWorkbook(data);
        expect(read.ok ? read.case : read.issues).toEqual(uncertaintyOf(WORDY).case);
        expect(read.ok && read.lang).toBe(lang);
      }
    });

    it('prints the localised Summary with the NPV on page 1', () => {
      const first = text(join(output, `${lang}.pdf`), 1);
      expect(first).toContain(WORDY.name);
      expect(first).toContain(t(lang, 'sheet.section.summary'));
      expect(first).toContain(t(lang, 'metric.NPV'));
      expect(first).toContain(Math.round(Math.abs(evaluate(WORDY).npv)).toLocaleString('en-US'));
    });
  });
});
