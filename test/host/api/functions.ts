/**
 * `workbook.functions`: Excel worksheet functions evaluated in the workbook (ExcelApi 1.2). The host has
 * DATE only, which answers in the workbook's date system (README [date-system]): DATE(1904,1,1) is 1462
 * in the 1900 system and 0 in the 1904 system.
 */
import { handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import type { WorkbookModel } from "../model";
import { dateSerial } from "../typed-input";

interface ResultModel {
  value: number | string;
  error: string | null;
}

export const FUNCTION_RESULT_MEMBERS = ["context", "value", "error", "load"] as const;
type FunctionResultMembers = (typeof FUNCTION_RESULT_MEMBERS)[number];

export class HostFunctionResult
  extends HostObject<ResultModel>
  implements Pick<Excel.FunctionResult<number>, FunctionResultMembers>
{
  constructor(ctx: HostContext, source: Source<ResultModel>) {
    super(ctx, "FunctionResult", source);
  }
  protected _props(): Record<string, PropDef<ResultModel>> {
    return { value: { get: (t) => t.value }, error: { get: (t) => t.error } };
  }
  get value(): number {
    return this._get("value");
  }
  get error(): string {
    return this._get("error");
  }
  load(propertyNames?: unknown): Excel.FunctionResult<number> {
    this._load(propertyNames);
    return handOut(this);
  }
}

export const FUNCTIONS_MEMBERS = ["context", "date"] as const;
type FunctionsMembers = (typeof FUNCTIONS_MEMBERS)[number];

export class HostFunctions extends HostObject<WorkbookModel> implements Pick<Excel.Functions, FunctionsMembers> {
  constructor(ctx: HostContext, source: Source<WorkbookModel>) {
    super(ctx, "Functions", source);
  }
  protected _props(): Record<string, PropDef<WorkbookModel>> {
    return {};
  }
  /** DATE(year, month, day) as the workbook's serial number, or #NUM! outside its calendar. */
  date(year: number, month: number, day: number): Excel.FunctionResult<number> {
    return handOut(
      this._created(
        (s) => new HostFunctionResult(this._ctx, s),
        "date",
        [year, month, day],
        (wb): ResultModel => {
          if (![year, month, day].every((x) => typeof x === "number")) throw hostError("InvalidArgument");
          const serial = dateSerial(year, month, day);
          const value = serial === null ? null : serial - (wb.date1904 ? 1462 : 0);
          return value === null || value < 0 ? { value: "#NUM!", error: "#NUM!" } : { value, error: null };
        },
      ),
    );
  }
}
