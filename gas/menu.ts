// Apps Script globals for the add-on menu: "CRM ROI › Open wizard" opens dist/gas/Sidebar.html.
// Imported once from gas/index.ts; gas-webpack-plugin turns each `global.x = …` into a top-level Apps Script function.

declare global {
  var onOpen: () => void;
  var onInstall: () => void;
  var crmRoiShowWizard: () => void;
}

global.onOpen = () => {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open wizard', 'crmRoiShowWizard').addToUi();
};
global.onInstall = () => global.onOpen();
global.crmRoiShowWizard = () => {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('CRM ROI'));
};

export {};
