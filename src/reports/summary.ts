import { Tier, TIERS } from "../core/tiers";

/**
 * The numbers behind a report's one-line summary, so the task pane can say it in the user's language;
 * `summaryText` is the English line kept on the plan for logs and tests.
 */
export type ReportSummary =
  | {
      kind: "nineGrid";
      /** Accounts with both bands, i.e. with a tier. */
      accounts: number;
      /** Accounts per effective tier (approved manual tiers included). */
      tiers: Record<Tier, number>;
      /** Accounts without contribution or potential, so without a tier. */
      unbanded: number;
      /** Manual tiers without an approver. */
      pendingOverrides: number;
    }
  | {
      kind: "coverage";
      accounts: number;
      uncovered: number;
      conflicts: number;
      unnamedKeyAccounts: number;
      overServed: number;
      /** Reps with at least one rep-load violation. */
      repLoadViolations: number;
    }
  | {
      kind: "pipeline";
      openCount: number;
      openAmount: number;
      weighted: number;
      /** Won / (won + lost); null when nothing is closed. */
      winRate: number | null;
      stalled: number;
    }
  | {
      kind: "quotas";
      reps: number;
      /** Reps at or above quota. */
      met: number;
    };

const n = (x: number) => x.toLocaleString("en-US");
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

/** The summary in English, e.g. "Nine-grid of 400 accounts: A 51, B 67, C 58, D 224; 3 overrides pending approval." */
export function summaryText(s: ReportSummary): string {
  switch (s.kind) {
    case "nineGrid":
      return (
        `Nine-grid of ${n(s.accounts)} accounts: ${TIERS.map((t) => `${t} ${n(s.tiers[t])}`).join(", ")}` +
        (s.unbanded ? `; ${n(s.unbanded)} without contribution or potential` : "") +
        (s.pendingOverrides ? `; ${plural(s.pendingOverrides, "override", "overrides")} pending approval` : "") +
        "."
      );
    case "coverage":
      return (
        `Coverage of ${n(s.accounts)} accounts: ${n(s.uncovered)} uncovered, ${n(s.conflicts)} conflicts, ` +
        `${n(s.unnamedKeyAccounts)} unnamed key accounts, ${n(s.overServed)} over-served; ` +
        `${plural(s.repLoadViolations, "rep-load violation", "rep-load violations")}.`
      );
    case "pipeline":
      return (
        `Pipeline of ${n(s.openCount)} open opportunities (${n(Math.round(s.openAmount))}, weighted ` +
        `${n(Math.round(s.weighted))}); win rate ${s.winRate === null ? "n/a" : `${Math.round(s.winRate * 100)}%`}; ` +
        `${n(s.stalled)} stalled.`
      );
    case "quotas":
      return `Quota review of ${n(s.reps)} reps: ${n(s.met)} at or above quota.`;
  }
}
