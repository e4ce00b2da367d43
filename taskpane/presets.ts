import type { BenefitCategory, BenefitLine, CostLine } from '../src/case/types';

// Starting points an analyst picks from; each is an ordinary case line with sensible defaults and a plain-language hint.

export interface CostPreset {
  id: string;
  label: string;
  help: string;
  line: CostLine;
}

export interface BenefitPreset {
  id: string;
  label: string;
  help: string;
  line: BenefitLine;
}

export const COST_PRESETS: CostPreset[] = [
  { id: 'licences', label: 'Licences', help: 'Subscription price per user per month × users.', line: { type: 'perUser', name: 'CRM licences', pricePerUserMonth: 65, users: 20, startMonth: 1 } },
  { id: 'implementation', label: 'Implementation', help: 'Partner or consultant fees to set the CRM up.', line: { type: 'oneTime', name: 'Implementation', amount: 25000, month: 1 } },
  { id: 'migration', label: 'Data migration', help: 'Cleaning and moving contacts, accounts and history from the old system.', line: { type: 'oneTime', name: 'Data migration', amount: 8000, month: 1 } },
  { id: 'customisation', label: 'Customisation', help: 'Fields, workflows and reports built for your process.', line: { type: 'oneTime', name: 'Customisation', amount: 10000, month: 2 } },
  { id: 'training', label: 'Training hours', help: 'Hours each user spends in training × their hourly cost.', line: { type: 'labour', name: 'Training', hours: 8, hourlyRate: 45, people: 20, frequency: 'once', startMonth: 2 } },
  { id: 'admin', label: 'Admin time', help: 'Ongoing hours an administrator spends on the CRM each month.', line: { type: 'labour', name: 'CRM administration', hours: 20, hourlyRate: 50, people: 1, frequency: 'monthly', startMonth: 1 } },
  { id: 'integrations', label: 'Integrations', help: 'Connectors to email, ERP or marketing tools, billed monthly.', line: { type: 'recurring', name: 'Integrations', amount: 300, frequency: 'monthly', startMonth: 1 } },
  { id: 'support', label: 'Support and maintenance', help: 'Yearly support contract, billed in advance.', line: { type: 'recurring', name: 'Support and maintenance', amount: 4000, frequency: 'annual', startMonth: 1 } },
];

const timing = { startMonth: 3, fullEffectMonth: 8, risk: 0.2 };
const benefit = (category: BenefitCategory) => ({ category, ...timing });

export const BENEFIT_PRESETS: BenefitPreset[] = [
  {
    id: 'productivity', label: 'Sales productivity', help: 'Reps spend less time on admin and data entry: hours saved per rep per month × hourly cost × share put to selling.',
    line: { type: 'hoursSaved', name: 'Sales productivity', hoursPerMonth: 6, hourlyRate: 45, people: 15, productivityFactor: 0.6, ...benefit('productivity') },
  },
  {
    id: 'winRate', label: 'Win-rate uplift', help: 'Better pipeline visibility wins more deals: extra deals won per month × average deal size × margin.',
    line: { type: 'deals', name: 'Win-rate uplift', dealsPerMonth: 1, averageDealSize: 8000, margin: 0.3, ...benefit('revenue') },
  },
  {
    id: 'dealSize', label: 'Deal-size uplift', help: 'Guided selling raises the average deal: deals per month × increase in deal size × margin.',
    line: { type: 'deals', name: 'Deal-size uplift', dealsPerMonth: 10, averageDealSize: 400, margin: 0.3, ...benefit('revenue') },
  },
  {
    id: 'cycle', label: 'Shorter sales cycle', help: 'Deals close sooner, so more close inside the year: deals pulled forward per month × deal size × margin.',
    line: { type: 'deals', name: 'Shorter sales cycle', dealsPerMonth: 0.5, averageDealSize: 8000, margin: 0.3, ...benefit('revenue') },
  },
  {
    id: 'churn', label: 'Churn reduction', help: 'Fewer customers leave: customers × churn reduction per year × annual value (margin) of a customer; the customers kept stay on in later years, less normal churn.',
    line: { type: 'churn', name: 'Churn reduction', customers: 400, churnReduction: 0.02, annualValuePerCustomer: 3000, churnRate: 0.15, ...benefit('retention') },
  },
  {
    id: 'cac', label: 'Lower acquisition cost', help: 'Better targeting lowers the cost of winning a customer: new customers per year × saving per customer, entered as a yearly amount.',
    line: { type: 'amount', name: 'Lower customer acquisition cost', amount: 12000, per: 'year', ...benefit('costSavings') },
  },
  {
    id: 'support', label: 'Support cost savings', help: 'Agents resolve cases faster with the full customer history: hours saved per agent per month × hourly cost.',
    line: { type: 'hoursSaved', name: 'Support cost savings', hoursPerMonth: 5, hourlyRate: 35, people: 6, productivityFactor: 0.7, ...benefit('costSavings') },
  },
  {
    id: 'upsell', label: 'Cross-sell and upsell', help: 'Account insight surfaces more add-on sales: extra upsell deals per month × average upsell value × margin.',
    line: { type: 'deals', name: 'Cross-sell and upsell', dealsPerMonth: 3, averageDealSize: 1500, margin: 0.4, ...benefit('revenue') },
  },
];

/** "Blank line": zero amounts and no name, so nothing is counted until the analyst fills it in. */
export const BLANK_LINE: { costs: CostLine; benefits: BenefitLine } = {
  costs: { type: 'oneTime', name: '', amount: 0, month: 1 },
  benefits: { type: 'amount', name: '', category: 'other', amount: 0, per: 'month', startMonth: 1 },
};
