/**
 * "Create or update plan tables" (DOMAIN.md §10): the Account Plans, Account Status and Action Plan
 * tables, each an Excel table on its own sheet, with one row per key account (and per question) prefilled.
 * A rerun goes through the pure merge of src/core/esp-merge.ts: it adds rows for new key accounts, dates
 * the Not key since cell of accounts no longer key, and changes nothing else; the table is found again by
 * its sheet's tag, so a rerun never makes a second one. All through the one write path, all-or-nothing.
 */
import { rangeAddress } from "../core/a1";
import { CellValue } from "../core/cells";
import { TableLanguage } from "../core/esp-questions";
import { PLAN_TABLES, PlanTableDef, planHeaders } from "../core/esp-tables";
import { applyPlanMerge, planTablesMerge, PlanTableState, TableMerge } from "../core/esp-merge";
import { PlanKind } from "../core/fields";
import { keyAccounts } from "../core/key-accounts";
import { Model } from "../core/schemas";
import { tierAccounts } from "../core/tiering";
import { loadSources, Selections, todaySerial } from "./build-report";
import { DEFAULT_BUDGET_BYTES, jsonBytes, sliceRows } from "./chunks";
import { freeSheetName, freeTableName } from "./names";
import { findPlanTables, PLAN_TAG, PlanTag } from "./plan-tables-find";
import { columnsByPosition, excelRow, setWidths, styleRows } from "./plan-tables-layout";
import { ExcelRun } from "./run";
import { executeWrite, WriteOp, WriteOptions, WriteSession } from "./write-executor";

export interface PlanTablesOptions extends WriteOptions {
  model: Model;
  /** The accounts table (required) and the assignments (for Key-Account owners), as the Data pane picked them. */
  selections: Pick<Selections, "accounts" | "assignments">;
  /** Report date (Excel serial) written as Not key since; default today. */
  asOf?: number;
  /** Language of new tables' headers, sheet names and the questions' text. Default en. */
  language?: TableLanguage;
  /** Office's display language, for reading dates in the sources. */
  readLanguage?: string;
  /**
   * Rows a table gets when it is created now (the sample's partly filled plans, src/sample/esp.ts), merged
   * like an existing table's: key accounts missing from them are added, ones no longer key are marked.
   */
  seed?: Partial<Record<PlanKind, PlanTableState>>;
}

export interface PlanTableOutcome {
  kind: PlanKind;
  sheet: string;
  table: string;
  created: boolean;
  /** Rows added. */
  added: number;
  /** Not key since cells set (accounts no longer key) and cleared (key again). */
  marked: number;
  cleared: number;
  /** Why a table was left as it was (a key column missing), or a note. */
  problems: TableMerge["problems"];
}

export interface PlanTablesResult {
  tables: Record<PlanKind, PlanTableOutcome>;
  keyAccounts: number;
  roundTrips: number;
}

/** No accounts table was picked, so there are no key accounts to plan for. */
export class PlanTablesRefused extends Error {
  constructor(readonly code: "noAccounts") {
    super("Pick the accounts table in the Data pane before creating plan tables.");
    this.name = "PlanTablesRefused";
  }
}

interface Existing {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
}

interface NewTable {
  def: PlanTableDef;
  sheet: Excel.Worksheet | null;
  sheetName: string;
  tableName: string;
  rows: (string | number | boolean)[][];
}

const DEFS = new Map(PLAN_TABLES.map((d) => [d.kind, d]));

async function readKeyAccounts(run: ExcelRun, options: PlanTablesOptions) {
  if (!options.selections.accounts) throw new PlanTablesRefused("noAccounts");
  const { dataset } = await loadSources(run, options.selections, options.model, options.signal, {
    language: options.readLanguage,
  });
  const tiering = tierAccounts(dataset.accounts, options.model);
  return keyAccounts(dataset.accounts, tiering, dataset.assignments);
}

/** Header row and data body of each existing table (one round trip). */
async function readExisting(session: WriteSession, found: Partial<Record<PlanKind, Excel.Table>>) {
  const existing: Partial<Record<PlanKind, Existing>> = {};
  for (const [kind, table] of Object.entries(found) as [PlanKind, Excel.Table][]) {
    const header = table.getHeaderRowRange();
    const body = table.getDataBodyRange();
    header.load("values,rowIndex,columnIndex");
    body.load("values,rowIndex,rowCount");
    existing[kind] = { table, sheet: table.worksheet, header, body };
  }
  await session.read();
  const states: Partial<Record<PlanKind, PlanTableState>> = {};
  for (const [kind, e] of Object.entries(existing) as [PlanKind, Existing][])
    states[kind] = { headers: e.header.values[0] as CellValue[], rows: e.body.values as CellValue[][] };
  return { existing, states };
}

/** The value chunks of new tables (header and rows), under the request budget. */
function newTableOps(t: NewTable, budget: number): WriteOp[] {
  const width = t.rows[0].length;
  return sliceRows(
    t.rows.map((r) => jsonBytes(r) + 1),
    budget,
  ).map((s) => ({
    sheet: t.sheet as Excel.Worksheet,
    address: rangeAddress(s.start, 0, s.count, width),
    property: "values" as const,
    payload: t.rows.slice(s.start, s.start + s.count),
    bytes: s.bytes,
  }));
}

/** Adds an existing table's new rows and Not key since cells (queued for the commit). */
function queueUpdate(e: Existing, merge: TableMerge, language: TableLanguage): void {
  const def = DEFS.get(merge.kind) as PlanTableDef;
  const left = e.header.columnIndex;
  const top = e.body.rowIndex;
  for (const u of merge.updates) {
    const cell = e.sheet.getRangeByIndexes(top + u.row, left + u.column, 1, 1);
    cell.values = [[u.value ?? ""]];
  }
  if (!merge.append.length) return;
  e.table.rows.add(undefined, merge.append.map(excelRow));
  const columns = columnsByPosition(def, merge.headers);
  styleRows(e.sheet, columns, language, { top: top + e.body.rowCount, left, rows: merge.append.length });
}

/**
 * Creates the plan tables that are missing and updates the ones there (see the file comment). Reads the
 * key accounts from the accounts table (tiers A and B after approved overrides, plus top-X% flags).
 */
export async function writePlanTables(run: ExcelRun, options: PlanTablesOptions): Promise<PlanTablesResult> {
  const language = options.language ?? "en";
  const asOf = options.asOf ?? options.model.reports.asOf ?? todaySerial();
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const keys = await readKeyAccounts(run, options);

  const { result, stats } = await executeWrite(run, options, async (session) => {
    const { sheets, tables, names, found, stale } = await findPlanTables(session.context, session.read);
    const { existing, states } = await readExisting(session, found);
    // A table created now from seed rows is merged as if it were there already.
    const seeded = { ...states };
    for (const d of PLAN_TABLES) if (!existing[d.kind] && options.seed?.[d.kind]) seeded[d.kind] = options.seed[d.kind];
    const merge = planTablesMerge({
      keyAccounts: keys.map((k) => ({ name: k.name, tier: k.tier, owner: k.owner })),
      tables: seeded,
      asOf,
      language,
    });
    const applied = applyPlanMerge(seeded, merge);

    const staleNames = new Set(stale.map((ws) => ws.name));
    const takenSheets = new Set(sheets.items.filter((ws) => !staleNames.has(ws.name)).map((s) => s.name.toLowerCase()));
    const takenTables = new Set([
      ...tables.items.filter((t) => !staleNames.has(t.worksheet.name)).map((t) => t.name.toLowerCase()),
      ...names.items.map((n) => n.name.toLowerCase()),
    ]);
    const created: NewTable[] = PLAN_TABLES.filter((d) => !existing[d.kind]).map((def) => {
      const sheetName = freeSheetName(def.sheet[language], takenSheets);
      const tableName = freeTableName(def.tableName, takenTables);
      takenSheets.add(sheetName.toLowerCase());
      takenTables.add(tableName.toLowerCase());
      const seed = seeded[def.kind];
      const headers = seed ? seed.headers.map((h) => String(h ?? "")) : planHeaders(def, language);
      const body = (seed ? applied[def.kind].rows : merge[def.kind].append).map(excelRow);
      // An Excel table has at least one data row: a blank one when there is nothing to prefill.
      const rows = [headers, ...(body.length ? body : [headers.map(() => "")])];
      return { def, sheet: null, sheetName, tableName, rows };
    });

    if (created.length || stale.length)
      await session.change(
        () => {
          for (const ws of stale) ws.delete();
          for (const t of created) {
            t.sheet = sheets.add(t.sheetName);
            t.sheet.visibility = "Hidden";
            const tag: PlanTag = { kind: t.def.kind, state: "building", table: t.tableName };
            t.sheet.customProperties.add(PLAN_TAG, JSON.stringify(tag));
          }
        },
        () => created.forEach((t) => t.sheet?.delete()),
      );
    await session.write(created.flatMap((t) => newTableOps(t, budget)));

    const anyUpdate = PLAN_TABLES.some(
      (d) => existing[d.kind] && (merge[d.kind].append.length || merge[d.kind].updates.length),
    );
    if (created.length || anyUpdate)
      await session.commit(
        () => {
          for (const t of created) commitNew(t, language);
          for (const [kind, e] of Object.entries(existing) as [PlanKind, Existing][])
            queueUpdate(e, merge[kind], languageOfHeaders(merge[kind].headers, language));
          // The new tables are shown, unless they come with the sample, which opens on its Accounts sheet.
          if (!options.seed) created[0]?.sheet?.activate();
        },
        () =>
          created.forEach((t) => {
            const tag: PlanTag = { kind: t.def.kind, state: "ready", table: t.tableName };
            (t.sheet as Excel.Worksheet).customProperties.getItem(PLAN_TAG).value = JSON.stringify(tag);
          }),
      );

    const outcome = (def: PlanTableDef): PlanTableOutcome => {
      const m = merge[def.kind];
      const e = existing[def.kind];
      const c = created.find((t) => t.def === def);
      return {
        kind: def.kind,
        sheet: c ? c.sheetName : (e as Existing).table.worksheet.name,
        table: c ? c.tableName : (e as Existing).table.name,
        created: Boolean(c),
        added: m.append.length + (c ? (options.seed?.[def.kind]?.rows.length ?? 0) : 0),
        marked: m.updates.filter((u) => u.value !== null).length,
        cleared: m.updates.filter((u) => u.value === null).length,
        problems: m.problems,
      };
    };
    return Object.fromEntries(PLAN_TABLES.map((d) => [d.kind, outcome(d)])) as Record<PlanKind, PlanTableOutcome>;
  });
  return { tables: result, keyAccounts: keys.length, roundTrips: stats.roundTrips };
}

/** The table, look, validation and widths of a new plan sheet, then shows it (queued for the commit). */
function commitNew(t: NewTable, language: TableLanguage): void {
  const ws = t.sheet as Excel.Worksheet;
  // Shown first: Excel freezes panes only on a visible sheet.
  ws.visibility = "Visible";
  const width = t.rows[0].length;
  const table = ws.tables.add(rangeAddress(0, 0, t.rows.length, width), true);
  table.name = t.tableName;
  const columns = columnsByPosition(t.def, t.rows[0] as string[]);
  styleRows(ws, columns, language, { top: 1, left: 0, rows: t.rows.length - 1 });
  setWidths(ws, columns, 0);
  ws.freezePanes.freezeRows(1);
}

/** The language an existing table was written in, by its headers (for list validation of added rows). */
function languageOfHeaders(headers: readonly string[], fallback: TableLanguage): TableLanguage {
  const zh = headers.filter((h) => /\p{Script=Han}/u.test(h)).length;
  const en = headers.length - zh;
  return zh === en ? fallback : zh > en ? "zh" : "en";
}
