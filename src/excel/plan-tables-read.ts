/**
 * Reads the ESP plan tables (DOMAIN.md §10) for a report that names them in its sources: each is found by
 * its sheet's tag or its own name (plan-tables-find.ts), read like any source table (header detection in
 * English or Chinese, the total row left out), parsed, and given structured references for live formulas.
 */
import { cellText } from "../core/cells";
import { parsePlanTables } from "../core/esp-parse";
import { PlanKind } from "../core/fields";
import { formatColumns, TableSource } from "../core/parse-table";
import { PlanSources } from "../reports/definition";
import { SkippedRow, skippedRowsOf } from "../reports/live-criteria";
import { columnRef } from "../reports/structured-refs";
import { findPlanTableNames } from "./plan-tables-find";
import { readTable } from "./read-source";
import { ExcelRun } from "./run";

/** The plan tables `kinds` the workbook has, read and parsed; undefined when it has none of them. */
export async function loadPlanSources(
  run: ExcelRun,
  kinds: readonly PlanKind[],
  options: { signal?: AbortSignal; language?: string; stats?: { syncs: number; chunks: number } } = {},
): Promise<PlanSources | undefined> {
  const { stats } = options;
  const found = await findPlanTableNames(run, () => {
    if (stats) stats.syncs++; // the build's read round trips count these too
  });
  const names = Object.fromEntries(kinds.filter((k) => found[k]).map((k) => [k, found[k]])) as typeof found;
  const sources: Partial<Record<PlanKind, TableSource>> = {};
  for (const [kind, table] of Object.entries(names) as [PlanKind, string][])
    sources[kind] = await readTable(run, table, {
      signal: options.signal,
      stats,
      formatColumns: (h) => formatColumns(kind, h),
    });
  if (Object.keys(sources).length === 0) return undefined;
  const tables = parsePlanTables(sources, { language: options.language });
  const kept: Record<PlanKind, { row: number }[]> = {
    accountPlans: tables.plans,
    accountStatus: tables.status,
    actionPlan: tables.actions,
  };
  const skipped: Partial<Record<PlanKind, SkippedRow[]>> = {};
  for (const [kind, source] of Object.entries(sources) as [PlanKind, TableSource][]) {
    const parsed = tables.parsed[kind];
    if (!parsed) continue;
    const location = {
      table: names[kind],
      parsed,
      headerRow: source.headerRow ?? 1,
      rowCount: source.values.length - 1,
    };
    skipped[kind] = skippedRowsOf(location, source.values, new Set(kept[kind].map((r) => r.row)));
  }
  return {
    tables,
    skipped,
    refs: (kind, field) => {
      const t = tables.parsed[kind];
      const table = names[kind];
      const col = t?.mapping[field];
      if (!t || !table || col === null || col === undefined) return null;
      return columnRef(table, cellText(t.headers[col]));
    },
  };
}
