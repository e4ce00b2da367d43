import { cliPl } from './cli/pl';
import { reasonPl } from './reason/pl';
import { fnPl } from './fn/pl';
import { menuPl } from './menu/pl';
import { issuePl } from './issue/pl';
import { wizardPl } from './wizard/pl';
import { trackPl } from './track/pl';
import { portfolioPl } from './portfolio/pl';
import { writePl } from './write/pl';
import { hostPl } from './host/pl';
import { cellPl } from './cell/pl';
import type { Messages } from './types';
import { metricPl } from './metric/pl';
import { sheetPl } from './sheet/pl';
import { actualsPl } from './actuals/pl';
import { cliActualsPl } from './cli-actuals/pl';

export const pl: Messages = {
  'term.npv': 'Wartość bieżąca netto (NPV)',
  'term.irr': 'Wewnętrzna stopa zwrotu (IRR)',
  'term.mirr': 'Zmodyfikowana wewnętrzna stopa zwrotu (MIRR)',
  'term.roi': 'Zwrot z inwestycji (ROI)',
  'term.payback': 'Okres zwrotu',
  'term.discountedPayback': 'Zdyskontowany okres zwrotu',
  'term.presentValue': 'Wartość bieżąca',
  'term.discountRate': 'Stopa dyskontowa',
  'term.cashFlow': 'Przepływ pieniężny',
  'term.netCashFlow': 'Przepływ pieniężny netto',
  'term.cumulativeNetCashFlow': 'Skumulowany przepływ pieniężny netto',
  'term.benefit': 'Korzyść',
  'term.cost': 'Koszt',
  'term.riskAdjustment': 'Korekta o ryzyko',
  'term.horizon': 'Horyzont analizy',
  'term.initialPeriod': 'Okres początkowy',
  'term.breakEven': 'Próg rentowności',
  'term.benefitCostRatio': 'Wskaźnik korzyści do kosztów (BCR)',
  'term.customerLifetimeValue': 'Wartość klienta w cyklu życia (CLV)',
  'term.uplift': 'Przyrost (uplift)',
  'term.peakFunding': 'Maksymalne zapotrzebowanie na finansowanie',

  'number.empty': 'Wpisz liczbę.',
  'number.notANumber': '„{text}” nie jest liczbą.',
  'number.ambiguous': '„{text}” może oznaczać {first} albo {second}. Wpisz {first} albo {second}.',
  'number.otherNotation': 'Zapis „{text}” nie jest w polskim formacie (1\u00a0234,56). Czy chodziło o {reading}?',

  'manifest.displayName': 'CRM ROI – opłacalność',
  'manifest.description': 'Twórz i uzasadniaj analizy opłacalności CRM: koszty, korzyści, NPV, ROI, IRR i okres zwrotu, z funkcjami =CRM.*.',
  'manifest.getStartedTitle': 'CRM ROI jest gotowy',
  'manifest.getStartedDescription': 'Otwórz Narzędzia główne › Analiza opłacalności, aby zbudować analizę opłacalności CRM, albo wpisz =CRM.ROI( w dowolnej komórce.',
  'manifest.buttonLabel': 'Analiza opłacalności',
  'manifest.buttonTooltip': 'Otwórz kreator analizy opłacalności CRM.',

  ...cliPl, // src/i18n/messages/cli
  ...reasonPl, // src/i18n/messages/reason
  ...fnPl, // src/i18n/messages/fn
  ...menuPl, // src/i18n/messages/menu
  ...issuePl, // src/i18n/messages/issue
  ...sheetPl,
  ...actualsPl, // src/i18n/messages/actuals
  ...cliActualsPl, // src/i18n/messages/cli-actuals
  ...metricPl,
  ...wizardPl,
  ...trackPl, // src/i18n/messages/track
  ...portfolioPl, // src/i18n/messages/portfolio
  ...writePl, // src/i18n/messages/write
  ...hostPl, // src/i18n/messages/host
  ...cellPl, // src/i18n/messages/cell
};
