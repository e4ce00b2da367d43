import type { RoiCase } from '../src/case/types';
import type { Locale } from '../src/i18n/locales';
import type { WriteResult } from '../src/writers/flow';
import { caseToDraft } from './draft';
import type { LoadedCase, WizardHost } from './host';
import { checkDraft } from './validation';

// The wizard's link to the sheet its case came from or was last written to. When the analyst left that case as it
// was, Build/Update asks the host to update the sheet from the sheet itself: the host re-reads it, so edits made there
// since the wizard read it are kept, where the wizard's copy would overwrite them. A case changed in the wizard is
// built; that keeps the analyst's own cells too (prepareWrite).

/** JSON with every object's keys sorted: equal cases give equal text whatever order their keys came in. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** A case as the wizard's form gives it back (a case read from a sheet may differ in rounding or key order). */
const asForm = (c: RoiCase): string => sortedJson(checkDraft(caseToDraft(c)).case);

export interface SheetLink {
  /** The linked sheet, or null before a case was loaded or written. */
  sheetName(): string | null;
  /** True when `c` is the linked sheet's case as the wizard last read or wrote it. */
  matches(c: RoiCase): boolean;
  /** The active sheet's case (then linked to it), or null when it is not an ROI sheet. */
  load(): Promise<LoadedCase | null>;
  /** Updates the linked sheet when `c` is its case unchanged; otherwise builds `c`. */
  write(c: RoiCase, lang?: Locale): Promise<WriteResult>;
}

export function sheetLink(host: WizardHost): SheetLink {
  let linked: { sheetName: string; form: string } | null = null;
  const link = (sheetName: string, c: RoiCase) => (linked = { sheetName, form: asForm(c) });
  const matches = (c: RoiCase) => linked?.form === asForm(c);
  return {
    sheetName: () => linked?.sheetName ?? null,
    matches,
    async load() {
      const loaded = await host.loadCase();
      if (loaded) link(loaded.sheetName, loaded.case);
      return loaded;
    },
    async write(c, lang) {
      const result = await (matches(c) ? host.update({ lang }) : host.build(c, { lang }));
      link(result.sheetName, result.case);
      return result;
    },
  };
}
