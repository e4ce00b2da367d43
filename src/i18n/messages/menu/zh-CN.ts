import type { menuEn } from './en';

export const menuZhCN: { readonly [K in keyof typeof menuEn]: string } = {
  'menu.openWizard': '打开向导',
};
