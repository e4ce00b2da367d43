import { readFile } from 'node:fs/promises';
import type { Evaluation } from '../case';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import type { RoiCase } from '../case/types';
import { planSheet, type SheetPlan } from '../plan';
import { SheetWriteError } from '../writers/flow';
import { writeErrorText } from '../writers/write-text';
import { CASE_SHEET, writeXlsx } from '../writers/xlsx';
import { buildIntoWorkbook } from '../writers/xlsx-update';
import { writeFileAtomic } from './atomic-write';
import { fileError } from './file-error';

// How every command writes a case to an .xlsx: into the output when it exists (the add-in's way with an open
// workbook: its ROI sheet updated, everything else kept), else into the workbook the case came from, else a new one;
// and only ever as a whole file (atomic-write.ts).

export interface WorkbookTarget {
  output: string;
  /** The .xlsx the case was read from, when it was: the base when the output does not exist yet. */
  source?: string;
  sheetName: string;
  /** The sheet's language; default: the existing sheet's own, else English. */
  lang?: Locale;
}

/** A sentence saying what was written, or the problem (nothing written). `input`: the case as stated (estimates and all). */
export async function writeCaseWorkbook(input: unknown, ev: Evaluation, target: WorkbookTarget, locale: Locale): Promise<{ written: string } | { problem: string }> {
  const { output, source, sheetName, lang } = target;
  let base: Buffer | undefined;
  try {
    base = (await readIfExists(output)) ?? (source === undefined ? undefined : await readFile(source));
  } catch (err) {
    return { problem: t(locale, 'cli.workbook.notWritten', { problem: fileError('read', output, err, locale) }) };
  }
  let data: Uint8Array;
  let plan: SheetPlan;
  let mode: 'created' | 'updated' = 'created';
  try {
    // The case as stated: its three-point estimates have their own cells in the sheet.
    if (base) ({ data, mode, prepared: { plan } } = await buildIntoWorkbook(base, input, sheetName, { lang }));
    else {
      plan = planSheet(input as RoiCase, { evaluation: ev, sheetName, lang });
      data = await writeXlsx(plan, ev.case);
    }
  } catch (err) {
    if (!(err instanceof SheetWriteError)) throw err;
    return { problem: `${output}: ${writeErrorText(err, locale)}` };
  }
  try {
    await writeFileAtomic(output, data);
  } catch (err) {
    return { problem: t(locale, 'cli.workbook.notWritten', { problem: fileError('write', output, err, locale) }) };
  }
  const formulas = plan.cells.reduce((n, row) => n + row.filter((c) => c.formula).length, 0);
  const sheetText = t(locale, 'cli.workbook.sheet', { sheet: plan.sheetName, owned: plan.owned, formulas, names: plan.names.length });
  return {
    written: base
      ? t(locale, mode === 'updated' ? 'cli.workbook.updated' : 'cli.workbook.added', { sheet: sheetText, output })
      : t(locale, 'cli.workbook.wrote', { output, sheet: sheetText, caseSheet: CASE_SHEET }),
  };
}

/** The workbook at `path` to write into, or undefined when there is no file there (the write then says why it can't). */
async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes((err as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw err;
  }
}
