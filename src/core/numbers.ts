import { CellValue, excelErrorOf, isBlank } from "./cells";
import { Explained, explain, Reason } from "./reasons";

/**
 * Result of reading one cell as a number: a value, a blank, or why it is unusable (a code with its
 * parameters, and the English `reason`).
 */
export type NumberRead = { kind: "number"; value: number } | { kind: "blank" } | ({ kind: "bad" } & Explained);

/** A bad read for `r`. */
export const badRead = (r: Reason): NumberRead => ({ kind: "bad", ...explain(r) });

// Thousands separators are accepted (DOMAIN.md §2); the text reaching this test is at most MAX_NUMBER_TEXT long.
const NUMERIC_TEXT = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
/** No number needs more characters than this (±1.79e308 with separators is about 420); longer text is not a number. */
const MAX_NUMBER_TEXT = 512;

/** Currency signs and ISO codes read before or after a number (DOMAIN.md §2.1), with the currency each means. */
const CURRENCY_TOKENS: ReadonlyMap<string, string> = new Map([
  ["US$", "USD"], ["HK$", "HKD"], ["A$", "AUD"], ["C$", "CAD"], ["S$", "SGD"], ["NT$", "TWD"],
  ["$", "USD"], ["¥", "CNY"], ["元", "CNY"], ["人民币", "CNY"], ["RMB", "CNY"], ["€", "EUR"], ["£", "GBP"],
  ...["USD", "EUR", "GBP", "CNY", "JPY", "HKD", "TWD", "SGD", "AUD", "CAD", "NZD", "CHF", "SEK", "NOK", "DKK",
    "INR", "KRW", "BRL", "MXN", "ZAR", "RUB", "PLN", "THB", "MYR", "IDR", "PHP", "VND", "AED", "SAR", "ILS", "TRY"]
    .map((c): [string, string] => [c, c]),
]); // prettier-ignore
// Longest first, so "US$" is taken before "$" and "人民币" before "元".
const CURRENCY_WORDS = [...CURRENCY_TOKENS.keys()].sort((a, b) => b.length - a.length);

/** Chinese multipliers a cell may carry in any column (DOMAIN.md §2.1: 50万, 1.2亿). */
const CJK_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["万", 4],
  ["亿", 8],
]);
/** Latin multipliers, read in a cell only when the header declares the same unit ("3.5M" is otherwise ambiguous). */
const LATIN_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["K", 3],
  ["M", 6],
]);

/**
 * What a column's header declares (DOMAIN.md §2.1 "Units"): the power of ten its numbers are in
 * (金额(万元) → 4), the Latin unit letter a cell may repeat ("K" or "M"), and its currency.
 */
export interface NumberUnit {
  exponent: number;
  letter?: "K" | "M";
  currency?: string;
}

/** A number read from a cell, with the currency it was written in, if any. */
export type MoneyRead = NumberRead & { currency?: string };

/**
 * Reads a cell as a number (DOMAIN.md §2 "Bad input", §2.1 "Units", "Currencies"): numbers pass through
 * (scaled by the column's `unit`), text like "1,234", "¥2,000", "$ 3,500.50", "USD 12,500.00",
 * "12,500.00 USD", "(1,200)", "12%", "50万" or "1.2亿" is converted, and anything ambiguous ("3.5M"
 * unless the header declares M) is a bad cell. A cell with its own multiplier is not scaled again.
 */
export function readNumber(v: CellValue, unit?: NumberUnit): MoneyRead {
  if (isBlank(v)) return { kind: "blank" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return badRead({ code: "notFinite", params: {} });
    return { kind: "number", value: unit?.exponent ? scaleByPowerOfTen(v, unit.exponent) : v };
  }
  if (typeof v === "boolean") return badRead({ code: "booleanNotNumber", params: { value: v ? "TRUE" : "FALSE" } });
  const err = excelErrorOf(v);
  if (err) return badRead({ code: "excelError", params: { error: err } });
  return readNumericText(String(v), unit);
}

/** x × 10^exponent, correctly rounded when x prints without an exponent (3.5 × 10⁴ is exactly 35000). */
function scaleByPowerOfTen(x: number, exponent: number): number {
  const t = String(x);
  return /e/i.test(t) ? x * 10 ** exponent : Number(`${t}e${exponent}`);
}

const notANumber = (raw: string) => badRead({ code: "notANumber", params: { text: clip(raw) } });

/** Removes a currency word at the start (or end) of `s`; the currency it names, or null. Linear in `s`. */
function takeCurrency(s: string, atEnd: boolean): { rest: string; currency: string } | null {
  for (const w of CURRENCY_WORDS) {
    const hit = atEnd ? s.endsWith(w) : s.startsWith(w);
    if (!hit) continue;
    const rest = atEnd ? s.slice(0, s.length - w.length) : s.slice(w.length);
    // A code must stand alone: "USD5" and "5USD" are fine, "XUSD" is not a code.
    const next = atEnd ? rest.slice(-1) : rest.slice(0, 1);
    if (/^[A-Z]/.test(w) && /[A-Za-z]/.test(next)) continue;
    return { rest: rest.trim(), currency: CURRENCY_TOKENS.get(w) as string };
  }
  return null;
}

function readNumericText(raw: string, unit: NumberUnit | undefined): MoneyRead {
  // Linear work only: a 32k-character cell must not take a quadratic regex scan (issue 10).
  const trimmed = raw.trim();
  if (trimmed.length > MAX_NUMBER_TEXT) return notANumber(raw);
  let s = trimmed.normalize("NFKC").trim();
  let sign = 1;
  let currency: string | undefined;
  let exponent: number | null = null; // the cell's own multiplier, when it has one
  const strip = (): boolean => {
    let changed = false;
    for (const atEnd of [false, true]) {
      const c = takeCurrency(s, atEnd);
      if (!c) continue;
      if (currency !== undefined && currency !== c.currency) return false;
      ({ rest: s, currency } = c);
      changed = true;
    }
    return changed;
  };
  if (s.startsWith("(") && s.endsWith(")")) {
    sign = -1; // accounting negatives: (1,200)
    s = s.slice(1, -1).trim();
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  while (strip());
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s.startsWith("-")) sign = -sign;
    s = s.slice(1).trim();
    while (strip()); // "-$5" as well as "$-5"
  }
  const last = s.slice(-1);
  const cjk = CJK_MULTIPLIERS.get(last);
  const latin = unit?.letter && last.toUpperCase() === unit.letter ? LATIN_MULTIPLIERS.get(unit.letter) : undefined;
  if (!percent && (cjk !== undefined || latin !== undefined)) {
    exponent = (cjk ?? latin) as number;
    s = s.slice(0, -1).trim();
    while (strip()); // "¥80万", "80万 USD"
  }
  if (s === "" || s === "." || !NUMERIC_TEXT.test(s)) return notANumber(raw);
  const power = (percent ? -2 : 0) + (exponent ?? unit?.exponent ?? 0);
  const value = sign * Number(`${s.replace(/,/g, "")}e${power}`);
  if (!Number.isFinite(value)) return notANumber(raw);
  return currency === undefined ? { kind: "number", value } : { kind: "number", value, currency };
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
