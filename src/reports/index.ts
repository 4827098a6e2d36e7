/** Report builders: core results → sheet plans (plain data). One file per report, listed in the registry. */
export * from "./plan";
export { columnRefs, liveSummable } from "./sources";
export { liveWarnings } from "./live-warnings";
export { planReport, reportOf, REPORTS, REPORT_KINDS, summaryText } from "./registry";
export type { ReportRequest } from "./registry";
export type { BuildRequest, ReportControl, ReportDefinition, ReportOptionKey, ReportSources } from "./definition";
export type { BuildWarning, StaticColumnReason, StaticColumnWarning } from "./live-warnings";
export type { ColumnRefs, LiveSummable, SourceLocation } from "./sources";
export { skippedRowsOf, snapshotByCriterion } from "./live-criteria";
export type { SkippedRow, SkippedRows } from "./live-criteria";
