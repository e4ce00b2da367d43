import { sheetsHost, type ScriptRun } from './sheets-host';
import { applyStyles } from './styles';
import { mountWizard } from './wizard';

// Entry of the Google Sheets sidebar (inlined into dist/gas/Sidebar.html by scripts/build-sidebar.ts).

declare const google: { script: { run: ScriptRun } };

applyStyles(document, 'sheets');
mountWizard(document.getElementById('wizard')!, sheetsHost(() => google.script.run));
