/**
 * Inserting and deleting table columns (`TableColumnCollection.add`, `TableColumn.delete`). Excel inserts or
 * removes cells in the table's rows only and shifts everything right of them, in those rows, sideways: user
 * cells and other tables there move with it, so nothing is overwritten. Structured references are
 * re-translated afterwards (they name columns, so `T[[A]:[C]]` widens when a column lands inside it and a
 * reference to a deleted column becomes #REF!).
 */
import { MAX_COLUMNS, Rect } from "./a1";
import { hostError } from "./errors";
import type { Row, SheetModel, TableModel, WorkbookModel } from "./model";

type AddValues = unknown[][] | boolean | string | number | null | undefined;

/** Rows [row, row + rows) of a sheet: the band whose cells shift. */
interface Band {
  row: number;
  rows: number;
}

const rowArrays = (row: Row): (unknown[] | undefined)[] => [row.v, row.f, row.nf, row.s];

/** Excel's "Column1", "Column2", …: the lowest number no column of the table uses. */
function defaultColumnName(t: TableModel): string {
  const taken = new Set(t.columns.map((c) => c.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(`column${n}`)) return `Column${n}`;
}

/**
 * Other tables right of `fromCol` that intersect the band move with it; one that sticks out of the band
 * would be cut in two, which Excel refuses (InsertDeleteConflict), as it does shifting cells off the grid.
 */
function tablesToMove(m: WorkbookModel, t: TableModel, band: Band, fromCol: number, delta: 1 | -1): TableModel[] {
  const moving: TableModel[] = [];
  for (const other of m.liveTables(t.sheet)) {
    if (other === t || other.rect.col + other.rect.cols - 1 < fromCol) continue;
    const top = other.rect.row;
    const bottom = top + other.rect.rows - 1;
    if (bottom < band.row || top > band.row + band.rows - 1) continue;
    if (top < band.row || bottom > band.row + band.rows - 1)
      throw hostError(
        "InsertDeleteConflict",
        `The insert or delete operation attempted resulted in a conflict. (it would split table "${other.name}")`,
      );
    moving.push(other);
  }
  if (delta > 0) {
    let offGrid = false;
    t.sheet.forEachRow(band.row, band.row + band.rows - 1, (row) => {
      for (const arr of rowArrays(row)) if (arr && arr[MAX_COLUMNS - 1] !== undefined) offGrid = true;
    });
    if (offGrid || moving.some((o) => o.rect.col + o.rect.cols >= MAX_COLUMNS))
      throw hostError(
        "InsertDeleteConflict",
        "The insert or delete operation attempted resulted in a conflict. (cells would move off the sheet)",
      );
  }
  return moving;
}

/** Inserts (delta 1) or removes (delta -1) the cells at `fromCol` in every row of the band, shifting the rest. */
function shiftCells(m: WorkbookModel, sheet: SheetModel, band: Band, fromCol: number, delta: 1 | -1): void {
  let width = fromCol;
  sheet.forEachRow(band.row, band.row + band.rows - 1, (row) => {
    for (const arr of rowArrays(row)) {
      if (!arr || arr.length <= fromCol) continue;
      width = Math.max(width, arr.length);
      if (delta > 0) arr.splice(fromCol, 0, undefined);
      else if (arr.splice(fromCol, 1)[0] !== undefined && arr === row.f) sheet.formulaCount--;
    }
  });
  // Every cell from fromCol on may now hold something else; formulas that moved are translated again.
  const changed: Rect = { row: band.row, col: fromCol, rows: band.rows, cols: width - fromCol + 1 };
  m.engine.cellsChanged(sheet, changed, true, false);
}

/**
 * `TableColumnCollection.add(index, values, name)`: inserts a column at `index` (null, undefined or -1:
 * after the last one). `values` is the column from the header row down (header + data rows), or one value
 * for every data cell; `name` wins over the header in `values`, and the header is made unique as Excel
 * does ("Score" → "Score2"), or is "Column1", … when neither gives one. Returns the new column's id.
 */
export function insertTableColumn(
  m: WorkbookModel,
  t: TableModel,
  index: number | null | undefined,
  values: AddValues,
  name: string | null | undefined,
): number {
  const count = t.rect.cols;
  const at = index === null || index === undefined || index === -1 ? count : index;
  if (!Number.isInteger(at) || at < 0 || at > count)
    throw hostError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format. (index ${index})`,
    );
  const headerRows = t.showHeaders ? 1 : 0;
  const filled = headerRows + t.dataRect.rows;
  if (Array.isArray(values) && (values.length !== filled || values.some((r) => !Array.isArray(r) || r.length !== 1)))
    throw hostError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (a ${filled}×1 column is expected)`,
    );
  const band: Band = { row: t.rect.row, rows: t.rect.rows };
  const col = t.rect.col + at;
  const moving = tablesToMove(m, t, band, col, 1);

  shiftCells(m, t.sheet, band, col, 1);
  for (const o of moving) o.rect = { ...o.rect, col: o.rect.col + 1 };
  const id = Math.max(0, ...t.columnIds) + 1;
  t.columnIds.splice(at, 0, id);
  const given = (v: unknown) => (v === null || v === undefined || v === "" ? null : String(v));
  const header = given(name) ?? given(Array.isArray(values) && headerRows ? values[0][0] : null);
  t.columns = [...t.columns.slice(0, at), header ?? defaultColumnName(t), ...t.columns.slice(at)];
  t.rect = { ...t.rect, cols: count + 1 };
  if (t.showHeaders) {
    // Header cells hold text, whatever it looks like; a duplicate becomes "Score2" when the row is re-read.
    m.writeContent(t.sheet, { row: t.rect.row, col, rows: 1, cols: 1 }, [[`'${t.columns[at]}`]], true);
    m.refreshTableColumns(t, true);
  }
  if (values !== null && values !== undefined) {
    const data = { row: t.dataRect.row, col, rows: t.dataRect.rows, cols: 1 };
    m.writeContent(t.sheet, data, Array.isArray(values) ? values.slice(headerRows) : values);
  }
  m.engine.tablesChanged([t.name, ...moving.map((o) => o.name)]);
  return id;
}

/** `TableColumn.delete()`: removes the column's cells and shifts the cells right of it, in the table's rows, left. */
export function deleteTableColumn(m: WorkbookModel, t: TableModel, index: number): void {
  if (t.rect.cols <= 1)
    throw hostError("InvalidOperation", "The requested operation is invalid. (a table keeps at least one column)");
  const band: Band = { row: t.rect.row, rows: t.rect.rows };
  const col = t.rect.col + index;
  const moving = tablesToMove(m, t, band, col + 1, -1);
  shiftCells(m, t.sheet, band, col, -1);
  for (const o of moving) o.rect = { ...o.rect, col: o.rect.col - 1 };
  t.columnIds.splice(index, 1);
  t.columns = t.columns.filter((_, i) => i !== index);
  t.rect = { ...t.rect, cols: t.rect.cols - 1 };
  m.refreshTableColumns(t);
  m.engine.tablesChanged([t.name, ...moving.map((o) => o.name)]);
}
