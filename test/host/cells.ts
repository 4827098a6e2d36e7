/**
 * What a cell holds and how a written value is interpreted, following Excel's rules for `Range.values` /
 * `Range.formulas` assignments: "=…" is a formula, "'…" is text with a quote prefix, null leaves the cell
 * unchanged, "" empties it, and other text is parsed the way typing it into a cell would (a subset of
 * en-US input parsing: numbers, thousands separators, percentages, currency, TRUE/FALSE, error literals,
 * ISO and m/d/yyyy dates), unless the cell is formatted as Text ("@").
 */
import { hostError } from "./errors";

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

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Excel serial number of a calendar date (1900 system; dates after 1900-02-28 only). */
export function dateSerial(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function decimalsOf(s: string): number {
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

function withDecimals(base: string, decimals: number): string {
  return decimals > 0 ? `${base}.${"0".repeat(decimals)}` : base;
}

/** Parses text the way Excel parses typed input; null when it stays text. */
export function parseTyped(text: string): { value: Scalar; numberFormat?: string } | null {
  const s = text.trim();
  if (s === "") return null;
  if (PLAIN_NUMBER.test(s)) return { value: Number(s) };
  if (GROUPED_NUMBER.test(s))
    return { value: Number(s.replace(/,/g, "")), numberFormat: withDecimals("#,##0", decimalsOf(s)) };
  if (s.endsWith("%")) {
    const body = s.slice(0, -1).trim();
    if (PLAIN_NUMBER.test(body) || GROUPED_NUMBER.test(body))
      return { value: Number(body.replace(/,/g, "")) / 100, numberFormat: withDecimals("0", decimalsOf(body)) + "%" };
  }
  const currency = /^([+-]?)\$\s?(.*)$/.exec(s);
  if (currency && (PLAIN_NUMBER.test(currency[2]) || GROUPED_NUMBER.test(currency[2]))) {
    const n = Number(currency[2].replace(/,/g, ""));
    return { value: currency[1] === "-" ? -n : n, numberFormat: withDecimals("$#,##0", decimalsOf(currency[2])) };
  }
  const upper = s.toUpperCase();
  if (upper === "TRUE") return { value: true };
  if (upper === "FALSE") return { value: false };
  if (ERROR_LITERALS.includes(upper)) return { value: new ErrorValue(upper) };
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, numberFormat: "yyyy-mm-dd" };
  }
  const us = US_DATE.exec(s);
  if (us) {
    const serial = dateSerial(Number(us[3]), Number(us[1]), Number(us[2]));
    if (serial !== null) return { value: serial, numberFormat: "m/d/yyyy" };
  }
  return null;
}

/**
 * Interprets one element of an array assigned to `values` or `formulas`. `textFormat` is true when the
 * target cell's number format is "@", which keeps typed text as text. `literal` (for seeding a workbook)
 * stores text as text, except formulas and exact error literals such as "#N/A".
 */
export function interpretInput(x: unknown, textFormat: boolean, literal = false): Written {
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
      const typed = parseTyped(x);
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
