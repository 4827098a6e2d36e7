/**
 * Excel's parsing of a string written to `range.values` (or typed into a cell): numbers in every notation
 * Excel accepts, currency, percentages, fractions, times, dates in the locale's forms, booleans and error
 * literals become values, not text. Each rule cites its source in test/host/README.md ("Typed input");
 * where Excel's exact behaviour is not documented the parser converts (the stricter reading for a product
 * that must keep user text as text). The table of inputs it is checked against is typed-input-cases.ts.
 */

/** The display language whose input forms the host accepts (Excel parses typed input in the user's locale). */
export type InputLocale = "en-US" | "zh-CN";

export interface TypedInputOptions {
  locale: InputLocale;
  /** The year a date typed without one falls in (Excel uses the current year). */
  year: number;
  /** The workbook uses the 1904 date system: typed dates get serials 1462 lower. */
  date1904?: boolean;
}

export const DEFAULT_TYPED_INPUT: TypedInputOptions = { locale: "en-US", year: new Date().getUTCFullYear() };

export interface Typed {
  value: number | boolean;
  numberFormat?: string;
}

const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Excel serial number of a calendar date in the 1900 system (dates after 1900-02-28 only), or null. */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function decimalsOf(s: string): number {
  const dot = s.indexOf(".");
  return dot < 0 || /e/i.test(s) ? 0 : s.length - dot - 1;
}

const withDecimals = (base: string, decimals: number) => (decimals > 0 ? `${base}.${"0".repeat(decimals)}` : base);

/** An unsigned number: plain ("1E5", ".5") or with thousands separators ("1,200.50"). */
function unsigned(s: string): Typed | null {
  if (PLAIN.test(s)) return { value: Number(s), numberFormat: /e/i.test(s) ? "0.00E+00" : undefined };
  if (GROUPED.test(s))
    return { value: Number(s.replace(/,/g, "")), numberFormat: withDecimals("#,##0", decimalsOf(s)) };
  return null;
}

const CURRENCY = /^([$¥￥])\s?(.*)$/;

/** A signed number, currency, percentage or accounting negative "(100)". */
function numeric(s: string): Typed | null {
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    const inner = numeric(paren[1].trim());
    return inner && typeof inner.value === "number" && inner.value >= 0 ? { ...inner, value: -inner.value } : null;
  }
  let sign = 1;
  let rest = s;
  if (rest.startsWith("+") || rest.startsWith("-")) {
    sign = rest.startsWith("-") ? -1 : 1;
    rest = rest.slice(1).trim();
  }
  const cur = CURRENCY.exec(rest);
  if (cur) {
    let body = cur[2].trim();
    if (sign === 1 && body.startsWith("-")) {
      sign = -1;
      body = body.slice(1).trim();
    }
    const n = unsigned(body);
    if (!n) return null;
    return { value: sign * (n.value as number), numberFormat: withDecimals(`${cur[1]}#,##0`, decimalsOf(body)) };
  }
  if (rest.endsWith("%")) {
    const n = unsigned(rest.slice(0, -1).trim());
    if (!n) return null;
    return {
      value: (sign * (n.value as number)) / 100,
      numberFormat: withDecimals("0", decimalsOf(rest.slice(0, -1))) + "%",
    };
  }
  const fraction = /^(?:(\d+)\s+)?(\d+)\/(\d+)$/.exec(rest);
  // "1 1/2" is a mixed fraction; a bare "1/2" is a date (m/d), handled there.
  if (fraction && fraction[1] !== undefined && Number(fraction[3]) > 0 && Number(fraction[2]) < Number(fraction[3]))
    return { value: sign * (Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3])), numberFormat: "# ?/?" };
  const n = unsigned(rest);
  return n && { ...n, value: sign * (n.value as number) };
}

/** "12:30", "12:30:15", "9:05 PM", "25:00" (hours past 24 are allowed, as Excel does). Fraction of a day. */
function timeOfDay(s: string): Typed | null {
  const m = /^(\d{1,4}):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?\s*([AaPp][Mm]?)?$/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] === undefined ? 0 : Number(m[3]);
  if (min > 59 || sec >= 60) return null;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  }
  const format = m[4] ? "h:mm AM/PM" : m[3] !== undefined ? "h:mm:ss" : "h:mm";
  return { value: (h * 3600 + min * 60 + sec) / 86_400, numberFormat: format };
}

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m === w.slice(0, 3));
  if (i < 0) return null;
  const full = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ][i];
  return full.startsWith(w) || w === "sept" ? i + 1 : null;
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (Excel's documented rule). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

type DateParts = { y: number; m: number; d: number; format: string };

function calendarDate(s: string, o: TypedInputOptions): DateParts | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s)))
    return { y: +m[1], m: +m[2], d: +m[3], format: "yyyy-mm-dd" };
  if ((m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(s)))
    return { y: fullYear(m[3]), m: +m[1], d: +m[2], format: "m/d/yyyy" };
  if ((m = /^(\d{1,2})[-/](\d{1,2})$/.exec(s))) return { y: o.year, m: +m[1], d: +m[2], format: "d-mmm" };
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(s))) return { y: +m[1], m: +m[2], d: 1, format: "mmm-yy" };
  if ((m = /^(\d{1,2})[-/](\d{4})$/.exec(s))) return { y: +m[2], m: +m[1], d: 1, format: "mmm-yy" };
  // d-mmm-yyyy, d mmm yyyy, d-mmm
  if ((m = /^(\d{1,2})[-\s/]([A-Za-z]+\.?)(?:[-\s/,]+(\d{2}|\d{4}))?$/.exec(s))) {
    const month = monthOf(m[2]);
    if (month) return { y: m[3] ? fullYear(m[3]) : o.year, m: month, d: +m[1], format: m[3] ? "d-mmm-yy" : "d-mmm" };
  }
  // mmm d, yyyy / mmm d / mmm-yyyy / mmm yyyy / mmm-24 (a number up to 31 after the month is a day)
  if ((m = /^([A-Za-z]+\.?)[-\s/]+(\d{1,4})(?:(?:,\s*|[-\s/]+)(\d{2}|\d{4}))?$/.exec(s))) {
    const month = monthOf(m[1]);
    if (!month) return null;
    if (m[3]) return { y: fullYear(m[3]), m: month, d: +m[2], format: "d-mmm-yy" };
    if (m[2].length <= 2 && +m[2] >= 1 && +m[2] <= 31) return { y: o.year, m: month, d: +m[2], format: "d-mmm" };
    return { y: fullYear(m[2]), m: month, d: 1, format: "mmm-yy" };
  }
  if (o.locale === "zh-CN") {
    if ((m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(s)))
      return { y: +m[1], m: +m[2], d: m[3] ? +m[3] : 1, format: 'yyyy"年"m"月"d"日"' };
    if ((m = /^(\d{1,2})月(\d{1,2})日$/.exec(s))) return { y: o.year, m: +m[1], d: +m[2], format: 'm"月"d"日"' };
  }
  return null;
}

/** A date, optionally followed by a time ("2024-03-05 12:30"). */
function dateTime(s: string, o: TypedInputOptions): Typed | null {
  const split = /^(.*?)\s+(\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d+)?)?(?:\s*[AaPp][Mm]?)?)$/.exec(s);
  const datePart = split ? split[1] : s;
  const parts = calendarDate(datePart.trim(), o);
  if (!parts) return null;
  const serial1900 = dateSerial(parts.y, parts.m, parts.d);
  if (serial1900 === null || (o.date1904 && parts.y < 1904)) return null;
  const serial = serial1900 - (o.date1904 ? 1462 : 0);
  if (!split) return { value: serial, numberFormat: parts.format };
  const t = timeOfDay(split[2]);
  return t && { value: serial + (t.value as number), numberFormat: "m/d/yyyy h:mm" };
}

/**
 * Parses text the way Excel parses typed input in `options.locale`; null when it stays text. Error
 * literals and formulas are the caller's (cells.ts).
 */
export function parseTypedInput(text: string, options: TypedInputOptions = DEFAULT_TYPED_INPUT): Typed | null {
  // Full-width digits and signs typed with a CJK input method are read as their ASCII forms in zh-CN.
  const s = (options.locale === "zh-CN" ? text.normalize("NFKC") : text).trim();
  if (s === "") return null;
  const upper = s.toUpperCase();
  if (upper === "TRUE") return { value: true };
  if (upper === "FALSE") return { value: false };
  return numeric(s) ?? timeOfDay(s) ?? dateTime(s, options);
}
