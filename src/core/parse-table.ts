import { cellText, CellValue, excelErrorOf, isBlank } from "./cells";
import { readDate } from "./dates";
import { FieldSpec, FIELDS, TableKind } from "./fields";
import { applyMappingOverrides, ColumnMapping, columnLetter, detectMapping, missingRequired } from "./headers";
import { clip, NumberRead, readFraction, readNumber } from "./numbers";
import { DEFAULT_STAGES, readStatus, StageDef, stageMatcher, WON } from "./stages";
import { readRole, readTeamType } from "./coverage";
import { readTier } from "./tiers";
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
}

export interface ParsedTable {
  kind: TableKind;
  sheet: string;
  /** 0-based worksheet column of the table's first column, to turn a field's column into an address. */
  firstColumn: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Good rows: field key → typed value (null for blank optional fields), plus `_row`, the worksheet row. */
  rows: ParsedRow[];
  errors: LocatedError[];
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
}

export interface TextNumbers {
  count: number;
  /** A1 address of the first such cell, e.g. "E7". */
  first: string;
}

const NUMBER_TYPES: ReadonlySet<FieldSpec["type"]> = new Set(["amount", "number", "percent"]);

/**
 * Fields whose cell is also kept as written, under `<key>Cell` (text untrimmed, a number as is): live
 * criteria must list the spellings that occur, since COUNTIFS does not fold them (DOMAIN.md §6).
 */
const SPELLING_FIELDS: ReadonlySet<string> = new Set(["stage", "status", "owner", "rep"]);

/** A cell as written, for a criterion: text untrimmed, a number as is, anything else blank. */
export const asWritten = (v: CellValue): string | number => (typeof v === "string" || typeof v === "number" ? v : "");

export type ParsedValue = string | number | null;
export type ParsedRow = Record<string, ParsedValue> & { _row: number };

type Read = { ok: true; value: ParsedValue } | ({ ok: false } & Explained);
const ok = (value: ParsedValue): Read => ({ ok: true, value });
const bad = (reason: Reason): Read => ({ ok: false, ...explain(reason) });
const BLANK: Reason = { code: "blank", params: {} };
/** Why a number or date read failed. */
const badOf = (n: NumberRead): Read => bad(n.kind === "bad" ? n : BLANK);
const text = (v: CellValue) => ({ text: clip(cellText(v)) });

function readField(spec: FieldSpec, v: CellValue, stageOf: (v: CellValue) => number, format?: string): Read {
  if (isBlank(v)) return spec.required ? bad({ code: "requiredBlank", params: { field: spec.key } }) : ok(null);
  const err = excelErrorOf(v);
  if (err) return bad({ code: "excelError", params: { error: err } });
  switch (spec.type) {
    case "text":
      return ok(cellText(v));
    case "amount":
    case "number": {
      const n = readNumber(v);
      if (n.kind !== "number") return badOf(n);
      return spec.type === "amount" && n.value < 0
        ? bad({ code: "negativeAmount", params: { field: spec.key, value: n.value } })
        : ok(n.value);
    }
    case "percent": {
      const n = readFraction(v);
      return n.kind === "number" ? ok(n.value) : badOf(n);
    }
    case "date": {
      const d = readDate(v, format);
      return d.kind === "number" ? ok(d.value) : badOf(d);
    }
    case "tier":
      return readTier(v) ? ok(readTier(v)) : bad({ code: "notATier", params: text(v) });
    case "status": {
      const s = readStatus(v);
      return s >= 0 ? ok(s) : bad({ code: "notAStatus", params: text(v) });
    }
    case "stage": {
      const s = stageOf(v);
      return s >= 0 ? ok(s) : bad({ code: "unknownStage", params: text(v) });
    }
    case "teamType":
      return readTeamType(v) ? ok(readTeamType(v)) : bad({ code: "notATeamType", params: text(v) });
    case "role": {
      const role = readRole(v, "Territory"); // the team type only matters for a blank role, handled above
      return role ? ok(role) : bad({ code: "notARole", params: text(v) });
    }
  }
}

/**
 * Parses one input table (DOMAIN.md §2): detects the header mapping (with user overrides), reads
 * and coerces every cell, and skips bad rows with a located error for each bad cell. It never stops
 * at the first bad row, never zeroes a bad value, and never modifies `source`.
 */
export function parseTable(kind: TableKind, source: TableSource, options: ParseOptions = {}): ParsedTable {
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
  const errors: LocatedError[] = problems.map((problem) => ({
    sheet: source.sheet,
    row: headerRow,
    column: "",
    address: `${columnLetter(firstColumn)}${headerRow}`,
    ...explain(problem),
  }));
  const missing = missingRequired(kind, mapping);
  for (const key of missing)
    errors.push({
      sheet: source.sheet,
      row: headerRow,
      column: "",
      address: `${columnLetter(firstColumn)}${headerRow}`,
      ...explain({ code: "missingColumn", params: { field: key } }),
    });
  const textNumbers: Record<string, TextNumbers> = {};
  const base = { kind, sheet: source.sheet, firstColumn, headers, mapping, missing, textNumbers };
  if (missing.length) return { ...base, rows: [], errors, rowsRead: data.length, rowsSkipped: data.length };

  const specs = FIELDS[kind].filter((s) => mapping[s.key] !== null);
  const stageOf = kind === "opportunities" ? stageMatcher(options.stages ?? DEFAULT_STAGES) : () => -1;
  const rows: ParsedRow[] = [];
  let skipped = 0;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    const sheetRow = headerRow + 1 + r;
    if (cells.every(isBlank)) continue; // blank lines inside a range are not rows
    const row = { _row: sheetRow } as ParsedRow;
    let rowOk = true;
    const fromText: string[] = [];
    for (const spec of specs) {
      const col = mapping[spec.key] as number;
      if (SPELLING_FIELDS.has(spec.key)) row[`${spec.key}Cell`] = asWritten(cells[col]);
      const read = readField(spec, cells[col], stageOf, source.numberFormats?.[r + 1]?.[col]);
      if (read.ok) {
        row[spec.key] = read.value;
        if (typeof cells[col] === "string" && typeof read.value === "number" && NUMBER_TYPES.has(spec.type))
          fromText.push(spec.key);
      } else {
        // A won opportunity has reached every stage (DOMAIN.md §6), so its stage cell is not needed.
        if (spec.type === "stage" && readStatus(cells[mapping.status ?? -1]) === WON) {
          row[spec.key] = null;
          continue;
        }
        rowOk = false;
        errors.push({
          sheet: source.sheet,
          row: sheetRow,
          column: headers[col] ?? "",
          address: `${columnLetter(firstColumn + col)}${sheetRow}`,
          ...explain(read),
        });
      }
    }
    for (const spec of FIELDS[kind]) if (mapping[spec.key] === null) row[spec.key] = null;
    if (rowOk) {
      rows.push(row);
      for (const key of fromText) {
        const seen = textNumbers[key];
        if (seen) seen.count++;
        else
          textNumbers[key] = { count: 1, first: `${columnLetter(firstColumn + (mapping[key] as number))}${sheetRow}` };
      }
    } else skipped++;
  }
  return { ...base, rows, errors, rowsRead: rows.length + skipped, rowsSkipped: skipped };
}

/**
 * The columns whose number formats the parser uses (the mapped date fields), so a reader can load
 * formats for those columns only.
 */
export function formatColumns(
  kind: TableKind,
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
