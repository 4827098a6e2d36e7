/**
 * A1 addresses: parsing "B4", "$B$4:E9", "A:C", "3:5", "'My sheet'!B4", and printing them back the way Excel
 * does in `Range.address` ("Sheet1!B4:E9", quoting sheet names that need it).
 */
import { hostError } from "./errors";

/** Excel's grid size (.xlsx). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based, on no particular sheet. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "A" → 0, "AB" → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → "A", 27 → "AB". */
export function columnLetters(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B4" for row 3, column 1 (optionally "$B$4"). */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** "B4:E9", or "B4" for a single cell; whole columns and rows as "A:C" and "2:5", as Excel prints them. */
export function rectAddress(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (r.rows === MAX_ROWS && r.row === 0 && !(r.cols === MAX_COLUMNS && r.col === 0))
    return `${d}${columnLetters(r.col)}:${d}${columnLetters(r.col + r.cols - 1)}`;
  if (r.cols === MAX_COLUMNS && r.col === 0) return `${d}${r.row + 1}:${d}${r.row + r.rows}`;
  const first = cellAddress(r.row, r.col, absolute);
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

/** Quotes a sheet name when Excel would ("My sheet" → "'My sheet'", "Sheet1" stays). */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!B4:E9" as `Range.address` returns it. */
export function sheetAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${rectAddress(r, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Splits "'My sheet'!A1:B2" into sheet name and local address; no sheet → null. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const a = address.trim();
  const bang = a.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: a };
  let sheet = a.slice(0, bang);
  if (sheet.startsWith("=")) sheet = sheet.slice(1);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: a.slice(bang + 1) };
}

function parseCell(s: string): { row: number; col: number } | null {
  const m = CELL.exec(s);
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

/** Parses a local A1 address ("B4", "B4:E9", "A:C", "3:5"); throws InvalidArgument like Excel. */
export function parseRect(address: string): Rect {
  const a = address.trim();
  const parts = a.split(":");
  if (parts.length === 2) {
    const p = parseCell(parts[0]);
    const q = parseCell(parts[1]);
    if (p && q) {
      const row = Math.min(p.row, q.row);
      const col = Math.min(p.col, q.col);
      return { row, col, rows: Math.abs(p.row - q.row) + 1, cols: Math.abs(p.col - q.col) + 1 };
    }
    const c = COLS.exec(a);
    if (c) {
      const c1 = columnIndex(c[1]);
      const c2 = columnIndex(c[2]);
      if (c1 < MAX_COLUMNS && c2 < MAX_COLUMNS)
        return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c1 - c2) + 1 };
    }
    const r = ROWS.exec(a);
    if (r) {
      const r1 = Number(r[1]) - 1;
      const r2 = Number(r[2]) - 1;
      if (r1 >= 0 && r2 >= 0 && r1 < MAX_ROWS && r2 < MAX_ROWS)
        return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r1 - r2) + 1, cols: MAX_COLUMNS };
    }
  } else if (parts.length === 1) {
    const p = parseCell(parts[0]);
    if (p) return { row: p.row, col: p.col, rows: 1, cols: 1 };
  }
  throw hostError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (address "${address}")`,
  );
}

/** True when the two rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** True when `inner` lies inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** Throws InvalidArgument when a rectangle leaves the grid (Excel rejects such offsets and resizes). */
export function checkRect(r: Rect): Rect {
  if (
    !Number.isInteger(r.row) ||
    !Number.isInteger(r.col) ||
    !Number.isInteger(r.rows) ||
    !Number.isInteger(r.cols) ||
    r.row < 0 ||
    r.col < 0 ||
    r.rows < 1 ||
    r.cols < 1 ||
    r.row + r.rows > MAX_ROWS ||
    r.col + r.cols > MAX_COLUMNS
  )
    throw hostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  return r;
}
