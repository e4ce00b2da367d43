import type { hostEn } from './en';

// The hosts' own failures (Office.js error codes, Apps Script's wording), as what to do: taskpane/host-error.ts.
export const hostFr: { readonly [K in keyof typeof hostEn]: string } = {
  'host.excel.denied': 'Excel a refusé la modification\u00a0: le classeur ou la feuille est protégé ou en lecture seule ({detail}).',
  'host.excel.busy': 'Excel est occupé\u00a0: une cellule est en cours de modification. Appuyez sur Entrée ou Échap dans la feuille, puis réessayez.',
  'host.excel.conflict': 'Le classeur a changé pendant l’écriture ({detail}). Réessayez.',
  'host.excel.connection': 'Connexion à Excel perdue ({detail}). Vérifiez votre connexion et réessayez.',
  'host.sheets.protected': 'La feuille est protégée ({detail}). Demandez l’accès en modification à son propriétaire ou retirez la protection.',
  'host.sheets.connection': 'Connexion à Google Sheets perdue ({detail}). Vérifiez votre connexion et réessayez.',
  'host.sheets.permission': 'Le module complémentaire n’a pas l’autorisation ({detail}). Rouvrez-le depuis Extensions et accordez l’accès.',
  'host.sheets.missing': 'La fonction serveur {fn} du module complémentaire est absente\u00a0; réinstallez ou mettez à jour le module.',
  'host.unknown': 'Erreur inconnue',
  'host.playground.name': 'Bac à sable',
  'host.playground.noSheet': 'Il n’y a pas encore de feuille à mettre à jour.',
};
