// The add-on menu of the real Apps Script bundle (dist/gas/Code.js): its item in the user's Google language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const CODE = join(__dirname, '../../dist/gas/Code.js');
const built = existsSync(CODE) || Boolean(process.env.CI);

/** Code.js's onOpen against a Ui that records the menu; `locale` is what Session.getActiveUserLocale() says, or throws. */
function menuFor(locale: string | Error): { items: [caption: string, fn: string][]; added: boolean } {
  const menu = { items: [] as [string, string][], added: false };
  const addon = {
    addItem(caption: string, fn: string) {
      menu.items.push([caption, fn]);
      return addon;
    },
    addToUi: () => void (menu.added = true),
  };
  const Session = {
    getActiveUserLocale: () => {
      if (locale instanceof Error) throw locale;
      return locale;
    },
  };
  const context = vm.createContext({ SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => addon }) }, Session, HtmlService: {} });
  vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  (context as unknown as { onOpen: () => void }).onOpen();
  return menu;
}

describe.skipIf(!built)('the Sheets add-on menu', () => {
  it.each([
    ['en_US', 'Open wizard'],
    ['de', 'Assistent öffnen'],
    ['fr_CA', 'Ouvrir l’assistant'],
    ['pl', 'Otwórz kreator'],
    ['zh_CN', '打开向导'],
    ['zh_TW', 'Open wizard'],
    ['es', 'Open wizard'],
  ])('in %s says “%s” and opens the wizard', (locale, caption) => {
    expect(menuFor(locale)).toEqual({ items: [[caption, 'crmRoiShowWizard']], added: true });
  });

  it('is English where Apps Script will not tell the user’s language (an add-on not yet authorised)', () => {
    expect(menuFor(new Error('You do not have permission to call Session.getActiveUserLocale')).items).toEqual([['Open wizard', 'crmRoiShowWizard']]);
  });
});
