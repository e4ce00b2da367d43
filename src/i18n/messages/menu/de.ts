import type { menuEn } from './en';

export const menuDe: { readonly [K in keyof typeof menuEn]: string } = {
  'menu.openWizard': 'Assistent öffnen',
};
