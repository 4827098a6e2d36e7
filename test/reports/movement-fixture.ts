/**
 * The hand-checkable history of test/core/movement-fixture.ts (12 opportunities over 3 snapshots, every
 * label between the last two) as sources of the Movement sheet: snapshot and close dates as date serials (as
 * Excel holds them), plus a small Leads table; parsed as the adapter would.
 */
import { buildDataset, Dataset } from "../../src/core/dataset";
import { serialFromYmd } from "../../src/core/dates";
import { TableKind } from "../../src/core/fields";
import { historyRequire } from "../../src/core/history";
import { parseTable, ParsedTable } from "../../src/core/parse-table";
import { defaultModel, Model } from "../../src/core/schemas";
import { columnRefs, SourceLocation } from "../../src/reports";
import { S1, S2, S3, STACKED } from "../core/movement-fixture";

export const serial = (iso: string) =>
  serialFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
export const [T0, T1, T_FIRST] = [serial(S2), serial(S3), serial(S1)];

const isIso = (v: unknown) => typeof v === "string" && /^\d{4}-\d\d-\d\d$/.test(v);

/** The stacked snapshots with their dates as serials (columns A Snapshot Date and H Close Date). */
export const HISTORY: (string | number)[][] = STACKED.map((r, i) =>
  i === 0 ? r : r.map((v) => (isIso(v) ? serial(v as string) : v)),
);

/** Leads (DOMAIN.md §9) as of S3 = 2026-03-20: the week is 03-14 … 03-20; to reclaim = open > 14 days. */
// prettier-ignore
export const LEADS: (string | number)[][] = [
  ["Lead ID", "Lead Source", "Lead Owner", "Created", "Lead Status", "Converted Opportunity ID", "Converted Date"],
  ["L1", "Web", "Wang", serial("2026-03-02"), "Working", "", ""],          // 18 days open: to reclaim
  ["L2", "Web", "Wang", serial("2026-03-15"), "Promoted", "O1", serial("2026-03-19")], // this week, 4 days
  ["L3", "Event", "Wang", serial("2026-03-16"), "New", "", ""],            // this week, open
  ["L4", "Event", "Li", serial("2026-03-18"), "已转化", "O5", serial("2026-03-20")], // this week, 2 days
  ["L5", "Web", "Li", serial("2026-03-01"), "已收回", "", ""],              // reclaimed already
  ["L6", "Referral", "Li", serial("2026-03-05"), "跟进", "", ""],            // 15 days open: to reclaim
];

export interface MovementSources {
  data: Dataset;
  model: Model;
  locations: Partial<Record<TableKind, SourceLocation>>;
}

/** The fixture parsed as loadSources would, each table an Excel table on its own sheet from A1. */
export function movementSources(withLeads = true, history = HISTORY): MovementSources {
  const model = defaultModel();
  const parsed: Partial<Record<TableKind, ParsedTable>> = {};
  const locations: Partial<Record<TableKind, SourceLocation>> = {};
  const add = (kind: TableKind, table: string, values: (string | number)[][]) => {
    const require = kind === "history" ? historyRequire(values[0]) : undefined;
    const t = parseTable(kind, { sheet: table, values }, { stages: model.stages, require });
    parsed[kind] = t;
    locations[kind] = { table, parsed: t, headerRow: 1, rowCount: values.length - 1 };
  };
  add("history", "History", history);
  if (withLeads) add("leads", "Leads", LEADS);
  return { data: buildDataset(parsed), model, locations };
}

export const refsOf = (s: MovementSources) => columnRefs(s.locations);
