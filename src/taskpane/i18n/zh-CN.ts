import type { ReasonTemplates } from "../../core/reasons";
import type { StaticColumnReason } from "../../reports/live-warnings";
import type { ScatterNote } from "../../reports/nine-grid-chart";
import type { Strings } from "./en-US";
import {
  ModelTemplates,
  ReportOptionStrings,
  ReportStrings,
  wordModelIssue,
  wordReason,
  wordSummary,
} from "./messages";

const num = (x: number) => x.toLocaleString("zh-CN");
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** What the Nine-Grid scatter did on its own: the sheet's notes under the chart, said in the pane too. */
const scatterNote = (note: ScatterNote): string =>
  note.code === "scatterAutoLog"
    ? `图表的${note.axes.map((a) => (a === "contribution" ? "贡献度" : "潜在价值")).join("和")}坐标轴使用对数刻度：数值跨越超过三个数量级。`
    : `${num(note.count)} 个贡献度或潜在价值为零的客户未在对数刻度上绘出；矩阵中仍计入这些客户。`;

/** Each report's title, introduction and summary, in Chinese. */
const REPORT_TEXT: ReportStrings = {
  nineGrid: {
    title: "九宫格",
    intro: "按贡献度 × 潜在价值为每个客户分级，生成矩阵、级别汇总和散点图。",
    summary: (d) =>
      `九宫格共 ${num(d.accounts)} 个客户：A ${num(d.tiers.A)}、B ${num(d.tiers.B)}、C ${num(d.tiers.C)}、D ${num(d.tiers.D)}` +
      (d.unbanded ? `；${num(d.unbanded)} 个客户缺少贡献度或潜在价值` : "") +
      (d.pendingOverrides ? `；${num(d.pendingOverrides)} 个手动调级待审批` : "") +
      "。" +
      d.chartNotes.map(scatterNote).join(""),
  },
  coverage: {
    title: "客户覆盖",
    intro: "显示谁覆盖哪个客户，标出未覆盖与冲突，并检查每位销售的客户数。",
    summary: (d) =>
      `客户覆盖共 ${num(d.accounts)} 个客户：未覆盖 ${num(d.uncovered)} 个，冲突 ${num(d.conflicts)} 个，` +
      `未指名重点客户 ${num(d.unnamedKeyAccounts)} 个，过度覆盖 ${num(d.overServed)} 个；` +
      `${num(d.repLoadViolations)} 位销售违反客户负荷规则。`,
  },
  pipeline: {
    title: "商机阶段",
    intro: "阶段漏斗：在手、加权、到达、转化、停留天数与停滞商机，按期间划分。",
    summary: (d) =>
      `在手商机 ${num(d.openCount)} 个（金额 ${num(Math.round(d.openAmount))}，加权 ${num(Math.round(d.weighted))}）；` +
      `赢率 ${d.winRate === null ? "无" : `${Math.round(d.winRate * 100)}%`}；停滞 ${num(d.stalled)} 个。`,
  },
  quotas: {
    title: "指名客户指标",
    intro: "每位销售的指标与完成、指名客户占比以及商机覆盖率。",
    summary: (d) => `指标完成情况：共 ${num(d.reps)} 位销售，${num(d.met)} 位达到或超过指标。`,
  },
  keyAccounts: {
    title: "重点客户（ESP）",
    intro:
      "为重点客户创建客户规划、状态评估问卷和行动计划表，并据此评审：目标与赢单、规划、各领域状态评分、行动，以及每位客户经理的第八步考核。",
    summary: (d) =>
      `重点客户评审共 ${num(d.accounts)} 个重点客户：无规划 ${num(d.noPlan)} 个，未评估 ${num(d.noAssessment)} 个，` +
      `评估过期 ${num(d.stale)} 个，行动逾期 ${num(d.overdue)} 个。`,
  },
  keyProjects: {
    title: "重点跟踪项目",
    intro: "重点客户、A/B 类项目或超过金额门槛的在手商机，按加权金额排序，并注明列为重点的原因。",
    summary: (d) =>
      `重点项目 ${num(d.projects)} 个，金额 ${num(Math.round(d.amount))}（加权 ${num(Math.round(d.weighted))}）；` +
      `停滞 ${num(d.stalled)} 个。`,
  },
  contractExecution: {
    title: "合同执行情况",
    intro: "每份合同的开票、回款、应收余额与逾期情况，并按负责人和大区汇总。",
    summary: (d) =>
      `合同 ${num(d.contracts)} 份，金额 ${num(Math.round(d.amount))}：已回款 ${num(Math.round(d.received))}，` +
      `应收余额 ${num(Math.round(d.outstanding))}；逾期 ${num(d.overdue)} 份（${num(Math.round(d.overdueOutstanding))}）。`,
  },
  repPerformance: {
    title: "人员绩效考核",
    intro: "每位销售的指标、赢单与完成率，新客户与新行业赢单，有历史表时加入商机升迁速度与成功率。",
    summary: (d) =>
      `人员绩效共 ${num(d.reps)} 位销售：${num(d.met)} 位达到或超过指标；新客户赢单 ${num(d.newCustomerWins)} 个，` +
      `新行业赢单 ${num(d.newIndustryWins)} 个${d.history ? "；含历史指标" : ""}。`,
  },
  regionalComposition: {
    title: "大区销售构成",
    intro: "按大区 × 行业（或项目等级）统计赢单金额、各格占比，以及与上年同期相比的变化。",
    summary: (d) =>
      `赢单 ${num(Math.round(d.total))}，共 ${num(d.regions)} 个大区、${num(d.columns)} 列` +
      (d.change === null ? "" : `，较上年同期 ${d.change >= 0 ? "+" : ""}${Math.round(d.change * 100)}%`) +
      "。",
  },
  customerPurchases: {
    title: "客户购买统计",
    intro: "每个客户近几年各年的赢单金额、赢单数、是否复购、增长率与最近购买日期。",
    summary: (d) =>
      `${d.years.length ? `${d.years[0]}–${d.years[d.years.length - 1]} 年` : ""}共 ${num(d.accounts)} 个客户购买，` +
      `金额 ${num(Math.round(d.amount))}；复购客户 ${num(d.repeat)} 个。`,
  },
  movement: {
    title: "商机升迁状况",
    intro:
      "对比商机历史的两个快照：阶段流转、管道金额变化、收回与倒退的商机、人员绩效，以及（有线索表时）每周线索升迁状况。",
    summary: (d) => {
      if (d.t0 === null || d.t1 === null)
        return `未能对比：${d.problem ? wordReason(REASONS, { ...d.problem, reason: "" }) : ""}。`;
      const c = d.counts;
      return (
        `${d.t0}${d.asked0 ? `（对应 ${d.asked0}）` : ""} → ${d.t1}${d.asked1 ? `（对应 ${d.asked1}）` : ""}：新增 ${num(c.New)}、推进 ${num(c.Advanced)}、倒退 ${num(c.Slipped)}、` +
        `赢单 ${num(c.Won)}、丢单 ${num(c.Lost)}、收回 ${num(c.Dropped)}；` +
        `未结管道 ${num(Math.round(d.startAmount))} → ${num(Math.round(d.endAmount))}。`
      );
    },
  },
};

/** Report options a pane control sets, by option key, in Chinese. */
const OPTIONS: ReportOptionStrings = {
  segmentBy: { label: "分组依据", choices: { none: "不分组", industry: "行业", region: "区域" } },
  splitBy: {
    label: "拆分依据",
    choices: { none: "不拆分", region: "区域", tier: "级别", owner: "负责人", projectClass: "项目等级" },
  },
  period: { label: "期间", choices: { month: "月", quarter: "季度", half: "半年", year: "年" } },
  perSegmentMatrices: { label: "每个分组一个矩阵" },
  logScale: { label: "对数坐标轴" },
  topNames: { label: "每格列出的客户名称数" },
  weightBy: { label: "加权依据", choices: { stage: "阶段赢率", row: "每个商机自己的赢率" } },
  keyProjectTiers: {
    label: "重点客户级别",
    choices: { AB: "A 级和 B 级", A: "仅 A 级", ABC: "A、B、C 级", none: "不按级别" },
  },
  keyProjectMinAmount: {
    label: "按金额列为重点",
    choices: {
      none: "不按金额",
      "100000": "10 万及以上",
      "500000": "50 万及以上",
      "1000000": "100 万及以上",
      "5000000": "500 万及以上",
    },
  },
  contractSplit: { label: "汇总依据", choices: { both: "负责人和大区", owner: "负责人", region: "大区" } },
  overdueDays: {
    label: "逾期天数",
    choices: { "30": "30 天", "60": "60 天", "90": "90 天", "120": "120 天", "180": "180 天" },
  },
  historyWeeks: {
    label: "历史窗口",
    choices: { "4": "4 周", "13": "13 周", "26": "26 周", "52": "52 周" },
  },
  regionalColumns: { label: "列", choices: { industry: "行业", projectClass: "项目等级" } },
  regionalPeriod: { label: "年度", choices: { thisYear: "本年至今", lastYear: "上一年", allYears: "全部年份" } },
  purchaseYears: { label: "年数", choices: { "2": "2 年", "3": "3 年", "4": "4 年", "5": "5 年" } },
  movementCompare: {
    label: "对比快照",
    choices: { previous: "上一个快照", "4weeks": "4 周前", "13weeks": "13 周前" },
  },
  movementSplitBy: {
    label: "阶段流转细分",
    choices: { none: "不细分", owner: "负责人", region: "区域", projectClass: "项目等级" },
  },
  language: {
    label: "报告语言",
    choices: { pane: "跟随任务窗格", en: "English", zh: "中文" },
  },
  // 日期选项的 "" 是留空的含义（日期输入框的提示）；"default" 是快照日期列表中留空选项的简短说法。
  movementFrom: {
    label: "起始快照",
    choices: { "": "留空：按“对比快照”；填日期则取该日或之前最近的快照", default: "按“对比快照”" },
  },
  movementTo: {
    label: "截止快照",
    choices: { "": "留空：报告日期当天或之前最近的快照", default: "报告日期当天或之前最近的快照" },
  },
};

const TABLE_NAMES = {
  accounts: "客户",
  opportunities: "商机",
  assignments: "客户覆盖",
  quotas: "指标",
  rates: "汇率",
  contracts: "合同",
  history: "商机历史",
  leads: "线索",
};

const FIELD_NAMES: Record<string, string> = {
  accountId: "客户编号",
  name: "客户名称",
  industry: "行业",
  region: "区域",
  contribution: "贡献度",
  potential: "潜在价值",
  reference: "示范作用",
  winnability: "能赢能做",
  manualTier: "手动调级",
  approver: "审批人",
  opportunityId: "商机编号",
  account: "客户",
  owner: "负责人",
  stage: "阶段",
  status: "状态",
  amount: "金额",
  created: "创建日期",
  stageEntered: "进入阶段日期",
  expectedClose: "预计签约日期",
  projectClass: "项目等级",
  rep: "销售",
  team: "团队",
  teamType: "团队类型",
  role: "角色",
  credit: "业绩比例",
  quota: "指标",
  namedQuota: "指名客户指标",
  lastYearNamed: "去年指名客户业绩",
  "opportunities.name": "商机名称",
  probability: "赢率",
  nextStep: "下一步",
  currency: "币种",
  rate: "折算汇率",
  previousTier: "上期分级",
  snapshot: "快照日期",
  entered: "进入阶段日期",
  leadId: "线索编号",
  company: "公司",
  source: "线索来源",
  convertedOpportunityId: "转化商机编号",
  convertedDate: "转化日期",
  contractId: "合同编号",
  "contracts.name": "合同名称",
  "contracts.amount": "合同金额",
  signed: "签订日期",
  invoiced: "已开票",
  received: "已回款",
  deliveryStatus: "交付状态",
};

/** A field key (or table kind) as the Chinese pane names it, quoted. */
const field = (key: string) => `“${FIELD_NAMES[key] ?? key}”`;
const table = (kind: string) => TABLE_NAMES[kind as keyof typeof TABLE_NAMES] ?? kind;

/** Why a cell or row is unusable (src/core/reasons.ts), in Chinese. */
const REASONS: ReasonTemplates = {
  notFinite: () => "不是有效的数字",
  booleanNotNumber: (p) => `应为数字，实际为 ${p.value}`,
  excelError: (p) => `Excel 错误 ${p.error}`,
  notANumber: (p) => `“${p.text}”不是数字`,
  percentOutOfRange: (p) => `百分比 ${p.value} 超出 0–100% 范围`,
  serialNotADate: (p) => `${p.value} 不是日期`,
  dateFormattedAs: (p) => `${p.value} 的格式为${p.as === "percent" ? "百分比" : "货币"}（${p.format}），不是日期`,
  numberNotADate: (p) => `${p.value} 不是日期（其格式为 ${p.format}；请将单元格设为日期格式）`,
  invalidDate: (p) => `“${p.text}”不是有效日期`,
  ambiguousDate: (p) => `“${p.text}”无法确定日和月；请使用 yyyy-mm-dd 格式`,
  textNotADate: (p) => `“${p.text}”不是日期`,
  requiredBlank: (p) => `必填字段${field(p.field)}为空`,
  blank: () => "为空",
  negativeAmount: (p) => `${field(p.field)}为负数（${p.value}）`,
  notATier: (p) => `“${p.text}”不是 A–D 级别`,
  notAStatus: (p) => `“${p.text}”不是有效状态（进行中、赢单或丢单）`,
  unknownStage: (p) => `未知阶段“${p.text}”`,
  notATeamType: (p) => `“${p.text}”不是有效的团队类型（区域销售、大客户销售、方案销售或合作伙伴）`,
  notARole: (p) => `“${p.text}”不是有效角色（主责或协同）`,
  missingColumn: (p) => `没有与必填字段${field(p.field)}对应的列`,
  notAField: (p) => `“${p.field}”不是${table(p.table)}表的字段`,
  columnOutside: (p) => `为${field(p.field)}指定的第 ${p.column} 列超出表格范围`,
  noSuchColumn: (p) => `没有名为“${p.header}”的列可对应${field(p.field)}`,
  duplicateAccount: (p) => `客户键“${p.key}”重复（首次出现在第 ${p.firstRow} 行）`,
  unknownAccount: (p) => `客户“${p.account}”不在客户表中`,
  duplicateQuota: (p) => `销售“${p.rep}”已在第 ${p.firstRow} 行设有指标`,
  cutOrder: (p) => `分界 1（${p.cut1}）不能大于分界 2（${p.cut2}）`,
  currencyMismatch: (p) => `${p.column} 列中出现 ${p.currency} 金额`,
  noRate: (p) => `汇率表中没有 ${p.currency} 的汇率`,
  dateOrderAssumed: (p) =>
    `列中没有日期能判断日月顺序，按 Office 显示语言 ${p.language} 读作${p.order === "mdy" ? "月/日" : "日/月"}`,
  blankAmountZero: (p) => `${p.field} 为空，按 0 计`,
  stageContradictsStatus: (p) => `阶段“${p.stage}”与状态“${p.status}”矛盾`,
  possibleDuplicate: (p) => `可能与第 ${p.otherRow} 行的“${p.name}”重复（名称相同、编号不同）`,
  suggestedColumn: (p) => `${p.field} 取自“${p.header}”：请核对，公司营收不等于它向我们的采购额`,
  notAScore: (p) => `“${p.text}”不是有效评分：请填写 0 到 5 的整数，未评估则留空`,
  notAPlanStatus: (p) => `“${p.text}”不是有效的规划状态（草稿或已确认）`,
  notAnActionStatus: (p) => `“${p.text}”不是有效的行动状态（进行中、已完成或已放弃）`,
  notAnArea: (p) => `“${p.text}”不是有效的评估领域（关系、需求与价值、竞争、决策与预算）`,
  unknownQuestion: (p) => `问题编号“${p.questionId}”不在 Ninegrid 问题库中；按您自定义的问题计入，使用该行的领域和权重`,
  duplicatePlan: (p) => `“${p.account}”已在第 ${p.firstRow} 行有客户规划`,
  duplicateAnswer: (p) => `“${p.account}”已在第 ${p.firstRow} 行回答了问题 ${p.questionId}`,
  notALeadStatus: (p) => `“${p.text}”不是线索状态（新建、跟进、已转化或已收回）`,
  historyNeedsDate: () => "历史表需要快照日期列（快照日期、统计日期）或进入阶段日期列",
  historyKeyedByName: () => "没有商机编号列：按客户和商机名称区分商机，请确认它们不重复",
  historyNoKey: () => "没有商机编号，也没有客户和商机名称，无法区分这条商机",
  duplicateHistoryRow: (p) => `商机“${p.key}”在 ${p.date} 已有一行（第 ${p.firstRow} 行）`,
  duplicateLead: (p) => `线索编号“${p.key}”重复（首次出现在第 ${p.firstRow} 行）`,
  needTwoSnapshots: (p) => `升迁对比需要两个快照日期，历史表只有 ${p.found} 个`,
  noSnapshotBefore: (p) => `${p.date} 当天或之前没有快照`,
  snapshotsOutOfOrder: (p) => `第一个快照（${p.t0}）必须早于第二个（${p.t1}）`,
  duplicateContract: (p) => `合同编号“${p.id}”重复（首次出现在第 ${p.firstRow} 行）`,
  aboveContractAmount: (p) => `${field(p.field)} ${p.value} 超过合同金额 ${p.amount}`,
  unknownOpportunity: (p) => `商机“${p.id}”不在商机表中`,
  movementDateBeforeHistory: (p) =>
    `${p.option === "from" ? "起始快照" : "截止快照"} ${p.date}：历史表中没有该日或之前的快照，最早的是 ${p.first}`,
  movementDatesReversed: (p) => `起始快照 ${p.from} 必须早于截止快照 ${p.to}`,
  movementFromNotBefore: (p) => `起始快照 ${p.from} 取到 ${p.t0} 的快照，不早于截止快照（${p.t1}），请选更早的日期`,
};

/** Model validation messages (src/core/schemas.ts), in Chinese. */
const MODEL_ISSUES: ModelTemplates = {
  percentileFormat: () => "百分位分界应写成“P50”这样的形式",
  percentileMax: () => "百分位分界最大为 P100",
  nonNegative: () => "必须大于或等于 0",
  fraction: () => "必须在 0 到 1 之间",
  weightsAllZero: () => "权重不能全部为 0",
  tierMapRowCells: () => "级别矩阵每行需要 3 个单元格",
  tierMapRows: () => "级别矩阵需要 3 行",
  stageNameNeeded: () => "阶段需要名称",
  stagesAtLeastOne: () => "至少需要一个阶段",
  stageNamesUnique: () => "阶段名称不能重复",
  minNamedAboveMax: () => "最少指名客户数不能大于最多指名客户数",
  isoDate: () => "日期格式为 yyyy-mm-dd",
  expectedNumber: () => "必须是数字",
  expectedInteger: () => "必须是整数",
  tooSmall: (p) => `不能小于 ${p.limit}`,
  tooBig: (p) => `不能大于 ${p.limit}`,
  invalidOption: (p) => `必须是以下之一：${p.options}`,
};

/** 简体中文界面文字。Keys mirror en-US.ts; the type makes a missing key a compile error. */
export const zhCN: Strings = {
  languageName: "中文",
  appTitle: "Ninegrid 九宫格",
  appTagline: "大客户分级、客户覆盖、商机阶段与指标报表。",
  notInExcel: "Ninegrid 需在 Excel 中运行：请从“开始”选项卡的 Ninegrid 按钮打开。",
  language: "语言",
  sampleVariant: "示例",
  sampleVariants: { standard: "Ninegrid 标准表", salesforce: "Salesforce 导出" },
  insertSample: "插入示例工作簿",
  insertingSample: "正在插入示例工作簿…",
  sampleInserted: (sheets: string) => `示例工作簿已插入到工作表 ${sheets}，其表格已在下方选为数据源。`,
  sampleDateSet: (date: string) => `报表日期已设为示例日期 ${date}。`,
  unsupported: "Excel 版本不受支持",
  unsupportedDetail: (set: string, version: string) =>
    `此版本的 Excel 不支持 Ninegrid 报表所需的 ${set} ${version}。请使用更新到最新版本的 Microsoft 365 Excel（Windows、Mac 或网页版）。`,
  date1904: (sheet: string) =>
    `此工作簿使用 1904 日期系统，而 ${sheet} 含有日期列。Ninegrid 只按 1900 日期系统读取日期，否则日期会相差四年；请把数据复制到使用 1900 日期系统的工作簿中。`,
  cellEditMode: "Excel 正处于单元格编辑模式：请在工作表中按 Enter 或 Esc，然后重试。",
  rowTooLarge: (address: string) =>
    `${address} 中有一行超出 Excel 单次请求的上限，因此未写入任何内容。请缩短该行最长的文本后重试。`,
  partLoadFailed:
    "Ninegrid 未能下载执行此操作所需的部分程序，因此未写入任何内容。请检查网络连接后重试；如仍失败，请关闭并重新打开任务窗格。",
  tabs: {
    data: "数据",
    model: "模型",
    nineGrid: "九宫格",
    coverage: "客户覆盖",
    pipeline: "商机阶段",
    quotas: "指标",
    pack: "月度报告包",
    keyAccounts: "重点客户",
    keyProjects: "重点项目",
    contractExecution: "合同执行",
    repPerformance: "人员绩效",
    regionalComposition: "大区构成",
    customerPurchases: "客户购买",
    movement: "商机变动",
  },
  panesLabel: "Ninegrid 面板",
  error: "出现错误",
  dismiss: "关闭",
  list: (items) => items.join("、"),

  dataTitle: "数据源表格",
  dataIntro: "为每个清单选择对应的 Excel 表格。列按标题自动识别，可在下方修改对应关系。",
  refreshTables: "刷新表格列表",
  loadingTables: "正在读取工作簿中的表格…",
  noTables: "此工作簿还没有 Excel 表格。请将清单设为表格 (Ctrl+T)，或插入示例工作簿。",
  kinds: TABLE_NAMES,
  sourceFor: (kind: string) => `${kind}表格`,
  noSource: "（无）",
  tableOption: (name: string, sheet: string, rows: number) => `${name} — ${sheet}，${rows.toLocaleString()} 行`,
  useRange: "使用区域",
  useRangeHint:
    "清单不是表格？选中它（或在只含该清单的工作表中选一个单元格），再点击“使用区域”。标题上方的说明行会被跳过。",
  rangeOption: (name: string, rows: number) => `${name} — 区域，${rows.toLocaleString()} 行`,
  rangeAdded: (name: string, kind: string | null) =>
    kind ? `区域 ${name} 已设为${kind}的数据源。` : `已添加区域 ${name}：请在下方为某个清单选择它。`,
  rangeNote:
    "这是普通区域。报表会按原样读取，但实时公式不会包含之后在下方新增的行：如需实时报表，请将其转换为 Excel 表格。",
  convertToTable: "转换为表格…",
  convertConfirm: (range: string, name: string) =>
    `将 ${range} 转换为名为 ${name} 的 Excel 表格？只有标题行和数据行会成为表格，上方的说明行保持不变。单元格的值不会改变，Excel 会添加表格格式和筛选按钮。`,
  convertYes: "转换",
  convertNo: "取消",
  converted: (name: string) => `已转换为表格 ${name}，并设为此清单的数据源。`,
  convertRefused: (reason: "blankHeader" | "duplicateHeader", column: number, header: string) =>
    reason === "blankHeader"
      ? `标题行第 ${column} 列为空：请先为其命名（否则 Excel 会将其命名为“Column${column}”）。`
      : `标题“${header}”出现了两次：请先重命名其中一个（否则 Excel 会自动重命名）。`,
  columnMapping: (kind: string) => `${kind}列`,
  notMapped: "（不使用）",
  required: "必填",
  missingRequired: (fields: string) => `未找到必填列：${fields}。请在下方选择。`,
  checkData: "检查数据",
  checking: "正在检查…",
  validationTitle: "数据校验",
  rowsRead: (kind: string, read: number, skipped: number) =>
    `${kind}：读取 ${read.toLocaleString()} 行，跳过 ${skipped.toLocaleString()} 行`,
  allRowsGood: "所有行均可使用。",
  firstErrors: (shown: number, total: number) => `共 ${total} 个问题，显示前 ${shown} 个（点击可选中单元格）：`,
  errorAt: (sheet: string, row: number, column: string, reason: string) =>
    `${sheet} 第 ${row} 行${column ? `，${column}` : ""}：${reason}`,
  reason: (e) => wordReason(REASONS, e),
  warningsCount: (n: number) => `${n} 条提示，例如商机的客户不在客户表中。`,
  checkStale: "检查之后表格、列对应关系或商机阶段已更改，以下结果可能已过时。",
  checkAgain: "重新检查",
  fields: FIELD_NAMES,

  modelTitle: "评分与分级模型",
  modelWarningTitle: "未使用已保存的设置",
  settingsWarning: (w) =>
    w.code === "unreadable"
      ? "无法读取已保存的 Ninegrid 设置；再次保存之前使用默认设置。"
      : `已保存的 Ninegrid 设置无效（${w.errors.join("；")}）；再次保存之前使用默认设置。`,
  weightsTitle: "维度权重",
  weightsSum: (sum: string) => `合计：${sum}（按 100% 归一）`,
  dims: { contribution: "贡献度", potential: "潜在价值", reference: "示范作用", winnability: "能赢能做" },
  method: "标准化方法",
  methods: { rank: "百分比排名（默认）", minmax: "最小–最大", none: "不处理（原值）" },
  cutsTitle: "各轴分界",
  cutsHelp: "填数字，或百分位如 P50。低于分界 1 为 L，达到分界 2 为 H。",
  axis: { contribution: "贡献度", potential: "潜在价值" },
  cut: (axis: string, k: number) => `${axis}分界 ${k}`,
  segmentOverrides: "分组分界",
  segmentLabel: "分组",
  addOverride: "添加分组分界",
  remove: "删除",
  tierMapTitle: "分级矩阵",
  tierMapHelp: "行：贡献度档位。列：潜在价值档位。",
  tierCell: (c: string, p: string) => `贡献度 ${c}、潜在价值 ${p} 的级别`,
  bands: { H: "高", M: "中", L: "低" },
  topTitle: "重点客户（前 X%）",
  topDefault: "前 X%（默认）",
  topForSegment: "该分组前 X%",
  addTopSegment: "添加分组前 X%",
  stagesTitle: "商机阶段",
  stageName: "阶段",
  stageProbability: "赢率 %",
  stageStall: "停滞天数",
  moveUp: (name: string) => `上移 ${name}`,
  moveDown: (name: string) => `下移 ${name}`,
  removeStage: (name: string) => `删除 ${name}`,
  addStage: "添加阶段",
  newStage: "新阶段",
  stageAliases: "其他名称",
  stageAliasesHint: "数据中的其他写法，用逗号分隔（立项、Closed Won、qualifiedtobuy）",
  stagePreset: "从预设开始",
  stagePresetNone: "选择预设…",
  stagePresetNames: { TAS: "TAS（默认）", Salesforce: "Salesforce", HubSpot: "HubSpot" },
  presetOfferTitle: "阶段列符合一个预设",
  presetOffer: (preset: string, defaultShare: number, presetShare: number) =>
    `上次生成报表时按 ${preset} 预设读取阶段：默认阶段只识别 ${Math.round(defaultShare * 100)}% 的阶段单元格，${preset} 识别 ${Math.round(presetShare * 100)}%。`,
  usePreset: (preset: string) => `采用 ${preset} 并保存`,
  stagePresetUsed: (preset: string, defaultShare: number, presetShare: number) =>
    `已按 ${preset} 预设读取阶段（默认阶段识别 ${Math.round(defaultShare * 100)}% 的阶段单元格，${preset} 识别 ${Math.round(presetShare * 100)}%）。可在“模型”页保存该预设。`,
  save: "保存模型",
  saving: "正在保存…",
  saved: "模型已随工作簿保存。",
  unsaved: "有未保存的修改",
  invalidTitle: "保存前请修正以下问题",
  issueLine: (label: string, message: string) => `${label}: ${message}`,
  percentRange: "必须在 0% 到 100% 之间",
  notANumber: "必须是数字",
  modelIssue: (i) => wordModelIssue(MODEL_ISSUES, i),
  segmentNeeded: "需要填写分组名称",
  duplicateSegment: "该分组重复出现",
  writeColumnsTitle: "评分与分级列",
  writeColumnsHelp:
    "为每个客户添加评分、级别和重点客户列。实时：在表格右侧写入随数据更新的 KAM.* 公式。数值：在表格内写入静态数值。",
  modeLive: "实时公式",
  modeValues: "数值",
  writeColumns: "写入评分与分级列",
  writing: "正在写入…",
  columnsWritten: (cols: string, address: string, sheet: string) => `已在 ${sheet} 的 ${address} 写入 ${cols}。`,
  columnsWarning: (w) => {
    switch (w.code) {
      case "liveOverallCuts":
        return "实时公式使用整体分界；分组分界仅在数值模式下生效。";
      case "liveTopPercent":
        return `未单独设置前 X% 的分组，实时重点客户标记按 ${w.percent}% 计算；数值模式使用您设置的默认值。`;
      case "rowsLeftBlank":
        return `${num(w.count)} 个客户行无法读取，已留空（见“检查数据”）。`;
      case "liveTooLarge":
        return `实时公式需向单个 KAM 函数传递约 ${megabytes(w.bytes)} MB 数据，超过网页版 Excel 自定义函数可接收的 ${megabytes(w.limit)} MB，因此已改为写入数值。`;
    }
  },
  columnsRefused: (r) => {
    switch (r.code) {
      case "unmapped":
        return "请先对应客户表格的贡献度和潜在价值列。";
      case "zeroWeights":
        return "已对应的维度权重均为 0，请先修改权重。";
      case "noTable":
        return `没有名为“${r.table}”的表格。`;
      case "notEmpty":
        return (
          `工作表“${r.sheet}”的单元格 ${r.cell} 不为空${r.more ? `（另有 ${num(r.more)} 个）` : ""}：` +
          `实时列需要表格 ${r.table} 右侧的 ${r.range} 为空。请移动或清除其内容，或改为以数值写入。`
        );
    }
  },
  pickAccountsFirst: "请先在“数据”面板中选择客户表格。",

  reports: REPORT_TEXT,
  options: OPTIONS,
  reportDate: "报表日期",
  reportLanguageHelp: "工作表名称、表头、标签、说明和图表标题；公式保持不变。",
  reportDateHelp: "留空：今天。",
  liveOutput: "实时公式（关闭：静态数值）",
  build: "生成",
  refresh: "刷新",
  building: "正在生成报表…",
  cancel: "取消",
  cancelled: "已取消生成，未写入任何内容。",
  writeCancelled: "已取消，未写入任何内容。",
  builtTitle: "报表已生成",
  reportSummary: (summary) => wordSummary(REPORT_TEXT, summary),
  writtenTo: (sheet: string, replaced: boolean) =>
    replaced ? `已写入工作表 ${sheet}，替换了之前的报表。` : `已写入工作表 ${sheet}。`,
  goToSheet: "转到工作表",
  builtWithWarningsTitle: "报表已生成，请核对以下数字",
  liveStaticColumn: (column: string, reason: StaticColumnReason, first: string) =>
    `“${column}”列` +
    {
      text: `有以文本形式存储的数字（第一个在 ${first}）`,
      unit: "使用表头注明的单位",
      currency: `含按汇率表换算的金额（第一个在 ${first}）`,
    }[reason] +
    "，Excel 公式无法像 Ninegrid 那样读取，因此该列的金额、合计和分界值按本次生成时的数值写入；不依赖该列的计数仍为实时公式。",
  liveSkippedRows: (sheet: string, count: number, first: number, excluded: boolean) =>
    `工作表 ${sheet} 中有 ${count.toLocaleString("zh-CN")} 行无法使用（见“检查数据”，第一行为第 ${first} 行），但符合实时公式的条件。` +
    (excluded
      ? "实时公式已按行排除这些行；请修正后重新生成。"
      : "实时公式会计入这些行，而静态数值不会：请修正它们，或关闭“实时公式”。"),
  needsSources: (kinds: string) => `请先在“数据”面板中选择这些表格：${kinds}。`,
  modelInvalid: "模型有错误，请先在“模型”面板中修正。",
  /** What the Nine-Grid scatter did on its own (src/reports/nine-grid-chart.ts ScatterNote). */
  scatterNote,
  printSetupSkipped: "此版本的 Excel 无法设置打印页面（ExcelApi 1.9），工作表将按 Excel 默认设置打印。",

  pack: {
    title: "月度报告包",
    intro:
      "一次生成所选的全部报告，并附带一张链接到各报告、标明报表日期的目录页：即汇报材料的首页。取消后，之前的报告保持原样。",
    choose: "报告包包含的报告",
    needsSources: (reports: string, kinds: string) => `需先在“数据”面板中选择${kinds}，才能加入：${reports}。`,
    noneChosen: "请至少选择一份报告。",
    build: "生成报告包",
    rebuild: "重新生成报告包",
    building: (reports: number) => `正在生成报告包（${num(reports)} 份报告）…`,
    cancelled: "已取消生成报告包，未写入任何内容，之前的报告保持原样。",
    readyTitle: "报告包已生成",
    contentsOn: (sheet: string) => `目录位于工作表 ${sheet}。`,
    reportOn: (title: string, sheet: string) => `${title}（工作表 ${sheet}）：`,
    openContents: "打开目录",
    refused: (reason: "empty" | "missingSources", report?: string) =>
      reason === "empty"
        ? "请为报告包至少选择一份报告。"
        : `${report ?? "某份报告"}所需的表格尚未选择，请在“数据”面板中选择。`,
  },
  planTables: {
    title: "规划表",
    intro:
      "客户规划、客户状态评估和行动计划：每个重点客户（及每个问题）一行，由您填写。再次运行会添加新的重点客户，绝不改动您已填写的内容。",
    create: "创建或更新规划表",
    creating: "正在写入规划表…",
    done: (keyAccounts: number, added: number, marked: number) =>
      `规划表已就绪，共 ${num(keyAccounts)} 个重点客户：新增 ${num(added)} 行` +
      (marked ? `，${num(marked)} 个客户已标记为不再是重点客户。` : "。"),
    sheets: (sheets: string) => `位于工作表 ${sheets}。`,
    missingColumn: (table: string, column: string) => `表格 ${table} 缺少“${column}”列，因此未作改动。`,
    noAccounts: "请先在“数据”面板中选择客户表。",
    account: "重点客户",
    goTo: "转到规划行",
    noPlanRow: (account: string) => `${account} 在客户规划表中还没有行。`,
  },
  snapshotsFound: (n: number, first: string, last: string) => `历史表共有 ${num(n)} 个快照，${first} 至 ${last}。`,
  notASnapshot: (date: string) => `${date}（当天没有快照：取其之前最近的快照）`,
  dataPlanTables: {
    title: "规划表",
    intro: "重点客户评审会自动找到这些表格，无需在此选择。请在“重点客户”面板中创建或更新。",
    kinds: { accountPlans: "客户规划", accountStatus: "客户状态评估", actionPlan: "行动计划" },
    found: (kind: string, table: string, sheet: string, rows: number) =>
      `${kind}：表格 ${table}，位于工作表 ${sheet}，共 ${num(rows)} 行`,
    missing: (kind: string) => `${kind}：本工作簿中尚无此表`,
  },
};
