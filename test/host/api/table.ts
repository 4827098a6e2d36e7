/** Tables (ListObjects): workbook- and worksheet-level collections, columns and rows. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's accessors are defined by defineScalarProperties, defineNavigation or defineCollectionMembers; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { Rect } from "../a1";
import { defineNavigation, defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import type { RangeRef, SheetModel, TableModel } from "../model";
import { deleteTableColumn, insertTableColumn } from "../table-columns";
import { COLLECTION_MEMBERS, CollectionMember, defineCollectionMembers, HostCollection } from "./collection";
import { HostRange, rangeArg } from "./range";
import { HostWorksheet } from "./worksheet";

/** A table collection's scope: one sheet, or the whole workbook (sheet null). */
export interface TableScope {
  sheet: SheetModel | null;
}

export const TABLE_COLLECTION_MEMBERS = ["context", "add", ...COLLECTION_MEMBERS, "load"] as const;
export type TableCollectionMembers = (typeof TABLE_COLLECTION_MEMBERS)[number];

/** HostTableCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostTableCollection extends Pick<
  Excel.TableCollection,
  Extract<TableCollectionMembers, CollectionMember>
> {}

export class HostTableCollection
  extends HostCollection<TableScope, TableModel>
  implements Pick<Excel.TableCollection, TableCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<TableScope>) {
    super(ctx, "TableCollection", source);
  }
  protected _isGone(t: TableScope): boolean {
    return t.sheet?.deleted ?? false;
  }
  protected _list(t: TableScope): TableModel[] {
    return this._ctx.model.liveTables(t.sheet ?? undefined);
  }
  protected _wrap(source: Source<TableModel>): HostTable {
    return new HostTable(this._ctx, source);
  }
  protected _find(t: TableScope, key: string): TableModel | undefined {
    return this._list(t).find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key);
  }
  protected _named(key: string): string {
    return `table "${key}"`;
  }
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    return handOut(
      this._created(
        (s) => new HostTable(this._ctx, s),
        "add",
        [address, hasHeaders],
        (t) => {
          const m = this._ctx.model;
          const ref = rangeArg(
            m,
            address,
            t.sheet ?? (typeof address === "string" && !address.includes("!") ? m.active : null),
          );
          if (t.sheet && ref.sheet !== t.sheet) throw hostError("InvalidArgument");
          return m.addTable(ref.sheet, ref.rect, hasHeaders);
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.TableCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostTableCollection, TABLE_COLLECTION_MEMBERS);

/** HostTable's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const TABLE_SCALARS = [
  "id",
  "name",
  "style",
  "showTotals",
  "showHeaders",
  "showBandedRows",
  "showBandedColumns",
  "showFilterButton",
  "highlightFirstColumn",
  "highlightLastColumn",
] as const;
export const TABLE_MEMBERS = [
  "context",
  "isNullObject",
  ...TABLE_SCALARS,
  "columns",
  "rows",
  "worksheet",
  "getRange",
  "getHeaderRowRange",
  "getDataBodyRange",
  "getTotalRowRange",
  "resize",
  "convertToRange",
  "delete",
  "load",
] as const;
export type TableMembers = (typeof TABLE_MEMBERS)[number];

/** HostTable's scalar and navigation properties: accessors generated after the class. */
export interface HostTable extends Pick<
  Excel.Table,
  (typeof TABLE_SCALARS)[number] | "worksheet" | "columns" | "rows"
> {}

export class HostTable extends HostObject<TableModel> implements Pick<Excel.Table, TableMembers> {
  constructor(ctx: HostContext, source: Source<TableModel>) {
    super(ctx, "Table", source);
  }
  protected _props(): Record<string, PropDef<TableModel>> {
    const m = this._ctx.model;
    const flag = (
      key: "showBandedRows" | "showBandedColumns" | "showFilterButton" | "highlightFirstColumn" | "highlightLastColumn",
    ): PropDef<TableModel> => ({
      get: (t) => t[key],
      set: (t, v) => (t[key] = Boolean(v)),
    });
    return {
      id: { get: (t) => t.id },
      name: { get: (t) => t.name, set: (t, v) => m.renameTable(t, String(v)) },
      style: { get: (t) => t.style, set: (t, v) => (t.style = String(v)) },
      showTotals: {
        get: (t) => t.showTotals,
        set: (t, v) => {
          const on = Boolean(v);
          if (on === t.showTotals) return;
          // The totals row is added below the data (Excel overwrites the row below) or removed.
          if (on) {
            t.showTotals = true;
            m.resizeTable(t, { ...t.rect, rows: t.rect.rows + 1 });
            m.writeContent(t.sheet, { ...t.totalsRect, cols: 1 }, [["Total"]]);
          } else {
            m.clear(t.sheet, t.totalsRect, "Contents");
            t.showTotals = false;
            m.resizeTable(t, { ...t.rect, rows: t.rect.rows - 1 });
          }
        },
      },
      showHeaders: { get: (t) => t.showHeaders, set: (t, v) => (t.showHeaders = Boolean(v)) },
      showBandedRows: flag("showBandedRows"),
      showBandedColumns: flag("showBandedColumns"),
      showFilterButton: flag("showFilterButton"),
      highlightFirstColumn: flag("highlightFirstColumn"),
      highlightLastColumn: flag("highlightLastColumn"),
    };
  }
  private _rangeOf(name: string, rect: (t: TableModel) => Rect): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        name,
        [],
        (): RangeRef => {
          const t = this._live();
          return { sheet: t.sheet, rect: rect(t) };
        },
      ),
    );
  }
  getRange(): Excel.Range {
    return this._rangeOf("getRange", (t) => ({ ...t.rect }));
  }
  getHeaderRowRange(): Excel.Range {
    return this._rangeOf("getHeaderRowRange", (t) => t.headerRect);
  }
  getDataBodyRange(): Excel.Range {
    return this._rangeOf("getDataBodyRange", (t) => t.dataRect);
  }
  getTotalRowRange(): Excel.Range {
    return this._rangeOf("getTotalRowRange", (t) => {
      if (!t.showTotals)
        throw hostError("ItemNotFound", "The requested resource doesn't exist. (the table shows no totals row)");
      return t.totalsRect;
    });
  }
  resize(newRange: Excel.Range | string): void {
    this._call("resize", [newRange], (t) => {
      const ref = rangeArg(this._ctx.model, newRange, t.sheet);
      if (ref.sheet !== t.sheet) throw hostError("InvalidArgument");
      this._ctx.model.resizeTable(t, ref.rect);
    });
  }
  convertToRange(): Excel.Range {
    const range = this._rangeOf("convertToRange", (t) => ({ ...t.rect }));
    this._call("convertToRange", [], (t) => {
      t.deleted = true;
      this._ctx.model.engine.tablesChanged([t.name]);
    });
    return range;
  }
  delete(): void {
    this._call("delete", [], (t) => this._ctx.model.deleteTable(t));
  }
  load(propertyNames?: unknown): Excel.Table {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostTable, {
  worksheet: { make: (ctx, s) => new HostWorksheet(ctx, s), resolve: (p) => p._live().sheet },
  columns: { make: (ctx, s) => new HostTableColumnCollection(ctx, s) },
  rows: { make: (ctx, s) => new HostTableRowCollection(ctx, s) },
});
defineScalarProperties(
  HostTable,
  TABLE_SCALARS,
  TABLE_SCALARS.filter((n) => n !== "id"),
);

/** A column keeps its identity (its id) while columns are inserted or deleted before it, as in Excel. */
interface ColumnTarget {
  table: TableModel;
  id: number;
}

const columnIndexOf = (t: ColumnTarget): number => t.table.columnIds.indexOf(t.id);

export const TABLE_COLUMN_COLLECTION_MEMBERS = ["context", "add", ...COLLECTION_MEMBERS, "load"] as const;
export type TableColumnCollectionMembers = (typeof TABLE_COLUMN_COLLECTION_MEMBERS)[number];

/** HostTableColumnCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostTableColumnCollection extends Pick<
  Excel.TableColumnCollection,
  Extract<TableColumnCollectionMembers, CollectionMember>
> {}

export class HostTableColumnCollection
  extends HostCollection<TableModel, ColumnTarget>
  implements Pick<Excel.TableColumnCollection, TableColumnCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<TableModel>) {
    super(ctx, "TableColumnCollection", source);
  }
  protected _list(t: TableModel): ColumnTarget[] {
    return t.columnIds.map((id): ColumnTarget => ({ table: t, id }));
  }
  protected _wrap(source: Source<ColumnTarget>): HostTableColumn {
    return new HostTableColumn(this._ctx, source);
  }
  protected _count(t: TableModel): number {
    return t.columns.length;
  }
  protected _find(t: TableModel, key: number | string): ColumnTarget | null {
    const index =
      typeof key === "number"
        ? t.columnIds.indexOf(key)
        : t.columns.findIndex((c) => c.toLowerCase() === String(key).toLowerCase());
    return index >= 0 ? { table: t, id: t.columnIds[index] } : null;
  }
  protected _at(t: TableModel, index: number): ColumnTarget | undefined {
    return index >= 0 && index < t.columns.length ? { table: t, id: t.columnIds[index] } : undefined;
  }
  protected _named(key: number | string): string {
    return `table column "${key}"`;
  }
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    name?: string,
  ): Excel.TableColumn {
    return handOut(
      this._created(
        (s) => new HostTableColumn(this._ctx, s),
        "add",
        [index ?? null, values ?? null, name ?? null],
        (t): ColumnTarget => ({ table: t, id: insertTableColumn(this._ctx.model, t, index, values, name) }),
      ),
    );
  }
  load(propertyNames?: unknown): Excel.TableColumnCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostTableColumnCollection, TABLE_COLUMN_COLLECTION_MEMBERS);

/** HostTableColumn's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const TABLE_COLUMN_SCALARS = ["id", "index", "name", "values"] as const;
export const TABLE_COLUMN_MEMBERS = [
  "context",
  ...TABLE_COLUMN_SCALARS,
  "getDataBodyRange",
  "getHeaderRowRange",
  "getRange",
  "getTotalRowRange",
  "delete",
  "load",
] as const;
export type TableColumnMembers = (typeof TABLE_COLUMN_MEMBERS)[number];

/** HostTableColumn's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostTableColumn extends Pick<Excel.TableColumn, (typeof TABLE_COLUMN_SCALARS)[number]> {}

export class HostTableColumn extends HostObject<ColumnTarget> implements Pick<Excel.TableColumn, TableColumnMembers> {
  constructor(ctx: HostContext, source: Source<ColumnTarget>) {
    super(ctx, "TableColumn", source);
  }
  protected _isGone(t: ColumnTarget): boolean {
    return t.table.deleted || columnIndexOf(t) < 0;
  }
  private _rect(t: ColumnTarget, part: "all" | "data" | "header" | "totals"): Rect {
    const tb = t.table;
    const base =
      part === "all" ? tb.rect : part === "data" ? tb.dataRect : part === "header" ? tb.headerRect : tb.totalsRect;
    return { ...base, col: tb.rect.col + columnIndexOf(t), cols: 1 };
  }
  protected _props(): Record<string, PropDef<ColumnTarget>> {
    const m = this._ctx.model;
    return {
      id: { get: (t) => t.id },
      index: { get: (t) => columnIndexOf(t) },
      name: {
        get: (t) => t.table.columns[columnIndexOf(t)],
        set: (t, v) => m.writeContent(t.table.sheet, this._rect(t, "header"), [[`'${String(v)}`]]),
      },
      values: {
        get: (t) => m.readValues(t.table.sheet, this._rect(t, "all")),
        set: (t, v) => m.writeContent(t.table.sheet, this._rect(t, "all"), v),
      },
    };
  }
  private _rangeOf(name: string, part: "all" | "data" | "header" | "totals"): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        name,
        [],
        (): RangeRef => {
          const t = this._live();
          if (part === "totals" && !t.table.showTotals) throw hostError("ItemNotFound");
          return { sheet: t.table.sheet, rect: this._rect(t, part) };
        },
      ),
    );
  }
  getDataBodyRange(): Excel.Range {
    return this._rangeOf("getDataBodyRange", "data");
  }
  getHeaderRowRange(): Excel.Range {
    return this._rangeOf("getHeaderRowRange", "header");
  }
  getRange(): Excel.Range {
    return this._rangeOf("getRange", "all");
  }
  getTotalRowRange(): Excel.Range {
    return this._rangeOf("getTotalRowRange", "totals");
  }
  delete(): void {
    this._call("delete", [], (t) => deleteTableColumn(this._ctx.model, t.table, columnIndexOf(t)));
  }
  load(propertyNames?: unknown): Excel.TableColumn {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(
  HostTableColumn,
  TABLE_COLUMN_SCALARS,
  TABLE_COLUMN_SCALARS.filter((n) => n !== "id" && n !== "index"),
);

interface RowTarget {
  table: TableModel;
  index: number;
}

export const TABLE_ROW_COLLECTION_MEMBERS = ["context", "count", "add", "getItemAt", "getCount", "load"] as const;
export type TableRowCollectionMembers = (typeof TABLE_ROW_COLLECTION_MEMBERS)[number];

/** Rows are appended at the end of the table (overwriting the cells below it, where Excel would insert). */
export class HostTableRowCollection
  extends HostObject<TableModel>
  implements Pick<Excel.TableRowCollection, TableRowCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<TableModel>) {
    super(ctx, "TableRowCollection", source);
  }
  protected _props(): Record<string, PropDef<TableModel>> {
    return { count: { get: (t) => t.dataRect.rows } };
  }
  get count(): number {
    return this._get("count");
  }
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    alwaysInsert?: boolean,
  ): Excel.TableRow {
    return handOut(
      this._created(
        (s) => new HostTableRow(this._ctx, s),
        "add",
        [index ?? null, values ?? null, alwaysInsert ?? null],
        (t) => {
          const m = this._ctx.model;
          const before = t.dataRect.rows;
          if (index !== undefined && index !== null && index !== before)
            throw hostError(
              "NotImplemented",
              "host: TableRowCollection.add only appends (index must be null or the row count)",
            );
          const n = Array.isArray(values) ? values.length : 1;
          if (n < 1) throw hostError("InvalidArgument");
          let totals: unknown[][] | null = null;
          if (t.showTotals) {
            totals = m.readFormulas(t.sheet, t.totalsRect);
            m.clear(t.sheet, t.totalsRect, "Contents");
          }
          const oldRect = { ...t.rect };
          m.resizeTable(t, { ...oldRect, rows: oldRect.rows + n });
          const first = t.dataRect.row + before;
          if (values !== undefined && values !== null)
            m.writeContent(t.sheet, { row: first, col: t.rect.col, rows: n, cols: t.rect.cols }, values);
          if (totals) m.writeContent(t.sheet, t.totalsRect, totals);
          return { table: t, index: before };
        },
      ),
    );
  }
  getItemAt(index: number): Excel.TableRow {
    return handOut(
      this._path(
        (s) => new HostTableRow(this._ctx, s),
        "getItemAt",
        [index],
        () => {
          const t = this._live();
          if (!(index >= 0 && index < t.dataRect.rows)) throw hostError("ItemNotFound");
          return { table: t, index };
        },
      ),
    );
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return handOut(this._callResult("getCount", [], (t) => t.dataRect.rows));
  }
  load(propertyNames?: unknown): Excel.TableRowCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}

/** HostTableRow's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const TABLE_ROW_SCALARS = ["index", "values"] as const;
export const TABLE_ROW_MEMBERS = ["context", ...TABLE_ROW_SCALARS, "getRange", "load"] as const;
export type TableRowMembers = (typeof TABLE_ROW_MEMBERS)[number];

/** HostTableRow's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostTableRow extends Pick<Excel.TableRow, (typeof TABLE_ROW_SCALARS)[number]> {}

export class HostTableRow extends HostObject<RowTarget> implements Pick<Excel.TableRow, TableRowMembers> {
  constructor(ctx: HostContext, source: Source<RowTarget>) {
    super(ctx, "TableRow", source);
  }
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: RowTarget): boolean {
    return t.table.deleted;
  }
  private _rect(t: RowTarget): Rect {
    return { row: t.table.dataRect.row + t.index, col: t.table.rect.col, rows: 1, cols: t.table.rect.cols };
  }
  protected _props(): Record<string, PropDef<RowTarget>> {
    const m = this._ctx.model;
    return {
      index: { get: (t) => t.index },
      values: {
        get: (t) => m.readValues(t.table.sheet, this._rect(t)),
        set: (t, v) => m.writeContent(t.table.sheet, this._rect(t), v),
      },
    };
  }
  getRange(): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        "getRange",
        [],
        (): RangeRef => {
          const t = this._live();
          return { sheet: t.table.sheet, rect: this._rect(t) };
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.TableRow {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(
  HostTableRow,
  TABLE_ROW_SCALARS,
  TABLE_ROW_SCALARS.filter((n) => n !== "index"),
);
