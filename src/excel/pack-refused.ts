/**
 * Why the monthly pack refused, in a module of its own: the pane tells this error apart at start, while the
 * pack writer (apply-pack.ts) is downloaded on first use (src/taskpane/lazy-part.ts).
 */
import type { ReportKind } from "../reports/plan";

/** A pack with no report, or a report whose required lists are not picked. */
export class PackRefused extends Error {
  constructor(
    readonly reason: "empty" | "missingSources",
    readonly kind?: ReportKind,
  ) {
    super(
      reason === "empty"
        ? "Choose at least one report for the monthly pack."
        : `The ${kind} report needs lists that are not picked; pick them in the Data pane.`,
    );
    this.name = "PackRefused";
  }
}
