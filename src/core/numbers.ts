import { CellValue, excelErrorOf, isBlank } from "./cells";
import { Explained, explain, Reason } from "./reasons";

/**
 * Result of reading one cell as a number: a value, a blank, or why it is unusable (a code with its
 * parameters, and the English `reason`).
 */
export type NumberRead = { kind: "number"; value: number } | { kind: "blank" } | ({ kind: "bad" } & Explained);

/** A bad read for `r`. */
export const badRead = (r: Reason): NumberRead => ({ kind: "bad", ...explain(r) });

// Thousands separators and a currency sign are accepted (DOMAIN.md §2); suffixes such as "3.5M" are not.
const NUMERIC_TEXT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const CURRENCY = /^(?:[¥￥$€£]|RMB|CNY|USD|EUR)\s*|\s*(?:[¥￥$€£]|元|RMB|CNY|USD|EUR)$/i;

/**
 * Reads a cell as a number (DOMAIN.md §2 "Bad input"): numbers pass through, text like "1,234",
 * "¥2,000", "$ 3,500.50", "(1,200)" or "12%" is converted, and anything ambiguous is a bad cell.
 */
export function readNumber(v: CellValue): NumberRead {
  if (isBlank(v)) return { kind: "blank" };
  if (typeof v === "number")
    return Number.isFinite(v) ? { kind: "number", value: v } : badRead({ code: "notFinite", params: {} });
  if (typeof v === "boolean") return badRead({ code: "booleanNotNumber", params: { value: v ? "TRUE" : "FALSE" } });
  const err = excelErrorOf(v);
  if (err) return badRead({ code: "excelError", params: { error: err } });
  return readNumericText(String(v));
}

const notANumber = (raw: string) => badRead({ code: "notANumber", params: { text: clip(raw) } });

function readNumericText(raw: string): NumberRead {
  let s = raw.normalize("NFKC").trim();
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1; // accounting negatives: (1,200)
    s = s.slice(1, -1).trim();
  }
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  let prev: string;
  do {
    prev = s;
    s = s.replace(CURRENCY, "").trim();
  } while (s !== prev);
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s.startsWith("-")) sign = -sign;
    s = s.slice(1).trim();
    s = s.replace(CURRENCY, "").trim(); // "-$5" as well as "$-5"
  }
  if (s === "" || s === "." || !NUMERIC_TEXT.test(s)) return notANumber(raw);
  const value = sign * Number(s.replace(/,/g, "")) * scale;
  return Number.isFinite(value) ? { kind: "number", value } : notANumber(raw);
}

/** Shortens user text quoted inside an error message. */
export function clip(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Reads a percentage given as a fraction (0.2, what a cell showing 20% holds) or as a number above 1
 * read as a percentage (20 → 0.2), per DOMAIN.md §3.
 */
export function readFraction(v: CellValue): NumberRead {
  const r = readNumber(v);
  if (r.kind !== "number") return r;
  const x = r.value > 1 ? r.value / 100 : r.value;
  if (x < 0 || x > 1) return badRead({ code: "percentOutOfRange", params: { value: r.value } });
  return { kind: "number", value: x };
}
