import { cliDe } from './cli/de';
import { reasonDe } from './reason/de';
import { fnDe } from './fn/de';
import { menuDe } from './menu/de';
import { issueDe } from './issue/de';
import { wizardDe } from './wizard/de';
import { trackDe } from './track/de';
import { portfolioDe } from './portfolio/de';
import { writeDe } from './write/de';
import { hostDe } from './host/de';
import { cellDe } from './cell/de';
import type { Messages } from './types';
import { metricDe } from './metric/de';
import { sheetDe } from './sheet/de';
import { actualsDe } from './actuals/de';
import { cliActualsDe } from './cli-actuals/de';

// Terms: docs/terminology.md says which standard each follows.
export const de: Messages = {
  'term.npv': 'Kapitalwert (NPV)',
  'term.irr': 'Interner Zinsfuß (IRR)',
  'term.mirr': 'Modifizierter interner Zinsfuß (MIRR)',
  'term.roi': 'Kapitalrendite (ROI)',
  'term.payback': 'Amortisationsdauer',
  'term.discountedPayback': 'Dynamische Amortisationsdauer',
  'term.presentValue': 'Barwert',
  'term.discountRate': 'Kalkulationszinssatz',
  'term.cashFlow': 'Zahlungsstrom (Cashflow)',
  'term.netCashFlow': 'Netto-Zahlungsstrom',
  'term.cumulativeNetCashFlow': 'Kumulierter Netto-Zahlungsstrom',
  'term.benefit': 'Nutzen',
  'term.cost': 'Kosten',
  'term.riskAdjustment': 'Risikoanpassung',
  'term.horizon': 'Betrachtungszeitraum',
  'term.initialPeriod': 'Anfangsperiode',
  'term.breakEven': 'Break-even-Punkt',
  'term.benefitCostRatio': 'Nutzen-Kosten-Verhältnis',
  'term.customerLifetimeValue': 'Kundenlebenszeitwert (CLV)',
  'term.uplift': 'Zuwachs (Uplift)',
  'term.peakFunding': 'Maximaler Finanzierungsbedarf',

  'number.empty': 'Bitte eine Zahl eingeben.',
  'number.notANumber': '„{text}“ ist keine Zahl.',
  'number.ambiguous': '„{text}“ kann {first} oder {second} bedeuten. Geben Sie {first} oder {second} ein.',
  'number.otherNotation': '„{text}“ ist nicht in deutscher Schreibweise (1.234,56). Meinten Sie {reading}?',

  'manifest.displayName': 'CRM ROI – Wirtschaftlichkeitsrechnung',
  'manifest.description': 'CRM-Business-Cases erstellen und begründen: Kosten, Nutzen, Kapitalwert, ROI, interner Zinsfuß und Amortisationsdauer, mit =CRM.*-Funktionen.',
  'manifest.getStartedTitle': 'CRM ROI ist bereit',
  'manifest.getStartedDescription': 'Öffnen Sie Start › Business Case, um einen CRM-Business-Case zu erstellen, oder geben Sie =CRM.ROI( in eine Zelle ein.',
  'manifest.buttonLabel': 'Business Case',
  'manifest.buttonTooltip': 'Den Assistenten für den CRM-Business-Case öffnen.',

  ...cliDe, // src/i18n/messages/cli
  ...reasonDe, // src/i18n/messages/reason
  ...fnDe, // src/i18n/messages/fn
  ...menuDe, // src/i18n/messages/menu
  ...issueDe, // src/i18n/messages/issue
  ...sheetDe,
  ...actualsDe, // src/i18n/messages/actuals
  ...cliActualsDe, // src/i18n/messages/cli-actuals
  ...metricDe,
  ...wizardDe,
  ...trackDe, // src/i18n/messages/track
  ...portfolioDe, // src/i18n/messages/portfolio
  ...writeDe, // src/i18n/messages/write
  ...hostDe, // src/i18n/messages/host
  ...cellDe, // src/i18n/messages/cell
};
