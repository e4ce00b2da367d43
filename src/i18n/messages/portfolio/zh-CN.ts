import type { portfolioEn } from './en';

// The Portfolio sheet (src/portfolio) and its errors. A key ending in .one/.few/.many/.other is one plural form.
export const portfolioZhCN: { readonly [K in keyof typeof portfolioEn]: string } = {
  'portfolio.title.one': '{count} 个 CRM 投资回报率案例的投资组合',
  'portfolio.title.few': '{count} 个 CRM 投资回报率案例的投资组合',
  'portfolio.title.many': '{count} 个 CRM 投资回报率案例的投资组合',
  'portfolio.title.other': '{count} 个 CRM 投资回报率案例的投资组合',
  'portfolio.subtitle': '金额单位：{currency}。每个数字都是引用各案例工作表命名单元格的公式：编辑案例工作表，本表随之更新。添加、重命名或删除案例工作表，或更改开始日期或期间后，请再次运行“投资组合”。',
  'portfolio.section.cases': '案例',
  'portfolio.col.CASE_NAME': '案例',
  'portfolio.col.START_DATE': '开始',
  'portfolio.col.HORIZON': '期间（月）',
  'portfolio.col.TOTAL_COSTS': '总成本',
  'portfolio.col.TOTAL_BENEFITS': '总收益',
  'portfolio.col.NPV': '净现值（按各自开始日期和折现率）',
  'portfolio.col.ROI': '投资回报率（名义）',
  'portfolio.col.ROI_PV': '投资回报率（现值，TEI 口径）',
  'portfolio.col.IRR': '内部收益率（年化）',
  'portfolio.col.PAYBACK': '投资回收期（月）',
  'portfolio.col.FIRST': '初始期所在的组合期',
  'portfolio.col.LAST': '最后一个月所在的组合期',
  'portfolio.total': '合计（各净现值按各自开始日期和折现率）',
  'portfolio.section.combined': '合并的案例：按日历月相加的月度现金流',
  'portfolio.combined.START_DATE': '组合开始日期（最早的案例开始日期）',
  'portfolio.combined.DISCOUNT_RATE': '年折现率（第一个案例的）',
  'portfolio.combined.MONTHLY_RATE': '月折现率',
  'portfolio.combined.PERIODS': '初始期之后的月数',
  'portfolio.combined.TOTAL_COSTS': '总成本',
  'portfolio.combined.TOTAL_BENEFITS': '总收益',
  'portfolio.combined.PV_COSTS': '成本现值（自组合开始日期）',
  'portfolio.combined.PV_BENEFITS': '收益现值（自组合开始日期）',
  'portfolio.combined.NPV': '合并现金流的净现值',
  'portfolio.combined.ROI': '投资回报率（名义）',
  'portfolio.combined.ROI_PV': '投资回报率（现值，TEI 口径）',
  'portfolio.combined.IRR': '内部收益率（年化）',
  'portfolio.combined.PAYBACK': '投资回收期（自组合开始日期的月数）',
  'portfolio.combined.IRR_GUESS': '内部收益率搜索起点（月利率）',
  'portfolio.section.flows': '按日历月对齐的合并月度现金流（各案例的净现金流，然后是合计）',
  'portfolio.flows.period': '期（0 = 最早的初始期）',
  'portfolio.flows.month': '月份',
  'portfolio.flows.costs': '成本',
  'portfolio.flows.benefits': '收益',
  'portfolio.flows.net': '净现金流',
  'portfolio.flows.cumulative': '累计净额',
  'portfolio.flows.helper': '辅助：累计净额 < 0 时为期数，否则为 −1',
  'portfolio.flows.initial': '初始',
  'portfolio.chart.npv': '各案例净现值（按各自开始日期）',
  'portfolio.chart.payback': '各案例投资回收期（月；无条形：期间内无法收回）',
  'portfolio.error.noCases': '没有可汇总的投资回报率案例。',
  'portfolio.error.noSheets': '此工作簿中没有由加载项生成的 ROI 工作表；没有可汇总的内容，未写入任何内容。',
  'portfolio.error.currency': '{first} 的币种为 {firstCurrency}，而 {other} 为 {otherCurrency}；投资组合只能相加同一币种的金额，从不换算。',
  'portfolio.cli.summary': '将多个案例汇总到一个带实时投资组合工作表的工作簿',
  'portfolio.cli.usage': `用法：crm-roi portfolio <案例.json | roi.xlsx>... -o <投资组合.xlsx> [--lang <语言>] [--json]

将多个投资回报率案例汇总到一个工作簿：最前面是“{sheet}”工作表，后面是各案例自己的 ROI 工作表。
案例文件（.json）和工作簿（由 crm-roi workbook 写出的 .xlsx，或投资组合中的每张 ROI 工作表）可以任意混合。
投资组合工作表由引用各案例工作表命名单元格的原生公式组成，因此会随案例工作表的任何修改而更新：
  - 每个案例一行：名称、开始日期、期间、成本、收益、净现值、两种口径的投资回报率、内部收益率、投资回收期；
  - 合计（各净现值按各自开始日期和折现率）；
  - 按日历月相加的月度现金流（从最早开始到最晚结束），以及该合并现金流的净现值、投资回报率、
    内部收益率和投资回收期，自最早开始日期起按第一个案例的折现率折现；
  - 两张图表：各案例净现值、各案例投资回收期。

所有案例必须使用同一币种：金额从不换算。

选项：
  -o, --output <文件>  要写入的工作簿（.xlsx）；完整生成后整体替换（写入失败时保持原样）；不能是输入文件
  --lang <语言>        en、de、fr、pl 或 zh-CN：所写全部工作表及本命令消息的语言。未指定时，从工作簿读取的
                       每张案例工作表保留其语言，案例文件为英语，投资组合工作表跟随第一个案例
  --json               以 JSON 输出数字：cases、total、combined（此时 -o 可省略）；各语言相同
  -h, --help           显示此帮助

退出码：0 已写入；1 文件无法读取或不是有效案例（会指出该文件，不写入任何内容）、案例币种不同，
或无法写入输出；2 用法错误。`,
  'portfolio.cli.outputIsInput': '输出 {output} 就是输入 {input}；在此写入投资组合会将其替换。请另选 -o。',
  'portfolio.cli.nothingWritten': '{problem}未写入任何内容。',
  'portfolio.cli.wrote.one': '已写入 {output}：工作表“{sheet}”，汇总 {count} 张案例工作表（{sheets}）。',
  'portfolio.cli.wrote.few': '已写入 {output}：工作表“{sheet}”，汇总 {count} 张案例工作表（{sheets}）。',
  'portfolio.cli.wrote.many': '已写入 {output}：工作表“{sheet}”，汇总 {count} 张案例工作表（{sheets}）。',
  'portfolio.cli.wrote.other': '已写入 {output}：工作表“{sheet}”，汇总 {count} 张案例工作表（{sheets}）。',
  'portfolio.cli.missingFiles': '缺少案例文件',
  'portfolio.cli.missingOutput': '缺少 -o <投资组合.xlsx>（或用 --json 仅输出数字）',
};
