import { areaT } from '../src/i18n/area';
import { resolveLocale, type Locale } from '../src/i18n/locales';
import { menuDe } from '../src/i18n/messages/menu/de';
import { menuEn } from '../src/i18n/messages/menu/en';
import { menuFr } from '../src/i18n/messages/menu/fr';
import { menuPl } from '../src/i18n/messages/menu/pl';
import { menuZhCN } from '../src/i18n/messages/menu/zh-CN';

// Apps Script globals for the add-on menu: "CRM ROI › Open wizard", in the user's Google language, opens
// dist/gas/Sidebar.html. Imported once from gas/index.ts; gas-webpack-plugin turns each `global.x = …` into a top-level
// Apps Script function.

declare global {
  var onOpen: () => void;
  var onInstall: () => void;
  var crmRoiShowWizard: () => void;
}

const t = areaT<typeof menuEn>({ en: menuEn, de: menuDe, fr: menuFr, pl: menuPl, 'zh-CN': menuZhCN });

/** The user's Google language; English where Apps Script will not say it (onOpen before the add-on is authorised). */
function userLocale(): Locale {
  try {
    return resolveLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

global.onOpen = () => {
  SpreadsheetApp.getUi().createAddonMenu().addItem(t(userLocale(), 'menu.openWizard'), 'crmRoiShowWizard').addToUi();
};
global.onInstall = () => global.onOpen();
global.crmRoiShowWizard = () => {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('CRM ROI'));
};

export {};
