import { defaultModel, Model, parseModel } from "../core/schemas";
import { ExcelRun, runWithRetry } from "./run";

/** Workbook setting that holds the model; saved with the workbook so every user of the file sees it. */
export const MODEL_SETTING = "ninegrid.model";

export interface LoadedModel {
  model: Model;
  /** Set when stored settings were unreadable or invalid and defaults were used instead. */
  warning?: string;
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
        return {
          model: defaultModel(),
          warning: "The saved Ninegrid settings could not be read; defaults are in use until you save again.",
        };
      }
    }
    const parsed = parseModel(raw);
    if (parsed.ok) return { model: parsed.model };
    return {
      model: defaultModel(),
      warning: `The saved Ninegrid settings are not valid (${parsed.errors.slice(0, 3).join("; ")}); defaults are in use until you save again.`,
    };
  });
}

/** Saves the model with the workbook as JSON. */
export async function saveModel(run: ExcelRun, model: Model): Promise<void> {
  await runWithRetry(run, async (context) => {
    context.workbook.settings.add(MODEL_SETTING, JSON.stringify(model));
    await context.sync();
  });
}
