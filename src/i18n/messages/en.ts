import { cliEn } from './cli/en';
import { reasonEn } from './reason/en';
import { fnEn } from './fn/en';
import { menuEn } from './menu/en';
import { issueEn } from './issue/en';

// The English catalog: it defines the message keys. Every other language is typed against it (messages/types.ts),
// so a missing or extra key is a compile error; tests/i18n/catalogs.test.ts also checks placeholders.
// "{name}" is a placeholder, filled by t().

import { metricEn } from './metric/en';
import { sheetEn } from './sheet/en';
import { actualsEn } from './actuals/en';
import { cliActualsEn } from './cli-actuals/en';
import { wizardEn } from './wizard/en';
import { trackEn } from './track/en';
import { portfolioEn } from './portfolio/en';
import { writeEn } from './write/en';
import { hostEn } from './host/en';
import { cellEn } from './cell/en';

export const en = {
  // Finance terms: docs/terminology.md is generated from these (scripts/terminology.ts).
  'term.npv': 'Net present value (NPV)',
  'term.irr': 'Internal rate of return (IRR)',
  'term.mirr': 'Modified internal rate of return (MIRR)',
  'term.roi': 'Return on investment (ROI)',
  'term.payback': 'Payback period',
  'term.discountedPayback': 'Discounted payback period',
  'term.presentValue': 'Present value',
  'term.discountRate': 'Discount rate',
  'term.cashFlow': 'Cash flow',
  'term.netCashFlow': 'Net cash flow',
  'term.cumulativeNetCashFlow': 'Cumulative net cash flow',
  'term.benefit': 'Benefit',
  'term.cost': 'Cost',
  'term.riskAdjustment': 'Risk adjustment',
  'term.horizon': 'Horizon',
  'term.initialPeriod': 'Initial period',
  'term.breakEven': 'Break-even',
  'term.benefitCostRatio': 'Benefit–cost ratio',
  'term.customerLifetimeValue': 'Customer lifetime value (CLV)',
  'term.uplift': 'Uplift',
  'term.peakFunding': 'Peak funding need',

  // Number entry (src/i18n/number.ts).
  'number.empty': 'Type a number.',
  'number.notANumber': '“{text}” is not a number.',
  'number.ambiguous': '“{text}” could be {first} or {second}. Type {first} or {second}.',
  'number.otherNotation': '“{text}” is not written the English way (1,234.56). Did you mean {reading}?',

  // The Excel add-in's manifest (manifest.xml: DefaultValue and the <Override> of each language).
  'manifest.displayName': 'CRM ROI',
  'manifest.description': 'Build and defend CRM business cases: costs, benefits, NPV, ROI, IRR and payback, with =CRM.* functions.',
  'manifest.getStartedTitle': 'CRM ROI is ready',
  'manifest.getStartedDescription': 'Open Home › Business case to build a CRM business case, or type =CRM.ROI( in any cell.',
  'manifest.buttonLabel': 'Business case',
  'manifest.buttonTooltip': 'Open the CRM business-case wizard.',

  ...cliEn, // src/i18n/messages/cli
  ...reasonEn, // src/i18n/messages/reason
  ...fnEn, // src/i18n/messages/fn
  ...menuEn, // src/i18n/messages/menu
  ...issueEn, // src/i18n/messages/issue
  // Area catalogs: the worksheet (sheet.*) and the summary metrics (metric.*).
  ...sheetEn,
  ...actualsEn, // src/i18n/messages/actuals
  ...cliActualsEn, // src/i18n/messages/cli-actuals
  ...metricEn,
  ...wizardEn,
  ...trackEn, // src/i18n/messages/track
  ...portfolioEn, // src/i18n/messages/portfolio
  ...writeEn, // src/i18n/messages/write
  ...hostEn, // src/i18n/messages/host
  ...cellEn, // src/i18n/messages/cell
} as const;
