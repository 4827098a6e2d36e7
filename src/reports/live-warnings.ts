import { TableKind, TABLE_KINDS } from "../core/fields";
import { isFormula, SheetPlan } from "./plan";
import { columnRefs, SourceLocation } from "./sources";

/**
 * A source column that the report's live formulas read, holding numbers stored as text. The core reads
 * "12,000" or "¥1,200,000" as a number (DOMAIN.md §2), but SUMIFS, COUNTIFS and PERCENTILE.INC skip
 * text, so the live totals, counts and cuts leave these cells out while a static build counts them.
 */
export interface TextNumbersWarning {
  code: "liveTextNumbers";
  table: TableKind;
  sheet: string;
  /** The column's header, as the user sees it. */
  column: string;
  count: number;
  /** Sheet-qualified address of the first such cell, e.g. "Quotas!B5". */
  first: string;
  /** The same in English, for callers that do not format it themselves. */
  message: string;
}

export type BuildWarning = TextNumbersWarning;

/**
 * The warnings a built plan deserves: one per number column with text numbers that one of the plan's
 * formulas reads. A static plan reads no source column, so it never gets one.
 */
export function liveWarnings(plan: SheetPlan, sources: Partial<Record<TableKind, SourceLocation>>): BuildWarning[] {
  const anyText = TABLE_KINDS.some((k) => Object.keys(sources[k]?.parsed.textNumbers ?? {}).length > 0);
  if (!anyText) return []; // the usual case: no need to walk a large plan's cells
  const formulas = plan.blocks.flatMap((b) => b.cells.flatMap((row) => row.filter(isFormula).map((c) => c.formula)));
  const refs = columnRefs(sources);
  const warnings: BuildWarning[] = [];
  for (const table of TABLE_KINDS) {
    const parsed = sources[table]?.parsed;
    if (!parsed) continue;
    // In the columns' order on the sheet, as the user reads them.
    const fields = Object.keys(parsed.textNumbers).sort((a, b) => (parsed.mapping[a] ?? 0) - (parsed.mapping[b] ?? 0));
    for (const field of fields) {
      const found = parsed.textNumbers[field];
      const ref = refs(table, field);
      if (ref === null || !formulas.some((f) => f.includes(ref))) continue;
      const column = parsed.headers[parsed.mapping[field] as number] ?? field;
      const first = `${parsed.sheet}!${found.first}`;
      warnings.push({
        code: "liveTextNumbers",
        table,
        sheet: parsed.sheet,
        column,
        count: found.count,
        first,
        message: textNumbersMessage(column, found.count, first),
      });
    }
  }
  return warnings;
}

function textNumbersMessage(column: string, count: number, first: string): string {
  const numbers = `${count.toLocaleString("en-US")} number${count === 1 ? "" : "s"}`;
  return (
    `Column "${column}" has ${numbers} stored as text (first at ${first}). Live formulas leave them out, so ` +
    `live totals and counts are lower than the data. Convert them to numbers, or build with static values.`
  );
}
