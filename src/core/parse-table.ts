import { columnLetter } from "./a1";
import { cellText, CellValue, isBlank } from "./cells";
import { ColumnContext, columnContext, ParsedValue, readCell } from "./column-readers";
import { CurrencyRates } from "./currency-rates";
import { FieldSpec, FIELDS, InputKind } from "./fields";
import { clip } from "./numbers";
import { applyMappingOverrides, ColumnMapping, detectMapping, missingRequired, suggestedFields } from "./headers";
import {
  DEFAULT_STAGES,
  isDefaultStageTable,
  LOST,
  OPEN,
  pickStagePreset,
  PresetPick,
  readStatus,
  StageDef,
  stagePreset,
  StageResolution,
  stageResolver,
  WON,
} from "./stages";
import { Explained, explain, Reason } from "./reasons";

/** Where an unusable cell or row is. */
export interface ErrorLocation {
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  /** Header text of the column, or "" for a whole-row problem. */
  column: string;
  /** A1 address of the cell, e.g. "C7". */
  address: string;
}

/**
 * An unusable cell or row, located so the task pane can select it (DOMAIN.md §2 "Bad input"): why, as
 * a `code` with `params` for the pane to word in the user's language, and in English as `reason`.
 */
export type LocatedError = ErrorLocation & Explained;

/** Where a table's values came from: the header row first, then the data rows. */
export interface TableSource {
  sheet: string;
  values: readonly (readonly CellValue[])[];
  /** 1-based worksheet row of the header row (default 1). */
  headerRow?: number;
  /** 0-based worksheet column of the table's first column (default 0). */
  firstColumn?: number;
  /**
   * Number format codes in the shape of `values` ("General", "yyyy-mm-dd", "@"…), so a date column can
   * tell a date from a plain number. A missing row or cell means unknown: any serial is then taken.
   */
  numberFormats?: readonly (readonly (string | undefined)[] | undefined)[];
}

export interface ParseOptions {
  /** User overrides of the detected column mapping: field key → column index, header text or null. */
  mapping?: Readonly<Record<string, number | string | null>>;
  /** Stage table used to read opportunity stages (default DOMAIN.md §6 stages). */
  stages?: readonly StageDef[];
  /**
   * Let the stage column pick a preset (DOMAIN.md §6) when `stages` is the default table: the caller
   * sets this when the user has saved no stage table of their own.
   */
  autoStagePreset?: boolean;
  /** Office's display language ("en-US", "zh-CN"), which decides 03/04/2026 when a column never says. */
  language?: string;
  /** Rates to the base currency (DOMAIN.md §2.1), so amounts in other currencies are converted. */
  rates?: CurrencyRates;
  /**
   * Optional fields required in this parse: a history table needs its snapshot date or its date entered,
   * whichever its shape has (DOMAIN.md §9), so a row without one is skipped with a located reason.
   */
  require?: readonly string[];
}

export interface ParsedTable {
  kind: InputKind;
  sheet: string;
  /** 0-based worksheet column of the table's first column, to turn a field's column into an address. */
  firstColumn: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Good rows: field key → typed value (null for blank optional fields), plus `_row`, the worksheet row. */
  rows: ParsedRow[];
  errors: LocatedError[];
  /** Kept rows worth a look: optional cells blanked, blank amounts counted as 0, assumptions made. */
  warnings: LocatedError[];
  /** Opportunities: the stage table the rows were read with (a preset when one was picked). */
  stages?: readonly StageDef[];
  /** Opportunities: the preset picked from the stage column, when one was (DOMAIN.md §6). */
  stagePick?: PresetPick | null;
  rowsRead: number;
  rowsSkipped: number;
  /** Required fields with no column; when non-empty no row can be read. */
  missing: string[];
  /**
   * Per number field, the cells of good rows that hold text read as a number ("1,234", "¥2,000"):
   * how many, and the first one's A1 address. Excel's SUMIFS and COUNTIFS skip such cells, so live
   * formulas over the column disagree with the numbers read here.
   */
  textNumbers: Record<string, TextNumbers>;
  /**
   * Per amount or number field, the cells of good rows whose number as read is not the number Excel
   * sees in the cell: text numbers, and numbers scaled by a header unit or converted with a Rates table
   * (DOMAIN.md §2.1). Live sums over such a column would differ from the core's (DOMAIN.md §6).
   */
  notAsInExcel: Record<string, TextNumbers>;
}

export interface TextNumbers {
  count: number;
  /** A1 address of the first such cell, e.g. "E7". */
  first: string;
}

const NUMBER_TYPES: ReadonlySet<FieldSpec["type"]> = new Set(["amount", "number", "percent"]);
/** Optional fields whose blank means something (Open, not assessed): a bad cell makes the row bad. */
const NEVER_BLANKED: ReadonlySet<FieldSpec["type"]> = new Set(["status", "score", "actionStatus"]);

/**
 * Fields whose cell is also kept as written, under `<key>Cell` (text untrimmed, a number as is): live
 * criteria must list the spellings that occur, since COUNTIFS does not fold them (DOMAIN.md §6). A history
 * table's snapshot date too: live movement formulas match it only when it is a date serial, not text.
 */
const SPELLING_FIELDS: ReadonlySet<string> = new Set([
  "stage", "status", "owner", "rep", "industry", "region", "snapshot",
]); // prettier-ignore

/** A cell as written, for a criterion: text untrimmed, a number as is, anything else blank. */
export const asWritten = (v: CellValue): string | number => (typeof v === "string" || typeof v === "number" ? v : "");

export type { ParsedValue } from "./column-readers";
export type ParsedRow = Record<string, ParsedValue> & { _row: number };

/** Tables whose stage column is read with the status (DOMAIN.md §2.1 outcome words; §9 history). */
const hasStages = (kind: InputKind): boolean => kind === "opportunities" || kind === "history";

/** The stage table for an opportunities table: the given one, or the preset its stage column calls for. */
function stagesFor(
  data: readonly (readonly CellValue[])[],
  stageCol: number | null,
  options: ParseOptions,
): { stages: readonly StageDef[]; pick: PresetPick | null } {
  const given = options.stages ?? DEFAULT_STAGES;
  if (!options.autoStagePreset || stageCol === null || !isDefaultStageTable(given))
    return { stages: given, pick: null };
  const pick = pickStagePreset(data.map((cells) => cells[stageCol]));
  return pick ? { stages: stagePreset(pick.preset) as StageDef[], pick } : { stages: given, pick: null };
}

/**
 * Parses one input table (DOMAIN.md §2, §2.1): detects the header mapping (with user overrides), reads
 * and coerces every cell, skips rows with a bad required cell (a located error per bad cell), blanks a
 * bad optional cell with a located warning, and reads outcome words in the stage column as the status.
 * It never stops at the first bad row, never zeroes a bad value, and never modifies `source`.
 */
export function parseTable(kind: InputKind, source: TableSource, options: ParseOptions = {}): ParsedTable {
  const [headerCells = [], ...data] = source.values;
  const headers = headerCells.map((h) => cellText(h));
  const { mapping, problems } = applyMappingOverrides(
    kind,
    detectMapping(kind, headerCells),
    headerCells,
    options.mapping,
  );
  const headerRow = source.headerRow ?? 1;
  const firstColumn = source.firstColumn ?? 0;
  const atHeader = (reason: Reason, col?: number): LocatedError => ({
    sheet: source.sheet,
    row: headerRow,
    column: col === undefined ? "" : (headers[col] ?? ""),
    address: `${columnLetter(firstColumn + (col ?? 0))}${headerRow}`,
    ...explain(reason),
  });
  const errors: LocatedError[] = problems.map((problem) => atHeader(problem));
  const warnings: LocatedError[] = [];
  const extra = (options.require ?? []).filter((key) => mapping[key] === null || mapping[key] === undefined);
  const missing = [...missingRequired(kind, mapping), ...extra];
  for (const key of missing) errors.push(atHeader({ code: "missingColumn", params: { field: key } }));
  const textNumbers: Record<string, TextNumbers> = {};
  const notAsInExcel: Record<string, TextNumbers> = {};
  const base = {
    kind,
    sheet: source.sheet,
    firstColumn,
    headers,
    mapping,
    missing,
    textNumbers,
    notAsInExcel,
    warnings,
  };
  if (missing.length) return { ...base, rows: [], errors, rowsRead: data.length, rowsSkipped: data.length };
  for (const key of suggestedFields(kind, headerCells, mapping)) {
    const col = mapping[key] as number;
    warnings.push(atHeader({ code: "suggestedColumn", params: { field: key, header: headers[col] } }, col));
  }

  const specs = FIELDS[kind]
    .filter((s) => mapping[s.key] !== null)
    .map((s) => (options.require?.includes(s.key) ? { ...s, required: true } : s));
  const staged = hasStages(kind) ? stagesFor(data, mapping.stage ?? null, options) : null;
  const resolve = stageResolver(staged?.stages ?? DEFAULT_STAGES);
  const memo = new Map<CellValue, StageResolution>();
  const stageOf = (v: CellValue) => {
    let r = memo.get(v);
    if (!r) memo.set(v, (r = resolve(v)));
    return r;
  };
  const contexts = specs.map((spec) => {
    const col = mapping[spec.key] as number;
    const ctx = columnContext(spec, headers[col] ?? "", (r) => data[r][col], data.length, options);
    if (ctx.warning) warnings.push(atHeader(ctx.warning, col));
    return ctx;
  });
  const at = (sheetRow: number, col: number, reason: Explained): LocatedError => ({
    sheet: source.sheet,
    row: sheetRow,
    column: headers[col] ?? "",
    address: `${columnLetter(firstColumn + col)}${sheetRow}`,
    ...explain(reason),
  });
  const rows: ParsedRow[] = [];
  let skipped = 0;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    const sheetRow = headerRow + 1 + r;
    if (cells.every(isBlank)) continue; // blank lines inside a range are not rows
    const read = readRow(kind, specs, contexts, cells, mapping, stageOf, source.numberFormats?.[r + 1]);
    for (const w of read.warnings) warnings.push(at(sheetRow, w.col, w.reason));
    for (const e of read.errors) errors.push(at(sheetRow, e.col, e.reason));
    if (read.errors.length) {
      skipped++;
      continue;
    }
    const row = read.row as ParsedRow;
    row._row = sheetRow;
    for (const key of SPELLING_FIELDS) {
      const col = mapping[key];
      if (col !== null && col !== undefined) row[`${key}Cell`] = asWritten(cells[col]);
    }
    for (const spec of FIELDS[kind]) if (row[spec.key] === undefined) row[spec.key] = null;
    rows.push(row);
    const note = (found: Record<string, TextNumbers>, key: string) => {
      const seen = found[key];
      if (seen) seen.count++;
      else found[key] = { count: 1, first: `${columnLetter(firstColumn + (mapping[key] as number))}${sheetRow}` };
    };
    for (const key of read.fromText) note(textNumbers, key);
    for (const key of read.notAsInExcel) note(notAsInExcel, key);
  }
  const stageInfo = staged ? { stages: staged.stages, stagePick: staged.pick } : {};
  return { ...base, ...stageInfo, rows, errors, rowsRead: rows.length + skipped, rowsSkipped: skipped };
}

interface CellProblem {
  col: number;
  reason: Explained;
}

interface RowRead {
  row: Record<string, ParsedValue>;
  errors: CellProblem[];
  warnings: CellProblem[];
  /** Number fields read from text in this row. */
  fromText: string[];
  /** Amount and number fields whose value differs from the cell's own number (text, scaled, converted). */
  notAsInExcel: string[];
}

/**
 * Reads one row: each mapped field, then the stage and status together (DOMAIN.md §2.1: an outcome word
 * in the stage sets the status; a lost deal with no known stage reaches only the first stage).
 */
function readRow(
  kind: InputKind,
  specs: readonly FieldSpec[],
  contexts: readonly ColumnContext[],
  cells: readonly CellValue[],
  mapping: ColumnMapping,
  stageOf: (v: CellValue) => StageResolution,
  formats: readonly (string | undefined)[] | undefined,
): RowRead {
  const out: RowRead = { row: {}, errors: [], warnings: [], fromText: [], notAsInExcel: [] };
  const fail = (col: number, reason: Reason) => out.errors.push({ col, reason: explain(reason) });
  specs.forEach((spec, i) => {
    const col = mapping[spec.key] as number;
    const v = cells[col];
    if (spec.type === "stage") return; // read with the status below
    if (isBlank(v)) {
      out.row[spec.key] = null;
      if (kind === "opportunities" && spec.key === "amount") {
        out.row[spec.key] = 0; // CRMs leave early deals' amounts blank (DOMAIN.md §2)
        out.warnings.push({ col, reason: explain({ code: "blankAmountZero", params: { field: spec.key } }) });
      } else if (spec.required) fail(col, { code: "requiredBlank", params: { field: spec.key } });
      return;
    }
    const read = readCell(spec, v, contexts[i], stageOf, formats?.[col]);
    if (read.ok) {
      out.row[spec.key] = read.value;
      if (typeof v === "string" && typeof read.value === "number" && NUMBER_TYPES.has(spec.type))
        out.fromText.push(spec.key);
      const summed = spec.type === "amount" || spec.type === "number";
      if (summed && typeof read.value === "number" && read.value !== v) out.notAsInExcel.push(spec.key);
    } else if (spec.required || NEVER_BLANKED.has(spec.type)) {
      // A status is never blanked: blank means Open, so an unreadable one would change the numbers.
      out.errors.push({ col, reason: read });
    } else {
      out.row[spec.key] = null;
      out.warnings.push({ col, reason: read });
    }
  });
  if (hasStages(kind)) readStageAndStatus(cells, mapping, stageOf, out, fail);
  return out;
}

function readStageAndStatus(
  cells: readonly CellValue[],
  mapping: ColumnMapping,
  stageOf: (v: CellValue) => StageResolution,
  out: RowRead,
  fail: (col: number, reason: Reason) => void,
): void {
  const col = mapping.stage as number;
  const v = cells[col];
  const statusCol = mapping.status ?? null;
  const statusCell = statusCol === null ? null : cells[statusCol];
  const given = statusCol === null ? OPEN : readStatus(statusCell);
  const res = stageOf(v);
  let status = given < 0 ? OPEN : given;
  if (res.outcome !== null) {
    if (given >= 0 && !isBlank(statusCell) && given !== res.outcome) {
      fail(col, { code: "stageContradictsStatus", params: { stage: cellText(v), status: cellText(statusCell) } });
      return;
    }
    status = res.outcome;
    if (statusCol !== null && given >= 0) out.row.status = status;
  }
  if (statusCol === null) out.row.status = status;
  if (res.stage >= 0) {
    out.row.stage = res.stage;
    return;
  }
  const unstaged = res.outcome !== null || isBlank(v);
  // A won deal has reached every stage; a lost one with no known stage reaches only the first (DOMAIN.md §2.1).
  if (status === WON) out.row.stage = null;
  else if (status === LOST && unstaged) out.row.stage = 0;
  else if (isBlank(v)) fail(col, { code: "requiredBlank", params: { field: "stage" } });
  else fail(col, { code: "unknownStage", params: { text: clip(cellText(v)) } });
}

/**
 * The columns whose number formats the parser uses (the mapped date fields), so a reader can load
 * formats for those columns only.
 */
export function formatColumns(
  kind: InputKind,
  headerCells: readonly CellValue[],
  mapping?: ParseOptions["mapping"],
): number[] {
  const resolved = applyMappingOverrides(kind, detectMapping(kind, headerCells), headerCells, mapping).mapping;
  return FIELDS[kind]
    .filter((spec) => spec.type === "date" && resolved[spec.key] !== null && resolved[spec.key] !== undefined)
    .map((spec) => resolved[spec.key] as number);
}

/** Locates a problem found after parsing (e.g. a duplicate key) at the cell of `field` in a worksheet row. */
export function locate(table: ParsedTable, row: number, field: string, reason: Reason): LocatedError {
  const col = table.mapping[field];
  const index = col === null || col === undefined ? 0 : col;
  return {
    sheet: table.sheet,
    row,
    column: col === null || col === undefined ? "" : (table.headers[col] ?? ""),
    address: `${columnLetter(table.firstColumn + index)}${row}`,
    ...explain(reason),
  };
}
