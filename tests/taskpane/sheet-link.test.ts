import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import type { RoiCase } from '../../src/case/types';
import type { WriteResult } from '../../src/writers/flow';
import { caseToDraft } from '../../taskpane/draft';
import type { WizardHost } from '../../taskpane/host';
import { sheetLink } from '../../taskpane/sheet-link';
import { checkDraft } from '../../taskpane/validation';

// How the wizard's Build/Update writes: through the host's update when the analyst left the sheet's case as it was
// (the host re-reads the sheet, keeping edits made there), through build with the wizard's case otherwise.

const example = JSON.parse(readFileSync(new URL('../../examples/small-business.json', import.meta.url), 'utf8'));
delete example.$schema;
const onSheet: RoiCase = evaluate(example).case;
/** The case the wizard's form gives for a case it was handed. */
const inForm = (c: RoiCase): RoiCase => checkDraft(caseToDraft(c)).case!;

/** A host whose sheet holds `sheet.case`; records which writes the wizard asked for. */
function fakeHost(sheet: { name: string; case: RoiCase } | null) {
  const calls: string[] = [];
  const host: WizardHost = {
    name: () => 'Fake',
    loadCase: async () => sheet && { case: structuredClone(sheet.case), sheetName: sheet.name },
    build: async (c): Promise<WriteResult> => {
      calls.push('build');
      const mode = sheet ? 'updated' : 'created';
      sheet = { name: sheet?.name ?? 'CRM ROI', case: structuredClone(c) };
      return { sheetName: sheet.name, mode, case: structuredClone(c) };
    },
    update: async (): Promise<WriteResult> => {
      calls.push('update');
      return { sheetName: sheet!.name, mode: 'updated', case: structuredClone(sheet!.case) };
    },
    portfolio: async () => ({ sheetName: 'Portfolio', mode: 'created', cases: [] }),
  };
  return { host, calls, edit: (c: RoiCase) => (sheet!.case = c) };
}

describe('sheetLink', () => {
  it('updates an owned sheet through the host when nothing changed in the wizard, keeping edits made in the sheet', async () => {
    const { host, calls, edit } = fakeHost({ name: 'Harbor ROI', case: onSheet });
    const link = sheetLink(host);
    const loaded = await link.load();
    const form = inForm(loaded!.case);
    expect(link.sheetName()).toBe('Harbor ROI');
    expect(link.matches(form)).toBe(true);
    // Meanwhile the analyst edits the sheet: the wizard's copy is stale, and an update keeps the edit.
    const edited = { ...onSheet, horizonMonths: 36 };
    edit(edited);
    const result = await link.write(form);
    expect(calls).toEqual(['update']);
    expect(result.case).toEqual(edited);
    // The wizard's stale copy no longer matches the sheet: the wizard shows the sheet's case, which then matches.
    expect(link.matches(form)).toBe(false);
    expect(link.matches(inForm(result.case))).toBe(true);
    await link.write(inForm(result.case));
    expect(calls).toEqual(['update', 'update']);
  });

  it('builds with the wizard’s case when the analyst changed it there', async () => {
    const { host, calls } = fakeHost({ name: 'Harbor ROI', case: onSheet });
    const link = sheetLink(host);
    const form = inForm((await link.load())!.case);
    const changed = { ...form, discountRate: 0.12 };
    await expect(link.write(changed)).resolves.toMatchObject({ sheetName: 'Harbor ROI', mode: 'updated', case: changed });
    expect(calls).toEqual(['build']);
    // Written, that case is the sheet's: the next Update with nothing changed goes through the host's update.
    await link.write(changed);
    expect(calls).toEqual(['build', 'update']);
  });

  it('builds a new sheet when the wizard did not open on an ROI sheet', async () => {
    const { host, calls } = fakeHost(null);
    const link = sheetLink(host);
    await expect(link.load()).resolves.toBeNull();
    expect(link.sheetName()).toBeNull();
    await expect(link.write(inForm(onSheet))).resolves.toMatchObject({ sheetName: 'CRM ROI', mode: 'created' });
    expect(calls).toEqual(['build']);
  });

  it('takes a case as unchanged whatever order its keys come in (a line without an id gets it last)', async () => {
    const { host, calls } = fakeHost({ name: 'CRM ROI', case: example });
    const link = sheetLink(host);
    await link.write(inForm((await link.load())!.case));
    expect(calls).toEqual(['update']);
  });
});
