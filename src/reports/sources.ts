import { cellText } from "../core/cells";
import { TableKind } from "../core/fields";
import { ParsedTable } from "../core/parse-table";
import { sheetRef } from "../core/a1";

/**
 * Formula references to source columns, for live reports: a structured reference such as
 * `Accounts[Contribution]` when the source is an Excel table, else an absolute range on its sheet.
 * Null when the field has no column (the report then writes values for it).
 */
export type ColumnRefs = (kind: TableKind, field: string) => string | null;

export interface SourceLocation {
  /** Excel table name, when the source is a table. */
  table?: string;
  parsed: ParsedTable;
  /** 1-based worksheet row of the header. */
  headerRow: number;
  rowCount: number;
}

const escapeColumn = (header: string) => header.replace(/(['#[\]])/g, "'$1");

/** Builds ColumnRefs from where each source was read and its column mapping. */
export function columnRefs(sources: Partial<Record<TableKind, SourceLocation>>): ColumnRefs {
  return (kind, field) => {
    const s = sources[kind];
    const col = s?.parsed.mapping[field];
    if (!s || col === null || col === undefined) return null;
    if (s.table) return `${s.table}[${escapeColumn(cellText(s.parsed.headers[col]))}]`;
    const letterRange = (row: number) => {
      let n = s.parsed.firstColumn + col + 1;
      let letters = "";
      for (; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return `${letters}${row}`;
    };
    return sheetRef(s.parsed.sheet, `${letterRange(s.headerRow + 1)}:${letterRange(s.headerRow + s.rowCount)}`);
  };
}

/** A criteria string for COUNTIFS/SUMIFS that matches `text` exactly (wildcards escaped, quotes doubled). */
export function exactCriterion(text: string): string {
  return `"${text.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}"`;
}

/** A COUNTIFS/SUMIFS criterion whose cell may hold any of several spellings (English, Chinese, a number). */
export interface AnyOf {
  ref: string;
  values: readonly (string | number)[];
}

/**
 * `=A+B+…` over every combination of spellings: COUNTIFS has no OR, and array-constant criteria are
 * not understood by every engine, so each combination is its own term. `sumRef` makes them SUMIFS.
 */
export function sumOverSpellings(criteria: readonly AnyOf[], sumRef?: string): string {
  let combos: string[][] = [[]];
  for (const c of criteria)
    combos = combos.flatMap((prefix) =>
      c.values.map((v) => [...prefix, `${c.ref},${typeof v === "number" ? v : exactCriterion(v)}`]),
    );
  const fn = sumRef
    ? (args: string[]) => `SUMIFS(${sumRef},${args.join(",")})`
    : (args: string[]) => `COUNTIFS(${args.join(",")})`;
  return `=${combos.map(fn).join("+")}`;
}
