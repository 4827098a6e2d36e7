import { rangeAddress } from "../core/a1";
import { cellText, foldText } from "../core/cells";
import { applyMappingOverrides, ColumnMapping, detectMapping } from "../core/headers";
import { Model } from "../core/schemas";
import { tierAccounts } from "../core/tiering";
import { loadSources } from "./build-report";
import { DEFAULT_BUDGET_BYTES, jsonBytes, sliceRows } from "./chunks";
import { CellRect, cellsToCheck, occupiedCells, previousBlock, PreviousBlock } from "./live-block-space";
import { freeHeader } from "./names";
import { ExcelRun } from "./run";
import { asLiteralText } from "./user-text";
import { liveFormulas, LiveColumnsWarning, SCORE_DIMENSIONS } from "../reports/score-columns";
import { LIVE_PAYLOAD_LIMIT_BYTES, liveBytesFromRows, liveBytesMeasured } from "./live-payload";
import { executeWrite, WriteCancelled, WriteOp, WriteOptions, WriteSession } from "./write-executor";
import { WriteColumnsRefused } from "./write-columns-refused";

export { WriteColumnsRefused };

/** Workbook setting recording which columns Ninegrid wrote, per table id, so reruns replace only those. */
export const COLUMNS_SETTING = "ninegrid.columns";

export type ColumnsMode = "live" | "values";
type Role = "score" | "tier" | "keyAccount";
const ROLES: readonly Role[] = ["score", "tier", "keyAccount"];

export interface WriteColumnsOptions extends WriteOptions {
  /** The accounts table (ListObject) name. */
  table: string;
  model: Model;
  mode: ColumnsMode;
  /** Column mapping overrides from the Data pane (field → column index, header text or null). */
  mapping?: Record<string, number | string | null>;
  /** Headers to write; default "Score", "Tier", "Key account". */
  headers?: Partial<Record<Role, string>>;
  /** Largest payload one live KAM call may carry before values are written instead (tests make it small). */
  livePayloadLimitBytes?: number;
}

export interface WriteColumnsResult {
  mode: ColumnsMode;
  table: string;
  sheet: string;
  /** The header actually used per column ("Score (2)" when the user already has a "Score"). */
  columns: Record<Role, string>;
  /** Sheet-less A1 address of what was written: the table columns (values) or the spill block (live). */
  address: string;
  rows: number;
  /** Parts of the model the live formulas cannot express, or rows left blank in values mode. */
  warnings: WriteColumnsWarning[];
  roundTrips: number;
}

/** Something the user should know about columns that were written; the pane words it (columnsWarning). */
export type WriteColumnsWarning =
  | LiveColumnsWarning
  | { code: "rowsLeftBlank"; count: number }
  /** Live was asked for, but one KAM call would carry `bytes` (over `limit`): values were written instead. */
  | { code: "liveTooLarge"; bytes: number; limit: number };

/** Why nothing was written. */
export type WriteColumnsRefusal =
  | { code: "unmapped" }
  | { code: "zeroWeights" }
  | { code: "noTable"; table: string }
  | {
      code: "notEmpty";
      /** The first cell in the way (sheet-less A1) and how many more there are. */
      cell: string;
      more: number;
      sheet: string;
      /** The block the live columns need, right of `table`. */
      range: string;
      table: string;
    };

interface TableRecord {
  table: string;
  mode: ColumnsMode;
  columns: Record<Role, string>;
  /** Live mode: sheet-less address of the block (header row + formulas row) Ninegrid wrote. */
  block?: string;
  sheet?: string;
  /** Values mode journal: headers of columns being written; a later run removes any still there. */
  pending?: string[];
}

interface ColumnsSetting {
  version: 1;
  tables: Record<string, TableRecord>;
}

/** A recorded block address, checked before use: the setting is workbook data anyone can edit. */
const BLOCK_ADDRESS = /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/;

const DEFAULT_HEADERS: Record<Role, string> = { score: "Score", tier: "Tier", keyAccount: "Key account" };

function parseSetting(raw: unknown): ColumnsSetting {
  let v = raw;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      v = null;
    }
  }
  const tables = (v as Partial<ColumnsSetting> | null)?.tables;
  return { version: 1, tables: tables && typeof tables === "object" ? { ...tables } : {} };
}

/** The live formulas for the table as read, or the refusal (nothing is written then). */
function liveFormulasFor(st: TableState, options: WriteColumnsOptions) {
  const f = liveFormulas(st.table.name, st.headers, resolveMapping(st.headers, options.mapping), options.model);
  if (!f.ok) throw new WriteColumnsRefused(f.refusal);
  return f;
}

type Write = Omit<WriteOp, "sheet">;

/** Score, tier and key-account flag of one account row, "" where the core has none. */
type ComputedRow = [number | string, string, boolean | string];

/** What the job read from the workbook before deciding what to write. */
interface TableState {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  sheetName: string;
  setting: Excel.Setting;
  record: ColumnsSetting;
  previous: TableRecord | undefined;
  headers: string[];
  rows: number;
  top: number;
  left: number;
  width: number;
  old: PreviousBlock | null;
}

/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- session.read() is the sync (write-executor.ts), which the rule cannot see */
/** The table and the record of what Ninegrid wrote (one round trip); refuses when there is no such table. */
async function readRecord(session: WriteSession, name: string) {
  const context = session.context;
  const table = context.workbook.tables.getItemOrNullObject(name);
  const setting = context.workbook.settings.getItemOrNullObject(COLUMNS_SETTING);
  table.load("id,name");
  setting.load("value");
  await session.read();
  if (table.isNullObject) throw new WriteColumnsRefused({ code: "noTable", table: name });
  return { table, setting, record: parseSetting(setting.isNullObject ? null : setting.value) };
}

/** Reads the table, its header row and the record of what Ninegrid wrote before (two round trips). */
async function readTable(session: WriteSession, name: string): Promise<TableState> {
  const { table, setting, record } = await readRecord(session, name);
  const previous = record.tables[table.id];
  const whole = table.getRange();
  const header = table.getHeaderRowRange();
  const body = table.getDataBodyRange();
  const sheet = table.worksheet;
  whole.load("rowIndex,columnIndex,columnCount");
  header.load("values");
  body.load("rowCount");
  sheet.load("name");
  // Our earlier live block (header + anchors, six cells): whose it still is decides what we may clear.
  const oldBlock =
    previous?.mode === "live" && BLOCK_ADDRESS.test(previous.block ?? "") ? sheet.getRange(previous.block) : null;
  oldBlock?.load("formulas,values");
  await session.read();
  const old =
    oldBlock && previous?.block && previous.sheet === sheet.name
      ? previousBlock(previous.block, oldBlock.formulas, oldBlock.values)
      : null;
  return {
    table,
    sheet,
    sheetName: sheet.name,
    setting,
    record,
    previous,
    headers: (header.values[0] ?? []).map((h) => cellText(h as string)),
    rows: body.rowCount,
    top: whole.rowIndex,
    left: whole.columnIndex,
    width: whole.columnCount,
    old,
  };
}
/* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */

/** Headers of our own value columns from the last values-mode run that the table still has. */
function ownValueColumns(st: TableState): string[] {
  const prev = st.previous;
  if (prev?.mode !== "values") return [];
  return ROLES.map((r) => prev.columns[r]).filter((h) => st.headers.some((x) => foldText(x) === foldText(h)));
}

/**
 * Live mode: checks the block's cells are free (one read), writes the score column's number format under
 * the block (chunks; undone by clearing those cells' formats, which were checked empty), then in the
 * commit clears our old anchors, removes our old value columns and writes the header and three formulas.
 */
async function writeLive(session: WriteSession, st: TableState, options: WriteColumnsOptions, budget: number) {
  const { sheet, table, top, left, width, old } = st;
  // The block sits one empty column right of the table; removing our value columns (in the commit) moves
  // it left with the table's edge, and everything checked and formatted here moves with it.
  const blockCol = left + width + 1;
  const parts = cellsToCheck({ row: top, col: blockCol, rows: st.rows + 1, cols: ROLES.length }, old, st.rows);
  await refuseUserCells(session, st, blockCol, parts);
  const f = liveFormulasFor(st, options);
  const columns = { ...DEFAULT_HEADERS, ...options.headers };
  const formats = await writeLiveScoreFormats(session, st, blockCol, parts, budget);

  const owned = ownValueColumns(st);
  const col = blockCol - owned.length;
  const address = rangeAddress(top, col, 2, ROLES.length);
  st.record.tables[table.id] = { table: table.name, mode: "live", columns, block: address, sheet: st.sheetName };
  await session.commit(
    () => {
      for (const w of formats) sheet.getRange(w.address).numberFormat = w.payload;
      clearOwnedAnchors(sheet, old);
      for (const h of owned) table.columns.getItem(h).delete();
      sheet.getRange(rangeAddress(top, col, 1, 3)).values = [ROLES.map((r) => asLiteralText(columns[r]))];
      sheet.getRange(rangeAddress(top + 1, col, 1, 3)).formulas = [[f.score, f.tier, f.keyAccount]];
    },
    () => saveRecord(session.context, st.record),
  );
  return { columns, address, warnings: f.warnings };
}

/** Refuses, naming the first one, when a cell of the live block or its spills' path holds anything not ours (one read). */
async function refuseUserCells(
  session: WriteSession,
  st: TableState,
  blockCol: number,
  parts: CellRect[],
): Promise<void> {
  const used = parts.map((p) => {
    // The used part of each piece: nothing to transfer when the piece is empty (the usual case).
    const u = st.sheet.getRange(rangeAddress(p.row, p.col, p.rows, p.cols)).getUsedRangeOrNullObject(true);
    u.load("rowIndex,columnIndex,formulas");
    return u;
  });
  if (used.length) await session.read();
  const taken = occupiedCells(used.filter((p) => !p.isNullObject));
  if (taken)
    throw new WriteColumnsRefused({
      code: "notEmpty",
      cell: taken.first,
      more: taken.count - 1,
      sheet: st.sheetName,
      range: rangeAddress(st.top, blockCol, st.rows + 1, ROLES.length),
      table: st.table.name,
    });
}

/**
 * A spilled cell keeps its own number format: the score column's new cells get one. Returns the formats
 * for the commit when they fit in it; otherwise writes them in chunks before it, undone by clearing the
 * formats of those cells (they were checked empty), and returns none.
 */
async function writeLiveScoreFormats(
  session: WriteSession,
  st: TableState,
  blockCol: number,
  parts: CellRect[],
  budget: number,
): Promise<WriteOp[]> {
  const { sheet, top } = st;
  const scoreParts = parts
    .filter((p) => p.col === blockCol && p.row + p.rows > top + 1)
    .map((p) => ({ ...p, row: Math.max(p.row, top + 1), rows: p.row + p.rows - Math.max(p.row, top + 1) }));
  const formats = scoreParts.flatMap((p) => scoreFormats(p.row, p.col, p.rows, budget)).map((w) => ({ ...w, sheet }));
  if (formats.reduce((a, w) => a + w.bytes, 0) <= budget / 2) return formats;
  session.undo(() => scoreParts.forEach((p) => sheet.getRange(rangeAddress(p.row, p.col, p.rows, 1)).clear("Formats")));
  await session.write(formats);
  return [];
}

/** Saves the record of what Ninegrid wrote (a workbook setting, so it travels with the file). */
function saveRecord(context: Excel.RequestContext, record: ColumnsSetting): void {
  context.workbook.settings.add(COLUMNS_SETTING, JSON.stringify(record));
}

/** The headers values mode works with: our columns' final and temporary names, and what it removes. */
interface ValueHeaders {
  /** Final header per role: free once our old columns are gone. */
  columns: Record<Role, string>;
  /** Temporary header per role while the values are written: free now. */
  temp: Record<Role, string>;
  /** Columns journaled by a run that died, removed first. */
  stalePending: string[];
  /** Our value columns from the last run, removed in the commit. */
  owned: string[];
  /** The table's headers once the stale columns are removed. */
  remaining: string[];
}

function valueHeaders(st: TableState, options: WriteColumnsOptions): ValueHeaders {
  const wanted = { ...DEFAULT_HEADERS, ...options.headers };
  const fold = (h: string) => foldText(h);
  const stalePending = (st.previous?.pending ?? []).filter((h) => st.headers.some((x) => fold(x) === fold(h)));
  const owned = ownValueColumns(st);
  const remaining = st.headers.filter((h) => !stalePending.some((x) => fold(x) === fold(h)));
  const takenFinal = new Set(remaining.filter((h) => !owned.some((x) => fold(x) === fold(h))).map(fold));
  const takenNow = new Set(remaining.map(fold));
  const columns = {} as Record<Role, string>;
  const temp = {} as Record<Role, string>;
  for (const r of ROLES) {
    columns[r] = freeHeader(wanted[r], takenFinal);
    takenFinal.add(fold(columns[r]));
    temp[r] = freeHeader(`${columns[r]} (writing)`, takenNow);
    takenNow.add(fold(temp[r]));
  }
  return { columns, temp, stalePending, owned, remaining };
}

/**
 * Values mode: adds new columns under temporary headers and journals them in the record (one request;
 * undone by deleting them and restoring the record), writes the values in chunks, then in the commit
 * removes our old columns and old live anchors and gives the new columns their headers. Columns journaled
 * by a run that died are removed first.
 */
async function writeValues(
  session: WriteSession,
  st: TableState,
  options: WriteColumnsOptions,
  computed: Map<number, ComputedRow>,
  budget: number,
) {
  const { sheet, table, rows, top, left, old } = st;
  const h = valueHeaders(st, options);
  await addTemporaryColumns(session, st, h);
  const firstCol = left + h.remaining.length;
  await session.write(valueWrites(computed, top + 1, firstCol, rows, budget).map((w) => ({ ...w, sheet })));

  // Our old live block sat right of the table, in its rows: the columns added and removed above moved it.
  const shift = ROLES.length - h.stalePending.length;
  const moved = old && old.row >= top && old.col >= left + st.width ? { ...old, col: old.col + shift } : old;
  st.record.tables[table.id] = { table: table.name, mode: "values", columns: h.columns };
  await session.commit(
    () => {
      clearOwnedAnchors(sheet, moved);
      for (const o of h.owned) table.columns.getItem(o).delete();
      for (const r of ROLES) table.columns.getItem(h.temp[r]).name = h.columns[r];
    },
    () => saveRecord(session.context, st.record),
  );
  const start = firstCol - h.owned.length;
  const address = rangeAddress(top, start, rows + 1, ROLES.length);
  return { columns: h.columns, address, warnings: [] as WriteColumnsWarning[] };
}

/** Removes stale journaled columns, adds ours under temporary headers and journals them (one request, undoable). */
async function addTemporaryColumns(session: WriteSession, st: TableState, h: ValueHeaders): Promise<void> {
  const { table } = st;
  const rawBefore = st.setting.isNullObject ? null : (st.setting.value as unknown);
  const journal: ColumnsSetting = {
    version: 1,
    tables: {
      ...st.record.tables,
      [table.id]: {
        ...(st.previous ?? { table: table.name, mode: "values", columns: h.columns }),
        pending: ROLES.map((r) => h.temp[r]),
      },
    },
  };
  await session.change(
    () => {
      for (const s of h.stalePending) table.columns.getItem(s).delete();
      for (const r of ROLES) table.columns.add(undefined, undefined, h.temp[r]);
      saveRecord(session.context, journal);
    },
    () => {
      for (const r of ROLES) table.columns.getItem(h.temp[r]).delete();
      if (rawBefore === null) session.context.workbook.settings.getItem(COLUMNS_SETTING).delete();
      else session.context.workbook.settings.add(COLUMNS_SETTING, rawBefore as string);
    },
  );
}

/** The value writes for the three columns from `firstCol`, rows from 0-based `firstRow`, in slices under the budget. */
function valueWrites(
  computed: Map<number, ComputedRow>,
  firstRow: number,
  firstCol: number,
  rows: number,
  budget: number,
): Write[] {
  const queue: Write[] = [];
  ROLES.forEach((_, k) => {
    const grid: (string | number | boolean)[][] = [];
    for (let i = 0; i < rows; i++) grid.push([(computed.get(firstRow + i + 1) ?? ["", "", ""])[k]]);
    for (const s of sliceRows(
      grid.map((row) => jsonBytes(row) + 1),
      budget,
    ))
      queue.push({
        address: rangeAddress(firstRow + s.start, firstCol + k, s.count, 1),
        property: "values",
        payload: grid.slice(s.start, s.start + s.count),
        bytes: s.bytes,
      });
  });
  queue.push(...scoreFormats(firstRow, firstCol, rows, budget));
  return queue;
}

/** Reads and computes what values mode writes, before anything is written (the read path). */
async function computeValues(run: ExcelRun, options: WriteColumnsOptions) {
  const { dataset, parsed } = await loadSources(
    run,
    { accounts: { table: options.table, mapping: options.mapping } },
    options.model,
    options.signal,
  );
  const mapping = parsed.accounts?.mapping ?? {};
  const dims = SCORE_DIMENSIONS.filter((d) => mapping[d] !== null && mapping[d] !== undefined);
  const t = tierAccounts(dataset.accounts, options.model);
  const rows = new Map<number, ComputedRow>();
  dataset.accounts.forEach((a, i) => {
    const score = t.score[i];
    rows.set(a.row, [
      Number.isFinite(score) ? score : "",
      t.tiers[i] ?? "",
      t.keyAccount[i] < 0 ? "" : t.keyAccount[i] === 1,
    ]);
  });
  const skipped = dataset.counts.accounts?.rowsSkipped ?? 0;
  const warnings: WriteColumnsWarning[] = skipped ? [{ code: "rowsLeftBlank", count: skipped }] : [];
  return { rows, warnings, accounts: dataset.accounts, dims };
}

/**
 * Adds Score, Tier and Key account columns for the accounts table (DOMAIN.md §3–§4), through the write
 * executor, so a failure or cancel at any point leaves the workbook as it was.
 *
 * - **values**: computes with the core (the same tiering as the reports, per-segment overrides and
 *   approved manual tiers included) and writes plain values into new columns of the table itself, in
 *   chunks under the byte budget, so they sort and filter with their rows and need no add-in to open.
 * - **live**: a dynamic-array formula cannot spill inside a table (#SPILL!), and a per-row
 *   `INDEX(KAM.SCORE(whole columns), n)` would rank the whole list once per row (quadratic). So the
 *   live columns are one spilling `=KAM.SCORE(Accounts[…])` / `=KAM.TIER(…)` / `=KAM.TOPPCT(…)` each,
 *   with a header above, just right of the table after one empty column: that gap keeps Excel's
 *   table auto-expansion from swallowing the spills. They follow sorting, filtering and new rows,
 *   since each spill recomputes from the table's columns.
 *
 * It never overwrites a user's column or cells: a header already used by a column Ninegrid did not
 * write gives "Score (2)"; new table columns insert cells, so what was right of the table moves right
 * within the table's rows; and live mode refuses, naming the first such cell, when a cell of its block
 * or of the spills' path (header row plus one row per account) holds anything that is not its own
 * earlier output. Cells beside or below that area do not matter. What it wrote is recorded in the
 * workbook setting `ninegrid.columns` in the request that makes it visible, so a rerun replaces its own
 * columns (and switching mode removes the other mode's output).
 */
export async function writeScoreAndTierColumns(
  run: ExcelRun,
  options: WriteColumnsOptions,
): Promise<WriteColumnsResult> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const limit = options.livePayloadLimitBytes ?? LIVE_PAYLOAD_LIMIT_BYTES;
  // Values mode reads and computes before touching the workbook, so a failure writes nothing.
  let computed = options.mode === "values" ? await computeValues(run, options) : null;
  let measured = false;
  let roundTrips = 0;
  for (;;) {
    if (options.signal?.aborted) throw new WriteCancelled();
    try {
      const done = await writeOnce(run, options, computed, budget, measured ? Infinity : limit / 2);
      return { ...done, roundTrips: roundTrips + done.roundTrips };
    } catch (e) {
      if (!(e instanceof LiveMayBeTooLarge)) throw e;
      roundTrips += e.roundTrips;
    }
    // Live formulas might pass too much to one KAM call: measure on the rows, and write values if so.
    const values = await computeValues(run, options);
    const bytes = liveBytesMeasured(values.accounts, values.dims, options.model);
    measured = true;
    if (bytes > limit) {
      computed = { ...values, warnings: [{ code: "liveTooLarge", bytes, limit }, ...values.warnings] };
    }
  }
}

/** Thrown before anything is written when the row count alone cannot show the live formulas fit. */
class LiveMayBeTooLarge extends Error {
  constructor(readonly roundTrips: number) {
    super("Live formulas may exceed the custom-function payload.");
  }
}

async function writeOnce(
  run: ExcelRun,
  options: WriteColumnsOptions,
  computed: Awaited<ReturnType<typeof computeValues>> | null,
  budget: number,
  quickLimit: number,
): Promise<WriteColumnsResult> {
  let reads = 0;
  const { result, stats } = await executeWrite(run, options, async (session) => {
    const st = await readTable(session, options.table);
    reads = 2;
    if (!computed) {
      const mapping = resolveMapping(st.headers, options.mapping);
      const dims = SCORE_DIMENSIONS.filter((d) => mapping[d] !== null && mapping[d] !== undefined).length;
      if (liveBytesFromRows(st.rows, dims, options.model.segmentBy !== "none") > quickLimit)
        throw new LiveMayBeTooLarge(reads);
    }
    const out = computed
      ? await writeValues(session, st, options, computed.rows, budget)
      : await writeLive(session, st, options, budget);
    return {
      mode: computed ? ("values" as const) : ("live" as const),
      table: st.table.name,
      sheet: st.sheetName,
      columns: out.columns,
      address: out.address,
      rows: st.rows,
      warnings: [...(computed?.warnings ?? []), ...out.warnings],
    };
  });
  return { ...result, roundTrips: stats.roundTrips };
}

/** The score column's number format for `rows` rows from 0-based row `top`, in slices under the budget. */
function scoreFormats(top: number, col: number, rows: number, budget: number): Write[] {
  const row = ["0.0"];
  return sliceRows(new Array<number>(rows).fill(jsonBytes(row) + 1), budget).map((s) => ({
    address: rangeAddress(top + s.start, col, s.count, 1),
    property: "numberFormat" as const,
    payload: new Array(s.count).fill(row),
    bytes: s.bytes,
  }));
}

function resolveMapping(headers: readonly string[], overrides?: Record<string, number | string | null>): ColumnMapping {
  return applyMappingOverrides("accounts", detectMapping("accounts", headers), headers, overrides).mapping;
}

/**
 * Clears the header and anchor of each column of our earlier live block that still holds our formula;
 * clearing an anchor removes its spill. A column the user has taken over is left alone.
 */
function clearOwnedAnchors(sheet: Excel.Worksheet, old: PreviousBlock | null): void {
  old?.owned.forEach((own, k) => {
    if (own) sheet.getRange(rangeAddress(old.row, old.col + k, 2, 1)).clear("Contents");
  });
}
