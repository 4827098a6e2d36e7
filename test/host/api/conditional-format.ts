/** Conditional formats: the range-scoped collection, colour scales and custom (formula) rules. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's accessors are defined by defineScalarProperties, defineNavigation or defineCollectionMembers; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { intersects } from "../a1";
import { defineNavigation, defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import { CfModel, ColorScaleCriterion, RangeRef } from "../model";
import { normalizeColor } from "../styles";
import { CollectionMember, defineCollectionMembers, HostCollection } from "./collection";
import { HostRange } from "./range";

type CfType = Excel.ConditionalFormat["type"];
const CF_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

function color(v: unknown): string {
  const c = typeof v === "string" ? normalizeColor(v) : "";
  if (!/^#[0-9A-F]{6}$/.test(c))
    throw hostError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format. (color "${String(v)}")`,
    );
  return c;
}

export const CF_COLLECTION_MEMBERS = [
  "context",
  "items",
  "add",
  "clearAll",
  "getCount",
  "getItem",
  "getItemAt",
  "getItemOrNullObject",
  "load",
] as const;
export type CfCollectionMembers = (typeof CF_COLLECTION_MEMBERS)[number];

/** HostConditionalFormatCollection's shared collection members, installed by defineCollectionMembers after the class. */
export interface HostConditionalFormatCollection extends Pick<
  Excel.ConditionalFormatCollection,
  Extract<CfCollectionMembers, CollectionMember>
> {}

/** `Range.conditionalFormats`: the formats whose ranges intersect this range. */
export class HostConditionalFormatCollection
  extends HostCollection<RangeRef, CfModel>
  implements Pick<Excel.ConditionalFormatCollection, CfCollectionMembers>
{
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "ConditionalFormatCollection", source);
  }
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: RangeRef): boolean {
    return t.sheet.deleted;
  }
  protected _list(t: RangeRef): CfModel[] {
    return this._ctx.model.liveCfs(t.sheet).filter((c) => intersects(c.rect, t.rect));
  }
  protected _wrap(source: Source<CfModel>): HostConditionalFormat {
    return new HostConditionalFormat(this._ctx, source);
  }
  protected _find(t: RangeRef, id: string): CfModel | undefined {
    return this._list(t).find((c) => c.id === id);
  }
  add(type: Excel.ConditionalFormatType | CfType): Excel.ConditionalFormat {
    return handOut(
      this._created(
        (s) => new HostConditionalFormat(this._ctx, s),
        "add",
        [type],
        (t) => {
          if (!CF_TYPES.includes(type))
            throw hostError(
              "InvalidArgument",
              `The argument is invalid or missing or has an incorrect format. (type "${type}")`,
            );
          const cf = new CfModel(type, t.sheet, { ...t.rect });
          // A new rule goes on top, as in Excel's rules manager.
          for (const other of this._ctx.model.liveCfs(t.sheet)) other.priority++;
          cf.priority = 0;
          t.sheet.cfs.push(cf);
          return cf;
        },
      ),
    );
  }
  clearAll(): void {
    this._call("clearAll", [], (t) => this._list(t).forEach((c) => (c.deleted = true)));
  }
  load(propertyNames?: unknown): Excel.ConditionalFormatCollection {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineCollectionMembers(HostConditionalFormatCollection, CF_COLLECTION_MEMBERS);

/** HostConditionalFormat's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CF_SCALARS = ["id", "type", "priority", "stopIfTrue"] as const;
export const CF_MEMBERS = [
  "context",
  ...CF_SCALARS,
  "colorScale",
  "colorScaleOrNullObject",
  "custom",
  "customOrNullObject",
  "getRange",
  "delete",
  "load",
] as const;
export type CfMembers = (typeof CF_MEMBERS)[number];

/** HostConditionalFormat's scalar and navigation properties: accessors generated after the class. */
export interface HostConditionalFormat extends Pick<
  Excel.ConditionalFormat,
  (typeof CF_SCALARS)[number] | "colorScale" | "custom"
> {}

export class HostConditionalFormat extends HostObject<CfModel> implements Pick<Excel.ConditionalFormat, CfMembers> {
  constructor(ctx: HostContext, source: Source<CfModel>) {
    super(ctx, "ConditionalFormat", source);
  }
  protected _props(): Record<string, PropDef<CfModel>> {
    return {
      id: { get: (t) => t.id },
      type: { get: (t) => t.type },
      priority: {
        get: (t) => t.priority,
        set: (t, v) => {
          if (typeof v !== "number" || v < 0) throw hostError("InvalidArgument");
          t.priority = v;
        },
      },
      stopIfTrue: { get: (t) => t.stopIfTrue, set: (t, v) => (t.stopIfTrue = Boolean(v)) },
    };
  }
  get colorScaleOrNullObject(): Excel.ColorScaleConditionalFormat {
    return handOut(
      this._nullablePath(
        (s) => new HostColorScale(this._ctx, s),
        "colorScaleOrNullObject",
        [],
        () => {
          const cf = this._resolve();
          return cf?.colorScale ? cf : null;
        },
      ),
    );
  }
  get customOrNullObject(): Excel.CustomConditionalFormat {
    return handOut(
      this._nullablePath(
        (s) => new HostCustomCf(this._ctx, s),
        "customOrNullObject",
        [],
        () => {
          const cf = this._resolve();
          return cf?.custom ? cf : null;
        },
      ),
    );
  }
  getRange(): Excel.Range {
    return handOut(
      this._path(
        (s) => new HostRange(this._ctx, s),
        "getRange",
        [],
        () => {
          const cf = this._live();
          return { sheet: cf.sheet, rect: { ...cf.rect } };
        },
      ),
    );
  }
  delete(): void {
    this._call("delete", [], (t) => (t.deleted = true));
  }
  load(propertyNames?: unknown): Excel.ConditionalFormat {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostConditionalFormat, {
  colorScale: {
    make: (ctx, s) => new HostColorScale(ctx, s),
    resolve: (p) => {
      const cf = p._live();
      if (!cf.colorScale)
        throw hostError(
          "InvalidOperation",
          `The requested operation is invalid. (a ${cf.type} rule has no colorScale)`,
        );
      return cf;
    },
  },
  custom: {
    make: (ctx, s) => new HostCustomCf(ctx, s),
    resolve: (p) => {
      const cf = p._live();
      if (!cf.custom)
        throw hostError("InvalidOperation", `The requested operation is invalid. (a ${cf.type} rule has no custom)`);
      return cf;
    },
  },
});
defineScalarProperties(
  HostConditionalFormat,
  CF_SCALARS,
  CF_SCALARS.filter((n) => n !== "id" && n !== "type"),
);

/** HostColorScale's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const COLOR_SCALE_SCALARS = ["criteria", "threeColorScale"] as const;
export const COLOR_SCALE_MEMBERS = ["context", ...COLOR_SCALE_SCALARS, "load"] as const;
export type ColorScaleMembers = (typeof COLOR_SCALE_MEMBERS)[number];

/** HostColorScale's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostColorScale extends Pick<Excel.ColorScaleConditionalFormat, (typeof COLOR_SCALE_SCALARS)[number]> {}

/** Excel.ConditionalColorCriterionType, without "Invalid". */
const CRITERION_TYPES = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];

export class HostColorScale
  extends HostObject<CfModel>
  implements Pick<Excel.ColorScaleConditionalFormat, ColorScaleMembers>
{
  constructor(ctx: HostContext, source: Source<CfModel>) {
    super(ctx, "ColorScaleConditionalFormat", source);
  }
  protected _props(): Record<string, PropDef<CfModel>> {
    const criterion = (c: unknown): ColorScaleCriterion | undefined => {
      if (c === undefined || c === null) return undefined;
      if (typeof c !== "object") throw hostError("InvalidArgument");
      const o = c as Partial<ColorScaleCriterion>;
      if (typeof o.type !== "string" || !CRITERION_TYPES.includes(o.type))
        throw hostError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format. (criterion type)",
        );
      // Excel needs the value of every criterion but the lowest and highest value (a number, percent, …).
      if (o.type !== "LowestValue" && o.type !== "HighestValue" && (typeof o.formula !== "string" || o.formula === ""))
        throw hostError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format. (criterion ${o.type} needs a formula)`,
        );
      return { type: o.type, formula: o.formula, color: o.color !== undefined ? color(o.color) : undefined };
    };
    return {
      criteria: {
        get: (t) => JSON.parse(JSON.stringify(t.colorScale ?? {})),
        set: (t, v) => {
          if (!t.colorScale || typeof v !== "object" || v === null) throw hostError("InvalidArgument");
          const c = v as Record<string, unknown>;
          if (!c.minimum || !c.maximum)
            throw hostError(
              "InvalidArgument",
              "The argument is invalid or missing or has an incorrect format. (minimum and maximum are required)",
            );
          t.colorScale = {
            minimum: criterion(c.minimum),
            midpoint: criterion(c.midpoint),
            maximum: criterion(c.maximum),
          };
        },
      },
      threeColorScale: { get: (t) => Boolean(t.colorScale?.midpoint) },
    };
  }
  load(propertyNames?: unknown): Excel.ColorScaleConditionalFormat {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostColorScale, COLOR_SCALE_SCALARS, ["criteria"]);

export const CUSTOM_CF_MEMBERS = ["context", "rule", "format", "load"] as const;
export type CustomCfMembers = (typeof CUSTOM_CF_MEMBERS)[number];

/** HostCustomCf's navigation properties, as getters that defineNavigation generates after the class. */
export interface HostCustomCf extends Pick<Excel.CustomConditionalFormat, "rule" | "format"> {}

export class HostCustomCf extends HostObject<CfModel> implements Pick<Excel.CustomConditionalFormat, CustomCfMembers> {
  constructor(ctx: HostContext, source: Source<CfModel>) {
    super(ctx, "CustomConditionalFormat", source);
  }
  protected _props(): Record<string, PropDef<CfModel>> {
    return {};
  }
  load(propertyNames?: unknown): Excel.CustomConditionalFormat {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineNavigation(HostCustomCf, {
  rule: { make: (ctx, s) => new HostCfRule(ctx, s) },
  format: { make: (ctx, s) => new HostCfRangeFormat(ctx, s) },
});

const custom = (t: CfModel) => {
  if (!t.custom) throw hostError("InvalidOperation");
  return t.custom;
};

/** HostCfRule's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CF_RULE_SCALARS = ["formula", "formulaLocal"] as const;
export const CF_RULE_MEMBERS = ["context", ...CF_RULE_SCALARS, "load"] as const;
export type CfRuleMembers = (typeof CF_RULE_MEMBERS)[number];

/** HostCfRule's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostCfRule extends Pick<Excel.ConditionalFormatRule, (typeof CF_RULE_SCALARS)[number]> {}

export class HostCfRule extends HostObject<CfModel> implements Pick<Excel.ConditionalFormatRule, CfRuleMembers> {
  constructor(ctx: HostContext, source: Source<CfModel>) {
    super(ctx, "ConditionalFormatRule", source);
  }
  protected _props(): Record<string, PropDef<CfModel>> {
    const formula: PropDef<CfModel> = {
      get: (t) => custom(t).formula,
      set: (t, v) => {
        if (typeof v !== "string" || !v.startsWith("="))
          throw hostError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format. (a rule formula starts with =)",
          );
        custom(t).formula = v;
      },
    };
    return { formula, formulaLocal: formula };
  }
  load(propertyNames?: unknown): Excel.ConditionalFormatRule {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostCfRule, CF_RULE_SCALARS, CF_RULE_SCALARS);

/** HostCfRangeFormat's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CF_RANGE_FORMAT_SCALARS = ["numberFormat"] as const;
export const CF_RANGE_FORMAT_MEMBERS = ["context", "fill", "font", ...CF_RANGE_FORMAT_SCALARS, "load"] as const;
export type CfRangeFormatMembers = (typeof CF_RANGE_FORMAT_MEMBERS)[number];

/** HostCfRangeFormat's scalar and navigation properties: accessors generated after the class. */
export interface HostCfRangeFormat extends Pick<
  Excel.ConditionalRangeFormat,
  (typeof CF_RANGE_FORMAT_SCALARS)[number] | "fill" | "font"
> {}

export class HostCfRangeFormat
  extends HostObject<CfModel>
  implements Pick<Excel.ConditionalRangeFormat, CfRangeFormatMembers>
{
  constructor(ctx: HostContext, source: Source<CfModel>) {
    super(ctx, "ConditionalRangeFormat", source);
  }
  protected _props(): Record<string, PropDef<CfModel>> {
    return {
      numberFormat: {
        get: (t) => custom(t).numberFormat,
        set: (t, v) => (custom(t).numberFormat = v === null ? null : String(v)),
      },
    };
  }
  load(propertyNames?: unknown): Excel.ConditionalRangeFormat {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostCfRangeFormat, CF_RANGE_FORMAT_SCALARS, CF_RANGE_FORMAT_SCALARS);
defineNavigation(HostCfRangeFormat, {
  fill: { make: (ctx, s) => new HostCfFill(ctx, s) },
  font: { make: (ctx, s) => new HostCfFont(ctx, s) },
});

/** HostCfFill's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CF_FILL_SCALARS = ["color"] as const;
export const CF_FILL_MEMBERS = ["context", ...CF_FILL_SCALARS, "clear", "load"] as const;
export type CfFillMembers = (typeof CF_FILL_MEMBERS)[number];

/** HostCfFill's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostCfFill extends Pick<Excel.ConditionalRangeFill, (typeof CF_FILL_SCALARS)[number]> {}

export class HostCfFill extends HostObject<CfModel> implements Pick<Excel.ConditionalRangeFill, CfFillMembers> {
  constructor(ctx: HostContext, source: Source<CfModel>) {
    super(ctx, "ConditionalRangeFill", source);
  }
  protected _props(): Record<string, PropDef<CfModel>> {
    return { color: { get: (t) => custom(t).fill, set: (t, v) => (custom(t).fill = color(v)) } };
  }
  clear(): void {
    this._call("clear", [], (t) => (custom(t).fill = null));
  }
  load(propertyNames?: unknown): Excel.ConditionalRangeFill {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostCfFill, CF_FILL_SCALARS, CF_FILL_SCALARS);

/** HostCfFont's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const CF_FONT_SCALARS = ["color", "bold", "italic"] as const;
export const CF_FONT_MEMBERS = ["context", ...CF_FONT_SCALARS, "clear", "load"] as const;
export type CfFontMembers = (typeof CF_FONT_MEMBERS)[number];

/** HostCfFont's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostCfFont extends Pick<Excel.ConditionalRangeFont, (typeof CF_FONT_SCALARS)[number]> {}

export class HostCfFont extends HostObject<CfModel> implements Pick<Excel.ConditionalRangeFont, CfFontMembers> {
  constructor(ctx: HostContext, source: Source<CfModel>) {
    super(ctx, "ConditionalRangeFont", source);
  }
  protected _props(): Record<string, PropDef<CfModel>> {
    return {
      color: { get: (t) => custom(t).fontColor, set: (t, v) => (custom(t).fontColor = color(v)) },
      bold: { get: (t) => custom(t).bold, set: (t, v) => (custom(t).bold = Boolean(v)) },
      italic: { get: (t) => custom(t).italic, set: (t, v) => (custom(t).italic = Boolean(v)) },
    };
  }
  clear(): void {
    this._call("clear", [], (t) => {
      const c = custom(t);
      c.fontColor = null;
      c.bold = null;
      c.italic = null;
    });
  }
  load(propertyNames?: unknown): Excel.ConditionalRangeFont {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostCfFont, CF_FONT_SCALARS, CF_FONT_SCALARS);
