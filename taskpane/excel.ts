import { resolveLocale } from '../src/i18n/locales';
import { CATALOGS } from '../src/i18n/t';
import { h, replaceChildren } from './dom';
import { excelHost } from './excel-host';
import { applyStyles } from './styles';
import { mountWizard } from './wizard';

// Entry of the Excel task pane (webpack `excel` config; the page also hosts the custom functions' shared runtime).
// Opened outside Excel (straight in a browser, or where the Office.js CDN is blocked) Office never becomes ready:
// the page says so instead of showing "Loading…" forever.

/** How long Office.js may take before the page explains itself; the wizard still mounts if Excel is just slow. */
const OFFICE_WAIT_MS = 5000;

const root = document.getElementById('wizard')!;
applyStyles(document, 'fluent');

/** Said in the browser's language (there is no Office to ask), the command and the page set as code. */
function outsideExcel(): void {
  const locale = resolveLocale(navigator.language);
  const code = { command: h('code', {}, 'npm start'), page: h('code', {}, '/playground.html') };
  const parts = CATALOGS[locale]['wizard.outsideExcel'].split(/\{(command|page)\}/).map((part, i) => (i % 2 ? code[part as keyof typeof code] : part));
  replaceChildren(root, h('p', { role: 'status' }, ...parts));
}

if (typeof Office === 'undefined') outsideExcel();
else {
  const wait = setTimeout(outsideExcel, OFFICE_WAIT_MS);
  Office.onReady(({ host }) => {
    clearTimeout(wait);
    if (host) mountWizard(root, excelHost(), { language: Office.context?.displayLanguage });
    else outsideExcel();
  });
}
