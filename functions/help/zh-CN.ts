import type { FunctionHelp } from './shape';

// Chinese Excel keeps the English function names and error values (AVERAGE, #N/A).
export const zhCN: FunctionHelp = {
  ROI: {
    description: '投资回报率 (ROI)：(收益 − 成本) / 成本。',
    params: { benefit: '总收益（金额）', cost: '总成本（金额）；不能为 0' },
  },
  PAYBACK: {
    description: '投资回收期：累计（折现）收益覆盖初始投资所需的期数（可含小数）；始终无法覆盖时返回 #N/A。',
    params: {
      cost: '期初的初始投资（金额）',
      benefits: '各期净收益，按顺序排列（一行或一列）',
      rate_per_period: '每一期（而非每年）的折现率：按月的现金流量应使用月折现率 (1 + 年折现率)^(1/12) − 1；省略 = 0（静态投资回收期）',
    },
  },
  BCR: {
    description: '效益费用比：收益 / 成本。',
    params: { benefit: '总收益（现值）', cost: '总成本（现值）；不能为 0' },
  },
  CLV: {
    description: '客户终身价值：利润 × 留存率 / (1 + discount_rate − 留存率)。',
    params: { margin: '每位客户每期的利润（金额）', retention: '每期留存的客户比例，0 到 1', discount_rate: '每期折现率' },
  },
  UPLIFT: {
    description: '上线后月平均值的变化：AVERAGE(after) − AVERAGE(before)。',
    params: { before: '上线前的月度数值（一行或一列；跳过空白单元格）', after: '上线后的月度数值（一行或一列；跳过空白单元格）' },
  },
  PERIODROI: {
    description: '单期投资回报率（一个季度、一年）：该期收益减去该期成本，再除以系统总成本。',
    params: { benefits: '该期实现的收益（金额）', costs: '该期成本，例如许可证和支持费用（金额）', system_cost: '系统总成本（金额）；不能为 0' },
  },
  IMPLIEDPAYBACK: {
    description: '由单期投资回报率推算的投资回收期（期数）：1 / period_roi，假设每期回报相同；投资回报率小于或等于 0 时返回 #N/A。',
    params: { period_roi: '单期投资回报率，例如来自 PERIODROI（每年 30% = 0.3）' },
  },
  REALISEDPAYBACK: {
    description: '按实际净现金流量计算的投资回收期：累计（折现）值持续 ≥ 0 所需的期数（可含小数）；始终未达到时返回 #N/A。',
    params: {
      net_flows: '各期净现金流量，按顺序排列（一行或一列）；第一个为初始期的数值，不折现：初始投资为负数',
      rate_per_period: '每一期（而非每年）的折现率（按月的现金流量应使用月折现率）；省略 = 0（静态投资回收期）',
    },
  },
  SUMMARY: {
    description: '按月成本与收益流量（月末）的主要指标，以带标签的两列表格返回。',
    params: {
      costs: '各月成本，按顺序排列（一行或一列）',
      benefits: '各月收益，按顺序排列；较短的序列以 0 补齐',
      annual_rate: '年折现率，例如 0.1 表示 10%；按月折算为 (1 + annual_rate)^(1/12) − 1；省略 = 0',
      initial_cost: '初始期（第 0 月：当前，不折现）的成本，例如初始投资；省略 = 0',
      initial_benefit: '初始期（第 0 月）的收益；省略 = 0',
    },
  },
};
