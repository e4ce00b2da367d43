// The Google Sheets add-on menu (gas/menu.ts): Extensions › CRM ROI › this item. Code.js reads this area alone.

export const menuEn = {
  'menu.openWizard': 'Open wizard',
} as const;
