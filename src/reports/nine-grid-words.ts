/**
 * Every text the Nine-Grid sheet writes (issue 15), per report language: sheet name, titles, headers, labels,
 * notes and chart texts. Formulas and proper names (accounts, segments) never come from here.
 */
import { Tier } from "../core/tiers";
import type { Band } from "./nine-grid-context";
import { TIER_MEANINGS } from "./styles";
import { ReportLanguage } from "./words";

export type SegmentField = "industry" | "region";
export type AxisName = "contribution" | "potential";

export interface NineGridWords {
  sheetName: string;
  title: string;
  subtitle(p: { asOf: string; accounts: string; segmentedBy: SegmentField | null; live: boolean }): string;
  cutsHeader: [string, string, string, string, string, string];
  /** The one population's row label in the cuts block, and a blank segment's. */
  all: string;
  blank: string;
  matrixCaption: string;
  matrixTitles: [string, string];
  contribution(band: Band): string;
  potential(band: Band): string;
  segmentContribution(segment: string): string;
  segmentsMissing: string;
  segmentsCaption(field: SegmentField, cutsFromAll: boolean): string;
  tier: string;
  topHeader(n: number): string;
  /** A box's or cell's list cut short: "+3". */
  more(n: number): string;
  summaryCaption: string;
  summaryHeader: [string, string, string, string, string];
  keyAccounts(low: number, high: number): string;
  total: string;
  meaning: Record<Tier, string>;
  pendingCaption(n: number): string;
  pendingHeader: [string, string, string, string];
  chartDataHeader: [string, string, string, string];
  cutLineHeader: [string, string, string];
  cutLine(axis: AxisName, k: 1 | 2): string;
  tierSeries(tier: Tier): string;
  chartTitle: string;
  axisTitle(axis: AxisName, log: boolean): string;
  notPlotted(n: number): string;
  /** The note row saying an axis was made logarithmic because its data spans more than 1000×. */
  autoLog(axes: readonly AxisName[]): string;
  nineBoxCaption: string;
  /** A box's first line: its tier and account count. */
  boxTitle(tier: Tier, n: number): string;
  /** A box's last line: how many accounts it holds beyond the names shown. */
  boxMore(n: number): string;
  boxListCaption: string;
  boxListHeader: [string, string, string, string, string, string];
  band(b: Band): string;
}

const BAND_ZH: Record<Band, string> = { H: "高", M: "中", L: "低" };
const FIELD_ZH: Record<SegmentField, string> = { industry: "行业", region: "区域" };
const AXIS_ZH: Record<AxisName, string> = { contribution: "贡献度", potential: "潜在价值" };
const AXIS_EN: Record<AxisName, string> = {
  contribution: "Contribution (last 12 months)",
  potential: "Potential (next 2 years)",
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const EN: NineGridWords = {
  sheetName: "Nine-Grid",
  title: "Nine-grid: contribution × potential (九宫格)",
  subtitle: (p) =>
    `As of ${p.asOf} · ${p.accounts} accounts · ${p.segmentedBy ? `cuts per ${p.segmentedBy}` : "one population"} · ${p.live ? "live formulas over the source table" : "values"}`,
  cutsHeader: ["Cuts", "Contribution cut 1", "Contribution cut 2", "Potential cut 1", "Potential cut 2", "Rule"],
  all: "All",
  blank: "(blank)",
  matrixCaption: "Accounts and contribution by band",
  matrixTitles: ["Accounts", "Contribution"],
  contribution: (b) => `Contribution ${b}`,
  potential: (b) => `Potential ${b}`,
  segmentContribution: (s) => `${s} contribution`,
  segmentsMissing:
    "One matrix per segment needs a segment: map an Industry or Region column of the accounts, or choose Segment by.",
  segmentsCaption: (f, fromAll) =>
    fromAll
      ? `One matrix per ${f} (cuts from all accounts; choose Segment by to cut each ${f} separately)`
      : `One matrix per ${f}`,
  tier: "Tier",
  topHeader: (n) => `Top ${n} by contribution`,
  more: (n) => `+${n}`,
  summaryCaption: "Tier summary (A–D)",
  summaryHeader: ["Tier", "Meaning", "Accounts (nine-grid)", "Contribution (nine-grid)", "After approved overrides"],
  keyAccounts: (low, high) =>
    low === high ? `Key accounts (top ${low}%)` : `Key accounts (top ${low}–${high}% by segment)`,
  total: "Total",
  meaning: TIER_MEANINGS.en,
  pendingCaption: (n) =>
    `Pending approval: ${n} manual tier${n === 1 ? "" : "s"} without an approver (computed tier stays)`,
  pendingHeader: ["Account", "Computed tier", "Requested tier", "Source row"],
  chartDataHeader: ["Tier", "Account", "Contribution", "Potential"],
  cutLineHeader: ["Cut line", "x", "y"],
  cutLine: (axis, k) => `${capital(axis)} cut ${k}`,
  tierSeries: (t) => `Tier ${t}`,
  chartTitle: "Accounts by contribution and potential",
  axisTitle: (axis, log) => `${AXIS_EN[axis]}${log ? ", log scale" : ""}`,
  notPlotted: (n) =>
    `${n.toLocaleString("en-US")} account${n === 1 ? "" : "s"} with zero contribution or potential ${n === 1 ? "is" : "are"} not plotted on the log scale (the matrices and the tier summary include ${n === 1 ? "it" : "them"}).`,
  autoLog: (axes) =>
    `Log scale on ${axes.join(" and ")}: the data spans more than three orders of magnitude (over 1,000×).`,
  nineBoxCaption: "Nine-box: tier, accounts and top names",
  boxTitle: (t, n) => `${t} · ${n.toLocaleString("en-US")} account${n === 1 ? "" : "s"}`,
  boxMore: (n) => `+${n.toLocaleString("en-US")} more`,
  boxListCaption: "Accounts in each box (full list)",
  boxListHeader: ["Tier", "Contribution band", "Potential band", "Contribution", "Potential", "Account"],
  band: (b) => ({ H: "High", M: "Mid", L: "Low" })[b],
};

const ZH: NineGridWords = {
  sheetName: "九宫格",
  title: "九宫格：贡献度 × 潜在价值",
  subtitle: (p) =>
    `报告日期 ${p.asOf} · ${p.accounts} 个客户 · ${p.segmentedBy ? `按${FIELD_ZH[p.segmentedBy]}分别切分` : "全部客户统一切分"} · ${p.live ? "实时公式，引用源表" : "数值"}`,
  cutsHeader: ["切分点", "贡献度切分点 1", "贡献度切分点 2", "潜在价值切分点 1", "潜在价值切分点 2", "规则"],
  all: "全部",
  blank: "（空白）",
  matrixCaption: "各区间的客户数与贡献度",
  matrixTitles: ["客户数", "贡献度"],
  contribution: (b) => `贡献度 ${BAND_ZH[b]}`,
  potential: (b) => `潜在价值 ${BAND_ZH[b]}`,
  segmentContribution: (s) => `${s} 贡献度`,
  segmentsMissing: "每个分组一个矩阵需要分组列：请映射客户表的行业或区域列，或选择分组依据。",
  segmentsCaption: (f, fromAll) =>
    fromAll
      ? `每个${FIELD_ZH[f]}一个矩阵（切分点来自全部客户；选择分组依据可按${FIELD_ZH[f]}分别切分）`
      : `每个${FIELD_ZH[f]}一个矩阵`,
  tier: "级别",
  topHeader: (n) => `贡献度前 ${n} 名`,
  more: (n) => `等 ${n} 个`,
  summaryCaption: "级别汇总（A–D）",
  summaryHeader: ["级别", "含义", "客户数（九宫格）", "贡献度（九宫格）", "审批调级后"],
  keyAccounts: (low, high) => (low === high ? `重点客户（前 ${low}%）` : `重点客户（按分组前 ${low}–${high}%）`),
  total: "合计",
  meaning: TIER_MEANINGS.zh,
  pendingCaption: (n) => `待审批：${n} 个手动调级没有审批人（仍按计算级别）`,
  pendingHeader: ["客户", "计算级别", "申请级别", "源表行号"],
  chartDataHeader: ["级别", "客户", "贡献度", "潜在价值"],
  cutLineHeader: ["切分线", "贡献度", "潜在价值"],
  cutLine: (axis, k) => `${AXIS_ZH[axis]}切分点 ${k}`,
  tierSeries: (t) => `${t} 级`,
  chartTitle: "客户分布：贡献度 × 潜在价值",
  axisTitle: (axis, log) =>
    `${axis === "contribution" ? "贡献度（近 12 个月）" : "潜在价值（未来 2 年）"}${log ? "，对数刻度" : ""}`,
  notPlotted: (n) =>
    `${n.toLocaleString("zh-CN")} 个贡献度或潜在价值为零的客户无法画在对数刻度上（矩阵和级别汇总已计入）。`,
  autoLog: (axes) => `${axes.map((a) => AXIS_ZH[a]).join("和")}使用对数刻度：数据跨度超过三个数量级（1,000 倍以上）。`,
  nineBoxCaption: "九宫格视图：级别、客户数与主要客户",
  boxTitle: (t, n) => `${t} 级 · ${n.toLocaleString("zh-CN")} 个客户`,
  boxMore: (n) => `另有 ${n.toLocaleString("zh-CN")} 个`,
  boxListCaption: "各格客户（完整名单）",
  boxListHeader: ["级别", "贡献度区间", "潜在价值区间", "贡献度", "潜在价值", "客户"],
  band: (b) => BAND_ZH[b],
};

export const NINE_GRID_WORDS: Record<ReportLanguage, NineGridWords> = { en: EN, zh: ZH };
