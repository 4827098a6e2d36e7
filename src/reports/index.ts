/** Report builders: core results → sheet plans (plain data). One file per report. */
import { Dataset } from "../core/dataset";
import { Model } from "../core/schemas";
import { tierAccounts } from "../core/tiering";
import { buildCoverage } from "./coverage-sheet";
import { buildNineGrid } from "./nine-grid";
import { buildPipeline } from "./pipeline-sheet";
import { ReportKind, SheetPlan } from "./plan";
import { buildQuotas } from "./quotas-sheet";
import { SkippedRows } from "./live-criteria";
import { ColumnRefs, LiveSummable } from "./sources";

export * from "./plan";
export { columnRefs, liveSummable } from "./sources";
export { liveWarnings } from "./live-warnings";
export { summaryText } from "./summary";
export type { BuildWarning, StaticColumnReason, StaticColumnWarning } from "./live-warnings";
export type { ColumnRefs, LiveSummable, SourceLocation } from "./sources";
export { skippedRowsOf } from "./live-criteria";
export type { SkippedRow, SkippedRows } from "./live-criteria";

export interface ReportRequest {
  kind: ReportKind;
  data: Dataset;
  model: Model;
  asOf: number;
  live: boolean;
  refs: ColumnRefs;
  /** Rows the core skipped, per source, so live formulas can leave them out (DOMAIN.md §6). */
  skipped?: SkippedRows;
  /** Whether live sums over a source column equal the core's; when not, they are written as values. */
  summable?: LiveSummable;
}

/** Builds the plan of one report from a dataset and the model. */
export function planReport(r: ReportRequest): SheetPlan {
  const tiering = tierAccounts(r.data.accounts, r.model);
  switch (r.kind) {
    case "nineGrid":
      return buildNineGrid({
        data: r.data,
        model: r.model,
        tiering,
        asOf: r.asOf,
        live: r.live,
        refs: r.refs,
        skipped: r.skipped?.accounts,
        summable: r.summable,
      });
    case "coverage":
      return buildCoverage({ data: r.data, model: r.model, tiers: tiering.tiers, asOf: r.asOf });
    case "pipeline":
      return buildPipeline({
        data: r.data,
        stages: r.model.stages,
        asOf: r.asOf,
        period: r.model.reports.period,
        splitBy: r.model.reports.splitBy,
        tiers: tiering.tiers,
        live: r.live,
        refs: r.refs,
        skipped: r.skipped?.opportunities,
        summable: r.summable,
        weightBy: r.model.reports.weightBy,
      });
    case "quotas":
      return buildQuotas({
        data: r.data,
        stages: r.model.stages,
        asOf: r.asOf,
        live: r.live,
        refs: r.refs,
        skipped: r.skipped,
        summable: r.summable,
      });
  }
}
