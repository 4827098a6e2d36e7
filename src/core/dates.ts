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

// Year-first forms are unambiguous; d/m/y versus m/d/y is only accepted when the day is > 12.
const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const DMY_OR_MDY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

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
 * Reads a date cell (DOMAIN.md §2): an Excel serial number (what a date-formatted cell holds) or
 * date text such as "2026-03-31", "2026/3/31", "2026年3月31日" or "31/03/2026". "03/04/2026" is
 * ambiguous (day and month both ≤ 12) and is a bad cell rather than a guess. With the cell's number
 * `format`, a number must look like a date (see readSerial); without one, any serial ≥ 1 is taken.
 */
export function readDate(v: CellValue, format?: string): NumberRead {
  if (isBlank(v)) return { kind: "blank" };
  if (typeof v === "number") return readSerial(v, format);
  const err = excelErrorOf(v);
  if (err) return badRead({ code: "excelError", params: { error: err } });
  const s = String(v).normalize("NFKC").trim();
  let m = YMD.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validYmd(y, mo, d)) return { kind: "number", value: serialFromYmd(y, mo, d) };
    return badRead({ code: "invalidDate", params: { text: clip(s) } });
  }
  m = DMY_OR_MDY.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12 && validYmd(y, b, a)) return { kind: "number", value: serialFromYmd(y, b, a) };
    if (b > 12 && validYmd(y, a, b)) return { kind: "number", value: serialFromYmd(y, a, b) };
    return badRead({ code: "ambiguousDate", params: { text: clip(s) } });
  }
  return badRead({ code: "textNotADate", params: { text: clip(s) } });
}
