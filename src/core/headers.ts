import { cellText, CellValue, foldText } from "./cells";
import { FIELDS, InputKind, TABLE_KINDS } from "./fields";
import { NumberUnit } from "./numbers";
import { Reason } from "./reasons";

/** Field key → 0-based column index in the table, or null when the table has no such column. */
export type ColumnMapping = Record<string, number | null>;

/** A header split into its name and the unit in brackets after it (DOMAIN.md §2.1 "Units"). */
export interface HeaderUnit extends NumberUnit {
  /** The header without its unit: "金额(万元)" → "金额". */
  base: string;
  /** The unit is a percentage: "Probability (%)". */
  percent?: boolean;
}

const UNIT_BRACKETS = /^(.*?)\s*[([（【［]\s*(?:单位\s*[:：]\s*)?([^()[\]（）【】［］]{1,12})\s*[)\]）】］]\s*$/;
const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ["", 0], ["元", 0], ["千", 3], ["千元", 3], ["K", 3], ["万", 4], ["万元", 4], ["M", 6], ["MM", 6],
  ["百万", 6], ["百万元", 6], ["亿", 8], ["亿元", 8],
]); // prettier-ignore
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"], ["¥", "CNY"], ["€", "EUR"], ["£", "GBP"], ["RMB", "CNY"], ["人民币", "CNY"],
  ...["USD", "EUR", "GBP", "CNY", "JPY", "HKD", "AUD", "CAD", "SGD", "CHF"].map((c): [string, string] => [c, c]),
]); // prettier-ignore

/**
 * Reads the unit in brackets at the end of a header (DOMAIN.md §2.1): `金额(万元)` is in 10⁴, `Amount (K)`
 * in 10³ with "K" allowed in cells, `Revenue [M]` in 10⁶, `Amount (USD)` in US dollars, `Probability (%)`
 * a percentage. Null when the header has no bracket or the bracket is not a unit ("Amount (converted)").
 */
export function headerUnit(header: string): HeaderUnit | null {
  const m = UNIT_BRACKETS.exec(header.normalize("NFKC").trim());
  if (!m || !m[1]) return null;
  const base = m[1].trim();
  let unit = m[2].replace(/\s+/g, "");
  if (unit === "%") return { base, exponent: 0, percent: true };
  let currency: string | undefined;
  for (const [word, code] of CURRENCY_WORDS) {
    const upper = unit.toUpperCase();
    if (upper.startsWith(word)) unit = unit.slice(word.length);
    else if (upper.endsWith(word) && upper !== word.slice(-1)) unit = unit.slice(0, unit.length - word.length);
    else continue;
    currency = code;
    break;
  }
  const key = /^[a-z]+$/i.test(unit) ? unit.toUpperCase() : unit;
  const exponent = MULTIPLIER_WORDS.get(key);
  if (exponent === undefined || (exponent === 0 && !currency && key === "")) return null;
  const letter = key === "K" || key === "M" ? key : key === "MM" ? "M" : undefined;
  return { base, exponent, ...(letter ? { letter } : {}), ...(currency ? { currency } : {}) };
}

/** Folded header text, and the folded header without its unit when it has one. */
function foldedHeader(h: CellValue): { full: string; base: string | null } {
  const text = cellText(h);
  const unit = headerUnit(text);
  return { full: foldText(text), base: unit ? foldText(unit.base) : null };
}

/**
 * Detects which column holds each field from the header row (DOMAIN.md §2, §2.1): case-, width- and
 * spacing-insensitive, English or Chinese, with or without a unit in brackets ("金额(万元)" is the amount).
 * Each header is used by at most one field, first field first; a field's `suggested` headers (Annual
 * Revenue for contribution) are taken only when nothing else matched, and `suggestedFields` lists them.
 */
export function detectMapping(kind: InputKind, headers: readonly CellValue[]): ColumnMapping {
  const folded = headers.map(foldedHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const take = (key: string, names: readonly string[]): void => {
    const wanted = new Set(names.map(foldText));
    let col = folded.findIndex((h, i) => !used.has(i) && wanted.has(h.full));
    if (col < 0) col = folded.findIndex((h, i) => !used.has(i) && h.base !== null && wanted.has(h.base));
    mapping[key] = col >= 0 ? col : null;
    if (col >= 0) used.add(col);
  };
  for (const field of FIELDS[kind]) take(field.key, field.synonyms);
  for (const field of FIELDS[kind])
    if (field.suggested && mapping[field.key] === null) take(field.key, field.suggested);
  for (const field of FIELDS[kind]) if (field.fallback && mapping[field.key] === null) take(field.key, field.fallback);
  return mapping;
}

/** Fields that `mapping` fills from a merely suggested header (DOMAIN.md §2.1), to be checked by the user. */
export function suggestedFields(kind: InputKind, headers: readonly CellValue[], mapping: ColumnMapping): string[] {
  return FIELDS[kind]
    .filter((f) => {
      const col = mapping[f.key];
      if (!f.suggested || col === null || col === undefined) return false;
      const h = foldedHeader(headers[col]);
      const names = new Set(f.suggested.map(foldText));
      return names.has(h.full) || (h.base !== null && names.has(h.base));
    })
    .map((f) => f.key);
}

/**
 * Applies the user's overrides on top of the detected mapping. An override is a column index, a
 * header text, or null to ignore a column. Returns the problems of overrides that name no field or column.
 */
export function applyMappingOverrides(
  kind: InputKind,
  detected: ColumnMapping,
  headers: readonly CellValue[],
  overrides: Readonly<Record<string, number | string | null>> = {},
): { mapping: ColumnMapping; problems: Reason[] } {
  const mapping = { ...detected };
  const problems: Reason[] = [];
  const known = new Set(FIELDS[kind].map((f) => f.key));
  for (const [key, target] of Object.entries(overrides)) {
    if (!known.has(key)) {
      problems.push({ code: "notAField", params: { field: key, table: kind } });
      continue;
    }
    if (target === null) mapping[key] = null;
    else if (typeof target === "number") {
      if (Number.isInteger(target) && target >= 0 && target < headers.length) mapping[key] = target;
      else problems.push({ code: "columnOutside", params: { field: key, column: target + 1 } });
    } else {
      const col = headers.findIndex((h) => foldText(cellText(h)) === foldText(target));
      if (col >= 0) mapping[key] = col;
      else problems.push({ code: "noSuchColumn", params: { field: key, header: target } });
    }
  }
  // A column given to one field by override is taken away from a field that detection gave it to.
  for (const key of Object.keys(overrides)) {
    const col = mapping[key];
    if (col === null || col === undefined) continue;
    for (const other of Object.keys(mapping))
      if (other !== key && mapping[other] === col && !(other in overrides)) mapping[other] = null;
  }
  return { mapping, problems };
}

/** Required fields that no column maps to. */
export function missingRequired(kind: InputKind, mapping: ColumnMapping): string[] {
  return FIELDS[kind]
    .filter((f) => f.required && (mapping[f.key] === null || mapping[f.key] === undefined))
    .map((f) => f.key);
}

/** How many rows from the top of a plain range may hold title lines before the header (DOMAIN.md §2). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The 0-based row of a plain range's header (DOMAIN.md §2): the first of the first 10 rows in which at
 * least two headers name fields of one of `kinds`, so title lines of a "formatted" CRM export are
 * passed over. 0 when no row qualifies (the first row is then taken, as before).
 */
export function findHeaderRow(
  rows: readonly (readonly CellValue[])[],
  kinds: readonly InputKind[] = TABLE_KINDS,
): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    for (const kind of kinds) {
      const mapping = detectMapping(kind, rows[r]);
      if (Object.values(mapping).filter((c) => c !== null).length >= 2) return r;
    }
  }
  return 0;
}
