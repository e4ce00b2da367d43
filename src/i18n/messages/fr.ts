import { cliFr } from './cli/fr';
import { reasonFr } from './reason/fr';
import { fnFr } from './fn/fr';
import { menuFr } from './menu/fr';
import { issueFr } from './issue/fr';
import { wizardFr } from './wizard/fr';
import { trackFr } from './track/fr';
import { portfolioFr } from './portfolio/fr';
import { writeFr } from './write/fr';
import { hostFr } from './host/fr';
import { cellFr } from './cell/fr';
import type { Messages } from './types';
import { metricFr } from './metric/fr';
import { sheetFr } from './sheet/fr';
import { actualsFr } from './actuals/fr';
import { cliActualsFr } from './cli-actuals/fr';

// French typography: a no-break space (U+00A0) inside « » and before ? : ; !
export const fr: Messages = {
  'term.npv': 'Valeur actuelle nette (VAN)',
  'term.irr': 'Taux de rendement interne (TRI)',
  'term.mirr': 'Taux de rendement interne modifié (TRIM)',
  'term.roi': 'Retour sur investissement (ROI)',
  'term.payback': 'Délai de récupération',
  'term.discountedPayback': 'Délai de récupération actualisé',
  'term.presentValue': 'Valeur actuelle',
  'term.discountRate': 'Taux d’actualisation',
  'term.cashFlow': 'Flux de trésorerie',
  'term.netCashFlow': 'Flux de trésorerie net',
  'term.cumulativeNetCashFlow': 'Flux de trésorerie net cumulé',
  'term.benefit': 'Avantage',
  'term.cost': 'Coût',
  'term.riskAdjustment': 'Ajustement pour risque',
  'term.horizon': 'Horizon d’analyse',
  'term.initialPeriod': 'Période initiale',
  'term.breakEven': 'Point mort',
  'term.benefitCostRatio': 'Ratio avantages/coûts',
  'term.customerLifetimeValue': 'Valeur vie client (CLV)',
  'term.uplift': 'Hausse (uplift)',
  'term.peakFunding': 'Besoin de financement maximal',

  'number.empty': 'Saisissez un nombre.',
  'number.notANumber': '«\u00a0{text}\u00a0» n’est pas un nombre.',
  'number.ambiguous': '«\u00a0{text}\u00a0» peut signifier {first} ou {second}. Saisissez {first} ou {second}.',
  'number.otherNotation': '«\u00a0{text}\u00a0» n’est pas écrit à la française (1\u00a0234,56). Vouliez-vous dire {reading}\u00a0?',

  'manifest.displayName': 'CRM ROI – Rentabilité',
  'manifest.description': 'Construisez et défendez vos analyses de rentabilité CRM\u00a0: coûts, avantages, VAN, ROI, TRI et délai de récupération, avec les fonctions =CRM.*.',
  'manifest.getStartedTitle': 'CRM ROI est prêt',
  'manifest.getStartedDescription': 'Ouvrez Accueil › Analyse de rentabilité pour construire une analyse de rentabilité CRM, ou tapez =CRM.ROI( dans une cellule.',
  'manifest.buttonLabel': 'Analyse de rentabilité',
  'manifest.buttonTooltip': 'Ouvrir l’assistant d’analyse de rentabilité CRM.',

  ...cliFr, // src/i18n/messages/cli
  ...reasonFr, // src/i18n/messages/reason
  ...fnFr, // src/i18n/messages/fn
  ...menuFr, // src/i18n/messages/menu
  ...issueFr, // src/i18n/messages/issue
  ...sheetFr,
  ...actualsFr, // src/i18n/messages/actuals
  ...cliActualsFr, // src/i18n/messages/cli-actuals
  ...metricFr,
  ...wizardFr,
  ...trackFr, // src/i18n/messages/track
  ...portfolioFr, // src/i18n/messages/portfolio
  ...writeFr, // src/i18n/messages/write
  ...hostFr, // src/i18n/messages/host
  ...cellFr, // src/i18n/messages/cell
};
