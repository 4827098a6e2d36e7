import { createContext, useContext } from "react";
import type { Language, Strings } from "./i18n";
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
