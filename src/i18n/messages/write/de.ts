import type { writeEn } from './en';

// Why a build, an update or the Portfolio wrote nothing (src/writers/write-error.ts). A key ending in .one/.few/.many/.other
// is one plural form.
export const writeDe: { readonly [K in keyof typeof writeEn]: string } = {
  'write.protectedExcel': 'Blatt „{sheet}“ ist geschützt. Heben Sie den Schutz auf (Überprüfen › Blattschutz aufheben) und versuchen Sie es erneut; nichts wurde geschrieben.',
  'write.protectedSheets': 'Blatt „{sheet}“ ist geschützt, und Sie können es nicht bearbeiten. Bitten Sie den Eigentümer um Zugriff oder entfernen Sie den Schutz; nichts wurde geschrieben.',
  'write.changed': 'Blatt „{sheet}“ hat sich geändert, während das Add-in das Schreiben vorbereitete; nichts wurde geschrieben. Versuchen Sie es erneut.',
  'write.noSheet': 'Es gibt kein Blatt namens „{sheet}“; nichts wurde geschrieben.',
  'write.notOwned': 'Blatt „{sheet}“ ist kein CRM-ROI-Blatt (keine crm-roi-Markierung in Zeile 1); nichts wurde geschrieben.',
  'write.portfolioChanged': 'Die Arbeitsmappe hat sich geändert, während das Portfolio-Blatt vorbereitet wurde; führen Sie Portfolio erneut aus. Nichts wurde geschrieben.',
  'write.invalidCase.one': 'Der Business Case ist ungültig ({count} Problem); nichts wurde geschrieben.',
  'write.invalidCase.few': 'Der Business Case ist ungültig ({count} Probleme); nichts wurde geschrieben.',
  'write.invalidCase.many': 'Der Business Case ist ungültig ({count} Probleme); nichts wurde geschrieben.',
  'write.invalidCase.other': 'Der Business Case ist ungültig ({count} Probleme); nichts wurde geschrieben.',
  'write.conflict': 'Blatt „{sheet}“ kann nicht aktualisiert werden, ohne Ihre Daten zu überschreiben; nichts wurde geschrieben.',
  'write.invalidSheet.one': 'Blatt „{sheet}“ hat {count} ungültige Zelle; korrigieren Sie sie und aktualisieren Sie erneut. Nichts wurde geschrieben.',
  'write.invalidSheet.few': 'Blatt „{sheet}“ hat {count} ungültige Zellen; korrigieren Sie sie und aktualisieren Sie erneut. Nichts wurde geschrieben.',
  'write.invalidSheet.many': 'Blatt „{sheet}“ hat {count} ungültige Zellen; korrigieren Sie sie und aktualisieren Sie erneut. Nichts wurde geschrieben.',
  'write.invalidSheet.other': 'Blatt „{sheet}“ hat {count} ungültige Zellen; korrigieren Sie sie und aktualisieren Sie erneut. Nichts wurde geschrieben.',
  'write.oldSheets.one': '{sheets} wurde mit einer früheren Version des Add-ins erstellt: Öffnen Sie es im Assistenten und aktualisieren Sie es einmal, dann führen Sie Portfolio erneut aus. Nichts wurde geschrieben.',
  'write.oldSheets.few': '{sheets} wurden mit einer früheren Version des Add-ins erstellt: Öffnen Sie jedes im Assistenten und aktualisieren Sie es einmal, dann führen Sie Portfolio erneut aus. Nichts wurde geschrieben.',
  'write.oldSheets.many': '{sheets} wurden mit einer früheren Version des Add-ins erstellt: Öffnen Sie jedes im Assistenten und aktualisieren Sie es einmal, dann führen Sie Portfolio erneut aus. Nichts wurde geschrieben.',
  'write.oldSheets.other': '{sheets} wurden mit einer früheren Version des Add-ins erstellt: Öffnen Sie jedes im Assistenten und aktualisieren Sie es einmal, dann führen Sie Portfolio erneut aus. Nichts wurde geschrieben.',
};
