/**
 * The adapter never calls the global `Excel.run` directly: it receives a `run` with the same shape,
 * so the task pane passes `Excel.run` and tests pass the in-memory host's `run`.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Error codes of OfficeExtension.Error the adapter reacts to. */
export const ErrorCodes = {
  cellEditMode: "InvalidOperationInCellEditMode",
  payloadTooLarge: "RequestPayloadSizeLimitExceeded",
  responseTooLarge: "ResponsePayloadSizeLimitExceeded",
  itemNotFound: "ItemNotFound",
} as const;

/** The `code` of an OfficeExtension.Error (or anything shaped like one), else undefined. */
export function officeErrorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : undefined;
}

/** Excel stayed in cell-edit mode through every retry; the message tells the user what to press. */
export class CellEditModeError extends Error {
  constructor(cause: unknown) {
    super("Excel is in cell-edit mode: press Enter or Esc in the worksheet, then try again.", { cause });
    this.name = "CellEditModeError";
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a batch, retrying while the user is editing a cell: Excel rejects every API call with
 * InvalidOperationInCellEditMode until they press Enter or Esc, so we wait and try again.
 */
export async function runWithRetry<T>(
  run: ExcelRun,
  batch: (context: Excel.RequestContext) => Promise<T>,
  attempts = 8,
  delayMs = 250,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(batch);
    } catch (e) {
      if (officeErrorCode(e) !== ErrorCodes.cellEditMode || attempt >= attempts) {
        if (officeErrorCode(e) === ErrorCodes.cellEditMode) throw new CellEditModeError(e);
        throw e;
      }
      await sleep(delayMs * attempt);
    }
  }
}

/** Requirement sets the add-in needs: chart series (1.7), worksheet custom properties and dynamic arrays (1.12). */
export const REQUIRED_API = { set: "ExcelApi", version: "1.12" } as const;

/**
 * Every requirement set Ninegrid uses, as manifest.xml declares them: the Excel API above, one shared
 * runtime for functions and pane, and custom functions with per-cell error messages (CustomFunctions.Error
 * and ErrorCode are CustomFunctionsRuntime 1.2).
 */
export const REQUIRED_SETS: readonly { set: string; version: string }[] = [
  REQUIRED_API,
  { set: "SharedRuntime", version: "1.1" },
  { set: "CustomFunctionsRuntime", version: "1.2" },
];

/** The host lacks `set` `version`; the message says so in English and what to use instead. */
export class UnsupportedHostError extends Error {
  constructor(
    readonly set: string,
    readonly version: string,
  ) {
    super(
      `This version of Excel does not support ${set} ${version}, which Ninegrid's reports need. Use Microsoft 365 Excel (Windows, Mac or the web), updated to a current build.`,
    );
    this.name = "UnsupportedHostError";
  }
}

/**
 * Checks the host supports what the reports use and says plainly what to do otherwise, instead of
 * failing later with an obscure API error.
 */
export function assertSupported(isSetSupported: (name: string, version: string) => boolean): void {
  for (const r of REQUIRED_SETS)
    if (!isSetSupported(r.set, r.version)) throw new UnsupportedHostError(r.set, r.version);
}
