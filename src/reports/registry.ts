/**
 * The report registry (issue 11): every report Ninegrid builds, as one definition each. ReportKind,
 * the task pane's report panes and the summaries all derive from this table, so adding a report is its
 * core module, its report file with a definition, one line here and its strings.
 */
import { tierAccounts } from "../core/tiering";
import { coverageDefinition, CoverageSummary } from "./coverage-sheet";
import { BuildRequest, ReportDefinition } from "./definition";
import { keyAccountsDefinition, KeyAccountsSummary } from "./key-accounts-sheet";
import { nineGridDefinition, NineGridSummary } from "./nine-grid";
import { pipelineDefinition, PipelineSummary } from "./pipeline-sheet";
import { SheetPlan } from "./plan";
import { quotasDefinition, QuotasSummary } from "./quotas-sheet";
import { keyProjectsDefinition, KeyProjectsSummary } from "./key-projects-sheet";
import { contractExecutionDefinition, ContractExecutionSummary } from "./contract-execution-sheet";
import { repPerformanceDefinition, RepPerformanceSummary } from "./rep-performance-sheet";
import { regionalCompositionDefinition, RegionalCompositionSummary } from "./regional-composition-sheet";
import { customerPurchasesDefinition, CustomerPurchasesSummary } from "./customer-purchases-sheet";
import { movementDefinition, MovementSummary } from "./movement-sheet";

/** The summary data of every report; its `kind` names the report. */
export type ReportSummary =
  | NineGridSummary
  | CoverageSummary
  | PipelineSummary
  | QuotasSummary
  | KeyAccountsSummary
  | KeyProjectsSummary
  | ContractExecutionSummary
  | RepPerformanceSummary
  | RegionalCompositionSummary
  | CustomerPurchasesSummary
  | MovementSummary;

export type ReportKind = ReportSummary["kind"];

/** Every report by kind, in the order the task pane lists them. Missing or extra kinds fail to compile. */
export const REPORTS: { readonly [K in ReportKind]: ReportDefinition<Extract<ReportSummary, { kind: K }>> } = {
  nineGrid: nineGridDefinition,
  coverage: coverageDefinition,
  pipeline: pipelineDefinition,
  quotas: quotasDefinition,
  keyAccounts: keyAccountsDefinition,
  keyProjects: keyProjectsDefinition,
  contractExecution: contractExecutionDefinition,
  repPerformance: repPerformanceDefinition,
  regionalComposition: regionalCompositionDefinition,
  customerPurchases: customerPurchasesDefinition,
  movement: movementDefinition,
};

export const REPORT_KINDS = Object.keys(REPORTS) as ReportKind[];

/** The definition of one report, typed for callers that hold any kind. */
export function reportOf(kind: ReportKind): ReportDefinition<ReportSummary> {
  return REPORTS[kind] as unknown as ReportDefinition<ReportSummary>;
}

/** The summary in English, e.g. "Nine-grid of 400 accounts: A 51, B 67, C 58, D 224." */
export function summaryText(summary: ReportSummary): string {
  return reportOf(summary.kind).summarise(summary);
}

/** A build of one report: the dataset, the model and where the sources are. */
export interface ReportRequest extends Omit<BuildRequest, "tiering"> {
  kind: ReportKind;
}

/** Builds the plan of one report from a dataset and the model. */
export function planReport({ kind, ...request }: ReportRequest): SheetPlan {
  // A picked history table (DOMAIN.md §9) reaches every report that can add its figures (Rep Performance).
  const history = request.history ?? request.data.history?.model;
  return reportOf(kind).build({
    ...request,
    tiering: tierAccounts(request.data.accounts, request.model),
    ...(history ? { history } : {}),
  });
}
