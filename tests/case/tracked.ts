import type { RoiCase } from '../../src/case/types';

// The tracked case several suites share. A year from January 2025 at a 0 % rate: 1,200 up front (the initial period,
// December 2024), fees of 100 a month (actuals 120 in January, 110 in February), sales of 500 a month at 20 % risk, so
// planned at 400 (actuals 300 in January, 450 in March).
export const trackedCase = (): RoiCase => ({
  name: 'Tracked', currency: 'USD', startDate: '2025-01-01', horizonMonths: 12, discountRate: 0,
  costs: [
    { id: 'setup', type: 'oneTime', name: 'Set-up', amount: 1200, month: 0 },
    { id: 'fees', type: 'recurring', name: 'Fees', amount: 100, frequency: 'monthly', startMonth: 1, actuals: { '2025-01': 120, '2025-02': 110 } },
  ],
  benefits: [{ id: 'sales', type: 'amount', name: 'Sales', category: 'revenue', amount: 500, per: 'month', startMonth: 1, risk: 0.2, actuals: { '2025-01': 300, '2025-03': 450 } }],
});

/** The same with a sales-cycle KPI: baseline 40 and 44 days (42 on average), target 32, then 38 and 36. */
export const trackedWithKpi = (): RoiCase => ({
  ...trackedCase(),
  kpis: [{ id: 'cycle', name: 'Sales cycle', unit: 'days', betterWhen: 'lower', baseline: [40, 44], target: 32, actuals: { '2025-02': 38, '2025-03': 36 } }],
});
