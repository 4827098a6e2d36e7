/**
 * What a cell holds and how a written value is interpreted, following Excel's rules for `Range.values` /
 * `Range.formulas` assignments: "=…" is a formula, "'…" is text with a quote prefix, null leaves the cell
 * unchanged, "" empties it, "+…", "-…" and "@…" that are not numbers are formulas, and other text is parsed
 * the way typing it into a cell would (typed-input.ts: numbers, currency, percentages, fractions, times,
 * dates in the locale's forms, TRUE/FALSE, error literals), unless the cell is formatted as Text ("@").
 */
import { hostError } from "./errors";
import { DEFAULT_TYPED_INPUT, parseTypedInput, TypedInputOptions } from "./typed-input";

/** An error value in a cell ("#N/A", "#VALUE!", …); Office.js reads it back as that string. */
export class ErrorValue {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

export type Scalar = number | string | boolean | ErrorValue;

/** How one written element changes its cell. */
export type Written =
  | { kind: "skip" }
  | { kind: "empty" }
  | { kind: "value"; value: Scalar; numberFormat?: string; quoted?: boolean }
  | { kind: "formula"; formula: string };

const SKIP: Written = { kind: "skip" };
const EMPTY: Written = { kind: "empty" };

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];

export { dateSerial } from "./typed-input";

/** Parses text the way Excel parses typed input (typed-input.ts), plus error literals; null when it stays text. */
export function parseTyped(
  text: string,
  options: TypedInputOptions = DEFAULT_TYPED_INPUT,
): { value: Scalar; numberFormat?: string } | null {
  const upper = text.trim().toUpperCase();
  if (ERROR_LITERALS.includes(upper)) return { value: new ErrorValue(upper) };
  return parseTypedInput(text, options);
}

/**
 * Interprets one element of an array assigned to `values` or `formulas`. `textFormat` is true when the
 * target cell's number format is "@", which keeps typed text as text. `literal` (for seeding a workbook)
 * stores text as text, except formulas and exact error literals such as "#N/A".
 */
export function interpretInput(
  x: unknown,
  textFormat: boolean,
  literal = false,
  typedInput: TypedInputOptions = DEFAULT_TYPED_INPUT,
): Written {
  if (x === null || x === undefined) return SKIP;
  switch (typeof x) {
    case "number":
      // Office.js sends values as JSON, where NaN and ±Infinity become null: the cell is left unchanged.
      return Number.isFinite(x) ? { kind: "value", value: x } : SKIP;
    case "boolean":
      return { kind: "value", value: x };
    case "string": {
      if (x === "") return EMPTY;
      if (x.startsWith("'")) return x.length === 1 ? EMPTY : { kind: "value", value: x.slice(1), quoted: true };
      if (x.length > 1 && x.startsWith("=")) return { kind: "formula", formula: x };
      if (literal)
        return ERROR_LITERALS.includes(x) ? { kind: "value", value: new ErrorValue(x) } : { kind: "value", value: x };
      if (textFormat) return { kind: "value", value: x };
      const typed = parseTyped(x, typedInput);
      // Range.values docs: a value starting with "+" or "-" (or "=") is a formula; "@" is implicit intersection.
      if (!typed && x.length > 1 && /^[+\-@]/.test(x)) return { kind: "formula", formula: `=${x}` };
      if (!typed) return { kind: "value", value: x };
      return { kind: "value", value: typed.value, numberFormat: typed.numberFormat };
    }
    default:
      if (x instanceof ErrorValue) return { kind: "value", value: x };
      throw hostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (${typeof x})`,
      );
  }
}

/** What Office.js returns in `values` for a stored scalar (errors as their "#…" text, blanks as ""). */
export function outwardValue(v: Scalar | undefined): string | number | boolean {
  if (v === undefined) return "";
  if (v instanceof ErrorValue) return v.code;
  return v;
}

/** `Range.valueTypes` of a stored scalar. */
export function valueType(
  v: Scalar | undefined,
): Excel.RangeValueType | "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (v === undefined || v === "") return "Empty";
  if (v instanceof ErrorValue) return "Error";
  switch (typeof v) {
    case "number":
      return "Double";
    case "boolean":
      return "Boolean";
    default:
      return "String";
  }
}
