/**
 * The one place a cell error is made. In Excel it is a `CustomFunctions.Error`, whose message Excel
 * shows for #VALUE! and #N/A; in plain Node (tests, benchmark) the global is absent and an object of
 * the same shape stands in, so the functions can run anywhere.
 */
export type ErrorCode = "#VALUE!" | "#N/A";

export interface CellError {
  code: ErrorCode;
  message: string;
}

class PlainCellError implements CellError {
  constructor(
    public code: ErrorCode,
    public message: string,
  ) {}
}

/** Makes a per-cell error value with a message the user sees in Excel. */
export function cellError(code: ErrorCode, message: string): CellError {
  const cf = (globalThis as { CustomFunctions?: Partial<typeof CustomFunctions> }).CustomFunctions;
  if (cf && typeof cf.Error === "function") {
    // ErrorCode arrived with CustomFunctionsRuntime 1.2; its members are these very strings, so an older
    // runtime (or the no-op stand-in of runtime-guard.ts) gets the code as text instead of a TypeError.
    const codes = cf.ErrorCode;
    const errorCode = codes
      ? code === "#N/A"
        ? codes.notAvailable
        : codes.invalidValue
      : (code as CustomFunctions.ErrorCode);
    return new cf.Error(errorCode, message) as unknown as CellError;
  }
  return new PlainCellError(code, message);
}

/** True for a value made by `cellError` (either kind). */
export function isCellError(v: unknown): v is CellError {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as CellError).code === "string" &&
    (v as CellError).code.startsWith("#")
  );
}
