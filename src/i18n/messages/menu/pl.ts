import type { menuEn } from './en';

export const menuPl: { readonly [K in keyof typeof menuEn]: string } = {
  'menu.openWizard': 'Otwórz kreator',
};
