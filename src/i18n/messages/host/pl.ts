import type { hostEn } from './en';

// The hosts' own failures (Office.js error codes, Apps Script's wording), as what to do: taskpane/host-error.ts.
export const hostPl: { readonly [K in keyof typeof hostEn]: string } = {
  'host.excel.denied': 'Excel odrzucił zmianę: skoroszyt lub arkusz jest chroniony albo tylko do odczytu ({detail}).',
  'host.excel.busy': 'Excel jest zajęty: trwa edycja komórki. Naciśnij Enter lub Esc w arkuszu i spróbuj ponownie.',
  'host.excel.conflict': 'Skoroszyt zmienił się podczas zapisu ({detail}). Spróbuj ponownie.',
  'host.excel.connection': 'Utracono połączenie z Excelem ({detail}). Sprawdź połączenie i spróbuj ponownie.',
  'host.sheets.protected': 'Arkusz jest chroniony ({detail}). Poproś właściciela o prawo edycji lub usuń ochronę.',
  'host.sheets.connection': 'Utracono połączenie z Arkuszami Google ({detail}). Sprawdź połączenie i spróbuj ponownie.',
  'host.sheets.permission': 'Dodatek nie ma uprawnień ({detail}). Otwórz go ponownie z menu Rozszerzenia i przyznaj dostęp.',
  'host.sheets.missing': 'Brakuje funkcji serwera dodatku {fn}; zainstaluj ponownie lub zaktualizuj dodatek.',
  'host.unknown': 'Nieznany błąd',
  'host.playground.name': 'Piaskownica',
  'host.playground.noSheet': 'Nie ma jeszcze arkusza do zaktualizowania.',
};
