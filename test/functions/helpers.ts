import { isCellError } from "../../src/functions/cell-error";

/** A column range as Excel passes it: [[v1], [v2], …]. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** A row range: [[v1, v2, …]]. */
export const row = (...values: unknown[]): unknown[][] => [values];
/** The first cell of each spilled row. */
export const firstColumn = (spill: unknown[][]): unknown[] => spill.map((r) => r[0]);

/** Asserts a spill cell is an error with the given code and a message matching `message`. */
export function expectCellError(cell: unknown, code: "#VALUE!" | "#N/A", message: RegExp): void {
  expect(isCellError(cell)).toBe(true);
  const err = cell as { code: string; message: string };
  expect(err.code).toBe(code);
  expect(err.message).toMatch(message);
}

/** Seeded PRNG so large-input tests are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
