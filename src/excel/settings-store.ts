import { defaultModel, Model, parseModel } from "../core/schemas";
import { ExcelRun, runWithRetry } from "./run";
import { executeWrite } from "./write-executor";

/** Workbook setting that holds the model; saved with the workbook so every user of the file sees it. */
export const MODEL_SETTING = "ninegrid.model";

/** Why stored settings were not used: not JSON, or JSON the schema rejects (its first messages). */
export type SettingsWarning = { code: "unreadable" } | { code: "invalid"; errors: string[] };

export interface LoadedModel {
  model: Model;
  /** Set when stored settings were unreadable or invalid and defaults were used instead (English). */
  warning?: string;
  /** The same, for the task pane to say in its language. */
  warningData?: SettingsWarning;
}

function fallback(warningData: SettingsWarning): LoadedModel {
  const warning =
    warningData.code === "unreadable"
      ? "The saved Ninegrid settings could not be read; defaults are in use until you save again."
      : `The saved Ninegrid settings are not valid (${warningData.errors.join("; ")}); defaults are in use until you save again.`;
  return { model: defaultModel(), warning, warningData };
}

/**
 * Loads the model stored with the workbook, validated by zod. Missing settings give the defaults
 * silently; corrupt or invalid ones give the defaults with a warning naming what was wrong.
 */
export async function loadModel(run: ExcelRun): Promise<LoadedModel> {
  return runWithRetry(run, async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(MODEL_SETTING);
    item.load("value");
    await context.sync();
    if (item.isNullObject) return { model: defaultModel() };
    let raw: unknown = item.value;
    if (typeof raw === "string") {
      try {
        raw = JSON.parse(raw);
      } catch {
        return fallback({ code: "unreadable" });
      }
    }
    const parsed = parseModel(raw);
    if (parsed.ok) return { model: parsed.model };
    return fallback({ code: "invalid", errors: parsed.errors.slice(0, 3) });
  });
}

/** Saves the model with the workbook as JSON: a one-request write, through the write executor. */
export async function saveModel(run: ExcelRun, model: Model): Promise<void> {
  await executeWrite(run, {}, (session) =>
    session.commit(
      () => undefined,
      () => session.context.workbook.settings.add(MODEL_SETTING, JSON.stringify(model)),
    ),
  );
}
