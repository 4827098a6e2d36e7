/** The request context, workbook, application, named items and settings. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's accessors are defined by defineScalarProperties, defineNavigation or defineCollectionMembers; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { sheetAddress } from "../a1";
import {
  defineNavigation,
  defineScalarProperties,
  handOut,
  HostContext,
  HostCore,
  HostObject,
  PropDef,
  Source,
} from "../client";
import { hostError } from "../errors";
import type { NameModel, WorkbookModel } from "../model";
import { CollectionMember, defineCollectionMembers, HostCollection } from "./collection";
import { HostFunctions } from "./functions";
import { HostRange, rangeArg } from "./range";
import { HostTableCollection } from "./table";
import { HostWorksheet, HostWorksheetCollection } from "./worksheet";

export const REQUEST_CONTEXT_MEMBERS = ["workbook", "application", "sync", "trackedObjects", "load"] as const;
export type RequestContextMembers = (typeof REQUEST_CONTEXT_MEMBERS)[number];

export class HostRequestContext extends HostContext implements Pick<Excel.RequestContext, RequestContextMembers> {
  private readonly _workbook: HostWorkbook;

  constructor(core: HostCore) {
    super(core);
    this._workbook = new HostWorkbook(this, { parent: null, name: "workbook", args: [], resolve: () => this.model });
    this.root = this._workbook;
  }

  get workbook(): Excel.Workbook {
    return handOut(this._workbook);
  }

  get application(): Excel.Application {
    return this._workbook.application;
  }

  /** `context.load(object, props)` is the same as `object.load(props)`. */
  load(object: OfficeExtension.ClientObject, option?: string | string[] | OfficeExtension.LoadOption): void {
    if (!(object instanceof HostObject)) throw hostError("InvalidArgument", "host: context.load expects a host proxy");
    (object as unknown as { load(o: unknown): unknown }).load(option);
  }
}

/** HostWorkbook's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const WORKBOOK_SCALARS = ["name"] as const;
export const WORKBOOK_MEMBERS = [
  "context",
  ...WORKBOOK_SCALARS,
  "worksheets",
  "tables",
  "names",
  "settings",
  "application",
  "functions",
  "getSelectedRange",
  "getActiveCell",
  "load",
] as const;
export type WorkbookMembers = (typeof WORKBOOK_MEMBERS)[number];

/** HostWorkbook's scalar and navigation properties: accessors generated after the class. */
export interface HostWorkbook extends Pick<
  Excel.Workbook,
  (typeof WORKBOOK_SCALARS)[number] | "worksheets" | "tables" | "names" | "settings" | "application" | "functions"
> {}

export class HostWorkbook extends HostObject<WorkbookModel> implements Pick<Excel.Workbook, WorkbookMembers> {
  constructor(ctx: HostContext, source: Source<WorkbookModel>) {
    super(ctx, "Workbook", source);
  }
  protected _props(): Record<string, PropDef<WorkbookModel>> {
    return { name: { get: () => "Book1.xlsx" } };
  }
  /** The selection (set by Range.select / Worksheet.activate), or A1 of the active sheet. */
  getSelectedRange(): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        "getSelectedRange",
        [],
        () => {
          const m = this._live();
          if (m.selection && !m.selection.sheet.deleted)
            return { sheet: m.selection.sheet, rect: { ...m.selection.rect } };
          if (!m.active) throw hostError("ItemNotFound");
          return { sheet: m.active, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
        },
      ),
    );
  }
  getActiveCell(): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        "getActiveCell",
        [],
        () => {
          const m = this._live();
          const sel = m.selection && !m.selection.sheet.deleted ? m.selection : null;
          const sheet = sel?.sheet ?? m.active;
          if (!sheet) throw hostError("ItemNotFound");
          return { sheet, rect: { row: sel?.rect.row ?? 0, col: sel?.rect.col ?? 0, rows: 1, cols: 1 } };
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.Workbook {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostWorkbook, {
  worksheets: { make: (ctx, s) => new HostWorksheetCollection(ctx, s) },
  tables: { make: (ctx, s) => new HostTableCollection(ctx, s), resolve: () => ({ sheet: null }) },
  names: { make: (ctx, s) => new HostNamedItemCollection(ctx, s) },
  settings: { make: (ctx, s) => new HostSettingCollection(ctx, s) },
  application: { make: (ctx, s) => new HostApplication(ctx, s) },
  functions: { make: (ctx, s) => new HostFunctions(ctx, s) },
});
defineScalarProperties(HostWorkbook, WORKBOOK_SCALARS);

/** HostApplication's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const APPLICATION_SCALARS = ["calculationMode", "calculationState"] as const;
export const APPLICATION_MEMBERS = [
  "context",
  ...APPLICATION_SCALARS,
  "suspendApiCalculationUntilNextSync",
  "suspendScreenUpdatingUntilNextSync",
  "calculate",
  "load",
] as const;
export type ApplicationMembers = (typeof APPLICATION_MEMBERS)[number];

/**
 * Calculation mode is recorded, not enforced: the engine always recalculates (Excel in Manual mode would
 * show stale values until `calculate`).
 */
/** HostApplication's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostApplication extends Pick<Excel.Application, (typeof APPLICATION_SCALARS)[number]> {}

export class HostApplication extends HostObject<WorkbookModel> implements Pick<Excel.Application, ApplicationMembers> {
  constructor(ctx: HostContext, source: Source<WorkbookModel>) {
    super(ctx, "Application", source);
  }
  protected _props(): Record<string, PropDef<WorkbookModel>> {
    return {
      calculationMode: {
        get: (t) => t.calculationMode,
        set: (t, v) => {
          if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(String(v))) throw hostError("InvalidArgument");
          t.calculationMode = String(v);
        },
      },
      calculationState: { get: () => "Done" },
    };
  }
  /** Recorded on the request being built (`host.stats.requests[i].suspendedCalculation`). */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
    this._ctx.suspendCalculation = true;
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this._call("calculate", [calculationType], (t) => t.engine.flush());
  }
  load(propertyNames?: unknown): Excel.Application {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(
  HostApplication,
  APPLICATION_SCALARS,
  APPLICATION_SCALARS.filter((n) => n !== "calculationState"),
);

export const NAMED_ITEM_COLLECTION_MEMBERS = [
  "context",
  "items",
  "add",
  "getItem",
  "getItemOrNullObject",
  "getCount",
  "load",
] as const;
export type NamedItemCollectionMembers = (typeof NAMED_ITEM_COLLECTION_MEMBERS)[number];

/** HostNamedItemCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostNamedItemCollection extends Pick<
  Excel.NamedItemCollection,
  Extract<NamedItemCollectionMembers, CollectionMember>
> {}

export class HostNamedItemCollection
  extends HostCollection<WorkbookModel, NameModel>
  implements Pick<Excel.NamedItemCollection, NamedItemCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<WorkbookModel>) {
    super(ctx, "NamedItemCollection", source);
  }
  protected _list(t: WorkbookModel): NameModel[] {
    return t.names.filter((n) => !n.deleted);
  }
  protected _wrap(source: Source<NameModel>): HostNamedItem {
    return new HostNamedItem(this._ctx, source);
  }
  protected _find(t: WorkbookModel, name: string): NameModel | null | undefined {
    return t.findName(name);
  }
  protected _named(name: string): string {
    return `name "${name}"`;
  }
  /** `reference` is a Range or a formula such as "=Sheet1!$A$1:$B$4"; a Range is stored as its absolute address. */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    return handOut(
      this._created(
        (s) => new HostNamedItem(this._ctx, s),
        "add",
        [name, reference, comment ?? ""],
        (t) => {
          let formula: string;
          if (reference instanceof HostRange) {
            const ref = rangeArg(t, reference, null);
            formula = `=${sheetAddress(ref.sheet.name, ref.rect, true)}`;
          } else if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
          else throw hostError("InvalidArgument");
          return t.addName(name, formula, comment ?? "");
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.NamedItemCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostNamedItemCollection, NAMED_ITEM_COLLECTION_MEMBERS);

/** HostNamedItem's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const NAMED_ITEM_SCALARS = ["name", "formula", "value", "type", "comment", "visible", "scope"] as const;
export const NAMED_ITEM_MEMBERS = [
  "context",
  "isNullObject",
  ...NAMED_ITEM_SCALARS,
  "getRange",
  "getRangeOrNullObject",
  "delete",
  "load",
] as const;
export type NamedItemMembers = (typeof NAMED_ITEM_MEMBERS)[number];

/** HostNamedItem's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostNamedItem extends Pick<Excel.NamedItem, (typeof NAMED_ITEM_SCALARS)[number]> {}

export class HostNamedItem extends HostObject<NameModel> implements Pick<Excel.NamedItem, NamedItemMembers> {
  constructor(ctx: HostContext, source: Source<NameModel>) {
    super(ctx, "NamedItem", source);
  }
  protected _props(): Record<string, PropDef<NameModel>> {
    const m = this._ctx.model;
    return {
      name: { get: (t) => t.name },
      formula: {
        get: (t) => t.formula,
        set: (t, v) => {
          const f = String(v);
          t.formula = f.startsWith("=") ? f : `=${f}`;
          m.engine.namesChanged();
        },
      },
      value: { get: (t) => m.nameValue(t).value },
      type: { get: (t) => m.nameValue(t).type },
      comment: { get: (t) => t.comment, set: (t, v) => (t.comment = String(v)) },
      visible: { get: (t) => t.visible, set: (t, v) => (t.visible = Boolean(v)) },
      scope: { get: () => "Workbook" },
    };
  }
  getRange(): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        "getRange",
        [],
        () => {
          const ref = this._ctx.model.nameRange(this._live());
          if (!ref)
            throw hostError(
              "InvalidOperation",
              "The requested operation is invalid. (the name does not refer to a range)",
            );
          return ref;
        },
      ),
    );
  }
  getRangeOrNullObject(): Excel.Range {
    return handOut(
      this._nullablePath(
        (s) => new HostRange(this._ctx, s),
        "getRangeOrNullObject",
        [],
        () => {
          const t = this._resolve();
          return t && !t.deleted ? this._ctx.model.nameRange(t) : null;
        },
      ),
    );
  }
  delete(): void {
    this._call("delete", [], (t) => this._ctx.model.deleteName(t));
  }
  load(propertyNames?: unknown): Excel.NamedItem {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostNamedItem, NAMED_ITEM_SCALARS, ["formula", "comment", "visible"]);

interface SettingTarget {
  key: string;
}

const clone = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export const SETTING_COLLECTION_MEMBERS = [
  "context",
  "items",
  "add",
  "getItem",
  "getItemOrNullObject",
  "getCount",
  "load",
] as const;
export type SettingCollectionMembers = (typeof SETTING_COLLECTION_MEMBERS)[number];

/** HostSettingCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostSettingCollection extends Pick<
  Excel.SettingCollection,
  Extract<SettingCollectionMembers, CollectionMember>
> {}

/** Workbook settings: JSON values by key (case-sensitive); `add` replaces an existing key. */
export class HostSettingCollection
  extends HostCollection<WorkbookModel, SettingTarget>
  implements Pick<Excel.SettingCollection, SettingCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<WorkbookModel>) {
    super(ctx, "SettingCollection", source);
  }
  protected _list(t: WorkbookModel): SettingTarget[] {
    return [...t.settings.keys()].map((key) => ({ key }));
  }
  protected _wrap(source: Source<SettingTarget>): HostSetting {
    return new HostSetting(this._ctx, source);
  }
  protected _count(t: WorkbookModel): number {
    return t.settings.size;
  }
  protected _find(t: WorkbookModel, key: string): SettingTarget | null {
    return t.settings.has(key) ? { key } : null;
  }
  protected _named(key: string): string {
    return `setting "${key}"`;
  }
  add(key: string, value: unknown): Excel.Setting {
    return handOut(
      this._created(
        (s) => new HostSetting(this._ctx, s),
        "add",
        [key, value],
        (t) => {
          if (typeof key !== "string" || key === "") throw hostError("InvalidArgument");
          t.settings.set(key, clone(value));
          return { key };
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.SettingCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostSettingCollection, SETTING_COLLECTION_MEMBERS);

/** HostSetting's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const SETTING_SCALARS = ["key", "value"] as const;
export const SETTING_MEMBERS = ["context", "isNullObject", ...SETTING_SCALARS, "delete", "load"] as const;
export type SettingMembers = (typeof SETTING_MEMBERS)[number];

/** HostSetting's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostSetting extends Pick<Excel.Setting, (typeof SETTING_SCALARS)[number]> {}

export class HostSetting extends HostObject<SettingTarget> implements Pick<Excel.Setting, SettingMembers> {
  constructor(ctx: HostContext, source: Source<SettingTarget>) {
    super(ctx, "Setting", source);
  }
  protected _isGone(t: SettingTarget): boolean {
    return !this._ctx.model.settings.has(t.key);
  }
  protected _props(): Record<string, PropDef<SettingTarget>> {
    const m = this._ctx.model;
    return {
      key: { get: (t) => t.key },
      value: { get: (t) => clone(m.settings.get(t.key)), set: (t, v) => m.settings.set(t.key, clone(v)) },
    };
  }
  delete(): void {
    this._call("delete", [], (t) => this._ctx.model.settings.delete(t.key));
  }
  load(propertyNames?: unknown): Excel.Setting {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(
  HostSetting,
  SETTING_SCALARS,
  SETTING_SCALARS.filter((n) => n !== "key"),
);

export { HostWorksheet };
