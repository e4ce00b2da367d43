import type { writeEn } from './en';

// Why a build, an update or the Portfolio wrote nothing (src/writers/write-error.ts). A key ending in .one/.few/.many/.other
// is one plural form.
export const writeFr: { readonly [K in keyof typeof writeEn]: string } = {
  'write.protectedExcel': 'La feuille «\u00a0{sheet}\u00a0» est protégée. Ôtez la protection (Révision › Ôter la protection de la feuille) et réessayez\u00a0; rien n’a été écrit.',
  'write.protectedSheets': 'La feuille «\u00a0{sheet}\u00a0» est protégée et vous ne pouvez pas la modifier. Demandez l’accès à son propriétaire ou retirez la protection\u00a0; rien n’a été écrit.',
  'write.changed': 'La feuille «\u00a0{sheet}\u00a0» a changé pendant que le complément préparait l’écriture\u00a0; rien n’a été écrit. Réessayez.',
  'write.noSheet': 'Il n’y a aucune feuille nommée «\u00a0{sheet}\u00a0»\u00a0; rien n’a été écrit.',
  'write.notOwned': 'La feuille «\u00a0{sheet}\u00a0» n’est pas une feuille CRM ROI (pas de marque crm-roi en ligne 1)\u00a0; rien n’a été écrit.',
  'write.portfolioChanged': 'Le classeur a changé pendant la préparation de la feuille Portefeuille\u00a0; relancez Portefeuille. Rien n’a été écrit.',
  'write.invalidCase.one': 'L’analyse n’est pas valide ({count}\u00a0problème)\u00a0; rien n’a été écrit.',
  'write.invalidCase.few': 'L’analyse n’est pas valide ({count}\u00a0problèmes)\u00a0; rien n’a été écrit.',
  'write.invalidCase.many': 'L’analyse n’est pas valide ({count}\u00a0problèmes)\u00a0; rien n’a été écrit.',
  'write.invalidCase.other': 'L’analyse n’est pas valide ({count}\u00a0problèmes)\u00a0; rien n’a été écrit.',
  'write.conflict': 'La feuille «\u00a0{sheet}\u00a0» ne peut pas être mise à jour sans écraser vos données\u00a0; rien n’a été écrit.',
  'write.invalidSheet.one': 'La feuille «\u00a0{sheet}\u00a0» a {count}\u00a0cellule non valide\u00a0; corrigez-la et mettez à jour de nouveau. Rien n’a été écrit.',
  'write.invalidSheet.few': 'La feuille «\u00a0{sheet}\u00a0» a {count}\u00a0cellules non valides\u00a0; corrigez-les et mettez à jour de nouveau. Rien n’a été écrit.',
  'write.invalidSheet.many': 'La feuille «\u00a0{sheet}\u00a0» a {count}\u00a0cellules non valides\u00a0; corrigez-les et mettez à jour de nouveau. Rien n’a été écrit.',
  'write.invalidSheet.other': 'La feuille «\u00a0{sheet}\u00a0» a {count}\u00a0cellules non valides\u00a0; corrigez-les et mettez à jour de nouveau. Rien n’a été écrit.',
  'write.oldSheets.one': '{sheets} a été créée par une version antérieure du complément\u00a0: ouvrez-la dans l’assistant et mettez-la à jour une fois, puis relancez Portefeuille. Rien n’a été écrit.',
  'write.oldSheets.few': '{sheets} ont été créées par une version antérieure du complément\u00a0: ouvrez chacune dans l’assistant et mettez-la à jour une fois, puis relancez Portefeuille. Rien n’a été écrit.',
  'write.oldSheets.many': '{sheets} ont été créées par une version antérieure du complément\u00a0: ouvrez chacune dans l’assistant et mettez-la à jour une fois, puis relancez Portefeuille. Rien n’a été écrit.',
  'write.oldSheets.other': '{sheets} ont été créées par une version antérieure du complément\u00a0: ouvrez chacune dans l’assistant et mettez-la à jour une fois, puis relancez Portefeuille. Rien n’a été écrit.',
};
