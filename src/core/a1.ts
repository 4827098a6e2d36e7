/** Excel column letters for a 0-based column index (0 → A, 26 → AA; DOMAIN.md §2 plain ranges). */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

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

/** The sheet name of a sheet-qualified address (DOMAIN.md §2 plain ranges) ('My sheet'!A1:B2 → My sheet). */
export const unquote = (address: string) => {
  const sheet = address.slice(0, address.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
};

/** A sheet name as written before "!" in an address (DOMAIN.md §2 plain ranges): quoted unless plain. */
export const quoteSheet = (sheet: string) =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

/** Splits a range source's name ("'My sheet'!A3:H40", DOMAIN.md §2 plain ranges) into sheet and address; null for a table name. */
export function splitRangeName(name: string): { sheet: string; address: string } | null {
  const bang = name.lastIndexOf("!");
  if (bang < 0) return null;
  return { sheet: unquote(name), address: name.slice(bang + 1) };
}
