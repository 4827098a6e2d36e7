/**
 * The numbers behind each report's one-line summary, so the task pane can say it in the user's language,
 * and the English line kept on the plan for logs and tests. The registry unites them (ReportSummary);
 * the Nine-Grid's lives with its report in nine-grid.ts.
 */
export interface CoverageSummary {
  kind: "coverage";
  accounts: number;
  uncovered: number;
  conflicts: number;
  unnamedKeyAccounts: number;
  overServed: number;
  /** Reps with at least one rep-load violation. */
  repLoadViolations: number;
}

export interface PipelineSummary {
  kind: "pipeline";
  openCount: number;
  openAmount: number;
  weighted: number;
  /** Won / (won + lost); null when nothing is closed. */
  winRate: number | null;
  stalled: number;
}

export interface QuotasSummary {
  kind: "quotas";
  reps: number;
  /** Reps at or above quota. */
  met: number;
}

const n = (x: number) => x.toLocaleString("en-US");
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

/** The Coverage summary in English. */
export function summariseCoverage(s: CoverageSummary): string {
  return (
    `Coverage of ${n(s.accounts)} accounts: ${n(s.uncovered)} uncovered, ${n(s.conflicts)} conflicts, ` +
    `${n(s.unnamedKeyAccounts)} unnamed key accounts, ${n(s.overServed)} over-served; ` +
    `${plural(s.repLoadViolations, "rep-load violation", "rep-load violations")}.`
  );
}

/** The Pipeline summary in English. */
export function summarisePipeline(s: PipelineSummary): string {
  return (
    `Pipeline of ${n(s.openCount)} open opportunities (${n(Math.round(s.openAmount))}, weighted ` +
    `${n(Math.round(s.weighted))}); win rate ${s.winRate === null ? "n/a" : `${Math.round(s.winRate * 100)}%`}; ` +
    `${n(s.stalled)} stalled.`
  );
}

/** The Quotas summary in English. */
export function summariseQuotas(s: QuotasSummary): string {
  return `Quota review of ${n(s.reps)} reps: ${n(s.met)} at or above quota.`;
}
