import { excelHost } from './excel-host';
import { applyStyles } from './styles';
import { mountWizard } from './wizard';

// Entry of the Excel task pane (webpack `excel` config; the page also hosts the custom functions' shared runtime).

Office.onReady(() => {
  applyStyles(document, 'fluent');
  mountWizard(document.getElementById('wizard')!, excelHost());
});
