/**
 * How a plan table looks (DOMAIN.md §10): input cells in Excel's Input style, Ninegrid's cells (the key and
 * the Not key since date) in a grey locked look, number formats and data validation per column. Queued on
 * a range of data rows, for a new table's body or rows added to an existing one; no round trip here.
 */
import { cellText, CellValue } from "../core/cells";
import { TableLanguage } from "../core/esp-questions";
import { ColumnValidation, PlanColumn, PlanTableDef } from "../core/esp-tables";
import { detectMapping } from "../core/headers";
import { asLiteralText } from "./user-text";

/** Excel's built-in Input style (fill and font), for cells the user fills. */
export const INPUT_STYLE = { fill: "#FFCC99", font: "#3F3F76" } as const;
/** A grey, locked look for cells Ninegrid writes and the user should leave alone. */
export const LOCKED_STYLE = { fill: "#EDEDED", font: "#595959" } as const;

/** Points per character of Calibri 11, for column widths given in characters. */
const POINTS_PER_CHAR = 7;

const isInput = (c: PlanColumn) => c.role === "input" || c.role === "prefilled";

/** The Excel data validation rule for a column, in the table's language; null without validation. */
export function validationRule(v: ColumnValidation, language: TableLanguage): Excel.DataValidationRule {
  switch (v.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: v.values[language].join(",") } };
    case "wholeNumber":
      return { wholeNumber: { operator: "Between", formula1: v.min, formula2: v.max } };
    case "decimal":
      return { decimal: { operator: "GreaterThanOrEqualTo", formula1: v.min } };
    case "date":
      // Any real date (a 1904 workbook shifts the serial, not the DATE).
      return { date: { operator: "GreaterThanOrEqualTo", formula1: "=DATE(1900,1,1)" } };
  }
}

/** A table's columns as the definition knows them, by position in `headers` (a user's own column: null). */
export function columnsByPosition(def: PlanTableDef, headers: readonly string[]): (PlanColumn | null)[] {
  const mapping = detectMapping(def.kind, headers);
  const out: (PlanColumn | null)[] = headers.map(() => null);
  for (const c of def.columns) {
    const at = mapping[c.key];
    if (at !== null && at !== undefined) out[at] = c;
  }
  return out;
}

/**
 * Queues styles, number formats and validation on `rows` data rows starting at sheet row `top` (0-based)
 * of a table whose first column is `left`. Columns Ninegrid does not know (the user's own) are left alone.
 */
export function styleRows(
  sheet: Excel.Worksheet,
  columns: readonly (PlanColumn | null)[],
  language: TableLanguage,
  at: { top: number; left: number; rows: number },
): void {
  columns.forEach((c, i) => {
    if (!c) return;
    const range = sheet.getRangeByIndexes(at.top, at.left + i, at.rows, 1);
    const look = isInput(c) ? INPUT_STYLE : LOCKED_STYLE;
    range.format.fill.color = look.fill;
    range.format.font.color = look.font;
    if (c.numberFormat) range.numberFormat = new Array(at.rows).fill([c.numberFormat]) as string[][];
    if (c.validation) range.dataValidation.rule = validationRule(c.validation, language);
  });
}

/** Column widths of a new table, in points. */
export function setWidths(sheet: Excel.Worksheet, columns: readonly (PlanColumn | null)[], left: number): void {
  columns.forEach((c, i) => {
    if (c) sheet.getRangeByIndexes(0, left + i, 1, 1).format.columnWidth = c.width * POINTS_PER_CHAR;
  });
}

/** A row as Excel values: text kept as text (never a formula), blanks as "". */
export function excelRow(row: readonly CellValue[]): (string | number | boolean)[] {
  return row.map((v) => {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return asLiteralText(v);
    // An error value read from a cell is written back as its text, never as a live error.
    return typeof v === "object" ? asLiteralText(cellText(v)) : v;
  });
}
