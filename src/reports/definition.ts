/**
 * What one report is (issue 11): its sources, its pane controls, how it builds its sheet and how it
 * words its summary. Every list of reports (ReportKind, the panes, the summaries) derives from the
 * registry of these definitions, so adding a report adds one definition instead of ten edits.
 */
import { PlanTables } from "../core/esp-parse";
import { PlanKind, TableKind } from "../core/fields";
import { Dataset } from "../core/dataset";
import { HistoryModel } from "../core/history";
import { Model, ReportOptions } from "../core/schemas";
import { TieringResult } from "../core/tiering";
import { SkippedRow, SkippedRows } from "./live-criteria";
import { SheetPlan } from "./plan";
import { ColumnRefs, LiveSummable } from "./sources";
import { ReportLanguage } from "./words";

/** The lists a report reads: all of `required` must be picked; `optional` ones are used when picked. */
export interface ReportSources {
  required: readonly TableKind[];
  optional: readonly TableKind[];
  /**
   * ESP plan tables (DOMAIN.md §10) the report reads when the workbook has them. They are found by the tag
   * of the sheet Ninegrid created (or their own table name), never picked in the Data pane.
   */
  plans?: readonly PlanKind[];
}

/** The ESP plan tables as read for one build: their parsed rows and formula references to their columns. */
export interface PlanSources {
  tables: PlanTables;
  /** A structured reference such as `AccountStatus[Score]`; null when the table or the column is missing. */
  refs: (kind: PlanKind, field: string) => string | null;
  /** Rows the core skipped (a score of 7, a second answer), with their cells and addresses, per table. */
  skipped?: Partial<Record<PlanKind, readonly SkippedRow[]>>;
}

/** Model options a report pane can set: the model's segmentation or one of its report options. */
export type ReportOptionKey = "segmentBy" | Exclude<keyof ReportOptions, "asOf" | "output">;

/**
 * One control of a report pane, declared as data so the pane renders every report without a branch
 * per report; its label and choice texts come from the pane's strings, keyed by `option`.
 */
export type ReportControl =
  | { type: "select"; option: ReportOptionKey; values: readonly string[] }
  | { type: "switch"; option: ReportOptionKey }
  /** A yyyy-mm-dd date, blank for the option's default (its "" choice text says what blank means). */
  | { type: "date"; option: ReportOptionKey };

/** Everything a report builder gets: the parsed sources, the model and where the sources are. */
export interface BuildRequest {
  data: Dataset;
  model: Model;
  /** Tiers of every account, computed once per build (most reports show or filter by tier). */
  tiering: TieringResult;
  asOf: number;
  live: boolean;
  refs: ColumnRefs;
  /** Rows the core skipped, per source, so live formulas can leave them out (DOMAIN.md §6). */
  skipped?: SkippedRows;
  /** Whether live sums over a source column equal the core's; when not, they are written as values. */
  summable?: LiveSummable;
  /** The language the sheet's words are written in (see words.ts); English when absent. */
  language?: ReportLanguage;
  /** The plan tables, for a report whose sources name `plans`; absent when the workbook has none. */
  plans?: PlanSources;
  /** The picked history table (DOMAIN.md §9), for reports that add its figures when there is one. */
  history?: HistoryModel;
}

/** One report. `S` is its summary data, the numbers the pane words in the user's language. */
export interface ReportDefinition<S extends { kind: string }> {
  kind: S["kind"];
  sources: ReportSources;
  /** Whether the report can be written with live formulas (the pane then offers the switch). */
  live: boolean;
  controls: readonly ReportControl[];
  build(request: BuildRequest): SheetPlan;
  /** The summary in English, for logs and tests; the pane's strings word the same data. */
  summarise(summary: S): string;
}
