import { CellValue, excelErrorOf, isBlank } from "./cells";
import { formatKind } from "./number-formats";
import { badRead, clip, NumberRead } from "./numbers";

const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-30 for every serial after 1900-02-28 (the 1900 leap-year bug sits before that).
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Excel date serial for a calendar date (UTC, whole days). */
export function serialFromYmd(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_UTC) / MS_PER_DAY);
}

/** Calendar date of an Excel serial; the fraction (time of day) is dropped. */
export function ymdFromSerial(serial: number): { y: number; m: number; d: number } {
  const dt = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO text (yyyy-mm-dd) of an Excel serial, for messages and static reports. */
export function isoFromSerial(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// Year-first forms are unambiguous; d/m/y versus m/d/y is decided per column (inferDateOrder). A time is ignored.
const TIME = String.raw`(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${TIME}$`);
const DMY_OR_MDY = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
// "31-Mar-2026", "31 Mar 2026", "Mar 31, 2026", "March 31 2026": the month's name settles the order.
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{4})${TIME}$`);
const MONTH_NAME_DAY = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`);
const MONTH_NAMES = "january february march april may june july august september october november december".split(" ");
const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...MONTH_NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ["sept", 9],
]);
/** Longest date text we try to read; longer text is not a date (and is never scanned). */
const MAX_DATE_TEXT = 48;

/** 1–12 for an English month name or its three-letter abbreviation, else 0. */
const monthOfName = (name: string): number => MONTHS.get(name.toLowerCase()) ?? 0;

/** Day/month order of numeric date text: "dmy" (31/03/2026) or "mdy" (03/31/2026). */
export type DateOrder = "dmy" | "mdy";

/**
 * The day/month order a column's text dates say (DOMAIN.md §2.1 "Dates"): a first part above 12 means
 * day/month, a second part above 12 month/day. `order` is null when no cell says, `conflict` true
 * when cells say both (each cell is then read on its own evidence and ambiguous ones are bad).
 */
export function inferDateOrder(cells: readonly CellValue[]): { order: DateOrder | null; conflict: boolean } {
  let dmy = false;
  let mdy = false;
  for (const v of cells) {
    if (typeof v !== "string" || v.length > MAX_DATE_TEXT) continue;
    const m = DMY_OR_MDY.exec(v.normalize("NFKC").trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    else if (Number(m[2]) > 12) mdy = true;
  }
  return { order: dmy === mdy ? null : dmy ? "dmy" : "mdy", conflict: dmy && mdy };
}

/** The order Office's display language implies when a column never says (en-US month/day, others day/month). */
export const orderOfLanguage = (language: string | undefined): DateOrder =>
  /^en-us$/i.test(language ?? "en-US") ? "mdy" : "dmy";

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return false;
  return ymdFromSerial(serialFromYmd(y, m, d)).d === d;
}

// Serials a number not formatted as a date may be, in sales data: 1950-01-01 up to 2100-12-31.
const PLAUSIBLE_FIRST = serialFromYmd(1950, 1, 1);
const PLAUSIBLE_LAST = serialFromYmd(2100, 12, 31);

/**
 * A number in a date column, judged by its cell's number format. Formatted as a date, any serial from
 * 1 (1900-01-01) is one. Serials typed or imported without a date format are common, so General, text
 * and plain number formats are accepted in a plausible range (1950–2100); a percentage, a currency
 * amount or a number outside that range (12, 2024) is clearly not a date.
 */
function readSerial(v: number, format: string | undefined): NumberRead {
  if (!Number.isFinite(v) || v < 1 || v >= 2958466) return badRead({ code: "serialNotADate", params: { value: v } });
  if (format === undefined) return { kind: "number", value: Math.floor(v) };
  const kind = formatKind(format);
  if (kind === "date") return { kind: "number", value: Math.floor(v) };
  if (kind === "percent" || kind === "currency")
    return badRead({ code: "dateFormattedAs", params: { value: v, as: kind, format: clip(format) } });
  if (v >= PLAUSIBLE_FIRST && v <= PLAUSIBLE_LAST) return { kind: "number", value: Math.floor(v) };
  return badRead({ code: "numberNotADate", params: { value: v, format: clip(format) } });
}

/**
 * Reads a date cell (DOMAIN.md §2, §2.1): an Excel serial number (what a date-formatted cell holds) or
 * date text: ISO ("2026-03-31", "2026-03-31 00:00", the time ignored), "2026/3/31", "2026年3月31日",
 * "31-Mar-2026", or day/month or month/day text read in the column's `order`. Without an order,
 * "03/04/2026" is ambiguous and a bad cell rather than a guess. With the cell's number `format`, a
 * number must look like a date (see readSerial); without one, any serial ≥ 1 is taken.
 */
export function readDate(v: CellValue, format?: string, order?: DateOrder | null): NumberRead {
  if (isBlank(v)) return { kind: "blank" };
  if (typeof v === "number") return readSerial(v, format);
  const err = excelErrorOf(v);
  if (err) return badRead({ code: "excelError", params: { error: err } });
  const raw = String(v).trim();
  if (raw.length > MAX_DATE_TEXT) return badRead({ code: "textNotADate", params: { text: clip(raw) } });
  const s = raw.normalize("NFKC");
  const ymd = (y: number, mo: number, d: number): NumberRead =>
    validYmd(y, mo, d)
      ? { kind: "number", value: serialFromYmd(y, mo, d) }
      : badRead({ code: "invalidDate", params: { text: clip(s) } });
  let m = YMD.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_OR_MDY.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), fullYear(m[3])];
    if (a > 12) return ymd(y, b, a);
    if (b > 12) return ymd(y, a, b);
    if (order === "dmy") return ymd(y, b, a);
    if (order === "mdy") return ymd(y, a, b);
    return badRead({ code: "ambiguousDate", params: { text: clip(s) } });
  }
  m = DAY_MONTH_NAME.exec(s);
  if (m && monthOfName(m[2])) return ymd(Number(m[3]), monthOfName(m[2]), Number(m[1]));
  m = MONTH_NAME_DAY.exec(s);
  if (m && monthOfName(m[1])) return ymd(Number(m[3]), monthOfName(m[1]), Number(m[2]));
  return badRead({ code: "textNotADate", params: { text: clip(s) } });
}
