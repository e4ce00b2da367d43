import type { RoiCase } from '../../../src/case/types';
import type { WizardHost } from '../../../taskpane/host';
import { applyStyles } from '../../../taskpane/styles';
import { mountWizard } from '../../../taskpane/wizard';

// A page for the Track step's browser test: the wizard opened on a "sheet" holding the case the test put in
// window.__case, as Excel's host reads one; every write is kept in window.__writes for the test to read.

declare global {
  interface Window {
    __case: RoiCase;
    __writes: { how: 'build' | 'update'; case: RoiCase }[];
  }
}

window.__writes = [];
const write = (how: 'build' | 'update', c: RoiCase) => {
  window.__writes.push({ how, case: structuredClone(c) });
  return { sheetName: 'CRM ROI', mode: 'updated' as const, case: structuredClone(c) };
};
const host: WizardHost = {
  name: () => 'Test sheet',
  loadCase: async () => ({ case: structuredClone(window.__case), sheetName: 'CRM ROI' }),
  build: async (c) => write('build', c),
  update: async () => write('update', window.__case),
  portfolio: async () => ({ sheetName: 'Portfolio', mode: 'created' as const, cases: ['CRM ROI'] }),
};
applyStyles(document, 'fluent');
mountWizard(document.getElementById('wizard')!, host);
