import { cellAddress } from "../core/a1";
import { foldText } from "../core/cells";
import { Dataset, OpportunityRecord } from "../core/dataset";
import { isoFromSerial } from "../core/dates";
import { HistoryModel } from "../core/history";
import { RepHistoryLine, repHistory } from "../core/rep-history";
import { repPerformance, RepPerformanceResult, RepPerformanceRow } from "../core/rep-performance";
import { BuildRequest, ReportDefinition } from "./definition";
import { liveSum, LiveSum, opportunityTerms, skippedOf, Term, withCriterion } from "./live-criteria";
import { PlanCell, SheetPlan } from "./plan";
import { PlanBuilder } from "./plan-builder";
import { ATTAINMENT_SCALE, DECIMAL, NUMBER, PERCENT } from "./styles";
import { englishNumber } from "./summary";
import { ReportLanguage, wordsFor } from "./words";

/** Every text the Rep Performance sheet writes, per language (words.ts). */
interface RepWords {
  sheet: string;
  title: string;
  subtitle(asOf: string, reps: number, live: boolean): string;
  historyNote(from: string, to: string): string;
  noHistory: string;
  header: readonly string[];
  historyHeader: readonly string[];
  unowned: string;
  total: string;
}

const WORDS: Record<ReportLanguage, RepWords> = {
  en: {
    sheet: "Rep Performance",
    title: "Rep performance (人员绩效考核)",
    subtitle: (asOf, reps, live) =>
      `As of ${asOf} · ${reps} reps · ${live ? "quota and won are live formulas over the sources" : "values"}`,
    historyNote: (from, to) => `History figures over the snapshots after ${from} up to ${to} (DOMAIN.md §9).`,
    noHistory:
      "Pick a history table (weekly snapshots or stage history) to add stages advanced, days per stage and success rate.",
    header: [
      "Rep", "Quota", "Won", "Attainment", "Won deals", "New-customer wins", "New-customer amount",
      "New-industry wins", "New-industry amount", "Wins not dated enough to tell",
    ], // prettier-ignore
    historyHeader: ["Stages advanced", "Median days per stage", "Success rate"],
    unowned: "(no owner)",
    total: "Total",
  },
  zh: {
    sheet: "人员绩效",
    title: "人员绩效考核表",
    subtitle: (asOf, reps, live) =>
      `截至 ${asOf} · 销售 ${reps} 位 · ${live ? "指标与赢单金额为基于源数据的实时公式" : "数值"}`,
    historyNote: (from, to) => `历史指标统计 ${from} 之后至 ${to} 的快照。`,
    noHistory: "选择历史表（每周快照或阶段变更记录）即可加入升迁阶段数、每阶段天数与成功率。",
    header: [
      "销售", "指标", "赢单金额", "完成率", "赢单数", "新客户赢单数", "新客户金额", "新行业赢单数", "新行业金额",
      "日期不足无法判断的赢单",
    ], // prettier-ignore
    historyHeader: ["升迁阶段数", "每阶段天数（中位数）", "成功率"],
    unowned: "（无负责人）",
    total: "合计",
  },
};

/** Table columns, by their position in the header. */
const COL = { quota: 1, won: 2, attainment: 3, deals: 4 } as const;

export interface RepPerformanceInput {
  request: BuildRequest;
  /** The picked history table (DOMAIN.md §9); without one the history columns are left out. */
  history?: HistoryModel;
  /** History window in weeks, ending at the report date. */
  weeks: number;
}

/** Live sums over the sources: the rep's quota and won amount and count, with every sum written, per source. */
interface LiveCells {
  quota(rep: string): PlanCell;
  won(row: RepPerformanceRow<RepHistoryLine>, count: boolean): PlanCell;
  counted: { opportunities: LiveSum[]; quotas: LiveSum[] };
  /** Whether quota and won sums are formulas, or values because the core reads the column unlike Excel. */
  quotaLive: boolean;
  wonLive: boolean;
}

const ownerCell = (o: OpportunityRecord) => o.cells?.owner ?? (o.owner as string);

/** The quota and won cells of a rep: SUMIFS over the spellings that occur, less skipped rows; else values. */
function liveCells(request: BuildRequest, result: RepPerformanceResult<RepHistoryLine>): LiveCells {
  const { data, refs } = request;
  const [ownerRef, statusRef, amountRef] = (["owner", "status", "amount"] as const).map((f) =>
    refs("opportunities", f),
  );
  const [repRef, quotaRef] = [refs("quotas", "rep"), refs("quotas", "quota")];
  const terms = request.live ? opportunityTerms(data, refs, request.model.stages.length) : null;
  const wonLive =
    terms !== null &&
    ownerRef !== null &&
    statusRef !== null &&
    amountRef !== null &&
    (request.summable?.("opportunities", "amount") ?? true);
  const quotaLive =
    request.live && repRef !== null && quotaRef !== null && (request.summable?.("quotas", "quota") ?? true);
  const counted: LiveCells["counted"] = { opportunities: [], quotas: [] };
  const ownersOf = wonOwners(data, result);
  const write = (kind: "opportunities" | "quotas", s: LiveSum): PlanCell => {
    counted[kind].push(s);
    return { formula: s.formula };
  };
  return {
    counted, quotaLive, wonLive,
    quota: (rep) => {
      const q = data.quotas.find((x) => foldText(x.rep) === foldText(rep));
      if (!q) return "";
      const value = quotaOf(result, rep);
      if (!quotaLive) return value;
      const term: Term = [{ field: "rep", ref: repRef as string, value: q.repCell ?? q.rep }];
      return write("quotas", liveSum([term], request.skipped?.quotas, { field: "quota", ref: quotaRef as string }));
    },
    won: (row, count) => {
      if (!wonLive) return count ? row.won.count : row.won.amount;
      const t = withCriterion(terms?.won ?? [], "owner", ownerRef as string, ownersOf.get(foldText(row.rep)) ?? []);
      const sum = count ? undefined : { field: "amount", ref: amountRef as string };
      return write("opportunities", liveSum(t, request.skipped?.opportunities, sum));
    },
  }; // prettier-ignore
}

const quotaOf = (result: RepPerformanceResult<RepHistoryLine>, rep: string) =>
  result.reps.find((r) => r.rep === rep)?.quota?.quota ?? "";

/** Per rep (folded), the owner cells as written of their won deals: the live criteria's spellings. */
function wonOwners(data: Dataset, result: RepPerformanceResult<RepHistoryLine>): Map<string, (string | number)[]> {
  const out = new Map<string, Set<string | number>>();
  for (const d of result.deals) {
    const o = data.opportunities[d.opportunity];
    if (o.owner === null) continue;
    const key = foldText(o.owner);
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)?.add(ownerCell(o));
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

/**
 * The Rep Performance sheet (DOMAIN.md §11, 人员绩效考核表): per rep the §7 quota, won and attainment, the
 * wins that count extra (new customer, new industry), and with a history table the §9 figures over the
 * window (stages advanced, median days per stage, success rate). Live mode sums quota and won with SUMIFS
 * over the sources, as the Quota Review does; the extra-credit wins and history figures are values.
 */
export function buildRepPerformance({ request, history, weeks }: RepPerformanceInput): SheetPlan {
  const w = wordsFor(WORDS, request.language);
  const hist = history ? repHistory(history, { end: request.asOf, weeks }) : null;
  const byOwner = new Map(hist?.lines.map((l) => [l.owner === null ? "" : foldText(l.owner), l]));
  const result = repPerformance<RepHistoryLine>(request.data, request.model.stages, {
    history: hist ? (rep) => byOwner.get(foldText(rep)) ?? null : undefined,
  });
  const cells = liveCells(request, result);
  const b = new PlanBuilder("repPerformance", w.sheet);
  const live = cells.quotaLive || cells.wonLive;
  b.title(w.title, w.subtitle(isoFromSerial(request.asOf), result.reps.length, live));
  b.block("historyNote", { col: 1 }, [
    [hist ? w.historyNote(isoFromSerial(hist.start), isoFromSerial(hist.end)) : w.noHistory],
  ]);
  tableSection(b, w, result, cells, hist !== null);
  b.widths({ A: 2, B: 22, C: 12, D: 12, E: 11, F: 10, G: 12, H: 14, I: 12, J: 14, K: 14, L: 12, M: 14, N: 12 });
  const oppsSkipped = skippedOf(cells.counted.opportunities);
  const quotasSkipped = skippedOf(cells.counted.quotas);
  const withQuota = result.reps.filter((r) => r.quota !== null);
  return b.finish(
    {
      liveSkipped: {
        ...(oppsSkipped && { opportunities: oppsSkipped }),
        ...(quotasSkipped && { quotas: quotasSkipped }),
      },
      staticColumns: [
        ...(request.live && !cells.wonLive && request.refs("opportunities", "amount") ? [{ table: "opportunities" as const, field: "amount" }] : []),
        ...(request.live && !cells.quotaLive && request.refs("quotas", "quota") ? [{ table: "quotas" as const, field: "quota" }] : []),
      ], // prettier-ignore
      freeze: { rows: 6, columns: 2 },
      tabColor: "#BF8F00",
      summary: {
        kind: "repPerformance",
        reps: result.reps.length,
        met: withQuota.filter((r) => r.quota !== null && r.quota.quota > 0 && r.won.amount >= r.quota.quota).length,
        newCustomerWins: result.reps.reduce((s, r) => s + r.newCustomer.count, 0),
        newIndustryWins: result.reps.reduce((s, r) => s + r.newIndustry.count, 0),
        history: hist !== null,
      },
    },
    summariseRepPerformance,
  );
}

/** One row per rep, a row for won deals without an owner, then the totals, attainment colour-scaled. */
function tableSection(
  b: PlanBuilder,
  w: RepWords,
  result: RepPerformanceResult<RepHistoryLine>,
  cells: LiveCells,
  withHistory: boolean,
): void {
  const top = b.cursor;
  const at = (r: number, c: number) => cellAddress(top + r, 1 + c);
  const header = [...w.header, ...(withHistory ? w.historyHeader : [])];
  const rows: PlanCell[][] = [header];
  result.reps.forEach((rep, k) => rows.push(repRow(rep, k + 1, cells, at, withHistory)));
  if (result.unowned.count > 0)
    rows.push([w.unowned, "", result.unowned.amount, "", result.unowned.count, "", "", "", "", "", ...(withHistory ? ["", "", ""] : [])]); // prettier-ignore
  const n = rows.length - 1;
  const sum = (c: number): PlanCell => (n > 0 ? { formula: `=SUM(${at(1, c)}:${at(n, c)})` } : 0);
  const total = (c: number) => at(n + 1, c);
  rows.push([
    w.total, sum(COL.quota), sum(COL.won),
    { formula: `=IF(N(${total(COL.quota)})>0,${total(COL.won)}/${total(COL.quota)},"")` },
    sum(COL.deals), sum(5), sum(6), sum(7), sum(8), sum(9), ...(withHistory ? [sum(10), "", ""] : []),
  ]); // prettier-ignore
  const table = b.block("reps", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER, PERCENT, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, DECIMAL, PERCENT],
  }); // prettier-ignore
  b.format({ range: table.range(n + 1, 0, 1, header.length), bold: true, borderBottom: "#7F7F7F" });
  if (result.reps.length > 0)
    b.conditional({ kind: "colorScale", range: table.range(1, COL.attainment, result.reps.length, 1), colors: ATTAINMENT_SCALE }); // prettier-ignore
}

function repRow(
  rep: RepPerformanceRow<RepHistoryLine>,
  r: number,
  cells: LiveCells,
  at: (r: number, c: number) => string,
  withHistory: boolean,
): PlanCell[] {
  const [quota, won] = [at(r, COL.quota), at(r, COL.won)];
  const h = rep.history;
  return [
    rep.rep,
    cells.quota(rep.rep),
    cells.won(rep, false),
    { formula: `=IF(N(${quota})>0,${won}/${quota},"")` },
    cells.won(rep, true),
    rep.newCustomer.count,
    rep.newCustomer.amount,
    rep.newIndustry.count,
    rep.newIndustry.amount,
    Math.max(rep.unknownNewCustomer, rep.unknownNewIndustry),
    ...(withHistory ? [h?.stagesAdvanced ?? 0, h?.medianDaysToAdvance ?? "", h?.successRate ?? ""] : []),
  ];
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface RepPerformanceSummary {
  kind: "repPerformance";
  reps: number;
  /** Reps with a quota who reached it. */
  met: number;
  newCustomerWins: number;
  newIndustryWins: number;
  /** Whether the §9 history figures are on the sheet. */
  history: boolean;
}

/** The Rep Performance summary in English. */
export function summariseRepPerformance(s: RepPerformanceSummary): string {
  return (
    `Performance of ${englishNumber(s.reps)} reps: ${englishNumber(s.met)} at or above quota; ` +
    `${englishNumber(s.newCustomerWins)} new-customer and ${englishNumber(s.newIndustryWins)} new-industry wins` +
    `${s.history ? "; with history figures" : ""}.`
  );
}

/** The Rep Performance report (DOMAIN.md §11, §7 and §9). */
export const repPerformanceDefinition: ReportDefinition<RepPerformanceSummary> = {
  kind: "repPerformance",
  sources: { required: ["opportunities"], optional: ["quotas", "accounts", "assignments", "rates", "history"] },
  live: true,
  controls: [{ type: "select", option: "historyWeeks", values: ["4", "13", "26", "52"] }],
  build: (request) =>
    buildRepPerformance({
      request,
      history: request.history,
      weeks: Number(request.model.reports.historyWeeks ?? "13"),
    }),
  summarise: summariseRepPerformance,
};
