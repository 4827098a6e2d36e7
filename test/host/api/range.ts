/** Range and what hangs off it: format (fill, font, borders) and the range's conditional formats. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's scalar accessors are defined by defineScalarProperties; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { checkRect, MAX_COLUMNS, MAX_ROWS, Rect, sheetAddress } from "../a1";
import { defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import { formatValue } from "../format";
import type { RangeRef, SheetModel, WorkbookModel } from "../model";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, STYLE_DEFAULTS } from "../styles";
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

export const RANGE_MEMBERS = [
  "context",
  "isNullObject",
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
  "top",
  "left",
  "width",
  "height",
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

/** HostRange's scalar properties: accessors generated from the list after the class. */
export interface HostRange extends Pick<
  Excel.Range,
  | "address"
  | "addressLocal"
  | "cellCount"
  | "columnCount"
  | "columnIndex"
  | "rowCount"
  | "rowIndex"
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "valueTypes"
  | "top"
  | "left"
  | "width"
  | "height"
> {}

export class HostRange extends HostObject<RangeRef> implements Pick<Excel.Range, RangeMembers> {
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "Range", source);
  }
  protected _livePath(): boolean {
    return true;
  }

  protected _isGone(t: RangeRef): boolean {
    return t.sheet.deleted;
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

  /** Not in the Pick: Excel types it as the RangeValueType enum, which the host returns as its string values. */

  private _format(): HostRangeFormat {
    return this._child(
      "format",
      (s) => new HostRangeFormat(this._ctx, s),
      () => this._live(),
    );
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
    return this._child(
      "conditionalFormats",
      (s) => new HostConditionalFormatCollection(this._ctx, s),
      () => this._live(),
    );
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
defineScalarProperties(
  HostRange,
  [
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
  ],
  ["values", "formulas", "numberFormat"],
);

// -------------------------------------------------------------------- format

export const RANGE_FORMAT_MEMBERS = [
  "context",
  "fill",
  "font",
  "borders",
  "columnWidth",
  "rowHeight",
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "indentLevel",
  "autofitColumns",
  "autofitRows",
  "load",
] as const;
export type RangeFormatMembers = (typeof RANGE_FORMAT_MEMBERS)[number];

/** HostRangeFormat's scalar properties: accessors generated from the list after the class. */
export interface HostRangeFormat extends Pick<
  Excel.RangeFormat,
  "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText" | "indentLevel"
> {}

export class HostRangeFormat extends HostObject<RangeRef> implements Pick<Excel.RangeFormat, RangeFormatMembers> {
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "RangeFormat", source);
  }
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: RangeRef): boolean {
    return t.sheet.deleted;
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
  protected _navigate(name: string): HostObject | undefined {
    if (name === "fill") return this._fill();
    if (name === "font") return this._font();
    if (name === "borders") return this._borders();
    return undefined;
  }

  private _fill(): HostRangeFill {
    return this._child(
      "fill",
      (s) => new HostRangeFill(this._ctx, s),
      () => this._live(),
    );
  }
  get fill(): Excel.RangeFill {
    return handOut(this._fill());
  }
  private _font(): HostRangeFont {
    return this._child(
      "font",
      (s) => new HostRangeFont(this._ctx, s),
      () => this._live(),
    );
  }
  get font(): Excel.RangeFont {
    return handOut(this._font());
  }
  private _borders(): HostRangeBorderCollection {
    return this._child(
      "borders",
      (s) => new HostRangeBorderCollection(this._ctx, s),
      () => this._live(),
    );
  }
  get borders(): Excel.RangeBorderCollection {
    return handOut(this._borders());
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
defineScalarProperties(
  HostRangeFormat,
  ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"],
  ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"],
);

export const RANGE_FILL_MEMBERS = ["context", "color", "clear", "load"] as const;
export type RangeFillMembers = (typeof RANGE_FILL_MEMBERS)[number];

/** HostRangeFill's scalar properties, as accessors that defineScalarProperties generates after the class. */
const RANGE_FILL_SCALARS = ["color"] as const;
export interface HostRangeFill extends Pick<Excel.RangeFill, (typeof RANGE_FILL_SCALARS)[number]> {}

export class HostRangeFill extends HostObject<RangeRef> implements Pick<Excel.RangeFill, RangeFillMembers> {
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "RangeFill", source);
  }
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: RangeRef): boolean {
    return t.sheet.deleted;
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
defineScalarProperties(HostRangeFill, RANGE_FILL_SCALARS, ["color"]);

export const RANGE_FONT_MEMBERS = ["context", "bold", "italic", "color", "size", "name", "underline", "load"] as const;
export type RangeFontMembers = (typeof RANGE_FONT_MEMBERS)[number];

/** HostRangeFont's scalar properties: accessors generated from the list after the class. */
export interface HostRangeFont extends Pick<
  Excel.RangeFont,
  "bold" | "italic" | "color" | "size" | "name" | "underline"
> {}

export class HostRangeFont extends HostObject<RangeRef> implements Pick<Excel.RangeFont, RangeFontMembers> {
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "RangeFont", source);
  }
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: RangeRef): boolean {
    return t.sheet.deleted;
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
defineScalarProperties(
  HostRangeFont,
  ["bold", "italic", "color", "size", "name", "underline"],
  ["bold", "italic", "color", "size", "name", "underline"],
);

// -------------------------------------------------------------------- borders

type BorderIndexName = Excel.RangeBorder["sideIndex"];
const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;

interface BorderTarget {
  ref: RangeRef;
  side: string;
}

export const RANGE_BORDERS_MEMBERS = ["context", "items", "count", "getItem", "getItemAt", "load"] as const;
export type RangeBordersMembers = (typeof RANGE_BORDERS_MEMBERS)[number];

export class HostRangeBorderCollection
  extends HostObject<RangeRef>
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
  protected _props(): Record<string, PropDef<RangeRef>> {
    return { count: { get: () => BORDER_INDEXES.length } };
  }
  protected _items(t: RangeRef): unknown[] {
    return BORDER_INDEXES.map((side) => ({ ref: t, side }));
  }
  protected _itemProxy(): HostObject {
    return new HostRangeBorder(this._ctx, { parent: this, name: "items", args: [] });
  }
  get items(): Excel.RangeBorder[] {
    return this._get("items");
  }
  get count(): number {
    return this._get("count");
  }
  getItem(index: Excel.BorderIndex | BorderIndexName): Excel.RangeBorder {
    return handOut(
      this._path(
        (s) => new HostRangeBorder(this._ctx, s),
        "getItem",
        [index],
        () => {
          if (!(BORDER_INDEXES as readonly string[]).includes(index)) throw hostError("InvalidArgument");
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
          const side = BORDER_INDEXES[index];
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

export const RANGE_BORDER_MEMBERS = ["context", "sideIndex", "style", "color", "weight", "load"] as const;
export type RangeBorderMembers = (typeof RANGE_BORDER_MEMBERS)[number];

/** HostRangeBorder's scalar properties, as accessors that defineScalarProperties generates after the class. */
const RANGE_BORDER_SCALARS = ["sideIndex", "style", "color", "weight"] as const;
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
defineScalarProperties(HostRangeBorder, RANGE_BORDER_SCALARS, ["style", "color", "weight"]);
