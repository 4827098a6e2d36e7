import { PLAN_KINDS, PlanKind, TableKind, TABLE_KINDS } from "../core/fields";
import { headerUnit } from "../core/headers";
import { SheetPlan } from "./plan";
import { SourceLocation } from "./sources";

/**
 * Rows the core skipped (DOMAIN.md §2) that the live formulas' criteria would still count (DOMAIN.md §6):
 * how many per source, and whether the formulas leave them out (by their cells or positions) or count them.
 */
export interface SkippedRowsWarning {
  code: "liveSkippedRows";
  table: TableKind | PlanKind;
  sheet: string;
  count: number;
  /** Worksheet rows, ascending (the pane names the first few). */
  rows: number[];
  excluded: boolean;
  message: string;
}

/** Why a column's sums are values: numbers stored as text, a unit header (万元, K), or converted currencies. */
export type StaticColumnReason = "text" | "unit" | "currency";

/**
 * A source column whose sums, cuts or comparisons a live build wrote as values (DOMAIN.md §6 "Live and
 * static agree"): the core reads its cells unlike Excel (DOMAIN.md §2.1), so SUMIFS would differ.
 */
export interface StaticColumnWarning {
  code: "liveStaticColumn";
  table: TableKind;
  sheet: string;
  /** The column's header, as the user sees it. */
  column: string;
  reason: StaticColumnReason;
  /** Sheet-qualified address of the first cell read unlike Excel, e.g. "Opportunities!E2". */
  first: string;
  message: string;
}

export type BuildWarning = SkippedRowsWarning | StaticColumnWarning;

/**
 * The warnings a built plan deserves: one per source column whose sums a live build wrote as values, and
 * one per source whose skipped rows its live criteria match. A static plan gets none.
 */
export function liveWarnings(plan: SheetPlan, sources: Partial<Record<TableKind, SourceLocation>>): BuildWarning[] {
  return [...staticColumnWarnings(plan, sources), ...skippedRowWarnings(plan, sources)];
}

/** One warning per column whose sums the plan wrote as values (`plan.staticColumns`). */
function staticColumnWarnings(plan: SheetPlan, sources: Partial<Record<TableKind, SourceLocation>>): BuildWarning[] {
  return (plan.staticColumns ?? []).flatMap(({ table, field }) => {
    const parsed = sources[table]?.parsed;
    const found = parsed?.notAsInExcel?.[field];
    if (!parsed || !found) return [];
    const column = parsed.headers[parsed.mapping[field] as number] ?? field;
    const unit = headerUnit(column);
    const reason: StaticColumnReason = parsed.textNumbers[field]
      ? "text"
      : unit && !unit.percent && unit.exponent !== 0
        ? "unit"
        : "currency";
    const first = `${parsed.sheet}!${(parsed.textNumbers[field] ?? found).first}`;
    const message = staticColumnMessage(column, reason, first);
    return [{ code: "liveStaticColumn" as const, table, sheet: parsed.sheet, column, reason, first, message }];
  });
}

/** The English wording; the task pane words the same in the user's language (i18n `liveStaticColumn`). */
export function staticColumnMessage(column: string, reason: StaticColumnReason, first: string): string {
  const why = {
    text: `holds numbers stored as text (first at ${first})`,
    unit: "is in the unit its header names",
    currency: `holds amounts converted with the Rates table (first at ${first})`,
  }[reason];
  return (
    `Column "${column}" ${why}, which Excel's formulas cannot read as Ninegrid does, so its amounts, sums and ` +
    `cuts are written as values as of this build; counts that do not depend on it stay live formulas.`
  );
}

/** One warning per source whose skipped rows the plan's live formulas match (`plan.liveSkipped`). */
function skippedRowWarnings(plan: SheetPlan, sources: Partial<Record<TableKind, SourceLocation>>): BuildWarning[] {
  return [...TABLE_KINDS, ...PLAN_KINDS].flatMap((table) => {
    const found = plan.liveSkipped?.[table];
    if (!found || found.rows.length === 0) return [];
    const sheet = found.sheet ?? sources[table as TableKind]?.parsed.sheet ?? table;
    const count = found.rows.length;
    return [
      {
        code: "liveSkippedRows" as const,
        table,
        sheet,
        count,
        rows: found.rows,
        excluded: found.excluded,
        message:
          `${count.toLocaleString("en-US")} row${count === 1 ? "" : "s"} of sheet ${sheet} (first row ${found.rows[0]}) ` +
          `could not be used but match the live formulas' criteria; ` +
          (found.excluded
            ? "the live formulas leave them out by their row, so fix them and build again."
            : "live formulas count them while the static numbers do not: fix them or build with static values."),
      },
    ];
  });
}
