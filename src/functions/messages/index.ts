/**
 * The `KAM.*` cell messages in Office's display language: Chinese for any `zh-*`, else English, read at each
 * call from `Office.context.displayLanguage` (absent in plain Node and before Office is ready: English). No
 * React or DOM here, so the custom functions and the task pane can share these tables (ARCHITECTURE.md).
 */
import { FunctionMessages, functionMessagesEnUS } from "./en-US";
import { functionMessagesZhCN } from "./zh-CN";

export type { FunctionMessages } from "./en-US";
export { functionMessagesEnUS } from "./en-US";
export { functionMessagesZhCN } from "./zh-CN";

/** The table for a language tag such as "zh-CN", "zh-TW" or "en-GB". */
export function functionMessagesFor(language: string | undefined): FunctionMessages {
  return /^zh(-|$)/i.test(language ?? "") ? functionMessagesZhCN : functionMessagesEnUS;
}

/** Office's display language, or undefined where Office is not loaded (tests, the benchmark). */
export function officeDisplayLanguage(): string | undefined {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const lang = office?.context?.displayLanguage;
    return typeof lang === "string" ? lang : undefined;
  } catch {
    return undefined; // Office.context can throw before Office.onReady
  }
}

/** The messages to word a cell error with now. */
export function functionMessages(): FunctionMessages {
  return functionMessagesFor(officeDisplayLanguage());
}
