import { cellAddress } from "../core/a1";
import { isoFromSerial } from "../core/dates";
import { Dataset } from "../core/dataset";
import { PeriodLength, PERIOD_BUCKETS, PipelineStats } from "../core/pipeline";
import { PipelineReport, pipelineReport, SplitDimension, WeightBy } from "../core/pipeline-report";
import { StageDef } from "../core/stages";
import { Tier } from "../core/tiers";
import { PlanCell, SheetPlan } from "./plan";
import { ReportDefinition } from "./definition";
import { englishNumber } from "./summary";
import { PlanBuilder, Placed } from "./plan-builder";
import { liveSum, LiveSum, OpportunityTerms, opportunityTerms, SkippedRow, skippedOf, Term } from "./live-criteria";
import { ColumnRefs, LiveSummable } from "./sources";
import { DATE, DECIMAL, NUMBER, PERCENT, SCALE_HIGH, SCALE_LOW, WARN_FILL } from "./styles";
import { ReportLanguage, wordsFor } from "./words";
import { PIPELINE_WORDS, PipelineWords } from "./pipeline-words";

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
  /** The language of the sheet's words; English when absent. */
  language?: ReportLanguage;
}

/** Live formulas over the opportunities table: the terms of each category and the sums written so far. */
interface LiveOpportunities {
  terms: OpportunityTerms;
  /** COUNTIFS over `terms`, or with `value` SUMIFS of their amounts (that value when amounts are not summable live). */
  sum(terms: Term[], value?: number): PlanCell;
  /** False when the core reads amounts unlike Excel (text, 万, converted): amount sums are then values. */
  amountLive: boolean;
  /** Every live sum written, for the skipped rows they match. */
  counted: LiveSum[];
}

/** What every section of the Pipeline sheet reads: the input, the core's report and the live formulas, if any. */
interface PipelineSheet {
  b: PlanBuilder;
  w: PipelineWords;
  /** A stage name as the sheet shows it (its Chinese alias on a Chinese sheet). */
  stageName(name: string): string;
  input: PipelineInput;
  report: PipelineReport;
  /** Null in a static build (or when the source has no stage or amount column). */
  live: LiveOpportunities | null;
}

/** The live-formula state of a build, or null when it writes values. */
function liveOpportunities(input: PipelineInput): LiveOpportunities | null {
  const { data, refs, stages } = input;
  const stageRef = refs("opportunities", "stage");
  const amountRef = refs("opportunities", "amount");
  const terms =
    input.live && stageRef !== null && amountRef !== null ? opportunityTerms(data, refs, stages.length) : null;
  if (!terms) return null;
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
  return { terms, sum, amountLive, counted };
}

/**
 * The Pipeline sheet (DOMAIN.md §6): the stage table with open count, amount, weighted amount,
 * reached, conversion, average age and stalled; won, lost and win rate; the same table split by one
 * dimension; period buckets; the stalled opportunities; and a bar chart of the stages, funnel-ordered.
 * Live mode writes the counts and amounts as COUNTIFS/SUMIFS over the source table, one term per
 * spelling of stage and status that occurs in it, less the skipped rows they match (live-criteria.ts).
 */
export function buildPipeline(input: PipelineInput): SheetPlan {
  const report = pipelineReport(input.data, input.stages, {
    asOf: input.asOf,
    period: input.period,
    splitBy: input.splitBy,
    tiers: input.tiers,
    weightBy: input.weightBy,
  });
  const w = wordsFor(PIPELINE_WORDS, input.language);
  const shown = new Map(input.stages.map((st) => [st.name, w.stage(st)]));
  const sheet: PipelineSheet = {
    b: new PlanBuilder("pipeline", w.sheetName),
    w,
    stageName: (name) => shown.get(name) ?? name,
    input,
    report,
    live: liveOpportunities(input),
  };
  titleSection(sheet);
  const table = stageTableSection(sheet);
  funnelChartSection(sheet, table);
  bucketsSection(sheet);
  splitSection(sheet);
  stalledSection(sheet);
  return finishPipeline(sheet);
}

function titleSection({ b, w, input, live }: PipelineSheet): void {
  const count = input.data.opportunities.length.toLocaleString("en-US");
  b.title(w.title, w.subtitle(isoFromSerial(input.asOf), count, live !== null));
}

/** Columns of the stage table: stage, probability, open count and amount, weighted, reached, conversion, age, stalled, lost. */
const STAGE_COLUMNS = 10;

/** Stage table columns, by their position in the stage header. */
const COL = { count: 2, amount: 3, weighted: 4, reached: 5, conversion: 6, stalled: 8, lost: 9 } as const;

/** A1 address of (row, column) of the stage table, rows 1-based below its header (row r is stage r-1). */
type StageCell = (r: number, c: number) => string;

/** The stage table: one row per stage, then total open, won, lost and win rate, with its formats. */
function stageTableSection(sheet: PipelineSheet): Placed {
  const { b, input } = sheet;
  const k = input.stages.length;
  const top = b.cursor;
  const at: StageCell = (r, c) => cellAddress(top + r, 1 + c);
  const rows: PlanCell[][] = [
    sheet.w.stageHeader,
    ...input.stages.map((_, s) => (sheet.live ? liveStageRow(sheet, sheet.live, s, at) : staticStageRow(sheet, s))),
    ...closedRows(sheet, at),
  ];
  const table = b.block("stages", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", "0%", NUMBER, NUMBER, NUMBER, NUMBER, PERCENT, DECIMAL, NUMBER, NUMBER],
  });
  const totalsRow = k + 1;
  b.format({ range: table.range(totalsRow, 0, 1, STAGE_COLUMNS), bold: true, borderBottom: "#7F7F7F" });
  b.format({ range: table.range(totalsRow + 3, 2, 1, 1), numberFormat: PERCENT });
  b.conditional({ kind: "colorScale", range: table.range(1, COL.amount, k, 1), colors: [SCALE_LOW, SCALE_HIGH] });
  b.conditional({
    kind: "formula",
    range: table.range(1, COL.stalled, k, 1),
    formula: `=${table.cell(1, COL.stalled)}>0`,
    fill: WARN_FILL,
  });
  return table;
}

/** Stage `s` as the core's values. */
function staticStageRow({ report, stageName }: PipelineSheet, s: number): PlanCell[] {
  const v = report.overall.stages[s];
  return [
    stageName(v.name),
    v.probability,
    v.openCount,
    v.openAmount,
    v.weighted,
    v.reached,
    v.conversion ?? "",
    v.avgAge ?? "",
    v.stalled,
    v.lost,
  ];
}

/** Stage `s` with live counts and amounts, and formulas for weighted, reached and conversion. */
function liveStageRow(
  { input, report, stageName }: PipelineSheet,
  live: LiveOpportunities,
  s: number,
  at: StageCell,
): PlanCell[] {
  const k = input.stages.length;
  const v = report.overall.stages[s];
  const r = s + 1;
  const wonCount = at(k + 2, COL.count);
  const next = s + 1 < k ? at(r + 1, COL.reached) : wonCount; // the last stage converts to Won
  return [
    stageName(v.name),
    v.probability,
    live.sum(live.terms.openAt[s]),
    live.sum(live.terms.openAt[s], v.openAmount),
    // Row probabilities differ within a stage, so that sum is a value as of the build.
    report.weightBy === "row" ? v.weighted : { formula: `=${at(r, COL.amount)}*${at(r, 1)}` },
    // reached = open at or past this stage + lost at or past it + every won one
    {
      formula: `=SUM(${at(r, COL.count)}:${at(k, COL.count)})+SUM(${at(r, COL.lost)}:${at(k, COL.lost)})+${wonCount}`,
    },
    { formula: `=IF(${at(r, COL.reached)}>0,${next}/${at(r, COL.reached)},"")` },
    v.avgAge ?? "",
    v.stalled,
    live.sum(live.terms.lostAt[s]),
  ];
}

/** Total open, Won, Lost and Win rate rows below the stages. */
function closedRows({ w, input, report, live }: PipelineSheet, at: StageCell): PlanCell[][] {
  const k = input.stages.length;
  const o = report.overall;
  const total = (c: number): PlanCell => ({ formula: `=SUM(${at(1, c)}:${at(k, c)})` });
  const [won, lost] = [at(k + 2, COL.count), at(k + 3, COL.count)];
  const pad = (cells: PlanCell[]) => [...cells, ...Array<PlanCell>(STAGE_COLUMNS - cells.length).fill("")];
  return [
    pad([w.totalOpen, "", total(COL.count), total(COL.amount), total(COL.weighted), "", "", "", total(COL.stalled)]),
    pad([
      w.won,
      "",
      live ? live.sum(live.terms.won) : o.won.count,
      live ? live.sum(live.terms.won, o.won.amount) : o.won.amount,
    ]),
    pad([
      w.lost,
      "",
      live ? live.sum(live.terms.lost) : o.lost.count,
      live ? live.sum(live.terms.lost, o.lost.amount) : o.lost.amount,
    ]),
    pad([w.winRate, "", live ? { formula: `=IF(${won}+${lost}>0,${won}/(${won}+${lost}),"")` } : (o.winRate ?? "")]),
  ];
}

/** Funnel-style bar chart: reached per stage, first stage on top, beside the stage table. */
function funnelChartSection({ b, w, input }: PipelineSheet, table: Placed): void {
  const k = input.stages.length;
  b.chart({
    id: "PipelineFunnel",
    type: "BarClustered",
    title: w.chartTitle,
    from: `M${table.row + 1}`,
    to: `T${table.row + 18}`,
    series: [
      {
        name: w.reached,
        values: table.range(1, COL.reached, k, 1),
        xValues: table.range(1, 0, k, 1),
        color: SCALE_HIGH,
      },
    ],
    reverseCategories: true,
    legend: "None",
  });
}

/** Period buckets of open opportunities (当期 / 下期 / 培育). */
function bucketsSection({ b, w, input, report }: PipelineSheet): void {
  b.caption("bucketsCaption", w.bucketsCaption(input.period));
  const rows = PERIOD_BUCKETS.map((k) => {
    const bucket = report.buckets[k];
    return [w.bucket[k], bucket.count, bucket.amount, bucket.weighted];
  });
  b.block("buckets", { col: 1 }, [w.bucketsHeader, ...rows], {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER, NUMBER],
  });
}

/** The rows of one stage table, values only, for the split tables. */
function stageRows(s: PipelineStats, stageName: (name: string) => string): PlanCell[][] {
  return s.stages.map((st) => [
    stageName(st.name),
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

/** The stage table again per group of the split dimension (values), each group closed by its Won row. */
function splitSection({ b, w, report, stageName }: PipelineSheet): void {
  const { dimension, groups } = report.split;
  if (dimension === "none") return;
  b.caption("splitCaption", w.splitCaption(dimension));
  const rows: PlanCell[][] = [[w.dimension(dimension), ...w.stageHeader.slice(0, 9)]];
  for (const { label: key, stats } of groups) {
    const label = w.group(key);
    for (const r of stageRows(stats, stageName)) rows.push([label, ...r]);
    rows.push([label, w.won, "", stats.won.count, stats.won.amount, "", "", stats.winRate ?? "", "", ""]);
  }
  b.block("split", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", "General", "0%", NUMBER, NUMBER, NUMBER, NUMBER, PERCENT, DECIMAL, NUMBER],
  });
}

/** Stalled opportunities, oldest first, with where each is in the source. */
function stalledSection({ b, w, input, report, stageName }: PipelineSheet): void {
  const count = report.stalled.length;
  b.caption("stalledCaption", w.stalledCaption(count));
  if (!count) return;
  const rows = report.stalled.map((x) => {
    const opp = input.data.opportunities[x.opportunity];
    const { id, accountText, owner, amount, expectedClose, row } = opp;
    return [
      id ?? "",
      accountText,
      owner ?? "",
      stageName(x.stage),
      x.ageDays,
      x.limitDays,
      amount,
      expectedClose ?? "",
      row,
    ];
  });
  b.block("stalled", { col: 1 }, [w.stalledHeader, ...rows], {
    header: true,
    numberFormat: ["General", "General", "General", "General", NUMBER, NUMBER, NUMBER, DATE, "General"],
  });
}

/** Column widths, the skipped rows and static columns the live formulas met, and the summary. */
function finishPipeline({ b, report, live }: PipelineSheet): SheetPlan {
  b.widths({ A: 2, B: 22, C: 12, D: 12, E: 14, F: 16, G: 12, H: 16, I: 16, J: 10, K: 10 });
  const liveSkipped = live ? skippedOf(live.counted) : undefined;
  const o = report.overall;
  return b.finish(
    {
      liveSkipped: liveSkipped && { opportunities: liveSkipped },
      ...(live && !live.amountLive ? { staticColumns: [{ table: "opportunities" as const, field: "amount" }] } : {}),
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

/** The numbers of the summary, worded by the pane in the user's language. */
export interface PipelineSummary {
  kind: "pipeline";
  openCount: number;
  openAmount: number;
  weighted: number;
  /** Won / (won + lost); null when nothing is closed. */
  winRate: number | null;
  stalled: number;
}

/** The Pipeline summary in English. */
export function summarisePipeline(s: PipelineSummary): string {
  const amount = (x: number) => englishNumber(Math.round(x));
  const winRate = s.winRate === null ? "n/a" : `${Math.round(s.winRate * 100)}%`;
  return (
    `Pipeline of ${englishNumber(s.openCount)} open opportunities (${amount(s.openAmount)}, weighted ` +
    `${amount(s.weighted)}); win rate ${winRate}; ${englishNumber(s.stalled)} stalled.`
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
      language: r.language,
    }),
  summarise: summarisePipeline,
};
