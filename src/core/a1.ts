import { columnLetter } from "./headers";

/** 0-based (row, column) of an A1 cell address such as "B4" (no sheet, no $). */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A1 address of a cell from 0-based indices. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 range address of a block of rows × cols whose top-left is (row, col). */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const tl = cellAddress(row, col);
  return rows === 1 && cols === 1 ? tl : `${tl}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Sheet-qualified reference for formulas and chart sources: 'My Sheet'!$B$4:$B$9. */
export function sheetRef(sheet: string, range: string): string {
  const abs = range.replace(/([A-Z]{1,3})(\d+)/gi, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}
