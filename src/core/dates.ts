import { CellValue, excelErrorOf, isBlank } from "./cells";
import { clip, NumberRead } from "./numbers";

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

/**
 * Reads a date cell (DOMAIN.md §2): an Excel serial number (what a date-formatted cell holds) or
 * date text such as "2026-03-31", "2026/3/31", "2026年3月31日" or "31/03/2026". "03/04/2026" is
 * ambiguous (day and month both ≤ 12) and is a bad cell rather than a guess.
 */
export function readDate(v: CellValue): NumberRead {
  if (isBlank(v)) return { kind: "blank" };
  if (typeof v === "number") {
    return Number.isFinite(v) && v >= 1 && v < 2958466
      ? { kind: "number", value: Math.floor(v) }
      : { kind: "bad", reason: `${v} is not a date` };
  }
  const err = excelErrorOf(v);
  if (err) return { kind: "bad", reason: `Excel error ${err}` };
  const s = String(v).normalize("NFKC").trim();
  let m = YMD.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validYmd(y, mo, d)) return { kind: "number", value: serialFromYmd(y, mo, d) };
    return { kind: "bad", reason: `"${clip(s)}" is not a valid date` };
  }
  m = DMY_OR_MDY.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12 && validYmd(y, b, a)) return { kind: "number", value: serialFromYmd(y, b, a) };
    if (b > 12 && validYmd(y, a, b)) return { kind: "number", value: serialFromYmd(y, a, b) };
    return { kind: "bad", reason: `"${clip(s)}" is ambiguous (day/month); use yyyy-mm-dd` };
  }
  return { kind: "bad", reason: `"${clip(s)}" is not a date` };
}
