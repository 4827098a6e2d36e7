import { CellValue, foldText, isBlank } from "../core/cells";
import { cellError, CellError } from "./cell-error";
import { functionMessages } from "./messages";
import { FUNCTION_PAYLOAD_BUDGET_BYTES, payloadBytes } from "./payload";

/** A 2-D range as Excel passes it to a custom function. */
export type Grid = readonly (readonly CellValue[])[];
/** What a function returns: a spill whose cells are values or per-cell errors. */
export type Spill = (string | number | boolean | CellError)[][];

/** An argument problem that makes the whole call meaningless: the function returns it as one #VALUE! cell. */
export class ArgumentError extends Error {}

/**
 * Above this many rows a spill risks Excel on the web's ~5 MB custom-function payload limit and can
 * hang at #BUSY!; the task pane's chunked "Write score and tier columns" has no such limit.
 */
export const MAX_SPILL_ROWS = 200_000;

/**
 * A one-dimensional argument read in place (no copy of a million cells): its length, cell access, and
 * whether it came as a row, so the spill can follow its shape.
 */
export interface Vector {
  length: number;
  at(i: number): CellValue;
  asRow: boolean;
  /** The range itself when it is a column, so hot loops can index it without a call per cell. */
  column?: Grid;
}

/** The cells of a vector as an array, for the few places that need one (segments, small option ranges). */
export function cellsOf(v: Vector): CellValue[] {
  const out = new Array<CellValue>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v.at(i);
  return out;
}

/** Treats an optional argument Excel passed as null (omitted) or a blank single cell as missing. */
export function isOmitted(arg: unknown): boolean {
  if (arg === null || arg === undefined) return true;
  if (Array.isArray(arg)) {
    if (arg.length === 0) return true;
    if (arg.length !== 1) return false;
    // Excel passes [[cell]]; a bare [cell] (a caller's mistake) is read the same way instead of throwing.
    const only: unknown = arg[0];
    if (!Array.isArray(only)) return isBlank(only as CellValue);
    return only.length === 0 || (only.length === 1 && isBlank(only[0] as CellValue));
  }
  return isBlank(arg as CellValue);
}

/** The first cell of a single-cell argument (a scalar, [[x]], or a bare [x]). */
export function firstCell(arg: unknown): CellValue {
  let x: unknown = arg;
  for (let depth = 0; depth < 2 && Array.isArray(x); depth++) x = x[0];
  return x === undefined ? null : (x as CellValue);
}

/** Wraps a scalar in a 1×1 grid so a single cell and a range go down the same path. */
export function asGrid(arg: unknown, name: string): Grid {
  if (Array.isArray(arg)) {
    if (arg.length === 0 || !Array.isArray(arg[0])) throw new ArgumentError(functionMessages().mustBeRange(name));
    // Excel passes rectangles; a ragged array from another caller is refused here, not met as a TypeError later.
    const width = (arg[0] as unknown[]).length;
    if (width === 0) throw new ArgumentError(functionMessages().mustBeRange(name));
    for (let i = 1; i < arg.length; i++) {
      const r: unknown = arg[i];
      if (!Array.isArray(r) || r.length !== width)
        throw new ArgumentError(functionMessages().notRectangular(name, i + 1));
    }
    return arg as Grid;
  }
  return [[arg as CellValue]];
}

/** Reads a single column or single row (DOMAIN.md §8: ranges are accepted either way when unambiguous). */
export function toVector(arg: unknown, name: string): Vector {
  const grid = asGrid(arg, name);
  const rows = grid.length;
  const cols = grid[0].length;
  if (cols === 1) return { length: rows, at: (i) => grid[i][0], asRow: false, column: grid };
  if (rows === 1) return { length: cols, at: (i) => grid[0][i], asRow: true };
  throw new ArgumentError(functionMessages().notVector(name, rows, cols));
}

/** Checks that per-row arguments have the same number of rows as the main one, naming both when not. */
export function requireSameLength(main: Vector, mainName: string, other: Vector, otherName: string): void {
  if (other.length !== main.length)
    throw new ArgumentError(functionMessages().lengthMismatch(otherName, other.length, mainName, main.length));
}

/** Reads a text option such as method: case- and width-insensitive, with a list of what is allowed. */
export function readChoice<T extends string>(arg: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (isOmitted(arg)) return fallback;
  const cell = firstCell(arg);
  const key = foldText(String(cell));
  const hit = allowed.find((a) => foldText(a) === key);
  if (!hit) throw new ArgumentError(functionMessages().mustBeOneOf(name, allowed));
  return hit;
}

/** Lays out one result per row, computed by `f`, as a column spill, or as a row spill when the input was a row. */
export function spillLike(v: Vector, f: (i: number) => string | number | boolean | CellError): Spill {
  if (v.asRow) return [Array.from({ length: v.length }, (_, i) => f(i))];
  const out: Spill = new Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = [f(i)];
  return out;
}

/**
 * spillLike for results with a handful of distinct values (band and tier letters, TRUE/FALSE, coverage
 * statuses): rows with the
 * same value share one row array. Excel only reads the spill, and a million one-cell arrays that
 * outlive the call made the old-generation collector mark them all — about a quarter of KAM.TIER's
 * time on 1,048,576 rows.
 */
export function spillFew(v: Vector, f: (i: number) => string | number | boolean | CellError): Spill {
  if (v.asRow) return spillLike(v, f);
  // A short list searched linearly: a Map lookup per row cost more than the banding itself.
  const values: unknown[] = [];
  const rows: Spill = [];
  const out: Spill = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const value = f(i);
    if (typeof value === "object") {
      out[i] = [value]; // an error cell carries its own message
      continue;
    }
    let k = 0;
    while (k < values.length && values[k] !== value) k++;
    if (k === values.length) {
      values.push(value);
      rows.push([value]);
    }
    out[i] = rows[k];
  }
  return out;
}

/**
 * The shared wrapper of every KAM.* function (HyperFormula's runFunction pattern): it runs the body,
 * turns an argument problem into a single #VALUE! cell with its message, and refuses spills too large
 * for Excel to carry. Per-cell problems are the body's job, returned inside the spill.
 */
export function runFunction(
  name: string,
  rowCount: () => number,
  body: () => Spill,
  limit = MAX_SPILL_ROWS,
  args: readonly unknown[] = [],
): Spill {
  const m = functionMessages();
  const hint = COLUMN_FUNCTIONS.has(name) ? m.hintColumns : m.hintReport;
  const refuse = (why: string): Spill => [[cellError("#VALUE!", m.refused(name, why, hint))]];
  try {
    const n = rowCount();
    if (n > limit) return refuse(m.spillLimit(n, limit));
    // Rows alone do not decide the payload: columns, decimals and long text do (DOMAIN.md §8).
    const argBytes = payloadBytes(args, MEASURE_UP_TO);
    if (argBytes > FUNCTION_PAYLOAD_BUDGET_BYTES) return refuse(m.argsTooLarge(...tooLarge(argBytes)));
    const out = body();
    const outBytes = payloadBytes(out, MEASURE_UP_TO);
    if (outBytes > FUNCTION_PAYLOAD_BUDGET_BYTES) return refuse(m.resultTooLarge(...tooLarge(outBytes)));
    return out;
  } catch (e) {
    if (e instanceof ArgumentError) return [[cellError("#VALUE!", m.argument(name, e.message))]];
    throw e;
  }
}

/** The functions whose results the task pane can write as columns instead. */
const COLUMN_FUNCTIONS = new Set(["SCORE", "BAND", "TIER", "TOPPCT"]);

/** Payloads are measured up to this size; beyond it the message says "over". */
const MEASURE_UP_TO = 4 * FUNCTION_PAYLOAD_BUDGET_BYTES;

/** Whether the measure stopped ("over"), the size and the budget, in MB with two decimals. */
const tooLarge = (bytes: number): [boolean, string, string] => [
  bytes > MEASURE_UP_TO,
  mb(bytes),
  mb(FUNCTION_PAYLOAD_BUDGET_BYTES),
];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

/** Row count of a range argument for the size guard (0 when it is not a range). */
export function rowsOf(arg: unknown): number {
  return Array.isArray(arg) ? Math.max(arg.length, arg.length === 1 && Array.isArray(arg[0]) ? arg[0].length : 0) : 1;
}
