import { cellAddress } from "../core/a1";
import { isoFromSerial } from "../core/dates";
import { Dataset } from "../core/dataset";
import { PeriodLength, PERIOD_BUCKETS, PipelineStats } from "../core/pipeline";
import { pipelineReport, SplitDimension, WeightBy } from "../core/pipeline-report";
import { LOST, StageDef } from "../core/stages";
import { Tier } from "../core/tiers";
import { PlanCell, SheetPlan } from "./plan";
import { ReportDefinition } from "./definition";
import { PipelineSummary, summarisePipeline } from "./summary";
import { PlanBuilder } from "./plan-builder";
import { liveSum, LiveSum, opportunityTerms, SkippedRow, skippedOf, Term } from "./live-criteria";
import { ColumnRefs, LiveSummable } from "./sources";
import { DATE, DECIMAL, NUMBER, PERCENT, SCALE_HIGH, SCALE_LOW, WARN_FILL } from "./styles";

export interface PipelineInput {
  data: Dataset;
  stages: readonly StageDef[];
  asOf: number;
  period: PeriodLength;
  splitBy: SplitDimension;
  tiers?: readonly (Tier | null)[];
  live: boolean;
  refs: ColumnRefs;
  /** Opportunity rows the core skipped: live formulas subtract those their criteria match. */
  skipped?: readonly SkippedRow[];
  /** Whether live sums over a source column equal the core's; when not, amounts are written as values. */
  summable?: LiveSummable;
  /** Weight by the stage's probability (default) or each row's own (DOMAIN.md §6 "Row probability"). */
  weightBy?: WeightBy;
}

const BUCKET_LABEL = {
  current: "Current period (当期)",
  next: "Next period (下期)",
  incubating: "Incubating (培育)",
} as const;

/** The rows of one stage table, values only (used for the split tables and in static mode). */
function stageRows(s: PipelineStats): PlanCell[][] {
  return s.stages.map((st) => [
    st.name,
    st.probability,
    st.openCount,
    st.openAmount,
    st.weighted,
    st.reached,
    st.conversion ?? "",
    st.avgAge ?? "",
    st.stalled,
  ]);
}

/**
 * The Pipeline sheet (DOMAIN.md §6): the stage table with open count, amount, weighted amount,
 * reached, conversion, average age and stalled; won, lost and win rate; the same table split by one
 * dimension; period buckets; the stalled opportunities; and a bar chart of the stages, funnel-ordered.
 * Live mode writes the counts and amounts as COUNTIFS/SUMIFS over the source table, one term per
 * spelling of stage and status that occurs in it, less the skipped rows they match (live-criteria.ts).
 */
export function buildPipeline(input: PipelineInput): SheetPlan {
  const { data, stages, refs } = input;
  const report = pipelineReport(data, stages, {
    asOf: input.asOf,
    period: input.period,
    splitBy: input.splitBy,
    tiers: input.tiers,
    weightBy: input.weightBy,
  });
  const o = report.overall;
  const stageRef = refs("opportunities", "stage");
  const amountRef = refs("opportunities", "amount");
  const live = input.live && stageRef !== null && amountRef !== null;
  const b = new PlanBuilder("pipeline", "Pipeline");
  b.title(
    "Pipeline by stage (商机阶段)",
    `As of ${isoFromSerial(input.asOf)} · ${data.opportunities.length.toLocaleString("en-US")} opportunities · ${live ? "counts and amounts are live formulas over the source table" : "values"}`,
  );

  const terms = live ? opportunityTerms(data, refs, stages.length) : null;
  const skipped = input.skipped ?? [];
  const amount = { field: "amount", ref: amountRef as string };
  // Amounts the core reads unlike Excel (text, 万, converted) are values; the counts stay live.
  const amountLive = input.summable?.("opportunities", "amount") ?? true;
  const counted: LiveSum[] = [];
  const sum = (t: Term[], value?: number): PlanCell => {
    if (value !== undefined && !amountLive) return value;
    const s = liveSum(t, skipped, value !== undefined ? amount : undefined);
    counted.push(s);
    return { formula: s.formula };
  };
  const header = [
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
  ];
  const top = b.cursor;
  const rows: PlanCell[][] = [header];
  // Row r (1-based in the block) is stage r-1; columns follow `header`.
  const at = (r: number, c: number) => cellAddress(top + r, 1 + c);
  stages.forEach((st, s) => {
    const r = s + 1;
    const v = o.stages[s];
    const lostHere = data.opportunities.filter((x) => x.status === LOST && x.stage === s).length;
    if (!terms) {
      rows.push([
        st.name,
        st.probability,
        v.openCount,
        v.openAmount,
        v.weighted,
        v.reached,
        v.conversion ?? "",
        v.avgAge ?? "",
        v.stalled,
        lostHere,
      ]);
      return;
    }
    const liveTerms = terms;
    const next = s + 1 < stages.length ? at(r + 1, 5) : at(stages.length + 2, 2); // last stage converts to Won
    rows.push([
      st.name,
      st.probability,
      sum(liveTerms.openAt[s]),
      sum(liveTerms.openAt[s], v.openAmount),
      // Row probabilities differ within a stage, so that sum is a value as of the build.
      input.weightBy === "row" ? v.weighted : { formula: `=${at(r, 3)}*${at(r, 1)}` },
      // reached = open at or past this stage + lost at or past it + every won one
      {
        formula: `=SUM(${at(r, 2)}:${at(stages.length, 2)})+SUM(${at(r, 9)}:${at(stages.length, 9)})+${at(stages.length + 2, 2)}`,
      },
      { formula: `=IF(${at(r, 5)}>0,${next}/${at(r, 5)},"")` },
      v.avgAge ?? "",
      v.stalled,
      sum(liveTerms.lostAt[s]),
    ]);
  });
  const totalsRow = stages.length + 1;
  rows.push([
    "Total open",
    "",
    { formula: `=SUM(${at(1, 2)}:${at(stages.length, 2)})` },
    { formula: `=SUM(${at(1, 3)}:${at(stages.length, 3)})` },
    { formula: `=SUM(${at(1, 4)}:${at(stages.length, 4)})` },
    "",
    "",
    "",
    { formula: `=SUM(${at(1, 8)}:${at(stages.length, 8)})` },
    "",
  ]);
  const wonCount: PlanCell = terms ? sum(terms.won) : o.won.count;
  const wonAmount: PlanCell = terms ? sum(terms.won, o.won.amount) : o.won.amount;
  const lostCount: PlanCell = terms ? sum(terms.lost) : o.lost.count;
  const lostAmount: PlanCell = terms ? sum(terms.lost, o.lost.amount) : o.lost.amount;
  rows.push(["Won", "", wonCount, wonAmount, "", "", "", "", "", ""]);
  rows.push(["Lost", "", lostCount, lostAmount, "", "", "", "", "", ""]);
  rows.push([
    "Win rate",
    "",
    terms
      ? {
          formula: `=IF(${at(totalsRow + 1, 2)}+${at(totalsRow + 2, 2)}>0,${at(totalsRow + 1, 2)}/(${at(totalsRow + 1, 2)}+${at(totalsRow + 2, 2)}),"")`,
        }
      : (o.winRate ?? ""),
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ]);
  const table = b.block("stages", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", "0%", NUMBER, NUMBER, NUMBER, NUMBER, PERCENT, DECIMAL, NUMBER, NUMBER],
  });
  b.format({ range: table.range(totalsRow, 0, 1, header.length), bold: true, borderBottom: "#7F7F7F" });
  b.format({ range: table.range(totalsRow + 3, 2, 1, 1), numberFormat: PERCENT });
  b.conditional({ kind: "colorScale", range: table.range(1, 3, stages.length, 1), colors: [SCALE_LOW, SCALE_HIGH] });
  b.conditional({
    kind: "formula",
    range: table.range(1, 8, stages.length, 1),
    formula: `=${table.cell(1, 8)}>0`,
    fill: WARN_FILL,
  });

  // Funnel-style bar chart: reached per stage, first stage on top.
  b.chart({
    id: "PipelineFunnel",
    type: "BarClustered",
    title: "Opportunities reaching each stage",
    from: `M${top + 1}`,
    to: `T${top + 18}`,
    series: [
      {
        name: "Reached",
        values: table.range(1, 5, stages.length, 1),
        xValues: table.range(1, 0, stages.length, 1),
        color: SCALE_HIGH,
      },
    ],
    reverseCategories: true,
    legend: "None",
  });

  // Period buckets of open opportunities.
  b.caption("bucketsCaption", `Open pipeline by expected close (${input.period})`);
  b.block(
    "buckets",
    { col: 1 },
    [
      ["Bucket", "Open count", "Open amount", "Weighted amount"],
      ...PERIOD_BUCKETS.map((k) => [
        BUCKET_LABEL[k],
        report.buckets[k].count,
        report.buckets[k].amount,
        report.buckets[k].weighted,
      ]),
    ],
    { header: true, numberFormat: ["General", NUMBER, NUMBER, NUMBER] },
  );

  // The same stage table split by one dimension (values).
  if (report.split.dimension !== "none") {
    b.caption("splitCaption", `By ${report.split.dimension}`);
    const splitRows: PlanCell[][] = [[report.split.dimension, ...header.slice(0, 9)]];
    for (const g of report.split.groups) {
      for (const r of stageRows(g.stats)) splitRows.push([g.label, ...r]);
      splitRows.push([
        g.label,
        "Won",
        "",
        g.stats.won.count,
        g.stats.won.amount,
        "",
        "",
        g.stats.winRate ?? "",
        "",
        "",
      ]);
    }
    b.block("split", { col: 1 }, splitRows, {
      header: true,
      numberFormat: ["General", "General", "0%", NUMBER, NUMBER, NUMBER, NUMBER, PERCENT, DECIMAL, NUMBER],
    });
  }

  // Stalled opportunities, oldest first.
  b.caption(
    "stalledCaption",
    `Stalled: ${report.stalled.length} open opportunit${report.stalled.length === 1 ? "y" : "ies"} older than their stage's limit`,
  );
  if (report.stalled.length) {
    b.block(
      "stalled",
      { col: 1 },
      [
        [
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
        ...report.stalled.map((x) => {
          const opp = data.opportunities[x.opportunity];
          return [
            opp.id ?? "",
            opp.accountText,
            opp.owner ?? "",
            x.stage,
            x.ageDays,
            x.limitDays,
            opp.amount,
            opp.expectedClose ?? "",
            opp.row,
          ];
        }),
      ],
      {
        header: true,
        numberFormat: ["General", "General", "General", "General", NUMBER, NUMBER, NUMBER, DATE, "General"],
      },
    );
  }
  b.widths({ A: 2, B: 22, C: 12, D: 12, E: 14, F: 16, G: 12, H: 16, I: 16, J: 10, K: 10 });
  const liveSkipped = skippedOf(counted);
  return b.finish(
    {
      liveSkipped: liveSkipped && { opportunities: liveSkipped },
      ...(terms && !amountLive ? { staticColumns: [{ table: "opportunities" as const, field: "amount" }] } : {}),
      freeze: { rows: 3, columns: 0 },
      tabColor: SCALE_HIGH,
      summary: {
        kind: "pipeline",
        openCount: o.openCount,
        openAmount: o.openAmount,
        weighted: o.weighted,
        winRate: o.winRate,
        stalled: report.stalled.length,
      },
    },
    summarisePipeline,
  );
}

/** The Pipeline report (DOMAIN.md §6). */
export const pipelineDefinition: ReportDefinition<PipelineSummary> = {
  kind: "pipeline",
  sources: { required: ["opportunities"], optional: ["accounts", "rates"] },
  live: true,
  controls: [
    { type: "select", option: "splitBy", values: ["none", "region", "tier", "owner", "projectClass"] },
    { type: "select", option: "period", values: ["month", "quarter", "half", "year"] },
  ],
  build: (r) =>
    buildPipeline({
      data: r.data,
      stages: r.model.stages,
      asOf: r.asOf,
      period: r.model.reports.period,
      splitBy: r.model.reports.splitBy,
      tiers: r.tiering.tiers,
      live: r.live,
      refs: r.refs,
      skipped: r.skipped?.opportunities,
      summable: r.summable,
      weightBy: r.model.reports.weightBy,
    }),
  summarise: summarisePipeline,
};
