import { createContext, useContext } from "react";
import { Date1904Error } from "../excel/date-system";
import { ConvertRefused } from "../excel/convert-to-table";
import { CellEditModeError, UnsupportedHostError } from "../excel/run";
import { WriteColumnsRefused } from "../excel/write-columns-refused";
import { RowTooLarge } from "../excel/write-executor";
import type { Language, Strings } from "./i18n";
import { PartLoadError } from "./lazy-part";
import type { TaskpaneServices } from "./services";

/** What every pane needs from its surroundings: the workbook operations and the strings of the current language. */
export interface TaskpaneEnv {
  services: TaskpaneServices;
  strings: Strings;
  language: Language;
}

export const TaskpaneContext = createContext<TaskpaneEnv | null>(null);

export function useTaskpane(): TaskpaneEnv {
  const env = useContext(TaskpaneContext);
  if (!env) throw new Error("Task pane components must be rendered inside <App> (TaskpaneContext).");
  return env;
}

/** A thrown value as one readable line. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * A thrown value as one line in the pane's language: the adapter's own errors carry what they mean, the
 * rest (Office's errors, which Office words itself) keep their message.
 */
export function errorText(e: unknown, s: Strings): string {
  if (e instanceof WriteColumnsRefused) return s.columnsRefused(e.refusal);
  if (e instanceof CellEditModeError) return s.cellEditMode;
  if (e instanceof Date1904Error) return s.date1904(e.sheet);
  if (e instanceof UnsupportedHostError) return s.unsupportedDetail(e.set, e.version);
  if (e instanceof RowTooLarge) return s.rowTooLarge(e.address);
  if (e instanceof ConvertRefused) return s.convertRefused(e.reason, e.column, e.header);
  if (e instanceof PartLoadError) return s.partLoadFailed;
  return messageOf(e);
}
