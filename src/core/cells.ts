/**
 * What a worksheet cell can hold once it reaches the core, and the checks every parser shares.
 * Excel passes blanks as "" to custom functions and as "" or null through Office.js.
 */
export type CellValue = string | number | boolean | null | undefined | ExcelErrorLike;

/** An error value from Excel: Office.js gives `{ type, code? }`-like objects to functions, strings like "#N/A" to ranges. */
export interface ExcelErrorLike {
  code?: string;
  type?: string;
  errorType?: string;
}

const ERROR_TEXT =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/i;

/** True for blank cells: null, undefined, "" or whitespace only. */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Returns the Excel error code ("#N/A", …) a cell holds, or null when it is not an error value. */
export function excelErrorOf(v: CellValue): string | null {
  if (typeof v === "string") return ERROR_TEXT.test(v.trim()) ? v.trim().toUpperCase() : null;
  if (v !== null && typeof v === "object") {
    const code = v.code ?? v.errorType ?? v.type;
    return typeof code === "string" ? (code.startsWith("#") ? code : `#${code}`) : "#VALUE!";
  }
  return null;
}

/**
 * Folds text for matching headers, stage names and keys: NFKC turns full-width letters and digits into
 * half-width ones (so "Ａｍｏｕｎｔ" matches "Amount"), then case and inner spacing are ignored.
 */
export function foldText(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-./:()（）]+/g, "");
}

/** Cell as trimmed text ("" for blank); numbers print as JavaScript does. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return excelErrorOf(v) ?? "";
  return String(v).trim();
}
