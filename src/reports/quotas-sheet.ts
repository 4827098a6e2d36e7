import { cellAddress } from "../core/a1";
import { foldText } from "../core/cells";
import { isoFromSerial } from "../core/dates";
import { Dataset, OpportunityRecord } from "../core/dataset";
import { RepQuotaReview, quotaReviews } from "../core/quota-review";
import { StageDef } from "../core/stages";
import { PlanCell, SheetPlan } from "./plan";
import { ReportDefinition } from "./definition";
import { englishNumber } from "./summary";
import { PlanBuilder } from "./plan-builder";
import { liveSum, LiveSum, opportunityTerms, SkippedRows, skippedOf, withCriterion } from "./live-criteria";
import { ColumnRefs, LiveSummable } from "./sources";
import { ATTAINMENT_SCALE, NUMBER, PERCENT } from "./styles";
import { ReportLanguage, wordsFor } from "./words";

/** Every text the Quota Review writes (issue 15), per report language; "met" is also its formula's result. */
interface QuotasWords {
  sheetName: string;
  title: string;
  subtitle(asOf: string, reps: number, live: boolean): string;
  header: string[];
  total: string;
  met: string;
}

const WORDS: Record<ReportLanguage, QuotasWords> = {
  en: {
    sheetName: "Quota Review", // not "Quotas": that is what users call the source table
    title: "Named-account quota review (指名客户指标)",
    subtitle: (asOf, reps, live) =>
      `As of ${asOf} · ${reps} reps · ${live ? "quota and won are live formulas" : "values"}`,
    header: [
      "Rep",
      "Quota",
      "Won",
      "Named won",
      "Attainment",
      "Named quota",
      "Named attainment",
      "Last year named",
      "Named uplift",
      "Open pipeline (weighted)",
      "Pipeline coverage",
    ],
    total: "Total",
    met: "met",
  },
  zh: {
    sheetName: "指标回顾", // not "指标": that is the Chinese sample's source sheet
    title: "指名客户指标回顾",
    subtitle: (asOf, reps, live) => `报告日期 ${asOf} · ${reps} 位销售 · ${live ? "指标和赢单为实时公式" : "数值"}`,
    header: [
      "销售",
      "指标",
      "赢单",
      "指名客户赢单",
      "完成率",
      "指名客户指标",
      "指名完成率",
      "去年指名业绩",
      "指名增长",
      "在手商机（加权）",
      "商机覆盖倍数",
    ],
    total: "合计",
    met: "已完成",
  },
};

export interface QuotasInput {
  data: Dataset;
  stages: readonly StageDef[];
  asOf: number;
  live: boolean;
  refs: ColumnRefs;
  /** Rows the core skipped, per source: live formulas subtract those their criteria match. */
  skipped?: SkippedRows;
  /** Whether live sums over a source column equal the core's; when not, its sums are written as values. */
  summable?: LiveSummable;
  /** The language of the sheet's words; English when absent. */
  language?: ReportLanguage;
}

/** How the Quota and Won cells of each rep are written: live formulas over the sources, or the core's values. */
interface QuotaCells {
  /** Whether the build writes live formulas (the source has every column they need). */
  live: boolean;
  /** False when the core reads that column unlike Excel (text, 万, converted): its sums are values. */
  quotaLive: boolean;
  wonLive: boolean;
  /** The quota of review `q`, row `k` of the quota table. */
  quota(q: RepQuotaReview, k: number): PlanCell;
  won(q: RepQuotaReview): PlanCell;
  /** Every live sum written, per source, for the skipped rows they match. */
  counted: { opportunities: LiveSum[]; quotas: LiveSum[] };
  /**
   * Whether the rep has a named-account side: a Key-Account primary assignment or a named figure. Without one,
   * named won is blank like named quota (a 0 beside a blank read as a result of nothing).
   */
  namedRep(q: RepQuotaReview): boolean;
}

/** What every section of the Quota Review reads. */
interface QuotasSheet {
  b: PlanBuilder;
  w: QuotasWords;
  input: QuotasInput;
  reviews: RepQuotaReview[];
  cells: QuotaCells;
}

/**
 * The Quotas sheet (DOMAIN.md §7): per rep, quota, won, named won, attainment, named attainment,
 * named uplift, weighted open pipeline and pipeline coverage ("met" once the quota is reached), with
 * attainment colour-scaled. Live mode looks quotas up in the quota table and sums won amounts with
 * SUMIFS over the opportunities, over the rep, owner and status spellings that occur (DOMAIN.md §6);
 * named won and weighted pipeline are values as of the build.
 */
export function buildQuotas(input: QuotasInput): SheetPlan {
  const reviews = quotaReviews(input.data, input.stages);
  const w = wordsFor(WORDS, input.language);
  const sheet: QuotasSheet = {
    b: new PlanBuilder("quotas", w.sheetName),
    w,
    input,
    reviews,
    cells: quotaCells(input),
  };
  sheet.b.title(w.title, w.subtitle(isoFromSerial(input.asOf), reviews.length, sheet.cells.live));
  reviewTableSection(sheet);
  return finishQuotas(sheet);
}

/** The Quota and Won cells: SUMIFS over the rep's spellings in the sources when live, else the core's values. */
function quotaCells(input: QuotasInput): QuotaCells {
  const { data, refs } = input;
  const [ownerRef, statusRef, amountRef] = (["owner", "status", "amount"] as const).map((f) =>
    refs("opportunities", f),
  );
  const [repRef, quotaRef] = [refs("quotas", "rep"), refs("quotas", "quota")];
  const live =
    input.live && ownerRef !== null && statusRef !== null && amountRef !== null && repRef !== null && quotaRef !== null;
  const won = live ? (opportunityTerms(data, refs, input.stages.length)?.won ?? []) : [];
  // Columns the core reads unlike Excel (text, 万, converted) are summed by the core: values.
  const quotaLive = live && (input.summable?.("quotas", "quota") ?? true);
  const wonLive = live && (input.summable?.("opportunities", "amount") ?? true);
  const counted: QuotaCells["counted"] = { opportunities: [], quotas: [] };
  const liveCell = (kind: "opportunities" | "quotas", s: LiveSum): PlanCell => {
    counted[kind].push(s);
    return { formula: s.formula };
  };
  const quotaSum = { field: "quota", ref: quotaRef as string };
  const amountSum = { field: "amount", ref: amountRef as string };
  const quota = (q: RepQuotaReview, k: number): PlanCell => {
    if (!quotaLive) return q.quota;
    // Reviews follow the quota table's order: row k's rep cell as written is its criterion.
    const terms = [[{ field: "rep", ref: repRef as string, value: data.quotas[k].repCell ?? q.rep }]];
    return liveCell("quotas", liveSum(terms, input.skipped?.quotas, quotaSum));
  };
  const wonCell = (q: RepQuotaReview): PlanCell => {
    if (!wonLive) return q.won;
    // The owner cells as written of the opportunities the core counted as the rep's (DOMAIN.md §7).
    const owners = new Set(q.opportunities.map((i) => ownerCell(data.opportunities[i])));
    const terms = withCriterion(won, "owner", ownerRef as string, [...owners]);
    return liveCell("opportunities", liveSum(terms, input.skipped?.opportunities, amountSum));
  };
  const keyAccountReps = new Set(
    data.assignments.filter((a) => a.teamType === "KeyAccount" && a.role === "Primary").map((a) => foldText(a.rep)),
  );
  const namedRep = (q: RepQuotaReview) =>
    keyAccountReps.has(foldText(q.rep)) || q.namedWon !== 0 || !!q.namedQuota || !!q.lastYearNamed;
  return { live, quotaLive, wonLive, quota, won: wonCell, counted, namedRep };
}

/** An owner cell as written; a record made without the parser has only its owner name. */
const ownerCell = (o: OpportunityRecord) => o.cells?.owner ?? (o.owner as string);

/** Review table columns, by their position in the header. */
const COL = { quota: 1, won: 2, namedWon: 3, namedQuota: 5, lastYear: 7, pipeline: 9 } as const;

/** A1 address of (row, column) of the review table, rows 1-based below its header (row r is rep r-1). */
type ReviewCell = (r: number, c: number) => string;

/** One row per rep of the quota table, then the totals, with attainment colour-scaled. */
function reviewTableSection({ b, w, reviews, cells }: QuotasSheet): void {
  const top = b.cursor;
  const at: ReviewCell = (r, c) => cellAddress(top + r, 1 + c);
  const n = reviews.length;
  const rows = [w.header, ...reviews.map((q, k) => repRow(q, k, cells, at, w)), totalRow(n, at, w)];
  const table = b.block("quotas", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER, NUMBER, PERCENT, NUMBER, PERCENT, NUMBER, PERCENT, NUMBER, '0.00"x"'],
  });
  b.format({ range: table.range(n + 1, 0, 1, w.header.length), bold: true, borderBottom: "#7F7F7F" });
  if (n > 0)
    for (const c of [4, 6])
      b.conditional({ kind: "colorScale", range: table.range(1, c, n, 1), colors: ATTAINMENT_SCALE });
}

/** Rep `q` of quota row `k`: quota and won (live or values), the core's named figures, and ratio formulas. */
function repRow(q: RepQuotaReview, k: number, cells: QuotaCells, at: ReviewCell, w: QuotasWords): PlanCell[] {
  const r = k + 1;
  const [quota, won, namedWon] = [at(r, COL.quota), at(r, COL.won), at(r, COL.namedWon)];
  const [namedQuota, lastYear] = [at(r, COL.namedQuota), at(r, COL.lastYear)];
  return [
    q.rep,
    cells.quota(q, k),
    cells.won(q),
    cells.namedRep(q) ? q.namedWon : "",
    { formula: `=IF(${quota}>0,${won}/${quota},"")` },
    q.namedQuota ?? "",
    { formula: `=IF(N(${namedQuota})>0,${namedWon}/${namedQuota},"")` },
    q.lastYearNamed ?? "",
    { formula: `=IF(N(${lastYear})>0,${namedWon}/${lastYear}-1,"")` },
    q.openWeighted,
    {
      formula: `=IF(${quota}<=0,"",IF(${won}>=${quota},"${w.met}",${at(r, COL.pipeline)}/(${quota}-${won})))`,
    },
  ];
}

/** The totals row below `n` reps: sums, and the ratios of the sums. */
function totalRow(n: number, at: ReviewCell, w: QuotasWords): PlanCell[] {
  const sum = (c: number): PlanCell => ({ formula: `=SUM(${at(1, c)}:${at(n, c)})` });
  const total = (c: number) => at(n + 1, c);
  return [
    w.total,
    sum(COL.quota),
    sum(COL.won),
    sum(COL.namedWon),
    { formula: `=IF(${total(COL.quota)}>0,${total(COL.won)}/${total(COL.quota)},"")` },
    sum(COL.namedQuota),
    { formula: `=IF(${total(COL.namedQuota)}>0,${total(COL.namedWon)}/${total(COL.namedQuota)},"")` },
    sum(COL.lastYear),
    { formula: `=IF(${total(COL.lastYear)}>0,${total(COL.namedWon)}/${total(COL.lastYear)}-1,"")` },
    sum(COL.pipeline),
    "",
  ];
}

/** Column widths, the skipped rows and static columns the live formulas met, and the summary. */
function finishQuotas({ b, reviews, cells }: QuotasSheet): SheetPlan {
  b.widths({ A: 2, B: 22, C: 14, D: 14, E: 14, F: 12, G: 14, H: 14, I: 14, J: 12, K: 16, L: 14 });
  const met = reviews.filter((q) => q.met).length;
  const oppsSkipped = skippedOf(cells.counted.opportunities);
  const quotasSkipped = skippedOf(cells.counted.quotas);
  return b.finish(
    {
      liveSkipped: {
        ...(oppsSkipped && { opportunities: oppsSkipped }),
        ...(quotasSkipped && { quotas: quotasSkipped }),
      },
      staticColumns: [
        ...(cells.live && !cells.wonLive ? [{ table: "opportunities" as const, field: "amount" }] : []),
        ...(cells.live && !cells.quotaLive ? [{ table: "quotas" as const, field: "quota" }] : []),
      ],
      freeze: { rows: 4, columns: 2 },
      tabColor: "#548235",
      summary: { kind: "quotas", reps: reviews.length, met },
    },
    summariseQuotas,
  );
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface QuotasSummary {
  kind: "quotas";
  reps: number;
  /** Reps at or above quota. */
  met: number;
}

/** The Quotas summary in English. */
export function summariseQuotas(s: QuotasSummary): string {
  return `Quota review of ${englishNumber(s.reps)} reps: ${englishNumber(s.met)} at or above quota.`;
}

/** The named-account Quota Review (DOMAIN.md §7). */
export const quotasDefinition: ReportDefinition<QuotasSummary> = {
  kind: "quotas",
  sources: { required: ["quotas", "opportunities", "assignments", "accounts"], optional: ["rates"] },
  live: true,
  controls: [],
  build: (r) =>
    buildQuotas({
      data: r.data,
      stages: r.model.stages,
      asOf: r.asOf,
      live: r.live,
      refs: r.refs,
      skipped: r.skipped,
      summable: r.summable,
      language: r.language,
    }),
  summarise: summariseQuotas,
};
