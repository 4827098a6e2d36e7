/**
 * Packs work into requests under a byte budget. Excel on the web rejects a request over 5 MB, so each
 * sync carries as many rows as fit in the budget (default 4 MB, leaving room for envelope overhead).
 */
export const DEFAULT_BUDGET_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** UTF-8 size of a value as it travels in a request (JSON). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

export interface RowSlice {
  /** Index of the first row and the number of rows in this slice. */
  start: number;
  count: number;
  bytes: number;
}

/**
 * Splits rows into consecutive slices of at most `budget` bytes each (a single row larger than the
 * budget gets a slice of its own and is left for the payload-error retry to report).
 */
export function sliceRows(rowBytes: readonly number[], budget: number): RowSlice[] {
  const slices: RowSlice[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    if (i > start && bytes + rowBytes[i] > budget) {
      slices.push({ start, count: i - start, bytes });
      start = i;
      bytes = 0;
    }
    bytes += rowBytes[i];
  }
  if (rowBytes.length > start) slices.push({ start, count: rowBytes.length - start, bytes });
  return slices;
}
