import { resolveLocale } from '../src/i18n/locales';
import { rememberedLocale } from './language';
import { callServer, sheetsHost, type ScriptRun } from './sheets-host';
import { applyStyles } from './styles';
import { mountWizard } from './wizard';

// Entry of the Google Sheets sidebar (inlined into dist/gas/Sidebar.html by scripts/build-sidebar.ts).
// The sidebar opens in the browser's language, then switches to the user's Google language once the server says it
// (one round trip), unless the analyst chose one here before.

declare const google: { script: { run: ScriptRun } };

applyStyles(document, 'sheets');
const run = () => google.script.run;
const wizard = mountWizard(document.getElementById('wizard')!, sheetsHost(run), { language: navigator.language });
if (!rememberedLocale())
  callServer(run, 'crmRoiUserLocale').then((tag) => wizard.setLocale(resolveLocale(tag), false), () => undefined /* an older Code.js: stay in the browser's language */);
