import { buildDataset, Dataset } from "../../src/core/dataset";
import { ListKind, TableKind } from "../../src/core/fields";
import { parseTable, ParsedTable } from "../../src/core/parse-table";
import { defaultModel, Model } from "../../src/core/schemas";
import { columnRefs, planReport, ReportKind, SheetPlan, SourceLocation } from "../../src/reports";
import { generateSample, SampleWorkbook } from "../../src/sample";

/** The seeded sample workbook, each table on its own sheet from A1, parsed as the adapter would. */
export interface SampleSources {
  wb: SampleWorkbook;
  data: Dataset;
  model: Model;
  locations: Partial<Record<TableKind, SourceLocation>>;
}

const KINDS: ListKind[] = ["accounts", "opportunities", "assignments", "quotas"];

export function sampleSources(
  options: { accounts?: number; opportunities?: number; seed?: number } = {},
): SampleSources {
  const wb = generateSample(options);
  const model = defaultModel();
  const parsed: Partial<Record<TableKind, ParsedTable>> = {};
  const locations: Partial<Record<TableKind, SourceLocation>> = {};
  for (const kind of KINDS) {
    const t = wb[kind];
    const table = parseTable(kind, { sheet: t.name, values: [t.headers, ...t.rows] }, { stages: model.stages });
    parsed[kind] = table;
    locations[kind] = { table: t.name, parsed: table, headerRow: 1, rowCount: t.rows.length };
  }
  return { wb, data: buildDataset(parsed), model, locations };
}

export const refsOf = (s: SampleSources) => columnRefs(s.locations);

/** The plan of one report over the sample, as of the sample's report date, with its table references. */
export const samplePlan = (s: SampleSources, kind: ReportKind, live: boolean): SheetPlan =>
  planReport({ kind, data: s.data, model: s.model, asOf: s.wb.asOf, live, refs: refsOf(s) });
