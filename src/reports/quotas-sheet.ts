import { isoFromSerial } from "../core/dates";
import { Dataset } from "../core/dataset";
import { quotaReviews } from "../core/quota-review";
import { foldText } from "../core/cells";
import { StageDef } from "../core/stages";
import { PlanCell, SheetPlan } from "./plan";
import { ReportDefinition } from "./definition";
import { QuotasSummary, summariseQuotas } from "./summary";
import { PlanBuilder } from "./plan-builder";
import { liveSum, LiveSum, opportunityTerms, SkippedRows, skippedOf, withCriterion } from "./live-criteria";
import { ColumnRefs, LiveSummable } from "./sources";
import { ATTAINMENT_SCALE, NUMBER, PERCENT } from "./styles";

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
}

/**
 * The Quotas sheet (DOMAIN.md §7): per rep, quota, won, named won, attainment, named attainment,
 * named uplift, weighted open pipeline and pipeline coverage ("met" once the quota is reached), with
 * attainment colour-scaled. Live mode looks quotas up in the quota table and sums won amounts with
 * SUMIFS over the opportunities, over the rep, owner and status spellings that occur (DOMAIN.md §6);
 * named won and weighted pipeline are values as of the build.
 */
export function buildQuotas(input: QuotasInput): SheetPlan {
  const { data, refs } = input;
  const reviews = quotaReviews(data, input.stages);
  const ownerRef = refs("opportunities", "owner");
  const statusRef = refs("opportunities", "status");
  const amountRef = refs("opportunities", "amount");
  const repRef = refs("quotas", "rep");
  const quotaRef = refs("quotas", "quota");
  const live =
    input.live && ownerRef !== null && statusRef !== null && amountRef !== null && repRef !== null && quotaRef !== null;
  const won = live ? (opportunityTerms(data, refs, input.stages.length)?.won ?? []) : [];
  // Owner cells as written, by folded rep name: the core matches owners to reps that way (DOMAIN.md §7).
  const owners = new Map<string, Set<string | number>>();
  for (const o of data.opportunities) {
    if (!o.owner) continue;
    const set = owners.get(foldText(o.owner)) ?? new Set();
    set.add(o.cells?.owner ?? o.owner);
    owners.set(foldText(o.owner), set);
  }
  const repCells = new Map(data.quotas.map((q) => [foldText(q.rep), q.repCell ?? q.rep]));
  // Columns the core reads unlike Excel (text, 万, converted) are summed by the core: values.
  const quotaLive = live && (input.summable?.("quotas", "quota") ?? true);
  const wonLive = live && (input.summable?.("opportunities", "amount") ?? true);
  const counted: { opportunities: LiveSum[]; quotas: LiveSum[] } = { opportunities: [], quotas: [] };
  const liveCell = (kind: "opportunities" | "quotas", s: LiveSum): PlanCell => {
    counted[kind].push(s);
    return { formula: s.formula };
  };
  const b = new PlanBuilder("quotas", "Quota Review"); // not "Quotas": that is what users call the source table
  b.title(
    "Named-account quota review (指名客户指标)",
    `As of ${isoFromSerial(input.asOf)} · ${reviews.length} reps · ${live ? "quota and won are live formulas" : "values"}`,
  );
  const header = [
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
  ];
  const top = b.cursor;
  const cell = (r: number, c: number) => `${String.fromCharCode(66 + c)}${top + r + 1}`; // block starts in column B; 11 columns stay within B..L
  const rows: PlanCell[][] = [header];
  reviews.forEach((q, k) => {
    const r = k + 1;
    const quotaTerms = [[{ field: "rep", ref: repRef as string, value: repCells.get(foldText(q.rep)) ?? q.rep }]];
    const wonTerms = withCriterion(won, "owner", ownerRef as string, [...(owners.get(foldText(q.rep)) ?? [])]);
    const amount = { field: "amount", ref: amountRef as string };
    rows.push([
      q.rep,
      quotaLive
        ? liveCell(
            "quotas",
            liveSum(quotaTerms, input.skipped?.quotas, {
              field: "quota",
              ref: quotaRef as string,
            }),
          )
        : q.quota,
      wonLive ? liveCell("opportunities", liveSum(wonTerms, input.skipped?.opportunities, amount)) : q.won,
      q.namedWon,
      { formula: `=IF(${cell(r, 1)}>0,${cell(r, 2)}/${cell(r, 1)},"")` },
      q.namedQuota ?? "",
      { formula: `=IF(N(${cell(r, 5)})>0,${cell(r, 3)}/${cell(r, 5)},"")` },
      q.lastYearNamed ?? "",
      { formula: `=IF(N(${cell(r, 7)})>0,${cell(r, 3)}/${cell(r, 7)}-1,"")` },
      q.openWeighted,
      {
        formula: `=IF(${cell(r, 1)}<=0,"",IF(${cell(r, 2)}>=${cell(r, 1)},"met",${cell(r, 9)}/(${cell(r, 1)}-${cell(r, 2)})))`,
      },
    ]);
  });
  const n = reviews.length;
  rows.push([
    "Total",
    { formula: `=SUM(${cell(1, 1)}:${cell(n, 1)})` },
    { formula: `=SUM(${cell(1, 2)}:${cell(n, 2)})` },
    { formula: `=SUM(${cell(1, 3)}:${cell(n, 3)})` },
    { formula: `=IF(${cell(n + 1, 1)}>0,${cell(n + 1, 2)}/${cell(n + 1, 1)},"")` },
    { formula: `=SUM(${cell(1, 5)}:${cell(n, 5)})` },
    { formula: `=IF(${cell(n + 1, 5)}>0,${cell(n + 1, 3)}/${cell(n + 1, 5)},"")` },
    { formula: `=SUM(${cell(1, 7)}:${cell(n, 7)})` },
    { formula: `=IF(${cell(n + 1, 7)}>0,${cell(n + 1, 3)}/${cell(n + 1, 7)}-1,"")` },
    { formula: `=SUM(${cell(1, 9)}:${cell(n, 9)})` },
    "",
  ]);
  const table = b.block("quotas", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER, NUMBER, PERCENT, NUMBER, PERCENT, NUMBER, PERCENT, NUMBER, '0.00"x"'],
  });
  b.format({ range: table.range(n + 1, 0, 1, header.length), bold: true, borderBottom: "#7F7F7F" });
  if (n > 0)
    for (const c of [4, 6])
      b.conditional({ kind: "colorScale", range: table.range(1, c, n, 1), colors: ATTAINMENT_SCALE });
  b.widths({ A: 2, B: 22, C: 14, D: 14, E: 14, F: 12, G: 14, H: 14, I: 14, J: 12, K: 16, L: 14 });
  const met = reviews.filter((q) => q.attainment !== null && q.attainment >= 1).length;
  const oppsSkipped = skippedOf(counted.opportunities);
  const quotasSkipped = skippedOf(counted.quotas);
  return b.finish(
    {
      liveSkipped: {
        ...(oppsSkipped && { opportunities: oppsSkipped }),
        ...(quotasSkipped && { quotas: quotasSkipped }),
      },
      staticColumns: [
        ...(live && !wonLive ? [{ table: "opportunities" as const, field: "amount" }] : []),
        ...(live && !quotaLive ? [{ table: "quotas" as const, field: "quota" }] : []),
      ],
      freeze: { rows: 4, columns: 2 },
      tabColor: "#548235",
      summary: { kind: "quotas", reps: n, met },
    },
    summariseQuotas,
  );
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
    }),
  summarise: summariseQuotas,
};
