/**
 * Every text the Pipeline sheet writes (issue 15), per report language. Stage names are the model's; a
 * Chinese sheet shows a stage's Chinese alias when it has one (the default TAS stages do, DOMAIN.md §6).
 */
import { PeriodBucket, PeriodLength } from "../core/pipeline";
import { SplitDimension } from "../core/pipeline-report";
import { StageDef } from "../core/stages";
import { ReportLanguage } from "./words";

export interface PipelineWords {
  sheetName: string;
  title: string;
  subtitle(asOf: string, count: string, live: boolean): string;
  stageHeader: string[];
  totalOpen: string;
  won: string;
  lost: string;
  winRate: string;
  chartTitle: string;
  reached: string;
  bucket: Record<PeriodBucket, string>;
  bucketsCaption(period: PeriodLength): string;
  bucketsHeader: [string, string, string, string];
  /** The split caption and its first header, e.g. "By region" and "region". */
  splitCaption(d: Exclude<SplitDimension, "none">): string;
  dimension(d: Exclude<SplitDimension, "none">): string;
  /** A split group's label: the core's "(none)" and "All" are worded, proper names stay. */
  group(label: string): string;
  stalledCaption(n: number): string;
  stalledHeader: string[];
  stage(def: StageDef): string;
}

const EN: PipelineWords = {
  sheetName: "Pipeline",
  title: "Pipeline by stage (商机阶段)",
  subtitle: (asOf, count, live) =>
    `As of ${asOf} · ${count} opportunities · ${live ? "counts and amounts are live formulas over the source table" : "values"}`,
  stageHeader: [
    "Stage",
    "Probability",
    "Open count",
    "Open amount",
    "Weighted amount",
    "Reached",
    "Conversion to next",
    "Average age (days)",
    "Stalled",
    "Lost here",
  ],
  totalOpen: "Total open",
  won: "Won",
  lost: "Lost",
  winRate: "Win rate",
  chartTitle: "Opportunities reaching each stage",
  reached: "Reached",
  bucket: { current: "Current period (当期)", next: "Next period (下期)", incubating: "Incubating (培育)" },
  bucketsCaption: (period) => `Open pipeline by expected close (${period})`,
  bucketsHeader: ["Bucket", "Open count", "Open amount", "Weighted amount"],
  splitCaption: (d) => `By ${d}`,
  dimension: (d) => d,
  group: (label) => label,
  stalledCaption: (n) => `Stalled: ${n} open opportunit${n === 1 ? "y" : "ies"} older than their stage's limit`,
  stalledHeader: [
    "Opportunity",
    "Account",
    "Owner",
    "Stage",
    "Age (days)",
    "Limit (days)",
    "Amount",
    "Expected close",
    "Source row",
  ],
  stage: (def) => def.name,
};

const PERIOD_ZH: Record<PeriodLength, string> = { month: "月", quarter: "季度", half: "半年", year: "年" };
const DIMENSION_ZH: Record<Exclude<SplitDimension, "none">, string> = {
  region: "区域",
  tier: "级别",
  owner: "负责人",
  projectClass: "项目等级",
};
const CJK = /[\u3400-\u9fff]/;

const ZH: PipelineWords = {
  sheetName: "商机阶段",
  title: "商机阶段漏斗",
  subtitle: (asOf, count, live) =>
    `报告日期 ${asOf} · ${count} 个商机 · ${live ? "数量和金额为实时公式，引用源表" : "数值"}`,
  stageHeader: [
    "阶段",
    "赢率",
    "在手数量",
    "在手金额",
    "加权金额",
    "到达数",
    "转化到下一阶段",
    "平均天数",
    "停滞",
    "此阶段丢单",
  ],
  totalOpen: "在手合计",
  won: "赢单",
  lost: "丢单",
  winRate: "赢率",
  chartTitle: "到达各阶段的商机数",
  reached: "到达数",
  bucket: { current: "当期", next: "下期", incubating: "培育" },
  bucketsCaption: (period) => `在手商机按预计签约期间（${PERIOD_ZH[period]}）`,
  bucketsHeader: ["期间", "在手数量", "在手金额", "加权金额"],
  splitCaption: (d) => `按${DIMENSION_ZH[d]}拆分`,
  dimension: (d) => DIMENSION_ZH[d],
  group: (label) => (label === "(none)" ? "（无）" : label === "All" ? "全部" : label),
  stalledCaption: (n) => `停滞：${n} 个在手商机超过所在阶段的时限`,
  stalledHeader: ["商机", "客户", "负责人", "阶段", "停留（天）", "时限（天）", "金额", "预计签约", "源表行号"],
  stage: (def) => (CJK.test(def.name) ? def.name : (def.aliases.find((a) => CJK.test(a)) ?? def.name)),
};

export const PIPELINE_WORDS: Record<ReportLanguage, PipelineWords> = { en: EN, zh: ZH };
