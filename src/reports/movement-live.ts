/**
 * Live formulas over the history table for the Movement sheet (DOMAIN.md §9): the open count and amount per
 * stage at a snapshot are COUNTIFS/SUMIFS over the snapshot date, stage and status columns, one term per
 * spelling of stage and status that occurs (COUNTIFS does not fold them, DOMAIN.md §6). The labels (New,
 * Advanced, …) compare two rows of one opportunity, which COUNTIFS cannot: they stay values.
 */
import { HistoryBuild } from "../core/history";
import { ParsedTable } from "../core/parse-table";
import { OPEN } from "../core/stages";
import { liveSum, Term, TermSet } from "./live-criteria";
import { PlanCell } from "./plan";
import { ColumnRefs, LiveSummable } from "./sources";

export interface MovementLive {
  /** Open opportunities at stage `s` in the snapshot dated `date`. */
  count(date: number, s: number): PlanCell;
  /** Their amount; null when amounts cannot be summed live (the core's value is written instead). */
  amount(date: number, s: number): PlanCell | null;
  /** Whether amounts are live; when not, the sheet's amounts are the core's values as of the build. */
  amountLive: boolean;
}

const isDateSerial = (v: unknown) => typeof v === "number" && Number.isInteger(v);

/**
 * The live formulas of a build, or null when they would not count what the core counts: a stage history
 * (its snapshots are dates the table does not hold), skipped rows (Excel would still count them), or a
 * snapshot date that is text or has a time of day (COUNTIFS would not match it to the day).
 */
export function movementLive(
  history: HistoryBuild & { table?: ParsedTable },
  refs: ColumnRefs,
  summable: LiveSummable | undefined,
  stageCount: number,
): MovementLive | null {
  const table = history.table;
  const snapshotRef = refs("history", "snapshot");
  const stageRef = refs("history", "stage");
  if (!table || history.model.shape !== "snapshots" || history.rowsSkipped > 0) return null;
  if (snapshotRef === null || stageRef === null) return null;
  if (!table.rows.every((r) => isDateSerial(r.snapshotCell))) return null;
  const statusRef = refs("history", "status");
  const amountRef = refs("history", "amount");
  const openAt = Array.from({ length: stageCount }, () => new TermSet());
  // A history repeats a few spellings over a million rows: build each spelling's term once (bench: movement).
  const seen = new Set<string>();
  const cellKey = (v: unknown) => `${typeof v}:${String(v)}`;
  for (const r of table.rows) {
    const stage = (r.stage as number | null) ?? -1;
    const open = ((r.status as number | null) ?? OPEN) === OPEN; // a blank status is Open (DOMAIN.md §2)
    if (!open || stage < 0 || stage >= stageCount) continue;
    const spelling = `${stage}\u0001${cellKey(r.stageCell)}\u0001${cellKey(r.statusCell)}`;
    if (seen.has(spelling)) continue;
    seen.add(spelling);
    const status: Term = statusRef ? [{ field: "status", ref: statusRef, value: r.statusCell as string | number }] : [];
    openAt[stage].add([{ field: "stage", ref: stageRef, value: r.stageCell as string | number }, ...status]);
  }
  // The model carries an amount forward over a blank one: SUMIFS would count it as 0.
  const amountLive =
    amountRef !== null &&
    (summable?.("history", "amount") ?? true) &&
    table.rows.every((r) => typeof r.amount === "number");
  const terms = (date: number, s: number): Term[] =>
    openAt[s].terms.map((t) => [{ field: "snapshot", ref: snapshotRef, value: date }, ...t]);
  return {
    amountLive,
    count: (date, s) => ({ formula: liveSum(terms(date, s)).formula }),
    amount: (date, s) =>
      amountLive ? { formula: liveSum(terms(date, s), [], { field: "amount", ref: amountRef }).formula } : null,
  };
}
