/** Renders the real task pane against the in-memory Excel host, with optional stand-ins for single operations. */
import { render, RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App/App";
import { createServices, TaskpaneServices } from "../../src/taskpane/services";
import { createHost, Host, WorkbookSpec } from "../host";
import { sampleWorkbookSpec } from "../excel/sample-workbook";

export interface Rendered extends RenderResult {
  host: Host;
  services: TaskpaneServices;
}

export function renderPane(
  options: {
    workbook?: WorkbookSpec | "sample" | "dirty";
    services?: Partial<TaskpaneServices>;
    displayLanguage?: string;
    supported?: boolean;
  } = {},
): Rendered {
  const spec =
    options.workbook === "sample" || options.workbook === "dirty"
      ? sampleWorkbookSpec({ accounts: 60, opportunities: 120, dirty: options.workbook === "dirty" }).spec
      : options.workbook;
  const host = createHost(spec ? { workbook: spec } : {});
  const services = createServices(host.run, options.services);
  const result = render(
    <App
      services={services}
      isSetSupported={() => options.supported ?? true}
      displayLanguage={options.displayLanguage ?? "en-US"}
    />,
  );
  return { ...result, host, services };
}
