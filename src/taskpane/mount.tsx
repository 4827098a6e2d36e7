import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ExcelRun } from "../excel/run";
import { App } from "./components/App/App";
import { createServices, TaskpaneServices } from "./services";

export interface MountOptions {
  /** `Excel.run` in Office; the in-memory host's `run` in the playground and tests. */
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported`, or a stand-in. */
  isSetSupported: (name: string, version: string) => boolean;
  /** `Office.context.displayLanguage`, e.g. "en-US" or "zh-CN". */
  displayLanguage?: string;
  /** Office's theme is dark. */
  dark?: boolean;
  /** Replace single workbook operations (e.g. to slow a build down in a demo). */
  services?: Partial<TaskpaneServices>;
}

export interface MountedTaskpane {
  unmount(): void;
}

/** Renders the task pane into `element`, with every workbook operation going through `options.run`. */
export function mountTaskpane(element: Element, options: MountOptions): MountedTaskpane {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <App
        services={createServices(options.run, options.services)}
        isSetSupported={options.isSetSupported}
        displayLanguage={options.displayLanguage}
        dark={options.dark}
      />
    </StrictMode>,
  );
  return { unmount: () => root.unmount() };
}
