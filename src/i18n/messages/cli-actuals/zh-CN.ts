import type { CliActualsMessages } from './en';

export const cliActualsZhCN: CliActualsMessages = {
  'cli-actuals.heading': '计划与实际对比，截至 {calendar}（第 {month} 个月）',
  'cli-actuals.toDate': '截至目前',
  'cli-actuals.planned': '计划',
  'cli-actuals.actual': '实际',
  'cli-actuals.variance': '差异',
  'cli-actuals.roi': '投资回报率',
  'cli-actuals.filledFromPlan.one': '截至目前有 {count} 个项目月没有实际值，按计划计入（--json 列出明细）。',
  'cli-actuals.filledFromPlan.few': '截至目前有 {count} 个项目月没有实际值，按计划计入（--json 列出明细）。',
  'cli-actuals.filledFromPlan.many': '截至目前有 {count} 个项目月没有实际值，按计划计入（--json 列出明细）。',
  'cli-actuals.filledFromPlan.other': '截至目前有 {count} 个项目月没有实际值，按计划计入（--json 列出明细）。',
  'cli-actuals.line': '项目',
  'cli-actuals.side': '类别',
  'cli-actuals.side.cost': '成本',
  'cli-actuals.side.benefit': '收益',
  'cli-actuals.monthsWithActuals': '有实际值的月数',
  'cli-actuals.reforecast': '重新预测（截至目前为实际，其后为计划）',
  'cli-actuals.reforecastColumn': '重新预测',
  'cli-actuals.realisedRate': '已实现的回报速度',
  'cli-actuals.annualRoi.one': '年度投资回报率（最近 {count} 个月，按系统成本 {cost} 计算）',
  'cli-actuals.annualRoi.few': '年度投资回报率（最近 {count} 个月，按系统成本 {cost} 计算）',
  'cli-actuals.annualRoi.many': '年度投资回报率（最近 {count} 个月，按系统成本 {cost} 计算）',
  'cli-actuals.annualRoi.other': '年度投资回报率（最近 {count} 个月，按系统成本 {cost} 计算）',
  'cli-actuals.impliedPayback': '按此速度推算的投资回收期',
  'cli-actuals.reforecastPayback': '按重新预测现金流量计算的投资回收期',
  'cli-actuals.neverAtThisRate': '按此速度永不回收',
  'cli-actuals.periodRoi': '期间投资回报率',
  'cli-actuals.impliedPaybackShort': '推算投资回收期',
  'cli-actuals.quarter': '第 {year} 年第 {quarter} 季度',
  'cli-actuals.year': '第 {year} 年',
  'cli-actuals.underWay': '{period}（截至目前）',
  'cli-actuals.kpi.baseline': '基准值',
  'cli-actuals.kpi.target': '目标值',
  'cli-actuals.kpi.progress': '完成度',
  'cli-actuals.kpi.benefitRealised': '已实现收益',
  'cli-actuals.kpi.higher': '越高越好',
  'cli-actuals.kpi.lower': '越低越好',

  'cli-actuals.summary': '将 CSV 中的实际值（月份、项目、金额）合并到工作簿',
  'cli-actuals.usage': `用法：crm-roi actuals <roi.xlsx> <actuals.csv> -o <out.xlsx> [--lang <语言>]

将实际发生的数据合并到方案中：从由 crm-roi 或加载项创建的工作簿的 ROI 工作表读取方案，
按 CSV 给出的每个月设置各项目的实际值，并像 \`crm-roi workbook\` 一样写入输出工作簿
（更新 ROI 工作表，保留您的其他工作表和单元格；输出文件已存在时写入该文件）。
实际值取代该项目当月经风险调整的计划值；之后 \`crm-roi evaluate\` 会给出计划与实际对比
以及重新预测。

CSV 的标题行包含 month、line 和 amount 三列，顺序和大小写不限（其他列将被忽略），
以 "," 分隔，或者像小数点为逗号的地区中 Excel 所写的那样以 ";" 分隔。UTF-8 编码，
带或不带字节顺序标记（BOM）均可。
  month   "YYYY-MM"、日期 "YYYY-MM-DD"（取其月份）或 "Mar 2025"，范围从开始日期的前一个月
          （初始期）到计算期的最后一个月；本地日期（03/04/2025）或两位数年份将被拒绝，
          不做猜测
  line    项目的 ID，否则为其准确名称（不区分大小写）；两个项目共用的名称将被拒绝：
          请给出 ID。由 KPI 计量的收益项目在此不接受实际值。
  amount  1234.56 或 1,234.56（小数点），负数用负号或括号表示，可带方案货币的符号或代码
          （$1,234.56、USD 99、($50.00)）；小数逗号（1.234,56）将被拒绝，以 ";" 分隔的
          文件中的 1,234 或 1.234 也将被拒绝，因为它们有两种读法。
          空白金额表示尚未知晓：保留已有的实际值。
一个值取代该项目当月的实际值；同一（月份，项目）出现两次即为错误。空行将被跳过。

每个问题都按电子表格的行号报告（标题行为第 1 行）；只有整个 CSV 都正确时才会写入。

选项：
  -o, --output <文件>  要写入的工作簿，.xlsx 文件（可以是输入文件，原地更新）；
                       只有新文件完整写好后才会替换
  --lang <语言>        这些消息的语言：{locales}（默认：取自
                       LC_ALL、LC_MESSAGES 或 LANG，否则为 en）。ROI 工作表保持其创建时
                       的语言，不受环境影响；给出 --lang 时，按该语言重建，
                       与 \`crm-roi workbook --lang\` 相同
  -h, --help           显示此帮助

退出代码：0 已合并并写入；1 文件缺失或无法读取、CSV 有问题或方案无效（不写入任何内容）；
2 用法错误。`,
  'cli-actuals.usage.files.one': '需要一个工作簿和一个 CSV 文件，实际给出 {count} 个文件',
  'cli-actuals.usage.files.few': '需要一个工作簿和一个 CSV 文件，实际给出 {count} 个文件',
  'cli-actuals.usage.files.many': '需要一个工作簿和一个 CSV 文件，实际给出 {count} 个文件',
  'cli-actuals.usage.files.other': '需要一个工作簿和一个 CSV 文件，实际给出 {count} 个文件',
  'cli-actuals.usage.notWorkbook': '{workbook} 不以 .xlsx 结尾：实际值只能写入由 crm-roi 或加载项创建的工作簿',
  'cli-actuals.usage.missingOutput': '缺少 -o <out.xlsx>：含实际值的工作簿要写到哪里',
  'cli-actuals.invalidWorkbook': '{workbook} 中没有有效的方案',
  'cli-actuals.cannotMerge': '无法合并 {csv}',
  'cli-actuals.invalidMerged': '合并 {csv} 的实际值后方案无效',
  'cli-actuals.problems.one': '{what}（{count} 个问题）；未写入任何内容：',
  'cli-actuals.problems.few': '{what}（{count} 个问题）；未写入任何内容：',
  'cli-actuals.problems.many': '{what}（{count} 个问题）；未写入任何内容：',
  'cli-actuals.problems.other': '{what}（{count} 个问题）；未写入任何内容：',
  'cli-actuals.row': '第 {row} 行：{problem}',
  'cli-actuals.merged.one': '已从 {csv} 合并 {count} 个实际值{details}。',
  'cli-actuals.merged.few': '已从 {csv} 合并 {count} 个实际值{details}。',
  'cli-actuals.merged.many': '已从 {csv} 合并 {count} 个实际值{details}。',
  'cli-actuals.merged.other': '已从 {csv} 合并 {count} 个实际值{details}。',
  'cli-actuals.replaced.one': '（其中 {count} 个取代了原有值）',
  'cli-actuals.replaced.few': '（其中 {count} 个取代了原有值）',
  'cli-actuals.replaced.many': '（其中 {count} 个取代了原有值）',
  'cli-actuals.replaced.other': '（其中 {count} 个取代了原有值）',
  'cli-actuals.blank.one': '；{count} 个空白金额未作任何更改',
  'cli-actuals.blank.few': '；{count} 个空白金额未作任何更改',
  'cli-actuals.blank.many': '；{count} 个空白金额未作任何更改',
  'cli-actuals.blank.other': '；{count} 个空白金额未作任何更改',

  'cli-actuals.csv.unreadable': '无法按 CSV 读取：{detail}',
  'cli-actuals.csv.quoteNotClosed': '带引号的值直到文件末尾都没有闭合',
  'cli-actuals.csv.closingQuote': '右引号后面是 {char}，而不是分隔符或行尾',
  'cli-actuals.csv.missingColumns.one': '标题行缺少 {columns} 列（需要 month、line 和 amount；找到的是 {found}）',
  'cli-actuals.csv.missingColumns.few': '标题行缺少 {columns} 列（需要 month、line 和 amount；找到的是 {found}）',
  'cli-actuals.csv.missingColumns.many': '标题行缺少 {columns} 列（需要 month、line 和 amount；找到的是 {found}）',
  'cli-actuals.csv.missingColumns.other': '标题行缺少 {columns} 列（需要 month、line 和 amount；找到的是 {found}）',
  'cli-actuals.csv.foundNothing': '无',
  'cli-actuals.csv.columnTwice': '标题行有两个 {column} 列',
  'cli-actuals.csv.month': '应为月份 "YYYY-MM"、日期 "YYYY-MM-DD" 或 "Mar 2025" 这样的月份，实际为 {got}',
  'cli-actuals.csv.localDate': '应为月份 "YYYY-MM"、日期 "YYYY-MM-DD" 或 "Mar 2025" 这样的月份，实际为 {got}（本地日期在不同国家会被读成不同的月份）',
  'cli-actuals.csv.monthRange': '月份 {month} 超出方案范围，方案从 {first}（初始期）到 {last}',
  'cli-actuals.csv.lineBlank': '项目为空：请给出其 ID 或名称',
  'cli-actuals.csv.noLine': '没有 ID 或名称为 {name} 的项目',
  'cli-actuals.csv.ambiguousLine.one': '{name} 是 {count} 个项目的名称（{ids}）：请给出项目的 ID',
  'cli-actuals.csv.ambiguousLine.few': '{name} 是 {count} 个项目的名称（{ids}）：请给出项目的 ID',
  'cli-actuals.csv.ambiguousLine.many': '{name} 是 {count} 个项目的名称（{ids}）：请给出项目的 ID',
  'cli-actuals.csv.ambiguousLine.other': '{name} 是 {count} 个项目的名称（{ids}）：请给出项目的 ID',
  'cli-actuals.csv.kpi': '{name} 是 KPI，不是项目：KPI 的值应写在方案的 kpis 中，而不是此 CSV 中',
  'cli-actuals.csv.measured': '收益项目 "{line}" 由 KPI "{kpi}" 计量：其实际值来自该 KPI 的值，而不是此 CSV',
  'cli-actuals.csv.duplicate': '项目 "{line}" 在 {month} 的值已在第 {row} 行给出',
  'cli-actuals.csv.twoWays': '{amount} 在以 ";" 分隔的文件中有两种读法（千位分隔符或小数逗号）：请不用千位分隔符，并使用小数点',
  'cli-actuals.csv.decimalComma': '{amount} 使用了小数逗号：应为以 {currency} 计的金额，如 1234.56 或 1,234.56，使用小数点',
  'cli-actuals.csv.amount': '应为以 {currency} 计的金额，如 1234.56 或 1,234.56，实际为 {got}',
  'cli-actuals.csv.tooLarge': '{amount} 的绝对值大于 {max}，不是合理的金额',
};
