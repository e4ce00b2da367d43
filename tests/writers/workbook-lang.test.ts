import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workbookCommand } from '../../src/cli/workbook';
import { uncertaintyOf } from '../../src/case/scenarios';
import type { Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { readRoiWorkbook } from '../../src/writers/xlsx';
import { WORDY } from '../plan/fixtures';

// crm-roi workbook --lang: a new workbook in a language, a rebuild that switches it, an update that keeps it.

const dir = mkdtempSync(join(tmpdir(), 'crm-roi-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const caseFile = join(dir, 'case.json');
writeFileSync(caseFile, JSON.stringify(WORDY));

let stderr: string[];
beforeEach(() => {
  stderr = [];
  vi.spyOn(console, 'error').mockImplementation((...a) => void stderr.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** The Summary's title cell, found by its name, and the case and language the workbook reads back as. */
async function inspect(file: string) {
  const data = readFileSync(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const [sheet, ref] = book.definedNames.getRanges('CRMROI_BLOCK_SUMMARY').ranges[0].split('!');
  const top = Number(/\$?[A-Z]+\$?(\d+)/.exec(ref)![1]);
  const title = book.getWorksheet(sheet.replace(/^'|'$/g, ''))!.getCell(top, 1).value;
  const read = await readRoiWorkbook(data);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return { title, case: read.case, lang: read.lang };
}

describe('crm-roi workbook --lang', () => {
  it('writes a new workbook in the language asked for', async () => {
    const out = join(dir, 'de.xlsx');
    expect(await workbookCommand.run([caseFile, '--lang', 'de', '-o', out])).toBe(0);
    expect(await inspect(out)).toEqual({ title: 'Zusammenfassung', case: uncertaintyOf(WORDY).case, lang: 'de' });
    // The scenario selector's drop-down offers, and refuses, in German.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const [, ref] = book.definedNames.getRanges('CRMROI_SCENARIO').ranges[0].split('!');
    const selector = book.getWorksheet('CRM ROI')!.getCell(ref.replace(/\$/g, ''));
    expect(selector.value).toBe('Erwartet');
    expect(selector.dataValidation).toMatchObject({ formulae: ['"Vorsichtig,Erwartet,Optimistisch"'], error: 'Wählen Sie eine davon: Vorsichtig, Erwartet, Optimistisch.' });
  });

  it('switches the language on rebuild and changes no input: de → fr → zh-CN → en', async () => {
    let from = join(dir, 'de.xlsx');
    for (const lang of ['fr', 'zh-CN', 'en'] as Locale[]) {
      const out = join(dir, `${lang}.xlsx`);
      expect(await workbookCommand.run([from, '--lang', lang, '-o', out]), stderr.join('\n')).toBe(0);
      expect(await inspect(out)).toEqual({ title: t(lang, 'sheet.section.summary'), case: uncertaintyOf(WORDY).case, lang });
      from = out;
    }
  });

  it('keeps the sheet’s language on a rebuild without --lang', async () => {
    const out = join(dir, 'pl.xlsx');
    expect(await workbookCommand.run([caseFile, '--lang', 'PL', '-o', out])).toBe(0);
    expect(await workbookCommand.run([out, '-o', out])).toBe(0);
    expect((await inspect(out)).lang).toBe('pl');
  });

  it('refuses an update that would overwrite the analyst’s cell, in the language of the command, and writes nothing', async () => {
    const out = join(dir, 'mine.xlsx');
    expect(await workbookCommand.run([caseFile, '--lang', 'de', '-o', out], 'de')).toBe(0);
    // The analyst types beside the schedule, where a longer horizon needs the cell.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('CRM ROI')!;
    const scheduleTop = Number(/\d+/.exec(book.definedNames.getRanges('CRMROI_BLOCK_SCHEDULE').ranges[0].split('!')[1])![0]);
    const cell = sheet.getCell(scheduleTop + 2, sheet.columnCount + 1);
    cell.value = 'mine';
    await book.xlsx.writeFile(out);
    const before = readFileSync(out);
    const longer = join(dir, 'longer.json');
    writeFileSync(longer, JSON.stringify({ ...WORDY, horizonMonths: WORDY.horizonMonths + 12 }));
    // main.ts passes the --lang language as the command's own.
    expect(await workbookCommand.run([longer, '--lang', 'de', '-o', out], 'de')).toBe(1);
    const said = stderr.join('\n');
    expect(said).toContain('Blatt „CRM ROI“ kann nicht aktualisiert werden, ohne Ihre Daten zu überschreiben; nichts wurde geschrieben.');
    expect(said).toContain(`${cell.address}: ${cell.address} enthält Ihre Daten ("mine")`);
    expect(said).not.toMatch(/cannot be updated|your data/);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('refuses a language it does not speak', async () => {
    expect(await workbookCommand.run([caseFile, '--lang', 'es', '-o', join(dir, 'es.xlsx')])).toBe(2);
    expect(stderr.join('\n')).toContain('--lang must be one of en, de, fr, pl, zh-CN, got "es"');
  });
});
