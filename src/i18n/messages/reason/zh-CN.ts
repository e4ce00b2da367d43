import type { reasonEn } from './en';

// Why a metric has no number (src/case/metric-reason.ts), for the wizard and the CLI. A key ending in .one/.few/.many/.other
// is one plural form (src/i18n/plural.ts).

export const reasonZhCN: { readonly [K in keyof typeof reasonEn]: string } = {
  'reason.noCosts': '没有可比较的成本',
  'reason.neverPositive': '净现金流量始终不为正',
  'reason.neverNegative': '净现金流量始终不为负',
  'reason.neverWithinHorizon.one': '{count} 个月内无法收回投资',
  'reason.neverWithinHorizon.few': '{count} 个月内无法收回投资',
  'reason.neverWithinHorizon.many': '{count} 个月内无法收回投资',
  'reason.neverWithinHorizon.other': '{count} 个月内无法收回投资',
  'reason.#DIV/0!': '除数为零',
  'reason.#NUM!': '无数值解',
  'reason.#VALUE!': '输入值无效',
  'reason.#N/A': '不可用',
};
