/**
 * The errors the host raises, shaped like `OfficeExtension.Error` (name "RichApi.Error", `code`, `message`,
 * `debugInfo`), so adapter code that branches on `error.code` behaves as it would in Excel.
 */

/** Error codes the host uses; the strings are Excel's (`Excel.ErrorCodes`). */
export type HostErrorCode =
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "InvalidReference"
  | "InvalidRequestContext"
  | "InvalidOperationInCellEditMode"
  | "InsertDeleteConflict"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound"
  | (string & { readonly brand?: never });

/** Excel's default message per code, used when the host has nothing more specific to say. */
export const DEFAULT_MESSAGES: Record<string, string> = {
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  ApiNotFound: "The API you are trying to use could not be found.",
};

/** What `OfficeExtension.Error` carries; checked against the real declaration. */
export type HostErrorShape = Pick<OfficeExtension.Error, "name" | "code" | "message" | "debugInfo" | "traceMessages">;

export class HostError extends Error implements HostErrorShape {
  code: string;
  debugInfo: OfficeExtension.DebugInfo;
  traceMessages: string[] = [];
  innerError: HostError | null = null;

  constructor(code: HostErrorCode, message?: string, errorLocation?: string, statement?: string) {
    const text = message ?? DEFAULT_MESSAGES[code] ?? code;
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = {
      code,
      message: text,
      ...(errorLocation ? { errorLocation } : {}),
      ...(statement ? { statement } : {}),
    };
  }

  toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function hostError(code: HostErrorCode, message?: string, errorLocation?: string): HostError {
  return new HostError(code, message, errorLocation);
}

/** Excel's PropertyNotLoaded, thrown synchronously by a property getter. */
export function propertyNotLoaded(property: string, typeName: string): HostError {
  return new HostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}
