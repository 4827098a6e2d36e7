/** Data pane logic without React: which table suits which list, and the column mapping shown per field. */
import { foldText } from "../core/cells";
import { FIELDS, SOURCE_KINDS, TableKind } from "../core/fields";
import { applyMappingOverrides, ColumnMapping, detectMapping, missingRequired } from "../core/headers";
import type { Selections } from "../excel/build-report";
import { splitRangeName } from "../core/a1";
import type { TableInfo } from "../excel/read-source";

/** What the user picked for one list: a table, and column overrides by header text (null: not used). */
export interface SourcePick {
  table?: string;
  overrides: Record<string, string | null>;
}

export type SourcePicks = Record<TableKind, SourcePick>;

export const emptyPicks = (): SourcePicks =>
  Object.fromEntries(SOURCE_KINDS.map((k) => [k, { overrides: {} }])) as unknown as SourcePicks;

/** Table names that say what a list is, in English and Chinese. */
const NAME_HINTS: Record<TableKind, string[]> = {
  accounts: ["accounts", "account", "customers", "customer", "客户", "客户清单", "客户表"],
  opportunities: ["opportunities", "opportunity", "opps", "pipeline", "deals", "商机", "商机清单"],
  assignments: ["assignments", "assignment", "coverage", "客户覆盖", "覆盖", "分配"],
  quotas: ["quotas", "quota", "targets", "指标", "销售指标"],
  rates: ["rates", "currencyrates", "exchangerates", "fx", "汇率", "汇率表"],
  contracts: ["contracts", "contract", "合同", "合同台账", "合同清单", "合同执行"],
  history: [
    "history", "opportunityhistory", "snapshots", "pipelinehistory", "stagehistory", "weeklysnapshots",
    "商机历史", "历史", "快照", "商机快照", "阶段变更记录",
  ], // prettier-ignore
  leads: ["leads", "lead", "线索", "客户线索", "线索清单"],
};

/**
 * Columns a table must have to be taken as history or leads by its headers alone: their one required
 * field (stage, status) is in every opportunities table too. History needs its snapshot date or date
 * entered (DOMAIN.md §9), leads a lead ID, source or converted date.
 */
const SIGNS: Partial<Record<TableKind, readonly string[]>> = {
  history: ["snapshot", "entered"],
  leads: ["leadId", "source", "convertedDate"],
};

function hasSign(kind: TableKind, mapping: ColumnMapping): boolean {
  const signs = SIGNS[kind];
  return !signs || signs.some((key) => mapping[key] !== null && mapping[key] !== undefined);
}

/** The list a table's headers (or name) suit best, or null when none fits (used for a range just added). */
export function bestKindFor(t: TableInfo): TableKind | null {
  const scored = SOURCE_KINDS.map((kind) => ({ kind, score: fit(kind, t) })).filter((x) => x.score > 0);
  scored.sort((a, b) => b.score - a.score);
  return scored[0]?.kind ?? null;
}

function fit(kind: TableKind, t: TableInfo): number {
  const mapping = detectMapping(kind, t.headers);
  const fields = FIELDS[kind];
  const required = fields.filter((f) => f.required);
  const requiredFound = required.filter((f) => mapping[f.key] !== null).length;
  const found = fields.filter((f) => mapping[f.key] !== null).length;
  const named = NAME_HINTS[kind].map(foldText).includes(foldText(t.name.replace(/\d+$/, "")));
  if (!named && requiredFound < required.length) return 0; // headers alone must cover every required field
  if (!named && !hasSign(kind, mapping)) return 0;
  // Weekly exports stacked under a snapshot date are history, though their columns are an opportunities table's.
  const stacked = kind === "history" && mapping.snapshot !== null && mapping.snapshot !== undefined;
  return (named ? 1000 : 0) + (stacked ? 100 : 0) + 10 * requiredFound + found;
}

/**
 * Suggests a table per list: by name ("Accounts", "客户") or by headers that cover every required
 * field, best fit first, each table used once. Lists the user already picked keep their table.
 */
export function suggestSources(
  tables: readonly TableInfo[],
  current?: SourcePicks,
): Partial<Record<TableKind, string>> {
  const out: Partial<Record<TableKind, string>> = {};
  const used = new Set<string>();
  for (const kind of SOURCE_KINDS) {
    const picked = current?.[kind].table;
    if (picked && tables.some((t) => t.name === picked)) {
      out[kind] = picked;
      used.add(picked);
    }
  }
  const pairs = SOURCE_KINDS.filter((k) => !out[k])
    .flatMap((kind) => tables.map((t) => ({ kind, table: t.name, score: fit(kind, t) })))
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score);
  for (const p of pairs) {
    if (out[p.kind] || used.has(p.table)) continue;
    out[p.kind] = p.table;
    used.add(p.table);
  }
  return out;
}

export interface MappingView {
  mapping: ColumnMapping;
  /** Required fields with no column. */
  missing: string[];
}

/** The mapping in force for a table: detected from its headers, then the user's overrides. */
export function mappingFor(
  kind: TableKind,
  headers: readonly string[],
  overrides: Record<string, string | null>,
): MappingView {
  const detected = detectMapping(kind, headers);
  const { mapping } = applyMappingOverrides(kind, detected, headers, overrides);
  return { mapping, missing: missingRequired(kind, mapping) };
}

/**
 * The picks as the adapter's selections; lists without a table are left out. A plain range is picked by
 * its sheet-qualified address ("'Sheet 1'!A4:H90"), which no table name can be.
 */
export function toSelections(picks: SourcePicks, kinds: readonly TableKind[] = SOURCE_KINDS): Selections {
  const out: Selections = {};
  for (const kind of kinds) {
    const p = picks[kind];
    if (!p.table) continue;
    const range = splitRangeName(p.table);
    out[kind] = range
      ? { sheet: range.sheet, address: range.address, mapping: { ...p.overrides } }
      : { table: p.table, mapping: { ...p.overrides } };
  }
  return out;
}

/** The name "Convert to table" gives the list's new table: the list's English name, numbered if taken. */
export function tableNameFor(kind: TableKind, tables: readonly TableInfo[]): string {
  const wanted = kind[0].toUpperCase() + kind.slice(1);
  const used = new Set(tables.filter((t) => !t.range).map((t) => t.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
