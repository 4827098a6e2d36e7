/**
 * Data validation (`Range.dataValidation`, ExcelApi 1.8): a rule per block of cells. Stricter than Excel:
 * a rule must name exactly one criterion with every field Excel needs (an operator of its list, formula1,
 * formula2 for between/notBetween, a non-empty list source), and setting a rule on a range that cuts
 * through another block's rule is refused (Excel would split the block silently).
 */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's scalar accessors are defined by defineScalarProperties; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { contains, intersects, Rect } from "../a1";
import { defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import type { RangeRef } from "../model";

/** One block of cells with one rule. */
export interface ValidationModel {
  rect: Rect;
  type: string;
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
}

const RULE_KINDS: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

const invalid = (why: string) =>
  hostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${why})`);

const isFormula = (v: unknown) =>
  (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && v.trim() !== "") || v instanceof Date;

/** Checks a rule as Excel would need it; returns its DataValidationType. */
function checkRule(rule: unknown): string {
  if (typeof rule !== "object" || rule === null) throw invalid("rule must be an object");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0] in RULE_KINDS)) throw invalid(`a rule names one criterion, got ${keys.join()}`);
  const kind = keys[0];
  const c = (rule as Record<string, Record<string, unknown>>)[kind];
  if (typeof c !== "object" || c === null) throw invalid(`${kind} criteria`);
  if (kind === "list") {
    if (typeof c.source !== "string" || c.source.trim() === "") throw invalid("list source");
    if (c.inCellDropDown !== undefined && typeof c.inCellDropDown !== "boolean") throw invalid("inCellDropDown");
  } else if (kind === "custom") {
    if (typeof c.formula !== "string" || c.formula.trim() === "") throw invalid("custom formula");
  } else {
    if (!OPERATORS.includes(c.operator as string)) throw invalid(`operator "${String(c.operator)}"`);
    if (!isFormula(c.formula1)) throw invalid("formula1");
    const two = c.operator === "Between" || c.operator === "NotBetween";
    if (two ? !isFormula(c.formula2) : c.formula2 !== undefined) throw invalid("formula2");
    if (two && typeof c.formula1 === "number" && typeof c.formula2 === "number" && c.formula1 > c.formula2)
      throw invalid("formula1 above formula2");
  }
  return RULE_KINDS[kind];
}

export const DATA_VALIDATION_MEMBERS = ["context", "rule", "type", "ignoreBlanks", "clear", "load"] as const;
export type DataValidationMembers = (typeof DATA_VALIDATION_MEMBERS)[number];

const DV_SCALARS = ["rule", "type", "ignoreBlanks"] as const;
export interface HostDataValidation extends Pick<Excel.DataValidation, (typeof DV_SCALARS)[number]> {}

/** `Range.dataValidation`: the validation of the range's cells. */
export class HostDataValidation
  extends HostObject<RangeRef>
  implements Pick<Excel.DataValidation, DataValidationMembers>
{
  constructor(ctx: HostContext, source: Source<RangeRef>) {
    super(ctx, "DataValidation", source);
  }
  protected _livePath(): boolean {
    return true;
  }
  protected _isGone(t: RangeRef): boolean {
    return t.sheet.deleted;
  }
  private _blocks(t: RangeRef): ValidationModel[] {
    return t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
  }
  /** The one block covering the whole range, or null (none, or more than one). */
  private _single(t: RangeRef): ValidationModel | null {
    const blocks = this._blocks(t);
    return blocks.length === 1 && contains(blocks[0].rect, t.rect) ? blocks[0] : null;
  }
  protected _props(): Record<string, PropDef<RangeRef>> {
    return {
      rule: {
        get: (t) => JSON.parse(JSON.stringify(this._single(t)?.rule ?? {})) as Excel.DataValidationRule,
        set: (t, v) => {
          const type = checkRule(v);
          const blocks = this._blocks(t);
          if (blocks.some((b) => !contains(t.rect, b.rect)))
            throw hostError(
              "InvalidOperation",
              "The requested operation is invalid. (the range cuts through another validation rule; clear it first)",
            );
          const ignoreBlanks = blocks[0]?.ignoreBlanks ?? true;
          t.sheet.validations = t.sheet.validations.filter((b) => !blocks.includes(b));
          t.sheet.validations.push({
            rect: { ...t.rect },
            type,
            rule: JSON.parse(JSON.stringify(v)) as Excel.DataValidationRule,
            ignoreBlanks,
          });
        },
      },
      type: {
        get: (t) => {
          const blocks = this._blocks(t);
          if (blocks.length === 0) return "None";
          const single = this._single(t);
          return single ? single.type : "MixedCriteria";
        },
      },
      ignoreBlanks: {
        get: (t) => this._single(t)?.ignoreBlanks ?? true,
        set: (t, v) => {
          if (typeof v !== "boolean") throw invalid("ignoreBlanks");
          const single = this._single(t);
          if (!single) throw hostError("InvalidOperation", "The requested operation is invalid. (no single rule)");
          single.ignoreBlanks = v;
        },
      },
    };
  }
  clear(): void {
    this._call("clear", [], (t) => {
      if (this._blocks(t).some((b) => !contains(t.rect, b.rect)))
        throw hostError(
          "InvalidOperation",
          "The requested operation is invalid. (the range cuts through a validation rule)",
        );
      t.sheet.validations = t.sheet.validations.filter((b) => !intersects(b.rect, t.rect));
    });
  }
  load(propertyNames?: unknown): Excel.DataValidation {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostDataValidation, DV_SCALARS, ["rule", "ignoreBlanks"]);
