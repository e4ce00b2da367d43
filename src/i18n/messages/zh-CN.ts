import { cliZhCN } from './cli/zh-CN';
import { reasonZhCN } from './reason/zh-CN';
import { fnZhCN } from './fn/zh-CN';
import { menuZhCN } from './menu/zh-CN';
import { issueZhCN } from './issue/zh-CN';
import { wizardZhCN } from './wizard/zh-CN';
import { trackZhCN } from './track/zh-CN';
import { portfolioZhCN } from './portfolio/zh-CN';
import { writeZhCN } from './write/zh-CN';
import { hostZhCN } from './host/zh-CN';
import { cellZhCN } from './cell/zh-CN';
import type { Messages } from './types';
import { metricZhCN } from './metric/zh-CN';
import { sheetZhCN } from './sheet/zh-CN';
import { actualsZhCN } from './actuals/zh-CN';
import { cliActualsZhCN } from './cli-actuals/zh-CN';

export const zhCN: Messages = {
  'term.npv': '净现值 (NPV)',
  'term.irr': '内部收益率 (IRR)',
  'term.mirr': '修正内部收益率 (MIRR)',
  'term.roi': '投资回报率 (ROI)',
  'term.payback': '投资回收期',
  'term.discountedPayback': '动态投资回收期',
  'term.presentValue': '现值',
  'term.discountRate': '折现率',
  'term.cashFlow': '现金流量',
  'term.netCashFlow': '净现金流量',
  'term.cumulativeNetCashFlow': '累计净现金流量',
  'term.benefit': '收益',
  'term.cost': '成本',
  'term.riskAdjustment': '风险调整',
  'term.horizon': '计算期',
  'term.initialPeriod': '初始期',
  'term.breakEven': '盈亏平衡点',
  'term.benefitCostRatio': '效益费用比',
  'term.customerLifetimeValue': '客户终身价值 (CLV)',
  'term.uplift': '增量',
  'term.peakFunding': '最大资金需求',

  'number.empty': '请输入数字。',
  'number.notANumber': '“{text}”不是数字。',
  'number.ambiguous': '“{text}”可能是 {first}，也可能是 {second}。请输入 {first} 或 {second}。',
  'number.otherNotation': '“{text}”不是中文惯用的写法（1,234.56）。您是指 {reading} 吗？',

  'manifest.displayName': 'CRM 投资回报率',
  'manifest.description': '构建并论证 CRM 投资效益分析：成本、收益、净现值、投资回报率、内部收益率和投资回收期，并提供 =CRM.* 函数。',
  'manifest.getStartedTitle': 'CRM ROI 已就绪',
  'manifest.getStartedDescription': '打开“开始 › 投资效益分析”来构建 CRM 投资效益分析，或在任意单元格中输入 =CRM.ROI(。',
  'manifest.buttonLabel': '投资效益分析',
  'manifest.buttonTooltip': '打开 CRM 投资效益分析向导。',

  ...cliZhCN, // src/i18n/messages/cli
  ...reasonZhCN, // src/i18n/messages/reason
  ...fnZhCN, // src/i18n/messages/fn
  ...menuZhCN, // src/i18n/messages/menu
  ...issueZhCN, // src/i18n/messages/issue
  ...sheetZhCN,
  ...actualsZhCN, // src/i18n/messages/actuals
  ...cliActualsZhCN, // src/i18n/messages/cli-actuals
  ...metricZhCN,
  ...wizardZhCN,
  ...trackZhCN, // src/i18n/messages/track
  ...portfolioZhCN, // src/i18n/messages/portfolio
  ...writeZhCN, // src/i18n/messages/write
  ...hostZhCN, // src/i18n/messages/host
  ...cellZhCN, // src/i18n/messages/cell
};
