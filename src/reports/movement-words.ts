/**
 * Every word the Movement sheet writes (DOMAIN.md §9, 机会升迁状况表), in English and Chinese (see words.ts).
 * Proper names (opportunities, accounts, owners, sources) and formulas are never translated.
 */
import { LeadStatus } from "../core/leads";
import { MovementLabel } from "../core/movement";
import { PeriodBucket, PeriodLength } from "../core/pipeline";
import { ReportLanguage } from "./words";

export type MovementSplit = "owner" | "region" | "projectClass";

export interface MovementWords {
  sheetName: string;
  title: string;
  subtitle(t0: string, t1: string, opportunities: number, live: boolean): string;
  /** The history cannot be compared (fewer than two snapshots, no snapshot on or before a date). */
  needTwoSnapshots(found: number): string;
  noSnapshotBefore(date: string): string;
  snapshotsOutOfOrder(t0: string, t1: string): string;
  /** The chosen dates (issue 12): one before every snapshot, from not before to, both on one snapshot. */
  dateBeforeHistory(option: "from" | "to", date: string, first: string): string;
  datesReversed(from: string, to: string): string;
  fromNotBefore(from: string, t0: string, t1: string): string;
  /** After the subtitle: the dates asked for that were not snapshots (null: the snapshot itself, or none). */
  asked(from: string | null, to: string | null): string;
  labels: Record<MovementLabel, string>;
  labelsCaption: string;
  labelsHeader: [string, string, string];
  countsCaption: string;
  amountsCaption: string;
  /** Stage, start, new, advanced in, slipped in, reopened, advanced out, slipped out, won, lost, dropped, end, check. */
  flowHeader: string[];
  revisedUp: string;
  revisedDown: string;
  total: string;
  checkNote: string;
  bridgeCaption: string;
  bridgeHeader: [string, string];
  /** At t0, new, reopened, won, lost, dropped, amount changes, at t1. */
  bridgeSteps: [string, string, string, string, string, string, string, string];
  bridgeChart(t0: string, t1: string): string;
  stageChart: string;
  start: string;
  end: string;
  countAxis: string;
  amountAxis: string;
  bucketsCaption(period: PeriodLength): string;
  buckets: Record<PeriodBucket, string>;
  bucketsHeader(t0: string, t1: string): string[];
  droppedCaption(n: number): string;
  droppedHeader: string[];
  slippedCaption(n: number): string;
  slippedHeader: string[];
  splitCaption(by: MovementSplit): string;
  splitNames: Record<MovementSplit, string>;
  none: string;
  repCaption(from: string, to: string): string;
  repHeader: string[];
  leadsCaption(by: "owner" | "source", from: string, to: string): string;
  leadsHeader(by: "owner" | "source"): string[];
  reclaimCaption(n: number, days: number): string;
  reclaimHeader: string[];
  leadStatus: Record<LeadStatus, string>;
}

const PERIOD_EN: Record<PeriodLength, string> = { month: "month", quarter: "quarter", half: "half year", year: "year" };
const PERIOD_ZH: Record<PeriodLength, string> = { month: "月", quarter: "季度", half: "半年", year: "年" };
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

const EN: MovementWords = {
  sheetName: "Movement",
  title: "Movement between snapshots (机会升迁状况表)",
  subtitle: (t0, t1, n, live) =>
    `${t0} → ${t1} · ${plural(n, "opportunity", "opportunities")} · ` +
    (live ? "start and end are live formulas over the history table" : "values"),
  needTwoSnapshots: (found) => `Movement needs two snapshot dates; the history has ${found}.`,
  noSnapshotBefore: (date) => `The history has no snapshot on or before ${date}.`,
  snapshotsOutOfOrder: (t0, t1) => `The first snapshot (${t0}) must be before the second (${t1}).`,
  dateBeforeHistory: (option, date, first) =>
    `${option === "from" ? "From" : "To"} snapshot ${date}: the history has no snapshot on or before it; its first is ${first}.`,
  datesReversed: (from, to) => `From snapshot ${from} must be before To snapshot ${to}.`,
  fromNotBefore: (from, t0, t1) =>
    `From snapshot ${from} takes the snapshot of ${t0}, which is not before the To snapshot (${t1}); pick an earlier date.`,
  asked: (from, to) =>
    [
      from && ` · From snapshot ${from}: the latest snapshot on or before it`,
      to && ` · To snapshot ${to}: the latest snapshot on or before it`,
    ]
      .filter(Boolean)
      .join(""),
  labels: {
    New: "New",
    Advanced: "Advanced",
    Slipped: "Slipped",
    Unchanged: "Unchanged",
    Won: "Won",
    Lost: "Lost",
    Dropped: "Dropped",
    Reopened: "Reopened",
    Closed: "Closed",
  },
  labelsCaption: "Opportunities by movement",
  labelsHeader: ["Movement", "Count", "Amount"],
  countsCaption: "Stage flow: opportunities",
  amountsCaption: "Stage flow: amounts",
  flowHeader: [
    "Stage", "Start", "New", "Advanced in", "Slipped in", "Reopened", "Advanced out", "Slipped out", "Won", "Lost",
    "Dropped", "End", "Check",
  ], // prettier-ignore
  revisedUp: "Revised up",
  revisedDown: "Revised down",
  total: "Total",
  checkNote: "Check = start + in − out (+ revised up − revised down) − end: 0 on every row.",
  bridgeCaption: "Open pipeline change",
  bridgeHeader: ["Step", "Amount"],
  bridgeSteps: [
    "Open at start",
    "+ New",
    "+ Reopened",
    "− Won",
    "− Lost",
    "− Dropped",
    "± Amount changes",
    "Open at end",
  ],
  bridgeChart: (t0, t1) => `Open pipeline ${t0} → ${t1}`,
  stageChart: "Open opportunities per stage",
  start: "Start",
  end: "End",
  countAxis: "Opportunities",
  amountAxis: "Amount",
  bucketsCaption: (period) => `Open pipeline by expected close (${PERIOD_EN[period]}) at each snapshot`,
  buckets: { current: "Current period (当期)", next: "Next period (下期)", incubating: "Incubating (培育)" },
  bucketsHeader: (t0, t1) => ["Bucket", `Count ${t0}`, `Amount ${t0}`, `Count ${t1}`, `Amount ${t1}`, "Amount change"],
  droppedCaption: (n) => `Dropped: ${plural(n, "opportunity", "opportunities")} left the list unresolved (收回)`,
  droppedHeader: [
    "Opportunity",
    "Account",
    "Owner",
    "Stage at start",
    "Amount at start",
    "Expected close",
    "Source row",
  ],
  slippedCaption: (n) => `Slipped: ${plural(n, "opportunity", "opportunities")} moved back a stage or more`,
  slippedHeader: [
    "Opportunity", "Account", "Owner", "From stage", "To stage", "Amount at start", "Amount at end", "Source row",
  ], // prettier-ignore
  splitCaption: (by) => `Stage flow by ${EN.splitNames[by].toLowerCase()}`,
  splitNames: { owner: "Owner", region: "Region", projectClass: "Project class" },
  none: "(none)",
  repCaption: (from, to) => `Rep performance from history, ${from} to ${to} (人员绩效考核)`,
  repHeader: [
    "Owner", "Stages advanced", "Median days to advance a stage", "Won", "Lost", "Success rate", "Won amount",
    "New opportunities", "Stalled",
  ], // prettier-ignore
  leadsCaption: (by, from, to) => `Leads assigned ${from} to ${to}, by ${by} (客户线索升迁状况表)`,
  leadsHeader: (by) => [
    by === "owner" ? "Owner" : "Source", "Assigned", "Promoted", "Promotion rate", "Median days to promote", "Open",
    "Reclaimed",
  ], // prettier-ignore
  reclaimCaption: (n, days) => `To reclaim: ${plural(n, "lead", "leads")} open more than ${days} days, not promoted`,
  reclaimHeader: ["Lead", "Source", "Owner", "Created", "Status", "Days open", "Source row"],
  leadStatus: { New: "New", Working: "Working", Promoted: "Promoted", Reclaimed: "Reclaimed" },
};

const ZH: MovementWords = {
  sheetName: "商机变动",
  title: "商机升迁状况表",
  subtitle: (t0, t1, n, live) =>
    `${t0} → ${t1} · ${n.toLocaleString("en-US")} 个商机 · ` + (live ? "期初与期末为基于历史表的实时公式" : "数值"),
  needTwoSnapshots: (found) => `升迁对比需要两个快照日期，历史表只有 ${found} 个。`,
  noSnapshotBefore: (date) => `历史表中没有 ${date} 当天或之前的快照。`,
  snapshotsOutOfOrder: (t0, t1) => `第一个快照（${t0}）必须早于第二个（${t1}）。`,
  dateBeforeHistory: (option, date, first) =>
    `${option === "from" ? "起始快照" : "截止快照"} ${date}：历史表中没有该日或之前的快照，最早的是 ${first}。`,
  datesReversed: (from, to) => `起始快照 ${from} 必须早于截止快照 ${to}。`,
  fromNotBefore: (from, t0, t1) => `起始快照 ${from} 取到 ${t0} 的快照，不早于截止快照（${t1}），请选更早的日期。`,
  asked: (from, to) =>
    [from && ` · 起始快照 ${from}：取该日或之前最近的快照`, to && ` · 截止快照 ${to}：取该日或之前最近的快照`]
      .filter(Boolean)
      .join(""),
  labels: {
    New: "新增",
    Advanced: "推进",
    Slipped: "倒退",
    Unchanged: "未变",
    Won: "赢单",
    Lost: "丢单",
    Dropped: "收回",
    Reopened: "重新打开",
    Closed: "已关闭",
  },
  labelsCaption: "按变动类型的商机",
  labelsHeader: ["变动", "数量", "金额"],
  countsCaption: "阶段流转（商机数）",
  amountsCaption: "阶段流转（金额）",
  flowHeader: [
    "阶段", "期初", "新增", "推进转入", "倒退转入", "重新打开", "推进转出", "倒退转出", "赢单", "丢单", "收回", "期末", "校验",
  ], // prettier-ignore
  revisedUp: "金额上调",
  revisedDown: "金额下调",
  total: "合计",
  checkNote: "校验 = 期初 + 转入 − 转出（+ 上调 − 下调）− 期末：每行应为 0。",
  bridgeCaption: "未结管道金额变化",
  bridgeHeader: ["项目", "金额"],
  bridgeSteps: ["期初未结", "+ 新增", "+ 重新打开", "− 赢单", "− 丢单", "− 收回", "± 金额调整", "期末未结"],
  bridgeChart: (t0, t1) => `未结管道 ${t0} → ${t1}`,
  stageChart: "各阶段未结商机数",
  start: "期初",
  end: "期末",
  countAxis: "商机数",
  amountAxis: "金额",
  bucketsCaption: (period) => `各快照按预计签约${PERIOD_ZH[period]}的未结管道`,
  buckets: { current: "当期", next: "下期", incubating: "培育" },
  bucketsHeader: (t0, t1) => ["分期", `${t0} 数量`, `${t0} 金额`, `${t1} 数量`, `${t1} 金额`, "金额变化"],
  droppedCaption: (n) => `收回：${n.toLocaleString("en-US")} 个商机未结即离开清单`,
  droppedHeader: ["商机", "客户", "负责人", "期初阶段", "期初金额", "预计签约日期", "源表行"],
  slippedCaption: (n) => `倒退：${n.toLocaleString("en-US")} 个商机退回到前面的阶段`,
  slippedHeader: ["商机", "客户", "负责人", "原阶段", "现阶段", "期初金额", "期末金额", "源表行"],
  splitCaption: (by) => `按${ZH.splitNames[by]}的阶段流转`,
  splitNames: { owner: "负责人", region: "区域", projectClass: "项目等级" },
  none: "（无）",
  repCaption: (from, to) => `人员绩效考核（升迁时间与成功率），${from} 至 ${to}`,
  repHeader: [
    "负责人", "推进阶段数", "推进一个阶段的天数（中位数）", "赢单", "丢单", "成功率", "赢单金额", "新增商机", "停滞",
  ], // prettier-ignore
  leadsCaption: (by, from, to) => `客户线索升迁状况表（按${by === "owner" ? "负责人" : "来源"}），${from} 至 ${to}`,
  leadsHeader: (by) => [
    by === "owner" ? "负责人" : "来源", "分配", "已转化", "转化率", "转化天数（中位数）", "跟进中", "已收回",
  ], // prettier-ignore
  reclaimCaption: (n, days) => `待收回：${n.toLocaleString("en-US")} 条线索超过 ${days} 天未转化`,
  reclaimHeader: ["线索", "来源", "负责人", "创建日期", "状态", "已开放天数", "源表行"],
  leadStatus: { New: "新建", Working: "跟进", Promoted: "已转化", Reclaimed: "已收回" },
};

export const MOVEMENT_WORDS: Record<ReportLanguage, MovementWords> = { en: EN, zh: ZH };
