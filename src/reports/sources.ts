import { cellText } from "../core/cells";
import { TableKind } from "../core/fields";
import { ParsedTable } from "../core/parse-table";
import { cellAddress, sheetRef } from "../core/a1";

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
    const at = (row: number) => cellAddress(row - 1, s.parsed.firstColumn + col); // row is 1-based
    return sheetRef(s.parsed.sheet, `${at(s.headerRow + 1)}:${at(s.headerRow + s.rowCount)}`);
  };
}

/** Excel reads at most this many characters of a COUNTIFS/SUMIFS criterion (a longer one gives #VALUE!). */
const MAX_CRITERION = 255;

/**
 * A criteria string for COUNTIFS/SUMIFS that matches `text` exactly: wildcards escaped, quotes doubled,
 * and "=" put first when the text starts with = < or > (which would otherwise be read as an operator:
 * a rep named "=HYPERLINK(…)" would match "HYPERLINK(…)"). Text too long for a criterion matches by its
 * first 250-odd characters and a trailing "*": two names that long and equal that far count as one.
 */
export function exactCriterion(text: string): string {
  let body = (/^[=<>]/.test(text) ? "=" : "") + text.replace(/[~*?]/g, "~$&");
  if (body.length > MAX_CRITERION) {
    let cut = MAX_CRITERION - 1;
    // Never split a surrogate pair or a "~x" escape.
    if (/[\uD800-\uDBFF]/.test(body[cut - 1])) cut--;
    let tildes = 0;
    while (body[cut - 1 - tildes] === "~") tildes++;
    if (tildes % 2 === 1) cut--;
    body = `${body.slice(0, cut)}*`;
  }
  return `"${body.replace(/"/g, '""')}"`;
}

/** `cell` as a criterion when the text it holds matches only itself, else the text as exactCriterion. */
export function textCriterion(text: string, cell: string): string {
  const plain = text !== "" && text.length <= MAX_CRITERION && !/^[=<>]|[~*?]/.test(text);
  return plain ? cell : exactCriterion(text);
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

/**
 * Whether live SUMIFS/PERCENTILE over a source column give the core's numbers (DOMAIN.md §6 "Live and
 * static agree"): false when some kept cell's number as read is not what Excel sees in it (text numbers,
 * a unit header, converted currencies, DOMAIN.md §2.1). Reports then write that column's sums as values.
 */
export type LiveSummable = (kind: TableKind, field: string) => boolean;

/** Builds LiveSummable from what the parser found in each source. */
export function liveSummable(sources: Partial<Record<TableKind, SourceLocation>>): LiveSummable {
  return (kind, field) => !sources[kind]?.parsed.notAsInExcel?.[field];
}
