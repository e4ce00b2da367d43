import { roundMoney, SHORTFALL_PLACES } from '../finance';
import { address } from '../plan/a1';
import { firstOfMonth } from '../plan/dates';
import type { Grid } from '../plan/grid';
import { section } from '../plan/inputs';
import { belowZero } from '../plan/schedule';
import { t } from '../i18n/t';
import type { FlowsLayout, Portfolio } from './layout';

// The combined monthly flows: a row a period, from the earliest initial period (0) to the latest case's last month.
// Each case's net cash flow in its own column, then the summed costs, benefits, net cash flow, cumulative net and
// the payback helper, as the case sheets' schedule has them.

export function writeFlows(grid: Grid, top: number, p: Portfolio): FlowsLayout {
  const { cases, figures, f } = p;
  const flows = figures.combined;
  const n = cases.length;
  const caseCol = (i: number) => 2 + i;
  const col = { costs: 2 + n, benefits: 3 + n, net: 4 + n, cumulative: 5 + n, helper: 6 + n };
  const head = top + 1;
  const first = head + 1;
  section(grid, top, t(p.lang, 'portfolio.section.flows'), col.helper + 1);
  grid.set(head, 0, { value: t(p.lang, 'portfolio.flows.period'), style: 'header' });
  grid.set(head, 1, { value: t(p.lang, 'portfolio.flows.month'), style: 'header' });
  cases.forEach((_, i) => grid.set(head, caseCol(i), { formula: `=${p.name(i, 'CASE_NAME')}`, value: figures.cases[i].name, style: 'header' }));
  grid.set(head, col.costs, { value: t(p.lang, 'portfolio.flows.costs'), style: 'header' });
  grid.set(head, col.benefits, { value: t(p.lang, 'portfolio.flows.benefits'), style: 'header' });
  grid.set(head, col.net, { value: t(p.lang, 'portfolio.flows.net'), style: 'header' });
  grid.set(head, col.cumulative, { value: t(p.lang, 'portfolio.flows.cumulative'), style: 'header' });
  grid.set(head, col.helper, { value: t(p.lang, 'portfolio.flows.helper'), style: 'note' });

  // A case's amount at this period: its own period (this one less its first) while it runs, else nothing.
  const pick = (i: number, key: string, period: string) => {
    const from = p.caseCell(i, 'FIRST');
    return `IF(AND(${period}>=${from},${period}<=${p.caseCell(i, 'LAST')}),INDEX(${p.name(i, key)},1,${period}-${from}+1),0)`;
  };
  const caseNet = cases.map((c) => [c.evaluation.initial.net, ...c.evaluation.monthlyNet]);
  const start = p.combined('START_DATE');
  let cumulative = 0;
  for (let k = 0; k <= flows.periods; k++) {
    const r = first + k;
    const period = `$A${r + 1}`;
    const money = (formula: string, value: number, style: 'calc' | 'total' = 'calc') => ({ formula, value, numberFormat: f.money, style });
    grid.set(r, 0, { value: k, numberFormat: f.month, style: 'header' });
    grid.set(r, 1, k === 0 ? { value: t(p.lang, 'portfolio.flows.initial'), style: 'header' } : { formula: `=DATE(YEAR(${start}),MONTH(${start})+${period}-1,1)`, value: firstOfMonth(flows.startDate, k - 1), numberFormat: f.monthHeader, style: 'header' });
    cases.forEach((_, i) => {
      const m = k - flows.offsets[i];
      grid.set(r, caseCol(i), money(`=${pick(i, 'NET_CASH_FLOW', period)}`, m >= 0 && m < caseNet[i].length ? caseNet[i][m] : 0));
    });
    grid.set(r, col.costs, money(`=${cases.map((_, i) => pick(i, 'MONTHLY_COSTS', period)).join('+')}`, flows.costs[k]));
    grid.set(r, col.benefits, money(`=${cases.map((_, i) => pick(i, 'MONTHLY_BENEFITS', period)).join('+')}`, flows.benefits[k]));
    grid.set(r, col.net, money(`=${address(r, col.benefits)}-${address(r, col.costs)}`, flows.net[k], 'total'));
    cumulative += flows.net[k];
    grid.set(r, col.cumulative, money(k === 0 ? `=${address(r, col.net)}` : `=${address(r - 1, col.cumulative)}+${address(r, col.net)}`, cumulative));
    const short = roundMoney(cumulative, SHORTFALL_PLACES) < 0;
    grid.set(r, col.helper, { formula: `=IF(${belowZero(address(r, col.cumulative))},${period},-1)`, value: short ? k : -1, numberFormat: f.month, style: 'note' });
  }
  return { first, last: first + flows.periods, col };
}
