import type { hostEn } from './en';

// The hosts' own failures (Office.js error codes, Apps Script's wording), as what to do: taskpane/host-error.ts.
export const hostDe: { readonly [K in keyof typeof hostEn]: string } = {
  'host.excel.denied': 'Excel hat die Änderung abgelehnt: Die Arbeitsmappe oder das Blatt ist geschützt oder schreibgeschützt ({detail}).',
  'host.excel.busy': 'Excel ist beschäftigt: Eine Zelle wird bearbeitet. Drücken Sie im Blatt die Eingabetaste oder Esc und versuchen Sie es erneut.',
  'host.excel.conflict': 'Die Arbeitsmappe hat sich beim Schreiben geändert ({detail}). Versuchen Sie es erneut.',
  'host.excel.connection': 'Die Verbindung zu Excel ist abgebrochen ({detail}). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'host.sheets.protected': 'Das Blatt ist geschützt ({detail}). Bitten Sie den Eigentümer um Bearbeitungszugriff oder heben Sie den Schutz auf.',
  'host.sheets.connection': 'Die Verbindung zu Google Sheets ist abgebrochen ({detail}). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'host.sheets.permission': 'Dem Add-in fehlt die Berechtigung ({detail}). Öffnen Sie es erneut über Erweiterungen und gewähren Sie den Zugriff.',
  'host.sheets.missing': 'Die Serverfunktion {fn} des Add-ins fehlt; installieren oder aktualisieren Sie das Add-in neu.',
  'host.unknown': 'Unbekannter Fehler',
  'host.playground.name': 'Testumgebung',
  'host.playground.noSheet': 'Es gibt noch kein Blatt zum Aktualisieren.',
};
