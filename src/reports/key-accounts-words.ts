/** The words the Key Accounts review (DOMAIN.md §10) writes into its sheet, per report language (words.ts). */
import { Area } from "../core/esp-questions";
import { PlanStatus } from "../core/esp-values";
import { ReportLanguage } from "./words";

export interface KeyAccountsWords {
  sheet: string;
  title: string;
  subtitle: (asOf: string, accounts: number, live: boolean) => string;
  reportDate: string;
  highlights: string;
  noPlan: string;
  noAssessment: string;
  staleAssessment: string;
  overdueActions: string;
  accountsCaption: string;
  heatNote: string;
  /**
   * A plan table's rows the core could not use (a score of 7, a second answer), left out of the review;
   * `counted` lists those a live formula still counts (MAXIFS and MATCH cannot leave a row out), or is "".
   */
  skippedRows: (sheet: string, rows: string, counted: string) => string;
  /** Headers of the per-account table, in column order (areas come from `areas`). */
  head: {
    account: string;
    tier: string;
    previousTier: string;
    owner: string;
    target: string;
    won: string;
    attainment: string;
    pipeline: string;
    completeness: string;
    planStatus: string;
    overall: string;
    weakest: string;
    answered: string;
    lastAssessed: string;
    days: string;
    open: string;
    overdue: string;
    attention: string;
  };
  areas: Record<Area, string>;
  planStatus: Record<PlanStatus, string>;
  /** Short flags joined in the Attention column (formula text, so no `"`). */
  flags: { noPlan: string; noAssessment: string; stale: string; overdue: string };
  repsCaption: string;
  reps: {
    rep: string;
    accounts: string;
    target: string;
    won: string;
    attainment: string;
    agreed: string;
    fresh: string;
    agreedFresh: string;
    share: string;
  };
  noOwner: string;
  noKeyAccounts: string;
}

export const KEY_ACCOUNTS_WORDS: Record<ReportLanguage, KeyAccountsWords> = {
  en: {
    sheet: "Key Accounts",
    title: "Key-account review (ESP 重点客户)",
    subtitle: (asOf, n, live) =>
      `As of ${asOf} · ${n} key accounts · ${live ? "scores, actions and plans are live formulas over the plan tables" : "values"}`,
    reportDate: "Report date",
    highlights: "Needs attention",
    noPlan: "No plan",
    noAssessment: "No assessment",
    staleAssessment: "Stale assessment (> 90 days)",
    overdueActions: "Overdue actions",
    accountsCaption: "Key accounts",
    heatNote: "Status score per area: share of the best possible (weight × score / 5 × weight); blank = not assessed.",
    skippedRows: (sheet, rows, counted) =>
      `Left out of this review (see Check data): sheet ${sheet}, row ${rows}. Fix and build again.` +
      (counted ? ` Live formulas still count row ${counted} (last assessment or plan status).` : ""),
    head: {
      account: "Account",
      tier: "Tier",
      previousTier: "Previous tier",
      owner: "Key-account owner",
      target: "Annual target",
      won: "Won this year",
      attainment: "Attainment",
      pipeline: "Weighted pipeline",
      completeness: "Plan completeness",
      planStatus: "Plan status",
      overall: "Overall",
      weakest: "Weakest area",
      answered: "Answered",
      lastAssessed: "Last assessed",
      days: "Days since",
      open: "Open actions",
      overdue: "Overdue actions",
      attention: "Attention",
    },
    areas: {
      relationship: "Relationship",
      needsValue: "Needs and value",
      competition: "Competition",
      decision: "Decision process and budget",
    },
    planStatus: { Draft: "Draft", Agreed: "Agreed" },
    flags: { noPlan: "no plan", noAssessment: "no assessment", stale: "stale assessment", overdue: "overdue actions" },
    repsCaption: "Step 8: key-account reps",
    reps: {
      rep: "Rep",
      accounts: "Key accounts",
      target: "Annual targets",
      won: "Won this year",
      attainment: "Attainment",
      agreed: "Agreed plans",
      fresh: "Fresh assessments",
      agreedFresh: "Agreed and fresh",
      share: "Share agreed and fresh",
    },
    noOwner: "(no owner)",
    noKeyAccounts: "No key accounts: no account is tier A or B or in its segment's top X%.",
  },
  zh: {
    sheet: "重点客户",
    title: "重点客户评审（ESP）",
    subtitle: (asOf, n, live) =>
      `截至 ${asOf} · 重点客户 ${n} 个 · ${live ? "评分、行动与规划为引用规划表的实时公式" : "数值"}`,
    reportDate: "报告日期",
    highlights: "需关注",
    noPlan: "无客户规划",
    noAssessment: "未评估",
    staleAssessment: "评估超过 90 天",
    overdueActions: "行动逾期",
    accountsCaption: "重点客户",
    heatNote: "各领域状态评分：占满分的比例（权重×评分 / 5×权重）；空白为未评估。",
    skippedRows: (sheet, rows, counted) =>
      `未计入本评审（见“检查数据”）：工作表 ${sheet} 第 ${rows} 行。请修正后重新生成。` +
      (counted ? `实时公式仍计入第 ${counted} 行（最近评估日期或规划状态）。` : ""),
    head: {
      account: "客户",
      tier: "分级",
      previousTier: "上期分级",
      owner: "客户经理",
      target: "全年目标",
      won: "本年赢单",
      attainment: "完成率",
      pipeline: "加权商机",
      completeness: "规划完整度",
      planStatus: "规划状态",
      overall: "综合",
      weakest: "最弱领域",
      answered: "已答题数",
      lastAssessed: "最近评估",
      days: "距今天数",
      open: "未完成行动",
      overdue: "逾期行动",
      attention: "关注事项",
    },
    areas: { relationship: "关系", needsValue: "需求与价值", competition: "竞争", decision: "决策与预算" },
    planStatus: { Draft: "草稿", Agreed: "已确认" },
    flags: { noPlan: "无规划", noAssessment: "未评估", stale: "评估过期", overdue: "行动逾期" },
    repsCaption: "第八步：重点客户经理考核",
    reps: {
      rep: "客户经理",
      accounts: "重点客户数",
      target: "全年目标合计",
      won: "本年赢单",
      attainment: "完成率",
      agreed: "已确认规划",
      fresh: "评估未过期",
      agreedFresh: "规划已确认且评估未过期",
      share: "占比",
    },
    noOwner: "（无负责人）",
    noKeyAccounts: "没有重点客户：没有 A/B 级客户，也没有分段前 X% 的客户。",
  },
};
