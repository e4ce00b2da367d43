import type { hostEn } from './en';

// The hosts' own failures (Office.js error codes, Apps Script's wording), as what to do: taskpane/host-error.ts.
export const hostZhCN: { readonly [K in keyof typeof hostEn]: string } = {
  'host.excel.denied': 'Excel 拒绝了此更改：工作簿或工作表受保护或为只读（{detail}）。',
  'host.excel.busy': 'Excel 正忙：有单元格正在编辑。请在工作表中按 Enter 或 Esc，然后重试。',
  'host.excel.conflict': '写入时工作簿发生了变化（{detail}）。请重试。',
  'host.excel.connection': '与 Excel 的连接已断开（{detail}）。请检查网络连接后重试。',
  'host.sheets.protected': '工作表受保护（{detail}）。请向所有者申请编辑权限或取消保护。',
  'host.sheets.connection': '与 Google 表格的连接已断开（{detail}）。请检查网络连接后重试。',
  'host.sheets.permission': '加载项缺少权限（{detail}）。请从“扩展程序”重新打开并授予访问权限。',
  'host.sheets.missing': '缺少加载项的服务器函数 {fn}；请重新安装或更新加载项。',
  'host.unknown': '未知错误',
  'host.playground.name': '演练场',
  'host.playground.noSheet': '还没有可更新的工作表。',
};
