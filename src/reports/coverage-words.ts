/**
 * Every text the Coverage sheet writes (issue 15), per report language. The status words are also the
 * criteria of the sheet's COUNTIF and conditional formats, so they count what the matrix writes.
 */
import { CoverageStatus, RepLoad, TeamType } from "../core/coverage";
import { Model } from "../core/schemas";
import { ReportLanguage } from "./words";

type Rules = Model["coverage"];

export interface CoverageWords {
  sheetName: string;
  title: string;
  subtitle(asOf: string, accounts: string, assignments: string): string;
  summaryCaption: string;
  tier: string;
  accounts: string;
  /** The tier row of accounts without a tier. */
  noTier: string;
  /** A team type in the tier × team-type summary's header. */
  teamTypeShort(t: TeamType): string;
  /** Each status as the matrix writes it, and the status column's header. */
  status: Record<CoverageStatus, string> & { header: string };
  matrixCaption: string;
  matrixHeader: string[];
  repLoadCaption(rules: Rules): string;
  repLoadHeader: [string, string, string, string];
  /** The rules a rep's load breaks (DOMAIN.md §5), as one cell. */
  violations(load: RepLoad, rules: Rules): string;
}

const EN: CoverageWords = {
  sheetName: "Coverage",
  title: "Account coverage (客户覆盖模型)",
  subtitle: (asOf, accounts, assignments) => `As of ${asOf} · ${accounts} accounts · ${assignments} assignments`,
  summaryCaption: "Accounts with an assignment, by tier and team type",
  tier: "Tier",
  accounts: "Accounts",
  noTier: "(none)",
  teamTypeShort: (t) => t,
  status: {
    header: "Status",
    Covered: "Covered",
    Uncovered: "Uncovered",
    Conflict: "Conflict",
    "Unnamed key account": "Unnamed key account",
    "Over-served": "Over-served",
  },
  matrixCaption: "Coverage matrix",
  matrixHeader: ["Tier", "Industry", "Account", "Region", "Territory", "Key account", "Solution", "Partner", "Status"],
  repLoadCaption: (r) =>
    `Key-account rep load (named accounts ${r.minNamed}–${r.maxNamed}${r.dedicatedTierA ? "; a dedicated rep per tier-A account" : ""})`,
  repLoadHeader: ["Rep", "Named accounts", "Tier-A accounts", "Violations"],
  violations: (load) => load.violations.join("; "),
};

const TEAM_ZH: Record<TeamType, string> = {
  Territory: "地区销售",
  KeyAccount: "大客户销售",
  Solution: "方案销售",
  Partner: "合作伙伴",
};

const ZH: CoverageWords = {
  sheetName: "客户覆盖模型",
  title: "客户覆盖模型",
  subtitle: (asOf, accounts, assignments) => `报告日期 ${asOf} · ${accounts} 个客户 · ${assignments} 条覆盖分配`,
  summaryCaption: "有覆盖分配的客户数：按级别与团队类型",
  tier: "级别",
  accounts: "客户数",
  noTier: "（无）",
  teamTypeShort: (t) => TEAM_ZH[t],
  status: {
    header: "状态",
    Covered: "已覆盖",
    Uncovered: "未覆盖",
    Conflict: "冲突",
    "Unnamed key account": "重点客户未指名",
    "Over-served": "过度覆盖",
  },
  matrixCaption: "客户覆盖矩阵",
  matrixHeader: ["级别", "行业", "客户", "区域", ...Object.values(TEAM_ZH), "状态"],
  repLoadCaption: (r) =>
    `大客户销售负荷（指名客户 ${r.minNamed}–${r.maxNamed} 个${r.dedicatedTierA ? "；每个 A 级客户一位专属销售" : ""}）`,
  repLoadHeader: ["销售", "指名客户数", "A 级客户数", "违反的规则"],
  // The same three rules as the core's repLoads (DOMAIN.md §5), worded from the load's counts.
  violations: (load, r) =>
    [
      load.named < r.minNamed ? `指名客户 ${load.named} 个，少于 ${r.minNamed} 个` : "",
      load.named > r.maxNamed ? `指名客户 ${load.named} 个，多于 ${r.maxNamed} 个` : "",
      load.tierA > 1 && r.dedicatedTierA !== false ? `负责 ${load.tierA} 个 A 级客户；每个都需要专属销售` : "",
    ]
      .filter((x) => x !== "")
      .join("；"),
};

export const COVERAGE_WORDS: Record<ReportLanguage, CoverageWords> = { en: EN, zh: ZH };
