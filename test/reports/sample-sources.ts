import { buildDataset, Dataset } from "../../src/core/dataset";
import { TableKind } from "../../src/core/fields";
import { historyRequire } from "../../src/core/history";
import { parseTable, ParsedTable } from "../../src/core/parse-table";
import { defaultModel, Model } from "../../src/core/schemas";
import { columnRefs, planReport, ReportKind, SheetPlan, SourceLocation } from "../../src/reports";
import { generateSample, SampleTable, SampleWorkbook } from "../../src/sample";

/** The seeded sample workbook, each table on its own sheet from A1, parsed as the adapter would. */
export interface SampleSources {
  wb: SampleWorkbook;
  data: Dataset;
  model: Model;
  locations: Partial<Record<TableKind, SourceLocation>>;
}

/** The four lists by default; the Movement tests read opportunities, history and leads. */
export type SampleKind = "accounts" | "opportunities" | "assignments" | "quotas" | "history" | "leads";
const KINDS: SampleKind[] = ["accounts", "opportunities", "assignments", "quotas"];
export const MOVEMENT_KINDS: SampleKind[] = ["opportunities", "history", "leads"];

export function sampleSources(
  options: { accounts?: number; opportunities?: number; seed?: number } = {},
  kinds: readonly SampleKind[] = KINDS,
): SampleSources {
  const wb = generateSample(options);
  const model = defaultModel();
  const parsed: Partial<Record<TableKind, ParsedTable>> = {};
  const locations: Partial<Record<TableKind, SourceLocation>> = {};
  for (const kind of kinds) {
    const t = wb[kind] as SampleTable;
    // A stacked-snapshot history is told from an opportunities paste by its snapshot column, as the adapter does.
    const require = kind === "history" ? historyRequire(t.headers) : undefined;
    const values = [t.headers, ...t.rows];
    const table = parseTable(kind, { sheet: t.name, values }, { stages: model.stages, require });
    parsed[kind] = table;
    locations[kind] = { table: t.name, parsed: table, headerRow: 1, rowCount: t.rows.length };
  }
  return { wb, data: buildDataset(parsed), model, locations };
}

export const refsOf = (s: SampleSources) => columnRefs(s.locations);

/** The plan of one report over the sample, as of the sample's report date, with its table references. */
export const samplePlan = (s: SampleSources, kind: ReportKind, live: boolean): SheetPlan =>
  planReport({ kind, data: s.data, model: s.model, asOf: s.wb.asOf, live, refs: refsOf(s) });
