import { cellText, CellValue, foldText } from "./cells";
import { FIELDS, TABLE_KINDS, TableKind } from "./fields";
import { Reason } from "./reasons";

/** Field key → 0-based column index in the table, or null when the table has no such column. */
export type ColumnMapping = Record<string, number | null>;

/**
 * Detects which column holds each field from the header row (DOMAIN.md §2): case-, width- and
 * spacing-insensitive, English or Chinese. Each header is used by at most one field, first field first.
 */
export function detectMapping(kind: TableKind, headers: readonly CellValue[]): ColumnMapping {
  const folded = headers.map((h) => foldText(cellText(h)));
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of FIELDS[kind]) {
    const wanted = new Set(field.synonyms.map(foldText));
    const col = folded.findIndex((h, i) => !used.has(i) && wanted.has(h));
    mapping[field.key] = col >= 0 ? col : null;
    if (col >= 0) used.add(col);
  }
  return mapping;
}

/**
 * Applies the user's overrides on top of the detected mapping. An override is a column index, a
 * header text, or null to ignore a column. Returns the problems of overrides that name no field or column.
 */
export function applyMappingOverrides(
  kind: TableKind,
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
export function missingRequired(kind: TableKind, mapping: ColumnMapping): string[] {
  return FIELDS[kind]
    .filter((f) => f.required && (mapping[f.key] === null || mapping[f.key] === undefined))
    .map((f) => f.key);
}

/** Excel column letters for a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
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
  kinds: readonly TableKind[] = TABLE_KINDS,
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
