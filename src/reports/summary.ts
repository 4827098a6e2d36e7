import { Tier, TIERS } from "../core/tiers";

/**
 * The numbers behind each report's one-line summary, so the task pane can say it in the user's language,
 * and the English line kept on the plan for logs and tests. Each report's summary lives in its report
 * file; the registry unites them (ReportSummary). This file keeps the English number wording they share.
 */
export interface NineGridSummary {
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

const n = (x: number) => x.toLocaleString("en-US");
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
/** A number in English with thousands separators, and a count with its noun, for every report's summary. */
export { n as englishNumber, plural as englishCount };

/** The NineGrid summary in English. */
export function summariseNineGrid(s: NineGridSummary): string {
  return (
    `Nine-grid of ${n(s.accounts)} accounts: ${TIERS.map((t) => `${t} ${n(s.tiers[t])}`).join(", ")}` +
    (s.unbanded ? `; ${n(s.unbanded)} without contribution or potential` : "") +
    (s.pendingOverrides ? `; ${plural(s.pendingOverrides, "override", "overrides")} pending approval` : "") +
    "."
  );
}
