import type { CliMessages } from './en';

// Chinese has one plural form: every .one/.few/.many/.other reads the same.
export const cliZhCN: CliMessages = {
  'cli.help': `crm-roi：在命令行中进行 CRM 投资效益分析（成本、收益、净现值、投资回报率、投资回收期）。

用法：crm-roi <命令> [选项]

命令：
{commands}

运行“crm-roi <命令> --help”查看命令的选项。输出语言由 --lang（en、de、fr、pl、zh-CN）
指定，未指定时取自环境变量（LC_ALL、LC_MESSAGES、LANG）。`,
  'cli.unknownCommand': '未知命令“{name}”',
  'cli.internalError': '内部错误：{detail}',

  'cli.usage.unknownOption': '未知选项 {option}',
  'cli.usage.missingFile': '缺少方案文件',
  'cli.usage.oneFile': '应提供一个方案文件，实际为 {count} 个',
  'cli.usage.needsValue': '{option} 需要一个值',
  'cli.usage.givenTwice': '{option} 重复指定',
  'cli.usage.wholeNumber': '{option} 必须是 {min} 到 {max} 之间的整数，实际为 {got}',
  'cli.usage.lang': '--lang 必须是 {locales} 之一，实际为 {got}',

  'cli.invalidCase.one': '{file} 不是有效的方案（{count} 个问题）：',
  'cli.invalidCase.few': '{file} 不是有效的方案（{count} 个问题）：',
  'cli.invalidCase.many': '{file} 不是有效的方案（{count} 个问题）：',
  'cli.invalidCase.other': '{file} 不是有效的方案（{count} 个问题）：',

  'cli.file.empty': '{path} 是空文件',
  'cli.file.notJson': '{path} 不是有效的 JSON：{reason}（第 {line} 行，第 {column} 列）',
  'cli.file.jsonEnd': 'JSON 输入意外结束',
  'cli.file.jsonUnexpected': '意外的字符 {char}，应为{expected}',
  'cli.file.jsonWant.value': '一个值：对象、数组、双引号中的文本、数字、true、false 或 null',
  'cli.file.jsonWant.key': '双引号中的属性名',
  'cli.file.jsonWant.colon': '属性名后的 ":"',
  'cli.file.jsonWant.nextInObject': '属性值后的 "," 或 "{close}"',
  'cli.file.jsonWant.nextInArray': '值后的 "," 或 "{close}"',
  'cli.file.jsonWant.end': '文本结束（值后不应再有内容）',
  'cli.file.jsonWant.digit': '数字',
  'cli.file.jsonWant.escape': '转义序列，如 \\n 或 \\u00e9',
  'cli.file.jsonWant.stringChar': '文本，其中的换行符等控制字符须写成转义序列（\\n）',
  'cli.file.utf16': '{path} 是 UTF-16 文本；请另存为 UTF-8',
  'cli.file.notUtf8': '{path} 不是 UTF-8 文本：字节偏移 {offset} 处（第 {line} 行）有无效字节序列；请另存为 UTF-8',
  'cli.file.notZip': '{path} 不是 .xlsx 工作簿：它不是 ZIP 压缩包，而每个 .xlsx 都是',
  'cli.file.badXlsx': '{path} 不是可读取的 .xlsx 工作簿：{detail}',
  'cli.file.noRoiSheet': '{path}：工作簿中没有由 crm-roi 或加载项创建的 CRM ROI 工作表',
  'cli.file.sheetInputs': '{path}：工作表中有无效的输入：',
  'cli.file.cannotRead': '无法读取 {path}：{reason}',
  'cli.file.cannotWrite': '无法写入 {path}：{reason}',
  'cli.fs.noSuchFile': '文件不存在',
  'cli.fs.noFolder': '所在文件夹不存在',
  'cli.fs.permission': '权限不足',
  'cli.fs.isDirectory': '这是一个文件夹',
  'cli.fs.notDirectory': '路径中的某一部分是文件而不是文件夹',
  'cli.fs.noSpace': '磁盘空间不足',
  'cli.fs.quota': '磁盘配额已用完',
  'cli.fs.tooBig': '文件将超过文件大小上限',
  'cli.fs.readOnly': '文件系统为只读',
  'cli.fs.nameTooLong': '名称过长',
  'cli.fs.loop': '符号链接层数过多',

  'cli.percent': '{value}%',
  'cli.months': '{value} 个月',
  'cli.monthNumber': '第 {month} 个月（{calendar}）',
  'cli.never': '未回收',
  'cli.notAvailable': '不适用',

  'cli.metric.TOTAL_COSTS': '总成本',
  'cli.metric.TOTAL_BENEFITS': '总收益',
  'cli.metric.NET_BENEFIT': '净收益',
  'cli.metric.PV_COSTS': '成本现值',
  'cli.metric.PV_BENEFITS': '收益现值',
  'cli.metric.ROI': '投资回报率（名义，未折现）',
  'cli.metric.ROI_PV': '投资回报率（现值，TEI 口径）',
  'cli.metric.BCR': '效益费用比（现值）',
  'cli.metric.IRR': '内部收益率（年化）',
  'cli.metric.PAYBACK': '静态投资回收期（月）',
  'cli.metric.PAYBACK_DISCOUNTED': '动态投资回收期（月）',
  'cli.metric.BREAK_EVEN': '盈亏平衡月份',
  'cli.metric.PEAK_FUNDING_MONTH': '最大资金需求月份',

  'cli.evaluate.summary': '评估方案文件，输出净现值、投资回报率、内部收益率和投资回收期',
  'cli.evaluate.usage': `用法：crm-roi evaluate <case.json | roi.xlsx> [--json] [--lang <语言>]

校验方案文件，生成按月现金流量表并输出各项指标：合计、现值、净现值、投资回报率
（名义口径和现值口径）、效益费用比、内部收益率、投资回收期（静态和动态）、盈亏平衡
月份以及分年度表，每项合计同时给出风险调整前的数值。如有三点估计，还会并列给出保守、
预期和乐观三种情景，以及净现值敏感性分析（龙卷风图），按波动幅度从大到小排列。
如有实际值（\`crm-roi actuals\` 从 CSV 合并），还会给出计划与实际对比：截至目前的数值及其
差异（按项目）；与计划并列的重新预测（已知取实际，其后取计划）；已实现的年度投资回报率
及其推算的投资回收期；各季度和年度的期间投资回报率；以及各 KPI 与基准值、目标值的对比。
方案格式见 docs/case-format.md；examples/ 中有示例方案。
由 \`crm-roi workbook\` 生成的 .xlsx 会从其 ROI 工作表读取，包括您的修改。

选项：
  --json             以 JSON 输出指标（错误为 {errorJson}）；
                     "unadjusted"、"scenarios" 和 "sensitivity" 与指标并列，
                     方案有实际值或 KPI 时还有 "actuals"、"reforecast" 和 "kpis"。
                     各语言下完全相同
  --lang <语言>      文本语言：{locales}（默认取自
                     LC_ALL、LC_MESSAGES 或 LANG，否则为 en）
  -h, --help         显示本帮助

退出码：0 评估完成；1 文件不存在、不是 JSON 或不是有效的方案（所有问题都列在 stderr 中）；
2 用法错误。`,
  'cli.evaluate.case': '方案',
  'cli.evaluate.horizon.one': '自 {start} 起 {count} 个月（{first} – {last}）',
  'cli.evaluate.horizon.few': '自 {start} 起 {count} 个月（{first} – {last}）',
  'cli.evaluate.horizon.many': '自 {start} 起 {count} 个月（{first} – {last}）',
  'cli.evaluate.horizon.other': '自 {start} 起 {count} 个月（{first} – {last}）',
  'cli.evaluate.rate': '年 {annual}（月 {monthly}）',
  'cli.evaluate.withUnadjusted': '{value}  （风险调整前：{unadjusted}）',
  'cli.evaluate.year': '年度',
  'cli.evaluate.months': '月份',
  'cli.evaluate.costs': '成本',
  'cli.evaluate.benefits': '收益',
  'cli.evaluate.net': '净额',
  'cli.evaluate.cumulativeNet': '累计净额',
  'cli.evaluate.initial': '初始期',
  'cli.evaluate.scenario': '情景',
  'cli.evaluate.conservative': '保守',
  'cli.evaluate.expected': '预期',
  'cli.evaluate.optimistic': '乐观',
  'cli.evaluate.sensitivity': '净现值敏感性',
  'cli.evaluate.swing': '波动幅度',

  'cli.simulate.summary': '对三点估计进行蒙特卡洛模拟：P10/P50/P90 的净现值、投资回报率和投资回收期',
  'cli.simulate.usage': `用法：crm-roi simulate <case.json | roi.xlsx> [--iterations N] [--seed S] [--pert] [--json] [--lang <语言>]

对方案中的三点估计（驱动因素写作 {estimate}）进行
蒙特卡洛模拟：每次抽样为每个估计值在其范围内独立取值，并评估方案。输出净现值、投资回报率
（现值口径）和静态投资回收期的 P10、P50、P90 及均值，以及净现值为正、在计算期内收回投资
的抽样比例。没有估计值的方案在每次抽样中都是其预期情景。方法见 docs/finance.md
（“Monte Carlo simulation”）。

选项：
  --iterations N     抽样次数，1 到 {maxIterations} 之间的整数（默认 {iterations}）
  --seed S           随机数生成器的种子，0 到 {maxSeed} 之间的整数（默认 {seed}）；
                     相同的种子得到相同的结果
  --pert             从 Beta-PERT 分布而不是三角分布中抽样
  --json             以 JSON 输出结果（null：计算期内未收回投资，或没有成本的投资回报率）。
                     各语言下完全相同
  --lang <语言>      文本语言：{locales}（默认取自
                     LC_ALL、LC_MESSAGES 或 LANG，否则为 en）
  -h, --help         显示本帮助

退出码：0 模拟完成；1 文件不存在、不是 JSON 或不是有效的方案（所有问题都列在 stderr 中）；
2 用法错误。`,
  'cli.simulate.draws': '抽样次数',
  'cli.simulate.drawsValue': '{count}，种子 {seed}',
  'cli.simulate.estimates': '三点估计',
  'cli.simulate.estimatesTriangular': '{count} 个，均从三角分布中独立抽样',
  'cli.simulate.estimatesPert': '{count} 个，均从 Beta-PERT 分布中独立抽样',
  'cli.simulate.estimatesNone': '方案中没有：每次抽样都是预期情景，下面的每个数字也是',
  'cli.simulate.mean': '均值',
  'cli.simulate.npvPositive': '净现值为正',
  'cli.simulate.paysBack.one': '{count} 个月内收回投资',
  'cli.simulate.paysBack.few': '{count} 个月内收回投资',
  'cli.simulate.paysBack.many': '{count} 个月内收回投资',
  'cli.simulate.paysBack.other': '{count} 个月内收回投资',
  'cli.simulate.share': '占抽样的 {share}（{total} 次中 {hits} 次）',

  'cli.workbook.summary': '将方案写成带实时公式的 .xlsx 工作簿',
  'cli.workbook.usage': `用法：crm-roi workbook <case.json | roi.xlsx> [-o <file.xlsx>] [--sheet <名称>]

将方案写成 Excel 工作簿：ROI 工作表（输入、由实时公式构成的按月现金流量表、汇总指标、
命名区域、两张图表：含回收点的累计净现金流量，以及各年度成本与收益）和保存方案 JSON 的
“{caseSheet}”工作表。文件可在 Excel、LibreOffice 和 Google 表格中打开并重新计算。

输出工作簿已存在时，会像加载项编辑打开的工作簿一样就地编辑：同名 ROI 工作表若由 crm-roi
写入则更新，否则新增一个 ROI 工作表；其他工作表、图表、名称和属性都保留，您的每个单元格
也都保留，即使在 ROI 工作表内。若您的单元格位于工作表需要的位置，写入会停止并指出该单元格。
对于它之前生成的 .xlsx，它会读回 ROI 工作表（包括您对输入和备注的修改），并以工作表
当前的名称在原处重建。

选项：
  -o, --output <文件>  写入位置，一个 .xlsx 文件（默认：方案文件名加 .xlsx，位于当前目录）；
                       不会是方案文件本身，除非它是就地重建的 .xlsx。新文件完整写好后才替换
                       旧文件：写入失败时旧文件保持原样。
  --sheet <名称>       ROI 工作表的名称（默认“CRM ROI”），遵循 Excel 的规则：1 到 31 个字符，
                       不含 : \\ / ? * [ ] 或控制字符，首尾不能是撇号，不能是“History”或“{caseSheet}”
  --lang <语言>        工作表及本消息的语言：{locales}。
                       默认：更新或重建时沿用工作表原有语言，否则为 en。
  -h, --help           显示本帮助

退出码：0 已写入；1 方案文件不存在、不是 JSON 或不是有效的方案（所有问题都列在 stderr 中，
不写入任何内容），输出即方案文件，或文件无法写入；2 用法错误。`,
  'cli.workbook.invalidCase.one': '{file} 不是有效的方案（{count} 个问题），未写入任何内容：',
  'cli.workbook.invalidCase.few': '{file} 不是有效的方案（{count} 个问题），未写入任何内容：',
  'cli.workbook.invalidCase.many': '{file} 不是有效的方案（{count} 个问题），未写入任何内容：',
  'cli.workbook.invalidCase.other': '{file} 不是有效的方案（{count} 个问题），未写入任何内容：',
  'cli.workbook.outputIsCase': '输出 {output} 就是方案文件 {file}；在那里写入工作簿会覆盖您的方案。请另选 -o。',
  'cli.workbook.notXlsx': '输出 {output} 的扩展名不是 .xlsx；Excel 和 crm-roi 都靠这个扩展名识别工作簿',
  'cli.workbook.notWritten': '{problem}；未写入任何内容',
  'cli.workbook.sheet': '工作表“{sheet}”（{owned}，公式 {formulas} 个，命名区域 {names} 个）',
  'cli.workbook.updated': '已在 {output} 中更新{sheet}；工作簿中的其他内容保持不变。',
  'cli.workbook.added': '已在 {output} 中添加{sheet}；工作簿中的其他内容保持不变。',
  'cli.workbook.wrote': '已写入 {output}：{sheet}和工作表“{caseSheet}”。',
};
