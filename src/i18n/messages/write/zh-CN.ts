import type { writeEn } from './en';

// Why a build, an update or the Portfolio wrote nothing (src/writers/write-error.ts). A key ending in .one/.few/.many/.other
// is one plural form.
export const writeZhCN: { readonly [K in keyof typeof writeEn]: string } = {
  'write.protectedExcel': '工作表“{sheet}”受保护。请撤销保护（审阅 › 撤销工作表保护）后重试；未写入任何内容。',
  'write.protectedSheets': '工作表“{sheet}”受保护，您无法编辑。请向所有者申请权限或移除保护；未写入任何内容。',
  'write.changed': '加载项准备写入时工作表“{sheet}”发生了变化；未写入任何内容。请重试。',
  'write.noSheet': '没有名为“{sheet}”的工作表；未写入任何内容。',
  'write.notOwned': '工作表“{sheet}”不是 CRM ROI 工作表（第 1 行没有 crm-roi 标记）；未写入任何内容。',
  'write.portfolioChanged': '准备投资组合工作表时工作簿发生了变化；请再次运行“投资组合”。未写入任何内容。',
  'write.invalidCase.one': '案例无效（{count} 个问题）；未写入任何内容。',
  'write.invalidCase.few': '案例无效（{count} 个问题）；未写入任何内容。',
  'write.invalidCase.many': '案例无效（{count} 个问题）；未写入任何内容。',
  'write.invalidCase.other': '案例无效（{count} 个问题）；未写入任何内容。',
  'write.conflict': '无法在不覆盖您数据的情况下更新工作表“{sheet}”；未写入任何内容。',
  'write.invalidSheet.one': '工作表“{sheet}”有 {count} 个无效单元格；请修正后再次更新。未写入任何内容。',
  'write.invalidSheet.few': '工作表“{sheet}”有 {count} 个无效单元格；请修正后再次更新。未写入任何内容。',
  'write.invalidSheet.many': '工作表“{sheet}”有 {count} 个无效单元格；请修正后再次更新。未写入任何内容。',
  'write.invalidSheet.other': '工作表“{sheet}”有 {count} 个无效单元格；请修正后再次更新。未写入任何内容。',
  'write.oldSheets.one': '{sheets} 由旧版加载项生成：请在向导中打开并更新一次，然后再次运行“投资组合”。未写入任何内容。',
  'write.oldSheets.few': '{sheets} 由旧版加载项生成：请在向导中打开并更新一次，然后再次运行“投资组合”。未写入任何内容。',
  'write.oldSheets.many': '{sheets} 由旧版加载项生成：请在向导中打开并更新一次，然后再次运行“投资组合”。未写入任何内容。',
  'write.oldSheets.other': '{sheets} 由旧版加载项生成：请在向导中打开并更新一次，然后再次运行“投资组合”。未写入任何内容。',
};
