/** Worksheets, the worksheet collection, freeze panes and worksheet custom properties (ExcelApi 1.12); page layout is in page-layout.ts. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's accessors are defined by defineScalarProperties, defineNavigation or defineCollectionMembers; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { checkRect, MAX_COLUMNS, MAX_ROWS } from "../a1";
import { defineNavigation, defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import type { SheetModel, WorkbookModel } from "../model";
import { normalizeColor } from "../styles";
import { HostChartCollection } from "./chart";
import { CollectionMember, defineCollectionMembers, HostCollection } from "./collection";
import { HostPageLayout } from "./page-layout";
import { HostRange, rangeArg } from "./range";
import { HostTableCollection } from "./table";

/** HostWorksheet's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const WORKSHEET_SCALARS = [
  "id",
  "name",
  "position",
  "tabColor",
  "visibility",
  "showGridlines",
  "standardWidth",
  "standardHeight",
] as const;
export const WORKSHEET_MEMBERS = [
  "context",
  "isNullObject",
  ...WORKSHEET_SCALARS,
  "freezePanes",
  "pageLayout",
  "tables",
  "charts",
  "customProperties",
  "activate",
  "delete",
  "getRange",
  "getRangeByIndexes",
  "getCell",
  "getUsedRange",
  "getUsedRangeOrNullObject",
  "getNext",
  "getNextOrNullObject",
  "getPrevious",
  "getPreviousOrNullObject",
  "load",
] as const;
export type WorksheetMembers = (typeof WORKSHEET_MEMBERS)[number];

/** HostWorksheet's scalar and navigation properties: accessors generated after the class. */
export interface HostWorksheet extends Pick<
  Excel.Worksheet,
  (typeof WORKSHEET_SCALARS)[number] | "freezePanes" | "pageLayout" | "tables" | "charts" | "customProperties"
> {}

export class HostWorksheet extends HostObject<SheetModel> implements Pick<Excel.Worksheet, WorksheetMembers> {
  constructor(ctx: HostContext, source: Source<SheetModel>) {
    super(ctx, "Worksheet", source);
  }

  protected _props(): Record<string, PropDef<SheetModel>> {
    const m = this._ctx.model;
    return {
      id: { get: (t) => t.id },
      name: {
        get: (t) => t.name,
        set: (t, v) => m.renameSheet(t, m.validateSheetName(v, t)),
      },
      position: { get: (t) => m.position(t), set: (t, v) => m.moveSheet(t, v as number) },
      tabColor: {
        get: (t) => t.tabColor,
        set: (t, v) => {
          if (v === "" || v === null) {
            t.tabColor = "";
            return;
          }
          const c = normalizeColor(String(v));
          if (!/^#[0-9A-F]{6}$/.test(c))
            throw hostError(
              "InvalidArgument",
              `The argument is invalid or missing or has an incorrect format. (tabColor "${String(v)}")`,
            );
          t.tabColor = c;
        },
      },
      visibility: {
        get: (t) => t.visibility,
        set: (t, v) => {
          if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw hostError("InvalidArgument");
          if (
            v !== "Visible" &&
            t.visibility === "Visible" &&
            m.liveSheets().filter((s) => s.visibility === "Visible").length <= 1
          )
            throw hostError(
              "InvalidOperation",
              "The requested operation is invalid. (a workbook must keep one visible worksheet)",
            );
          t.visibility = v;
          if (v !== "Visible" && m.active === t)
            m.active = m.liveSheets().find((s) => s.visibility === "Visible") ?? null;
        },
      },
      showGridlines: { get: (t) => t.showGridlines, set: (t, v) => (t.showGridlines = Boolean(v)) },
      standardWidth: { get: () => 8.43 },
      standardHeight: { get: () => 15 },
    };
  }

  activate(): void {
    this._call("activate", [], (t) => {
      if (t.visibility !== "Visible")
        throw hostError("InvalidOperation", "The requested operation is invalid. (a hidden sheet cannot be activated)");
      const m = this._ctx.model;
      m.active = t;
      m.selection = { sheet: t, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
  delete(): void {
    this._call("delete", [], (t) => this._ctx.model.deleteSheet(t));
  }

  private _range(name: string, args: unknown[], resolve: (t: SheetModel) => HostRangeTarget): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        name,
        args,
        () => resolve(this._live()),
      ),
    );
  }
  getRange(address?: string): Excel.Range {
    return this._range("getRange", [address ?? null], (t) =>
      address === undefined || address === null || address === ""
        ? { sheet: t, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } }
        : rangeArg(this._ctx.model, address, t),
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (t) => ({
      sheet: t,
      rect: checkRect({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }),
    }));
  }
  getCell(row: number, column: number): Excel.Range {
    return this._range("getCell", [row, column], (t) => ({
      sheet: t,
      rect: checkRect({ row, col: column, rows: 1, cols: 1 }),
    }));
  }
  /** On an empty sheet Excel returns A1 here and a null object from getUsedRangeOrNullObject. */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._range("getUsedRange", [valuesOnly ?? false], (t) => ({
      sheet: t,
      rect: this._ctx.model.usedRect(t, valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return handOut(
      this._nullablePath(
        (s) => new HostRange(this._ctx, s),
        "getUsedRangeOrNullObject",
        [valuesOnly ?? false],
        () => {
          const t = this._resolve();
          if (!t || t.deleted) return null;
          const rect = this._ctx.model.usedRect(t, valuesOnly ?? false);
          return rect ? { sheet: t, rect } : null;
        },
      ),
    );
  }
  private _sibling(name: string, step: number, visibleOnly: boolean, nullable: boolean): Excel.Worksheet {
    const find = (): SheetModel | null => {
      const t = this._resolve();
      if (!t) return null;
      const list = this._ctx.model.liveSheets().filter((s) => !visibleOnly || s.visibility === "Visible" || s === t);
      return list[list.indexOf(t) + step] ?? null;
    };
    const make = (s: Source<never>) => new HostWorksheet(this._ctx, s);
    if (nullable) return handOut(this._nullablePath(make, name, [visibleOnly], find));
    return handOut(
      this._path(make, name, [visibleOnly], () => {
        const s = find();
        if (!s) throw hostError("ItemNotFound");
        return s;
      }),
    );
  }
  getNext(visibleOnly?: boolean): Excel.Worksheet {
    return this._sibling("getNext", 1, visibleOnly ?? false, false);
  }
  getNextOrNullObject(visibleOnly?: boolean): Excel.Worksheet {
    return this._sibling("getNextOrNullObject", 1, visibleOnly ?? false, true);
  }
  getPrevious(visibleOnly?: boolean): Excel.Worksheet {
    return this._sibling("getPrevious", -1, visibleOnly ?? false, false);
  }
  getPreviousOrNullObject(visibleOnly?: boolean): Excel.Worksheet {
    return this._sibling("getPreviousOrNullObject", -1, visibleOnly ?? false, true);
  }
  load(propertyNames?: unknown): Excel.Worksheet {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostWorksheet, {
  freezePanes: { make: (ctx, s) => new HostFreezePanes(ctx, s) },
  pageLayout: { make: (ctx, s) => new HostPageLayout(ctx, s) },
  tables: { make: (ctx, s) => new HostTableCollection(ctx, s), resolve: (p) => ({ sheet: p._live() }) },
  charts: { make: (ctx, s) => new HostChartCollection(ctx, s) },
  customProperties: { make: (ctx, s) => new HostCustomPropertyCollection(ctx, s) },
});
defineScalarProperties(HostWorksheet, WORKSHEET_SCALARS, [
  "name",
  "position",
  "tabColor",
  "visibility",
  "showGridlines",
]);

type HostRangeTarget = ReturnType<HostRange["_live"]>;

export const WORKSHEET_COLLECTION_MEMBERS = [
  "context",
  "items",
  "add",
  "getItem",
  "getItemOrNullObject",
  "getActiveWorksheet",
  "getFirst",
  "getLast",
  "getCount",
  "load",
] as const;
export type WorksheetCollectionMembers = (typeof WORKSHEET_COLLECTION_MEMBERS)[number];

/** HostWorksheetCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostWorksheetCollection extends Pick<
  Excel.WorksheetCollection,
  Extract<WorksheetCollectionMembers, CollectionMember>
> {}

export class HostWorksheetCollection
  extends HostCollection<WorkbookModel, SheetModel>
  implements Pick<Excel.WorksheetCollection, WorksheetCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<WorkbookModel>) {
    super(ctx, "WorksheetCollection", source);
  }
  protected _list(t: WorkbookModel): SheetModel[] {
    return t.liveSheets();
  }
  protected _wrap(source: Source<SheetModel>): HostWorksheet {
    return new HostWorksheet(this._ctx, source);
  }
  protected _find(t: WorkbookModel, key: string): SheetModel | undefined {
    return t.findSheet(key) ?? t.liveSheets().find((s) => s.id === key);
  }
  protected _named(key: string): string {
    return `worksheet "${key}"`;
  }
  private _visible(t: WorkbookModel, visibleOnly: boolean | undefined): SheetModel[] {
    return t.liveSheets().filter((s) => !visibleOnly || s.visibility === "Visible");
  }
  add(name?: string): Excel.Worksheet {
    return handOut(
      this._created(
        (s) => new HostWorksheet(this._ctx, s),
        "add",
        [name ?? null],
        (t) => t.addSheet(name),
      ),
    );
  }
  /** The active sheet, or the first or last (visible) sheet: `pick` chooses from the list. */
  private _sheet(name: string, args: unknown[], pick: (t: WorkbookModel) => SheetModel | null | undefined) {
    return handOut<Excel.Worksheet>(
      this._path(
        (s) => new HostWorksheet(this._ctx, s),
        name,
        args,
        () => {
          const found = pick(this._live());
          if (!found) throw hostError("ItemNotFound");
          return found;
        },
      ),
    );
  }
  getActiveWorksheet(): Excel.Worksheet {
    return this._sheet("getActiveWorksheet", [], (t) => t.active);
  }
  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return this._sheet("getFirst", [visibleOnly ?? false], (t) => this._visible(t, visibleOnly)[0]);
  }
  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return this._sheet("getLast", [visibleOnly ?? false], (t) => this._visible(t, visibleOnly).at(-1));
  }
  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return handOut(this._callResult("getCount", [visibleOnly ?? false], (t) => this._visible(t, visibleOnly).length));
  }
  load(propertyNames?: unknown): Excel.WorksheetCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostWorksheetCollection, WORKSHEET_COLLECTION_MEMBERS);

/**
 * Freeze panes belong to a sheet's window view, which a hidden sheet does not have on screen. Office.js does not
 * say whether Excel accepts them there, so the host takes the stricter reading and refuses: the product sets a
 * report sheet visible before freezing its panes (test/host/README.md, Known differences).
 */
function refuseHidden(t: SheetModel): void {
  if (t.visibility !== "Visible")
    throw hostError("InvalidOperation", "The requested operation is invalid. (freeze panes on a hidden sheet)");
}

export const FREEZE_PANES_MEMBERS = [
  "context",
  "freezeRows",
  "freezeColumns",
  "freezeAt",
  "unfreeze",
  "getLocation",
  "getLocationOrNullObject",
] as const;
export type FreezePanesMembers = (typeof FREEZE_PANES_MEMBERS)[number];

export class HostFreezePanes
  extends HostObject<SheetModel>
  implements Pick<Excel.WorksheetFreezePanes, FreezePanesMembers>
{
  constructor(ctx: HostContext, source: Source<SheetModel>) {
    super(ctx, "WorksheetFreezePanes", source);
  }
  protected _props(): Record<string, PropDef<SheetModel>> {
    return {};
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (t) => {
      refuseHidden(t);
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw hostError("InvalidArgument");
      t.frozen = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (t) => {
      refuseHidden(t);
      if (!Number.isInteger(count) || count < 0 || count >= MAX_COLUMNS) throw hostError("InvalidArgument");
      t.frozen = { rows: 0, columns: count };
    });
  }
  /** The given range becomes the frozen top-left pane: everything above its bottom and left of its right edge. */
  freezeAt(frozenRange: Excel.Range | string): void {
    this._call("freezeAt", [frozenRange], (t) => {
      refuseHidden(t);
      const ref = rangeArg(this._ctx.model, frozenRange, t);
      if (ref.sheet !== t) throw hostError("InvalidArgument");
      t.frozen = { rows: ref.rect.row + ref.rect.rows, columns: ref.rect.col + ref.rect.cols };
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (t) => (t.frozen = { rows: 0, columns: 0 }));
  }
  private _location(t: SheetModel | null): ReturnType<HostRange["_live"]> | null {
    if (!t || (t.frozen.rows === 0 && t.frozen.columns === 0)) return null;
    return {
      sheet: t,
      rect: {
        row: 0,
        col: 0,
        rows: t.frozen.rows || MAX_ROWS,
        cols: t.frozen.columns || MAX_COLUMNS,
      },
    };
  }
  getLocation(): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        "getLocation",
        [],
        () => {
          const loc = this._location(this._live());
          if (!loc) throw hostError("ItemNotFound", "The requested resource doesn't exist. (no frozen panes)");
          return loc;
        },
      ),
    );
  }
  getLocationOrNullObject(): Excel.Range {
    return handOut(
      this._nullablePath(
        (s) => new HostRange(this._ctx, s),
        "getLocationOrNullObject",
        [],
        () => this._location(this._resolve()),
      ),
    );
  }
}

interface CustomPropertyTarget {
  sheet: SheetModel;
  key: string;
}

export const CUSTOM_PROPERTY_COLLECTION_MEMBERS = [
  "context",
  "items",
  "add",
  "getItem",
  "getItemOrNullObject",
  "getCount",
  "load",
] as const;
export type CustomPropertyCollectionMembers = (typeof CUSTOM_PROPERTY_COLLECTION_MEMBERS)[number];

/** HostCustomPropertyCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostCustomPropertyCollection extends Pick<
  Excel.WorksheetCustomPropertyCollection,
  Extract<CustomPropertyCollectionMembers, CollectionMember>
> {}

/** Keys are case-insensitive and `add` overwrites an existing key, as documented for ExcelApi 1.12. */
export class HostCustomPropertyCollection
  extends HostCollection<SheetModel, CustomPropertyTarget>
  implements Pick<Excel.WorksheetCustomPropertyCollection, CustomPropertyCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<SheetModel>) {
    super(ctx, "WorksheetCustomPropertyCollection", source);
  }
  protected _list(t: SheetModel): CustomPropertyTarget[] {
    return [...t.customProps.values()].map((p) => ({ sheet: t, key: p.key }));
  }
  protected _wrap(source: Source<CustomPropertyTarget>): HostCustomProperty {
    return new HostCustomProperty(this._ctx, source);
  }
  protected _count(t: SheetModel): number {
    return t.customProps.size;
  }
  protected _find(t: SheetModel, key: string): CustomPropertyTarget | null {
    const p = t.customProps.get(key.toLowerCase());
    return p ? { sheet: t, key: p.key } : null;
  }
  protected _named(key: string): string {
    return `custom property "${key}"`;
  }
  add(key: string, value: string): Excel.WorksheetCustomProperty {
    return handOut(
      this._created(
        (s) => new HostCustomProperty(this._ctx, s),
        "add",
        [key, value],
        (t) => {
          if (typeof key !== "string" || key === "" || key.length > 255) throw hostError("InvalidArgument");
          if (typeof value !== "string")
            throw hostError(
              "InvalidArgument",
              "The argument is invalid or missing or has an incorrect format. (custom property values are strings)",
            );
          const existing = t.customProps.get(key.toLowerCase());
          t.customProps.set(key.toLowerCase(), { key: existing?.key ?? key, value });
          return { sheet: t, key: existing?.key ?? key };
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.WorksheetCustomPropertyCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostCustomPropertyCollection, CUSTOM_PROPERTY_COLLECTION_MEMBERS);

/** HostCustomProperty's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CUSTOM_PROPERTY_SCALARS = ["key", "value"] as const;
export const CUSTOM_PROPERTY_MEMBERS = ["context", ...CUSTOM_PROPERTY_SCALARS, "delete", "load"] as const;
export type CustomPropertyMembers = (typeof CUSTOM_PROPERTY_MEMBERS)[number];

/** HostCustomProperty's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostCustomProperty extends Pick<
  Excel.WorksheetCustomProperty,
  (typeof CUSTOM_PROPERTY_SCALARS)[number]
> {}

export class HostCustomProperty
  extends HostObject<CustomPropertyTarget>
  implements Pick<Excel.WorksheetCustomProperty, CustomPropertyMembers>
{
  constructor(ctx: HostContext, source: Source<CustomPropertyTarget>) {
    super(ctx, "WorksheetCustomProperty", source);
  }
  protected _isGone(t: CustomPropertyTarget): boolean {
    return t.sheet.deleted || !t.sheet.customProps.has(t.key.toLowerCase());
  }
  protected _props(): Record<string, PropDef<CustomPropertyTarget>> {
    return {
      key: { get: (t) => t.key },
      value: {
        get: (t) => t.sheet.customProps.get(t.key.toLowerCase())?.value,
        set: (t, v) => {
          if (typeof v !== "string") throw hostError("InvalidArgument");
          t.sheet.customProps.set(t.key.toLowerCase(), { key: t.key, value: v });
        },
      },
    };
  }
  delete(): void {
    this._call("delete", [], (t) => t.sheet.customProps.delete(t.key.toLowerCase()));
  }
  load(propertyNames?: unknown): Excel.WorksheetCustomProperty {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostCustomProperty, CUSTOM_PROPERTY_SCALARS, ["value"]);
