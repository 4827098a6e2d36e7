import { CellValue, foldText } from "./cells";
import { OpportunityRecord } from "./dataset";
import { isoFromSerial } from "./dates";
import { ColumnMapping, detectMapping, applyMappingOverrides } from "./headers";
import { locate, LocatedError, ParseOptions, parseTable, ParsedRow, ParsedTable, TableSource } from "./parse-table";
import { Reason } from "./reasons";
import { DEFAULT_STAGES, OPEN, StageDef } from "./stages";

/**
 * The two shapes of history input (DOMAIN.md §9): stacked weekly snapshots (a snapshot date column) or a
 * stage history (`opportunityId | stage | date entered`, Salesforce Opportunity History, 阶段变更记录).
 */
export type HistoryShape = "snapshots" | "stageHistory";

/** Status of an opportunity missing from a snapshot (it is not in that week's list). */
export const ABSENT = -1;

/** One row of history as the model builder reads it: a parsed table row, or a benchmark's generated one. */
export interface HistoryRow {
  /** 1-based worksheet row, for located errors. */
  row: number;
  /** The snapshot date (stacked snapshots) or the date the stage was entered (stage history). */
  date: number;
  id: string | null;
  account: string | null;
  name: string | null;
  owner: string | null;
  region: string | null;
  projectClass: string | null;
  /** 0-based stage; -1 for a won row without a stage. */
  stage: number;
  status: number;
  amount: number | null;
  expectedClose: number | null;
  /** Stacked snapshots: the date the row's stage was entered, when the table has that column. */
  entered: number | null;
}

/** One opportunity of the history, with its latest known attributes. */
export interface HistoryOpportunity {
  key: string;
  id: string | null;
  account: string | null;
  name: string | null;
  owner: string | null;
  region: string | null;
  projectClass: string | null;
  /** Worksheet row of its latest row. */
  row: number;
}

/**
 * One history model for both shapes (DOMAIN.md §9): each opportunity's state at each snapshot date. Cell
 * arrays are indexed `o * dates.length + d`; `entered` is indexed `o * stages.length + s`.
 */
export interface HistoryModel {
  shape: HistoryShape;
  /** "id" when an opportunity ID column keys the rows, else account + opportunity name (with a warning). */
  keyedBy: "id" | "accountAndName";
  stages: readonly StageDef[];
  /** Snapshot dates, ascending, as Excel serials. */
  dates: number[];
  opportunities: HistoryOpportunity[];
  /** OPEN, WON, LOST, or ABSENT when the opportunity is not in that snapshot. */
  status: Int8Array;
  stage: Int16Array;
  /** NaN when unknown or absent. */
  amount: Float64Array;
  expectedClose: Float64Array;
  /** The date the opportunity entered the stage (or the outcome) it has at that snapshot; NaN when absent. */
  since: Float64Array;
  /** The first date the opportunity was seen entering each stage; NaN when never seen there. */
  entered: Float64Array;
}

export interface HistoryBuild {
  model: HistoryModel;
  errors: LocatedError[];
  warnings: LocatedError[];
  /** Rows read and rows skipped (parse errors, no key, duplicates). */
  rowsRead: number;
  rowsSkipped: number;
}

export interface HistoryOptions {
  stages?: readonly StageDef[];
  /** Stage history: the snapshot dates to sample it at; default weekly, back from the last date entered. */
  dates?: readonly number[];
  /** The current opportunities, to fill what a stage history leaves out (amount, owner, account) by ID. */
  current?: readonly OpportunityRecord[];
}

/** Locates a problem at a field of a worksheet row. */
export type Locator = (row: number, field: string, reason: Reason) => LocatedError;

/** The shape a history table's mapping says: a snapshot column makes stacked snapshots (DOMAIN.md §9). */
export function historyShape(mapping: ColumnMapping): HistoryShape | null {
  if (mapping.snapshot !== null && mapping.snapshot !== undefined) return "snapshots";
  if (mapping.entered !== null && mapping.entered !== undefined) return "stageHistory";
  return null;
}

const str = (v: ParsedRow[string]) => (v === null || v === undefined || v === "" ? null : String(v));
const num = (v: ParsedRow[string]) => (typeof v === "number" ? v : null);

/** A parsed history row in the builder's form; `date` is the snapshot or the date entered, by shape. */
export function historyRowOf(r: ParsedRow, shape: HistoryShape): HistoryRow {
  const date = (shape === "snapshots" ? r.snapshot : r.entered) as number;
  return {
    row: r._row,
    date: Math.floor(date), // a time of day does not make another snapshot
    id: str(r.opportunityId),
    account: str(r.account),
    name: str(r.name),
    owner: str(r.owner),
    region: str(r.region),
    projectClass: str(r.projectClass),
    stage: r.stage === null ? -1 : (r.stage as number),
    status: (r.status as number | null) ?? OPEN,
    amount: num(r.amount),
    expectedClose: num(r.expectedClose),
    entered: shape === "snapshots" ? num(r.entered) : null,
  };
}

/**
 * Parses a history table and builds its model (DOMAIN.md §9): detects the shape by header, requires the
 * snapshot date (or the date entered) on every row, keys rows by opportunity ID, else by account +
 * opportunity name with a warning. Bad rows are skipped with located reasons; none blocks the rest.
 */
export function parseHistory(
  source: TableSource,
  options: ParseOptions & HistoryOptions = {},
): HistoryBuild & { table: ParsedTable } {
  const table = parseTable("history", source, {
    ...options,
    require: historyRequire(source.values[0] ?? [], options.mapping),
  });
  return { table, ...historyOfTable(table, options, source.headerRow ?? 1) };
}

/**
 * The date a history table needs on every row, by its shape (DOMAIN.md §9): the snapshot date, or the date
 * entered; none when the headers say neither (historyOfTable then reports it). For parseTable's `require`.
 */
export function historyRequire(headerCells: readonly CellValue[], overrides?: ParseOptions["mapping"]): string[] {
  const mapping = applyMappingOverrides(
    "history",
    detectMapping("history", headerCells),
    headerCells,
    overrides,
  ).mapping;
  const shape = historyShape(mapping);
  return shape === "snapshots" ? ["snapshot"] : shape === "stageHistory" ? ["entered"] : [];
}

/**
 * The history model of a parsed history table (parsed with historyRequire): keys rows by opportunity ID,
 * else by account + opportunity name with a warning; bad rows are skipped with located reasons.
 */
export function historyOfTable(table: ParsedTable, options: HistoryOptions = {}, headerRow = 1): HistoryBuild {
  const mapping = table.mapping;
  const shape = historyShape(mapping);
  const at: Locator = (row, field, reason) => locate(table, row, field, reason);
  if (!shape) {
    const errors = [...table.errors, at(headerRow, "", { code: "historyNeedsDate", params: {} })];
    const model = emptyModel("snapshots", options.stages ?? table.stages ?? DEFAULT_STAGES);
    return { model, errors, warnings: table.warnings, rowsRead: table.rowsRead, rowsSkipped: table.rowsRead };
  }
  const hasId = mapping.opportunityId !== null && mapping.opportunityId !== undefined;
  const rows = table.rows.map((r) => historyRowOf(r, shape));
  const built = buildHistory(rows, shape, { ...options, stages: table.stages ?? options.stages }, at, hasId);
  const warnings = [...table.warnings, ...built.warnings];
  if (!hasId) warnings.unshift(at(headerRow, "", { code: "historyKeyedByName", params: {} }));
  return {
    ...built,
    errors: [...table.errors, ...built.errors],
    warnings,
    rowsRead: table.rowsRead,
    rowsSkipped: table.rowsSkipped + built.rowsSkipped,
  };
}

function emptyModel(shape: HistoryShape, stages: readonly StageDef[]): HistoryModel {
  return {
    shape,
    keyedBy: "id",
    stages,
    dates: [],
    opportunities: [],
    status: new Int8Array(0),
    stage: new Int16Array(0),
    amount: new Float64Array(0),
    expectedClose: new Float64Array(0),
    since: new Float64Array(0),
    entered: new Float64Array(0),
  };
}

/** The key of a row: its opportunity ID, or account + name when the table has no ID column; null when neither. */
function keyOf(r: HistoryRow, byId: boolean): string | null {
  if (byId) return r.id === null ? null : `i:${foldText(r.id)}`;
  return r.account === null || r.name === null ? null : `n:${foldText(r.account)}\u0001${foldText(r.name)}`;
}

/**
 * Builds the history model from rows (DOMAIN.md §9), either shape. `byId` says the rows are keyed by
 * opportunity ID (else account + name). Rows without a key and duplicates are skipped with located errors.
 */
export function buildHistory(
  rows: readonly HistoryRow[],
  shape: HistoryShape,
  options: HistoryOptions,
  at: Locator,
  byId = true,
): HistoryBuild {
  const stages = options.stages ?? DEFAULT_STAGES;
  const errors: LocatedError[] = [];
  const keyField = byId ? "opportunityId" : "name";
  const groups = new Map<string, HistoryRow[]>();
  // Each ID repeats once a snapshot: fold its text once.
  const folded = new Map<string | null, string | null>();
  for (const r of rows) {
    let key = byId ? folded.get(r.id) : keyOf(r, false);
    if (key === undefined) folded.set(r.id, (key = keyOf(r, true)));
    if (key === null) {
      errors.push(at(r.row, keyField, { code: "historyNoKey", params: {} }));
      continue;
    }
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const keys = [...groups.keys()];
  const lists = keys.map((k) => (groups.get(k) as HistoryRow[]).sort((a, b) => a.date - b.date || a.row - b.row));
  const dates =
    shape === "snapshots"
      ? distinctDates(lists)
      : options.dates
        ? [...options.dates].sort((a, b) => a - b)
        : weekly(lists);
  const model: HistoryModel = {
    ...emptyModel(shape, stages),
    keyedBy: byId ? "id" : "accountAndName",
    dates,
    opportunities: keys.map((key, o) => opportunityOf(key, lists[o], options.current)),
  };
  allocate(model);
  const index = new Map(dates.map((d, i) => [d, i]));
  const fill = shape === "snapshots" ? fillSnapshots : fillStageHistory;
  let skipped = errors.length;
  lists.forEach((list, o) => {
    for (const dup of fill(model, o, list, amountsOf(list, model.opportunities[o], options.current), index)) {
      errors.push(at(dup.row.row, keyField, dup.reason));
      skipped++;
    }
  });
  return { model, errors, warnings: [], rowsRead: rows.length, rowsSkipped: skipped };
}

function allocate(model: HistoryModel): void {
  const cells = model.opportunities.length * model.dates.length;
  model.status = new Int8Array(cells).fill(ABSENT);
  model.stage = new Int16Array(cells).fill(-1);
  model.amount = new Float64Array(cells).fill(NaN);
  model.expectedClose = new Float64Array(cells).fill(NaN);
  model.since = new Float64Array(cells).fill(NaN);
  model.entered = new Float64Array(model.opportunities.length * model.stages.length).fill(NaN);
}

function distinctDates(lists: readonly HistoryRow[][]): number[] {
  const set = new Set<number>();
  for (const list of lists) for (const r of list) set.add(r.date);
  return [...set].sort((a, b) => a - b);
}

/** Weekly snapshot dates back from the last date entered to the first (at least two), for a stage history. */
function weekly(lists: readonly HistoryRow[][]): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const list of lists)
    for (const r of list) {
      first = Math.min(first, r.date);
      last = Math.max(last, r.date);
    }
  if (!Number.isFinite(last)) return [];
  const dates: number[] = [];
  for (let k = 0; last - 7 * k >= first || k < 2; k++) dates.unshift(last - 7 * k);
  return dates;
}

/** The opportunity's latest non-blank attributes, filled from the current opportunities by ID. */
function opportunityOf(
  key: string,
  list: readonly HistoryRow[],
  current: readonly OpportunityRecord[] | undefined,
): HistoryOpportunity {
  const o: HistoryOpportunity = { key, id: null, account: null, name: null, owner: null, region: null, projectClass: null, row: 0 }; // prettier-ignore
  for (const r of list) {
    o.row = r.row;
    o.id = r.id ?? o.id;
    o.account = r.account ?? o.account;
    o.name = r.name ?? o.name;
    o.owner = r.owner ?? o.owner;
    o.region = r.region ?? o.region;
    o.projectClass = r.projectClass ?? o.projectClass;
  }
  const now = o.id === null ? undefined : currentById(current).get(foldText(o.id));
  if (now) {
    o.account ??= now.accountText;
    o.name ??= now.name ?? null;
    o.owner ??= now.owner;
    o.region ??= now.region;
    o.projectClass ??= now.projectClass;
  }
  return o;
}

const byIdCache = new WeakMap<readonly OpportunityRecord[], Map<string, OpportunityRecord>>();
function currentById(current: readonly OpportunityRecord[] | undefined): Map<string, OpportunityRecord> {
  if (!current) return new Map();
  let map = byIdCache.get(current);
  if (!map) {
    map = new Map(current.filter((c) => c.id !== null).map((c) => [foldText(c.id as string), c]));
    byIdCache.set(current, map);
  }
  return map;
}

/** The amount to use where a row has none: the current opportunity's, when the history has no amounts. */
function amountsOf(
  list: readonly HistoryRow[],
  o: HistoryOpportunity,
  current: readonly OpportunityRecord[] | undefined,
): number {
  if (list.some((r) => r.amount !== null) || o.id === null) return NaN;
  return currentById(current).get(foldText(o.id))?.amount ?? NaN;
}

interface Duplicate {
  row: HistoryRow;
  reason: Reason;
}

/** Notes the first date an opportunity was seen entering an open stage. */
function noteEntered(model: HistoryModel, o: number, stage: number, status: number, date: number): void {
  if (status !== OPEN || stage < 0 || Number.isNaN(date)) return;
  const at = o * model.stages.length + stage;
  if (!(model.entered[at] <= date)) model.entered[at] = date;
}

/** Stacked snapshots: one row per opportunity per snapshot; a second one is a duplicate. */
function fillSnapshots(
  model: HistoryModel,
  o: number,
  list: readonly HistoryRow[],
  fallback: number,
  index: ReadonlyMap<number, number>,
): Duplicate[] {
  const D = model.dates.length;
  const dups: Duplicate[] = [];
  let lastAmount = fallback;
  let first: HistoryRow | null = null; // the row already read for the snapshot at hand
  for (const r of list) {
    // The list is sorted by date then row: a second row on the same date is a duplicate.
    if (first && first.date === r.date) {
      const params = { key: r.id ?? `${r.account} / ${r.name}`, date: isoFromSerial(r.date), firstRow: first.row };
      dups.push({ row: r, reason: { code: "duplicateHistoryRow", params } });
      continue;
    }
    first = r;
    const d = index.get(r.date) as number;
    const cell = o * D + d;
    const prev = d > 0 ? cell - 1 : -1;
    model.status[cell] = r.status;
    model.stage[cell] = r.stage;
    lastAmount = r.amount ?? lastAmount;
    model.amount[cell] = lastAmount;
    model.expectedClose[cell] = r.expectedClose ?? NaN;
    const same = prev >= 0 && model.status[prev] === r.status && model.stage[prev] === r.stage;
    model.since[cell] = r.entered ?? (same ? model.since[prev] : model.dates[d]);
    noteEntered(model, o, r.stage, r.status, model.since[cell]);
  }
  return dups;
}

/** Stage history: each row is a stage entered on a date; a snapshot holds the latest entry on or before it. */
function fillStageHistory(model: HistoryModel, o: number, list: readonly HistoryRow[], fallback: number): Duplicate[] {
  const dups: Duplicate[] = [];
  const events: HistoryRow[] = [];
  for (const r of list) {
    const last = events[events.length - 1];
    if (
      last &&
      last.date === r.date &&
      last.stage === r.stage &&
      last.status === r.status &&
      last.amount === r.amount
    ) {
      const params = { key: r.id ?? `${r.account} / ${r.name}`, date: isoFromSerial(r.date), firstRow: last.row };
      dups.push({ row: r, reason: { code: "duplicateHistoryRow", params } });
      continue;
    }
    events.push(r);
  }
  const D = model.dates.length;
  let e = 0;
  let status = ABSENT;
  let stage = -1;
  let amount = fallback;
  let close = NaN;
  let since = NaN;
  for (let d = 0; d < D; d++) {
    for (; e < events.length && events[e].date <= model.dates[d]; e++) {
      const r = events[e];
      if (r.status !== status || r.stage !== stage) since = r.date;
      status = r.status;
      stage = r.stage;
      amount = r.amount ?? amount;
      close = r.expectedClose ?? close;
      noteEntered(model, o, stage, status, r.date);
    }
    if (status === ABSENT) continue;
    const cell = o * D + d;
    model.status[cell] = status;
    model.stage[cell] = stage;
    model.amount[cell] = amount;
    model.expectedClose[cell] = close;
    model.since[cell] = since;
  }
  // Entries after the last snapshot still say when stages were entered.
  for (; e < events.length; e++) noteEntered(model, o, events[e].stage, events[e].status, events[e].date);
  return dups;
}

/** The index of the snapshot on or before `date` (DOMAIN.md §9: the two chosen snapshots); -1 when none. */
export function snapshotOnOrBefore(model: HistoryModel, date: number): number {
  let hit = -1;
  for (let d = 0; d < model.dates.length && model.dates[d] <= date; d++) hit = d;
  return hit;
}
