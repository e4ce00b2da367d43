import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import type { Locale } from '../../src/i18n/locales';
import { planSheet } from '../../src/plan';
import type { SheetPlan } from '../../src/plan/types';
import { buildExcelSheet, readExcelSheet, updateExcelSheet } from '../../src/writers/excel';
import { buildSheet, readActiveSheet, updateSheet } from '../../src/writers/sheets-client';
import { WORDY } from '../plan/fixtures';
import { FakeExcel } from './fakes/excel';
import { FakeSpreadsheet, gasServer, loadCodeJs } from './fakes/sheets';

// The Excel and Google Sheets writers take the sheet's language: a build writes it, an update keeps it unless told
// otherwise, and a switch rewrites the sheet as a fresh build in the new language would, reading back the same case.

/** What a host must receive for each plan cell: the formula, or the constant (text marked with an apostrophe). */
const expectedInput = (cell: SheetPlan['cells'][number][number]) => cell.formula ?? (typeof cell.value === 'string' && cell.value !== '' ? `'${cell.value}` : (cell.value ?? ''));
/** The plan's inputs in a language; the simulation's date stamp is today's, as the writers' is. */
const inputsIn = (lang: Locale) => planSheet(CASE, { lang }).cells.map((row) => row.map(expectedInput));
// The fakes compute no formula, and an estimated driver's cell is one: the case without its estimate.
const CASE: RoiCase = { ...WORDY, benefits: WORDY.benefits.filter((l) => l.id !== 'ranged') };
const stated = evaluate(CASE).case;
const size = (lang: Locale) => [inputsIn(lang).length, inputsIn(lang)[0].length] as const;

describe('the Excel writer', () => {
  it('builds in a language, keeps it on update, and switches it when told', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    await buildExcelSheet(fake.context, CASE, { lang: 'de' });
    expect(fake.grid('CRM ROI', ...size('de'))).toEqual(inputsIn('de'));
    await updateExcelSheet(fake.context, { sheetName: 'CRM ROI' });
    expect(fake.grid('CRM ROI', ...size('de'))).toEqual(inputsIn('de'));
    await updateExcelSheet(fake.context, { sheetName: 'CRM ROI', lang: 'zh-CN' });
    expect(fake.grid('CRM ROI', ...size('zh-CN'))).toEqual(inputsIn('zh-CN'));
    expect(await readExcelSheet(fake.context, 'CRM ROI')).toEqual(stated);
  });
});

const built = existsSync(join(__dirname, '../../dist/gas/Code.js')) || Boolean(process.env.CI);

describe.skipIf(!built)('the Google Sheets writer', () => {
  it('builds in a language, keeps it on update, and switches it when told', async () => {
    const book = new FakeSpreadsheet();
    book.addSheet('Sheet1');
    const server = gasServer(loadCodeJs(book));
    await buildSheet(server, CASE, 'CRM ROI', { lang: 'fr' });
    expect(book.inputs('CRM ROI', ...size('fr'))).toEqual(inputsIn('fr'));
    await updateSheet(server, 'CRM ROI');
    expect(book.inputs('CRM ROI', ...size('fr'))).toEqual(inputsIn('fr'));
    await buildSheet(server, CASE, 'CRM ROI', { lang: 'pl' });
    expect(book.inputs('CRM ROI', ...size('pl'))).toEqual(inputsIn('pl'));
    expect((await readActiveSheet(server))?.case).toEqual(stated);
  });
});
