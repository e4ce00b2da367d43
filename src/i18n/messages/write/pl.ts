import type { writeEn } from './en';

// Why a build, an update or the Portfolio wrote nothing (src/writers/write-error.ts). A key ending in .one/.few/.many/.other
// is one plural form.
export const writePl: { readonly [K in keyof typeof writeEn]: string } = {
  'write.protectedExcel': 'Arkusz „{sheet}” jest chroniony. Usuń ochronę (Recenzja › Nie chroń arkusza) i spróbuj ponownie; nic nie zapisano.',
  'write.protectedSheets': 'Arkusz „{sheet}” jest chroniony i nie możesz go edytować. Poproś właściciela o dostęp lub usuń ochronę; nic nie zapisano.',
  'write.changed': 'Arkusz „{sheet}” zmienił się, gdy dodatek przygotowywał zapis; nic nie zapisano. Spróbuj ponownie.',
  'write.noSheet': 'Nie ma arkusza o nazwie „{sheet}”; nic nie zapisano.',
  'write.notOwned': 'Arkusz „{sheet}” nie jest arkuszem CRM ROI (brak znacznika crm-roi w wierszu 1); nic nie zapisano.',
  'write.portfolioChanged': 'Skoroszyt zmienił się podczas przygotowywania arkusza portfela; uruchom Portfel ponownie. Nic nie zapisano.',
  'write.invalidCase.one': 'Analiza jest nieprawidłowa ({count} problem); nic nie zapisano.',
  'write.invalidCase.few': 'Analiza jest nieprawidłowa ({count} problemy); nic nie zapisano.',
  'write.invalidCase.many': 'Analiza jest nieprawidłowa ({count} problemów); nic nie zapisano.',
  'write.invalidCase.other': 'Analiza jest nieprawidłowa ({count} problemy); nic nie zapisano.',
  'write.conflict': 'Arkusza „{sheet}” nie da się zaktualizować bez nadpisania Twoich danych; nic nie zapisano.',
  'write.invalidSheet.one': 'Arkusz „{sheet}” ma {count} nieprawidłową komórkę; popraw ją i zaktualizuj ponownie. Nic nie zapisano.',
  'write.invalidSheet.few': 'Arkusz „{sheet}” ma {count} nieprawidłowe komórki; popraw je i zaktualizuj ponownie. Nic nie zapisano.',
  'write.invalidSheet.many': 'Arkusz „{sheet}” ma {count} nieprawidłowych komórek; popraw je i zaktualizuj ponownie. Nic nie zapisano.',
  'write.invalidSheet.other': 'Arkusz „{sheet}” ma {count} nieprawidłowe komórki; popraw je i zaktualizuj ponownie. Nic nie zapisano.',
  'write.oldSheets.one': '{sheets} utworzono wcześniejszą wersją dodatku: otwórz go w kreatorze i zaktualizuj raz, a potem uruchom Portfel ponownie. Nic nie zapisano.',
  'write.oldSheets.few': '{sheets} utworzono wcześniejszą wersją dodatku: otwórz każdy w kreatorze i zaktualizuj raz, a potem uruchom Portfel ponownie. Nic nie zapisano.',
  'write.oldSheets.many': '{sheets} utworzono wcześniejszą wersją dodatku: otwórz każdy w kreatorze i zaktualizuj raz, a potem uruchom Portfel ponownie. Nic nie zapisano.',
  'write.oldSheets.other': '{sheets} utworzono wcześniejszą wersją dodatku: otwórz każdy w kreatorze i zaktualizuj raz, a potem uruchom Portfel ponownie. Nic nie zapisano.',
};
