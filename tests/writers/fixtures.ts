// A small hand-made SheetPlan (independent of src/plan) so the writers are tested on exactly what a plan can say.
import type { RoiCase } from '../../src/case/types';
import type { PlanCell, SheetPlan, StyleName, CellStyle } from '../../src/plan/types';

export const tinyCase: RoiCase = {
  name: 'Tiny',
  currency: 'USD',
  startDate: '2025-01-01',
  horizonMonths: 3,
  discountRate: 0.1,
  costs: [{ type: 'oneTime', name: 'Setup', amount: 300, month: 1, note: 'quoted by vendor' }],
  benefits: [{ type: 'amount', name: 'Savings', category: 'costSavings', amount: 150, per: 'month', startMonth: 1 }],
  notes: ['Line with "quotes", a = sign and unicode: café €'],
};

const styles: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 14 },
  subtitle: { italic: true, fontColor: '#555555' },
  section: { bold: true, fill: '#DDEBF7' },
  header: { bold: true, borderBottom: true, horizontalAlignment: 'center' },
  label: {},
  input: { fill: '#FFF2CC', fontColor: '#0000FF' },
  calc: {},
  total: { bold: true, borderTop: true },
  note: { italic: true, wrap: true },
  prose: { italic: true },
};

const money = '"$"#,##0.00';
const v = (value: PlanCell['value'], style?: StyleName, numberFormat?: string): PlanCell => ({ value, style, numberFormat });
const f = (formula: string, value: PlanCell['value'], style: StyleName = 'calc', numberFormat = money): PlanCell => ({ formula, value, style, numberFormat });
const e: PlanCell = {};

const npv = (annual: number, flows: number[]) => flows.reduce((s, x, i) => s + x / (1 + annual) ** ((i + 1) / 12), 0);

// Rows: 1 title | 2 marker | 3 header | 4 cost | 5 benefit | 6 net | 7 NPV | 8 note
export function tinyPlan(sheetName = 'CRM ROI'): SheetPlan {
  const cells: PlanCell[][] = [
    [v('CRM ROI: Tiny', 'title'), e, e, e, e, e],
    [v('crm-roi:v1', 'note'), e, e, e, e, e],
    [v('Line', 'header'), v('Amount', 'header'), v(1, 'header'), v(2, 'header'), v(3, 'header'), v('Total', 'header')],
    [v('Setup', 'label'), v(300, 'input', money), f('=IF(C$3=1,$B4,0)', 300), f('=IF(D$3=1,$B4,0)', 0), f('=IF(E$3=1,$B4,0)', 0), f('=SUM(C4:E4)', 300, 'total')],
    [v('Savings', 'label'), v(150, 'input', money), f('=$B5', 150), f('=$B5', 150), f('=$B5', 150), f('=SUM(C5:E5)', 450, 'total')],
    [v('Net', 'label'), e, f('=C5-C4', -150), f('=D5-D4', 150), f('=E5-E4', 150), f('=SUM(C6:E6)', 150, 'total')],
    [v('NPV', 'label'), f('=NPV((1+0.1)^(1/12)-1,C6:E6)', npv(0.1, [-150, 150, 150]), 'total'), e, e, e, e],
    [v('quoted by vendor', 'note'), e, e, e, e, e],
  ];
  return {
    sheetName,
    cells,
    columnWidths: [24, 12, 10, 10, 10, 12],
    frozen: { rows: 3, columns: 1 },
    names: [
      { name: 'CRMROI_NPV', ref: '$B$7' },
      { name: 'CRMROI_Net', ref: '$C$6:$E$6' },
    ],
    charts: [
      {
        id: 'cumulativeNet', title: 'Net by month', type: 'column', anchor: 'H2', width: 480, height: 280,
        series: [{ name: 'Net', categories: 'C3:E3', values: 'C6:E6' }],
      },
    ],
    styles,
    owned: 'A1:F8',
  };
}
