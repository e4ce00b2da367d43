import type { menuEn } from './en';

export const menuFr: { readonly [K in keyof typeof menuEn]: string } = {
  'menu.openWizard': 'Ouvrir l’assistant',
};
