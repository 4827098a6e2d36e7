/** Range and what hangs off it: format (fill, font, borders) and the range's conditional formats. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's accessors are defined by defineScalarProperties, defineNavigation or defineCollectionMembers; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { checkRect, MAX_COLUMNS, MAX_ROWS, Rect, sheetAddress } from "../a1";
import { defineNavigation, defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import { formatValue } from "../format";
import type { RangeRef, SheetModel, WorkbookModel } from "../model";
import { BORDER_SIDES, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, STYLE_DEFAULTS } from "../styles";
import { CollectionMember, defineCollectionMembers, HostCollection } from "./collection";
import { HostConditionalFormatCollection } from "./conditional-format";
import { HostDataValidation } from "./data-validation";
import { HostWorksheet } from "./worksheet";

/** Resolves a `Range | string` argument (a proxy in the same context, or an address on `sheet`). */
export function rangeArg(model: WorkbookModel, arg: unknown, sheet: SheetModel | null): RangeRef {
  if (arg instanceof HostRange) return arg._live();
  if (typeof arg === "string") return model.resolveAddress(arg, sheet);
  throw hostError(
    "InvalidArgument",
    "The argument is invalid or missing or has an incorrect format. (expected a Range or an address)",
  );
}

const sub = (t: RangeRef, rect: Rect): RangeRef => ({ sheet: t.sheet, rect: checkRect(rect) });

/** Approximate points per character of Calibri 11, for autofit. */
const POINTS_PER_CHAR = 5.6;

/**
 * A range or a part of its format: it has no identity of its own, so its path is evaluated again in each sync
 * (see HostObject._livePath), and it goes with its sheet.
 */
abstract class HostRangePart extends HostObject<RangeRef> {
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: RangeRef): boolean {
    return t.sheet.deleted;
  }
}

/** HostRange's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "rowCount",
  "rowIndex",
  "values",
  "formulas",
  "numberFormat",
  "text",
  "valueTypes",
  "top",
  "left",
  "width",
  "height",
] as const;
export const RANGE_MEMBERS = [
  "context",
  "isNullObject",
  ...RANGE_SCALARS,
  "format",
  "conditionalFormats",
  "dataValidation",
  "worksheet",
  "getCell",
  "getResizedRange",
  "getAbsoluteResizedRange",
  "getOffsetRange",
  "getRow",
  "getColumn",
  "getRowsAbove",
  "getRowsBelow",
  "getColumnsBefore",
  "getColumnsAfter",
  "getLastRow",
  "getLastColumn",
  "getLastCell",
  "getBoundingRect",
  "getIntersection",
  "getIntersectionOrNullObject",
  "getEntireColumn",
  "getEntireRow",
  "getUsedRange",
  "getUsedRangeOrNullObject",
  "clear",
  "select",
  "load",
  "track",
  "untrack",
] as const;
export type RangeMembers = (typeof RANGE_MEMBERS)[number];

/** HostRange's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostRange extends Pick<Excel.Range, (typeof RANGE_SCALARS)[number]> {}

export class HostRange extends HostRangePart implements Pick<Excel.Range, RangeMembers> {
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "Range", source);
  }

  protected _props(): Record<string, PropDef<RangeRef>> {
    const m = this._ctx.model;
    const address = (t: RangeRef) => sheetAddress(t.sheet.name, t.rect);
    const sumWidths = (t: RangeRef, from: number, count: number) => {
      let w = 0;
      for (let c = from; c < from + count && c < MAX_COLUMNS; c++) w += t.sheet.columnWidth(c);
      return w;
    };
    const sumHeights = (t: RangeRef, from: number, count: number) => {
      if (count > 100_000) return count * DEFAULT_ROW_HEIGHT;
      let h = 0;
      for (let r = from; r < from + count; r++) h += t.sheet.rowHeight(r);
      return h;
    };
    return {
      address: { get: address },
      addressLocal: { get: address },
      cellCount: { get: (t) => t.rect.rows * t.rect.cols },
      columnCount: { get: (t) => t.rect.cols },
      columnIndex: { get: (t) => t.rect.col },
      rowCount: { get: (t) => t.rect.rows },
      rowIndex: { get: (t) => t.rect.row },
      values: { get: (t) => m.readValues(t.sheet, t.rect), set: (t, v) => m.writeContent(t.sheet, t.rect, v) },
      formulas: { get: (t) => m.readFormulas(t.sheet, t.rect), set: (t, v) => m.writeContent(t.sheet, t.rect, v) },
      numberFormat: {
        get: (t) => m.readNumberFormats(t.sheet, t.rect),
        set: (t, v) => m.writeNumberFormat(t.sheet, t.rect, v),
      },
      text: { get: (t) => m.readText(t.sheet, t.rect) },
      valueTypes: { get: (t) => m.readValueTypes(t.sheet, t.rect) },
      top: { get: (t) => sumHeights(t, 0, t.rect.row) },
      left: { get: (t) => sumWidths(t, 0, t.rect.col) },
      width: { get: (t) => sumWidths(t, t.rect.col, t.rect.cols) },
      height: { get: (t) => sumHeights(t, t.rect.row, t.rect.rows) },
      isEntireColumn: { get: (t) => t.rect.row === 0 && t.rect.rows === MAX_ROWS },
      isEntireRow: { get: (t) => t.rect.col === 0 && t.rect.cols === MAX_COLUMNS },
    };
  }

  protected _navigate(name: string): HostObject | undefined {
    switch (name) {
      case "format":
        return this._format();
      case "worksheet":
        return this._worksheet();
      case "conditionalFormats":
        return this._conditionalFormats();
      case "dataValidation":
        return this._dataValidation();
      default:
        return undefined;
    }
  }

  // ---------------------------------------------------------------- properties

  private _format(): HostRangeFormat {
    return this._child("format", (s) => new HostRangeFormat(this._ctx, s));
  }
  get format(): Excel.RangeFormat {
    return handOut(this._format());
  }

  private _worksheet(): HostWorksheet {
    return this._child(
      "worksheet",
      (s) => new HostWorksheet(this._ctx, s),
      () => this._live().sheet,
    );
  }
  get worksheet(): Excel.Worksheet {
    return handOut(this._worksheet());
  }

  private _conditionalFormats(): HostConditionalFormatCollection {
    return this._child("conditionalFormats", (s) => new HostConditionalFormatCollection(this._ctx, s));
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return handOut(this._conditionalFormats());
  }

  private _dataValidation(): HostDataValidation {
    return this._child(
      "dataValidation",
      (s) => new HostDataValidation(this._ctx, s),
      () => this._live(),
    );
  }
  get dataValidation(): Excel.DataValidation {
    return handOut(this._dataValidation());
  }

  // ---------------------------------------------------------------- derived ranges

  private _derived(name: string, args: unknown[], rect: (t: RangeRef) => Rect): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        name,
        args,
        () => sub(this._live(), rect(this._live())),
      ),
    );
  }

  getCell(row: number, column: number): Excel.Range {
    return this._derived("getCell", [row, column], (t) => ({
      row: t.rect.row + row,
      col: t.rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this._derived("getResizedRange", [deltaRows, deltaColumns], (t) => ({
      ...t.rect,
      rows: t.rect.rows + deltaRows,
      cols: t.rect.cols + deltaColumns,
    }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this._derived("getAbsoluteResizedRange", [numRows, numColumns], (t) => ({
      ...t.rect,
      rows: numRows,
      cols: numColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this._derived("getOffsetRange", [rowOffset, columnOffset], (t) => ({
      ...t.rect,
      row: t.rect.row + rowOffset,
      col: t.rect.col + columnOffset,
    }));
  }
  getRow(row: number): Excel.Range {
    return this._derived("getRow", [row], (t) => {
      if (row < 0 || row >= t.rect.rows) throw hostError("InvalidArgument");
      return { ...t.rect, row: t.rect.row + row, rows: 1 };
    });
  }
  getColumn(column: number): Excel.Range {
    return this._derived("getColumn", [column], (t) => {
      if (column < 0 || column >= t.rect.cols) throw hostError("InvalidArgument");
      return { ...t.rect, col: t.rect.col + column, cols: 1 };
    });
  }
  getRowsAbove(count = 1): Excel.Range {
    return this._derived("getRowsAbove", [count], (t) => ({ ...t.rect, row: t.rect.row - count, rows: count }));
  }
  getRowsBelow(count = 1): Excel.Range {
    return this._derived("getRowsBelow", [count], (t) => ({ ...t.rect, row: t.rect.row + t.rect.rows, rows: count }));
  }
  getColumnsBefore(count = 1): Excel.Range {
    return this._derived("getColumnsBefore", [count], (t) => ({ ...t.rect, col: t.rect.col - count, cols: count }));
  }
  getColumnsAfter(count = 1): Excel.Range {
    return this._derived("getColumnsAfter", [count], (t) => ({
      ...t.rect,
      col: t.rect.col + t.rect.cols,
      cols: count,
    }));
  }
  getLastRow(): Excel.Range {
    return this._derived("getLastRow", [], (t) => ({ ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 }));
  }
  getLastColumn(): Excel.Range {
    return this._derived("getLastColumn", [], (t) => ({ ...t.rect, col: t.rect.col + t.rect.cols - 1, cols: 1 }));
  }
  getLastCell(): Excel.Range {
    return this._derived("getLastCell", [], (t) => ({
      row: t.rect.row + t.rect.rows - 1,
      col: t.rect.col + t.rect.cols - 1,
      rows: 1,
      cols: 1,
    }));
  }
  getBoundingRect(anotherRange: Excel.Range | string): Excel.Range {
    return this._derived("getBoundingRect", [anotherRange], (t) => {
      const o = rangeArg(this._ctx.model, anotherRange, t.sheet);
      if (o.sheet !== t.sheet) throw hostError("InvalidArgument");
      const row = Math.min(t.rect.row, o.rect.row);
      const col = Math.min(t.rect.col, o.rect.col);
      return {
        row,
        col,
        rows: Math.max(t.rect.row + t.rect.rows, o.rect.row + o.rect.rows) - row,
        cols: Math.max(t.rect.col + t.rect.cols, o.rect.col + o.rect.cols) - col,
      };
    });
  }
  private _intersection(t: RangeRef, other: unknown): Rect | null {
    const o = rangeArg(this._ctx.model, other, t.sheet);
    if (o.sheet !== t.sheet) return null;
    const row = Math.max(t.rect.row, o.rect.row);
    const col = Math.max(t.rect.col, o.rect.col);
    const rows = Math.min(t.rect.row + t.rect.rows, o.rect.row + o.rect.rows) - row;
    const cols = Math.min(t.rect.col + t.rect.cols, o.rect.col + o.rect.cols) - col;
    return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
  }
  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    return this._derived("getIntersection", [anotherRange], (t) => {
      const r = this._intersection(t, anotherRange);
      if (!r) throw hostError("ItemNotFound", "The requested resource doesn't exist. (the ranges do not intersect)");
      return r;
    });
  }
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    return handOut(
      this._nullablePath(
        (s) => new HostRange(this._ctx, s),
        "getIntersectionOrNullObject",
        [anotherRange],
        () => {
          const t = this._resolve();
          if (!t) return null;
          const r = this._intersection(t, anotherRange);
          return r ? { sheet: t.sheet, rect: r } : null;
        },
      ),
    );
  }
  getEntireColumn(): Excel.Range {
    return this._derived("getEntireColumn", [], (t) => ({
      row: 0,
      col: t.rect.col,
      rows: MAX_ROWS,
      cols: t.rect.cols,
    }));
  }
  getEntireRow(): Excel.Range {
    return this._derived("getEntireRow", [], (t) => ({
      row: t.rect.row,
      col: 0,
      rows: t.rect.rows,
      cols: MAX_COLUMNS,
    }));
  }
  private _usedWithin(t: RangeRef, valuesOnly: boolean): Rect | null {
    const used = this._ctx.model.usedRect(t.sheet, valuesOnly);
    if (!used) return null;
    const row = Math.max(used.row, t.rect.row);
    const col = Math.max(used.col, t.rect.col);
    const rows = Math.min(used.row + used.rows, t.rect.row + t.rect.rows) - row;
    const cols = Math.min(used.col + used.cols, t.rect.col + t.rect.cols) - col;
    return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
  }
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._derived("getUsedRange", [valuesOnly ?? false], (t) => {
      const r = this._usedWithin(t, valuesOnly ?? false);
      if (!r) throw hostError("ItemNotFound", "The requested resource doesn't exist. (the range has no used cells)");
      return r;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return handOut(
      this._nullablePath(
        (s) => new HostRange(this._ctx, s),
        "getUsedRangeOrNullObject",
        [valuesOnly ?? false],
        () => {
          const t = this._resolve();
          if (!t) return null;
          const r = this._usedWithin(t, valuesOnly ?? false);
          return r ? { sheet: t.sheet, rect: r } : null;
        },
      ),
    );
  }

  // ---------------------------------------------------------------- methods

  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents",
  ): void {
    this._call("clear", [applyTo ?? "All"], (t) => this._ctx.model.clear(t.sheet, t.rect, applyTo ?? "All"));
  }
  select(): void {
    this._call("select", [], (t) => {
      this._ctx.model.selection = { sheet: t.sheet, rect: { ...t.rect } };
      this._ctx.model.active = t.sheet;
    });
  }
  load(propertyNames?: unknown): Excel.Range {
    this._load(propertyNames);
    return handOut(this);
  }
  track(): Excel.Range {
    return handOut(this);
  }
  untrack(): Excel.Range {
    return handOut(this);
  }
}
defineScalarProperties(HostRange, RANGE_SCALARS, ["values", "formulas", "numberFormat"]);

// -------------------------------------------------------------------- format

/** HostRangeFormat's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const RANGE_FORMAT_SCALARS = [
  "columnWidth",
  "rowHeight",
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "indentLevel",
] as const;
export const RANGE_FORMAT_MEMBERS = [
  "context",
  "fill",
  "font",
  "borders",
  ...RANGE_FORMAT_SCALARS,
  "autofitColumns",
  "autofitRows",
  "load",
] as const;
export type RangeFormatMembers = (typeof RANGE_FORMAT_MEMBERS)[number];

/** HostRangeFormat's scalar and navigation properties: accessors generated after the class. */
export interface HostRangeFormat extends Pick<
  Excel.RangeFormat,
  (typeof RANGE_FORMAT_SCALARS)[number] | "fill" | "font" | "borders"
> {}

export class HostRangeFormat extends HostRangePart implements Pick<Excel.RangeFormat, RangeFormatMembers> {
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "RangeFormat", source);
  }
  protected _props(): Record<string, PropDef<RangeRef>> {
    const m = this._ctx.model;
    const style = (
      key: "horizontalAlignment" | "verticalAlignment" | "wrapText" | "indentLevel",
    ): PropDef<RangeRef> => ({
      get: (t) => m.styleValue(t.sheet, t.rect, key),
      set: (t, v) => m.patchStyle(t.sheet, t.rect, { [key]: v }),
    });
    return {
      columnWidth: {
        get: (t) => {
          const first = t.sheet.columnWidth(t.rect.col);
          for (let c = t.rect.col; c < t.rect.col + t.rect.cols && c < t.rect.col + 16_384; c++)
            if (t.sheet.columnWidth(c) !== first) return null;
          return first;
        },
        set: (t, v) => {
          if (typeof v !== "number" || v < 0) throw hostError("InvalidArgument");
          for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.colWidths.set(c, v);
        },
      },
      rowHeight: {
        get: (t) => {
          const first = t.sheet.rowHeight(t.rect.row);
          for (let r = t.rect.row; r < t.rect.row + Math.min(t.rect.rows, 100_000); r++)
            if (t.sheet.rowHeight(r) !== first) return null;
          return first;
        },
        set: (t, v) => {
          if (typeof v !== "number" || v < 0) throw hostError("InvalidArgument");
          for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) t.sheet.rowHeights.set(r, v);
        },
      },
      horizontalAlignment: style("horizontalAlignment"),
      verticalAlignment: style("verticalAlignment"),
      wrapText: style("wrapText"),
      indentLevel: style("indentLevel"),
    };
  }

  /** Sets each column's width to fit its longest shown text (an approximation of Excel's font metrics). */
  autofitColumns(): void {
    this._call("autofitColumns", [], (t) => {
      const m = this._ctx.model;
      const used = m.usedRect(t.sheet, false);
      if (!used) return;
      const r0 = Math.max(t.rect.row, used.row);
      const r1 = Math.min(t.rect.row + t.rect.rows, used.row + used.rows) - 1;
      const c0 = Math.max(t.rect.col, used.col);
      const c1 = Math.min(t.rect.col + t.rect.cols, used.col + used.cols) - 1;
      for (let c = c0; c <= c1; c++) {
        let longest = 0;
        for (let r = r0; r <= r1; r++) {
          const style = t.sheet.styleAt(r, c);
          const text = formatValue(m.cellValue(t.sheet, r, c), t.sheet.numberFormatAt(r, c));
          const bold = style?.bold ? 1.1 : 1;
          const size = (style?.fontSize ?? STYLE_DEFAULTS.fontSize) / STYLE_DEFAULTS.fontSize;
          longest = Math.max(longest, text.length * bold * size);
        }
        if (longest > 0) t.sheet.colWidths.set(c, Math.min(409, Math.ceil(longest * POINTS_PER_CHAR + 7)));
        else t.sheet.colWidths.set(c, DEFAULT_COLUMN_WIDTH);
      }
    });
  }
  autofitRows(): void {
    this._call("autofitRows", [], (t) => {
      for (let r = t.rect.row; r < t.rect.row + Math.min(t.rect.rows, 100_000); r++) t.sheet.rowHeights.delete(r);
    });
  }
  load(propertyNames?: unknown): Excel.RangeFormat {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostRangeFormat, {
  fill: { make: (ctx, s) => new HostRangeFill(ctx, s) },
  font: { make: (ctx, s) => new HostRangeFont(ctx, s) },
  borders: { make: (ctx, s) => new HostRangeBorderCollection(ctx, s) },
});
defineScalarProperties(HostRangeFormat, RANGE_FORMAT_SCALARS, RANGE_FORMAT_SCALARS);

/** HostRangeFill's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const RANGE_FILL_SCALARS = ["color"] as const;
export const RANGE_FILL_MEMBERS = ["context", ...RANGE_FILL_SCALARS, "clear", "load"] as const;
export type RangeFillMembers = (typeof RANGE_FILL_MEMBERS)[number];

/** HostRangeFill's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostRangeFill extends Pick<Excel.RangeFill, (typeof RANGE_FILL_SCALARS)[number]> {}

export class HostRangeFill extends HostRangePart implements Pick<Excel.RangeFill, RangeFillMembers> {
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "RangeFill", source);
  }
  protected _props(): Record<string, PropDef<RangeRef>> {
    const m = this._ctx.model;
    return {
      color: {
        get: (t) => m.styleValue(t.sheet, t.rect, "fill"),
        set: (t, v) => m.patchStyle(t.sheet, t.rect, { fill: v }),
      },
    };
  }
  clear(): void {
    this._call("clear", [], (t) => this._ctx.model.patchStyle(t.sheet, t.rect, { fill: undefined }));
  }
  load(propertyNames?: unknown): Excel.RangeFill {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostRangeFill, RANGE_FILL_SCALARS, RANGE_FILL_SCALARS);

/** HostRangeFont's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const RANGE_FONT_SCALARS = ["bold", "italic", "color", "size", "name", "underline"] as const;
export const RANGE_FONT_MEMBERS = ["context", ...RANGE_FONT_SCALARS, "load"] as const;
export type RangeFontMembers = (typeof RANGE_FONT_MEMBERS)[number];

/** HostRangeFont's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostRangeFont extends Pick<Excel.RangeFont, (typeof RANGE_FONT_SCALARS)[number]> {}

export class HostRangeFont extends HostRangePart implements Pick<Excel.RangeFont, RangeFontMembers> {
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "RangeFont", source);
  }
  protected _props(): Record<string, PropDef<RangeRef>> {
    const m = this._ctx.model;
    const p = (
      prop: string,
      key: "bold" | "italic" | "fontColor" | "fontSize" | "fontName" | "underline",
    ): [string, PropDef<RangeRef>] => [
      prop,
      { get: (t) => m.styleValue(t.sheet, t.rect, key), set: (t, v) => m.patchStyle(t.sheet, t.rect, { [key]: v }) },
    ];
    return Object.fromEntries([
      p("bold", "bold"),
      p("italic", "italic"),
      p("color", "fontColor"),
      p("size", "fontSize"),
      p("name", "fontName"),
      p("underline", "underline"),
    ]);
  }
  load(propertyNames?: unknown): Excel.RangeFont {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostRangeFont, RANGE_FONT_SCALARS, RANGE_FONT_SCALARS);

// -------------------------------------------------------------------- borders

type BorderIndexName = Excel.RangeBorder["sideIndex"];

interface BorderTarget {
  ref: RangeRef;
  side: string;
}

export const RANGE_BORDERS_MEMBERS = ["context", "items", "count", "getItem", "getItemAt", "load"] as const;
export type RangeBordersMembers = (typeof RANGE_BORDERS_MEMBERS)[number];

/** HostRangeBorderCollection's `items` and `count`, installed by defineCollectionMembers after the class. */
export interface HostRangeBorderCollection extends Pick<
  Excel.RangeBorderCollection,
  Extract<RangeBordersMembers, CollectionMember>
> {}

/** Its own getItem and getItemAt refuse a side that is not a border index with InvalidArgument, checked before the range. */
export class HostRangeBorderCollection
  extends HostCollection<RangeRef, BorderTarget>
  implements Pick<Excel.RangeBorderCollection, RangeBordersMembers>
{
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "RangeBorderCollection", source);
  }
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: RangeRef): boolean {
    return t.sheet.deleted;
  }
  protected _list(t: RangeRef): BorderTarget[] {
    return BORDER_SIDES.map((side) => ({ ref: t, side }));
  }
  protected _wrap(source: Source<BorderTarget>): HostRangeBorder {
    return new HostRangeBorder(this._ctx, source);
  }
  getItem(index: Excel.BorderIndex | BorderIndexName): Excel.RangeBorder {
    return handOut(
      this._path(
        (s) => new HostRangeBorder(this._ctx, s),
        "getItem",
        [index],
        () => {
          if (!(BORDER_SIDES as readonly string[]).includes(index)) throw hostError("InvalidArgument");
          return { ref: this._live(), side: index };
        },
      ),
    );
  }
  getItemAt(index: number): Excel.RangeBorder {
    return handOut(
      this._path(
        (s) => new HostRangeBorder(this._ctx, s),
        "getItemAt",
        [index],
        () => {
          const side = BORDER_SIDES[index];
          if (!side) throw hostError("InvalidArgument");
          return { ref: this._live(), side };
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.RangeBorderCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostRangeBorderCollection, RANGE_BORDERS_MEMBERS);

/** HostRangeBorder's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const RANGE_BORDER_SCALARS = ["sideIndex", "style", "color", "weight"] as const;
export const RANGE_BORDER_MEMBERS = ["context", ...RANGE_BORDER_SCALARS, "load"] as const;
export type RangeBorderMembers = (typeof RANGE_BORDER_MEMBERS)[number];

/** HostRangeBorder's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostRangeBorder extends Pick<Excel.RangeBorder, (typeof RANGE_BORDER_SCALARS)[number]> {}

export class HostRangeBorder extends HostObject<BorderTarget> implements Pick<Excel.RangeBorder, RangeBorderMembers> {
  constructor(ctx: HostContext, source: Source<BorderTarget>) {
    super(ctx, "RangeBorder", source);
  }
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: BorderTarget): boolean {
    return t.ref.sheet.deleted;
  }
  protected _props(): Record<string, PropDef<BorderTarget>> {
    const m = this._ctx.model;
    const p = (key: "style" | "color" | "weight"): PropDef<BorderTarget> => ({
      get: (t) => m.readBorder(t.ref.sheet, t.ref.rect, t.side)[key],
      set: (t, v) => m.setBorder(t.ref.sheet, t.ref.rect, t.side, { [key]: v }),
    });
    return { sideIndex: { get: (t) => t.side }, style: p("style"), color: p("color"), weight: p("weight") };
  }
  load(propertyNames?: unknown): Excel.RangeBorder {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(
  HostRangeBorder,
  RANGE_BORDER_SCALARS,
  RANGE_BORDER_SCALARS.filter((n) => n !== "sideIndex"),
);
