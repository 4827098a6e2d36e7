/**
 * Starts the playground in a page: an in-memory Excel host with the sample workbook (or a blank one), the
 * real task pane in `<aside id="taskpane">` running on the host's `run`, and the workbook view in
 * `<main id="workbook">`, re-rendered after every batch the pane runs (before the pane sees the result).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { flushSync } from "react-dom";
import { createRoot, Root } from "react-dom/client";
import { insertSampleWorkbook } from "../../src/excel/insert-sample";
import { generateSample, SampleOptions } from "../../src/sample";
import type { ExcelRun } from "../../src/excel/run";
import { mountTaskpane, MountedTaskpane } from "../../src/taskpane/mount";
import { createHost, Host } from "../host";
import { observedRun } from "./observed-run";
import { parseOptions, PlaygroundOptions } from "./options";
import { WorkbookView } from "./WorkbookView";

export interface Playground {
  host: Host;
  /** Resolves once the workbook is loaded and the pane and workbook view are rendered. */
  ready: Promise<void>;
  options: PlaygroundOptions;
  /** The `run` the pane uses (slowed by `?slow`, re-rendering the workbook after each batch). */
  run: ExcelRun;
  /** Re-reads the workbook into the view (after editing the host directly, e.g. `host.setCell`). */
  refresh(): void;
  unmount(): void;
}

/** The sample workbook as "Insert sample workbook" writes it, in place of the new workbook's empty Sheet1. */
export async function loadSampleWorkbook(host: Host, sample: SampleOptions = {}): Promise<void> {
  await insertSampleWorkbook(host.run, generateSample(sample), { language: "en-US" });
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").delete();
    const first = context.workbook.worksheets.getFirst();
    first.activate();
    first.getRange("A1").select();
    await context.sync();
  });
  host.resetStats();
}

function landmark(doc: Document, tag: "main" | "aside", id: string, label: string, parent: HTMLElement): HTMLElement {
  const found = doc.getElementById(id);
  if (found) return found;
  const el = doc.createElement(tag);
  el.id = id;
  el.setAttribute("aria-label", label);
  parent.append(el);
  return el;
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("The playground did not render in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface StartOptions {
  /** The page's query string (`location.search`). */
  search?: string;
  document?: Document;
  /** Where to add `<main id="workbook">` and `<aside id="taskpane">` when the page has none (default body). */
  container?: HTMLElement;
  /** Size and seed of the sample workbook (default: the sample "Insert sample workbook" writes). */
  sample?: SampleOptions;
}

export function startPlayground(options: StartOptions = {}): Playground {
  const doc = options.document ?? document;
  const parsed = parseOptions(options.search ?? "");
  const container = options.container ?? doc.body;
  const main = landmark(doc, "main", "workbook", "Workbook", container);
  const aside = landmark(doc, "aside", "taskpane", "Task pane", container);
  // playground.html gives the pane `flex: 0 0 380px` (content box, the scroll bar inside, as in Office's web view).
  if (parsed.paneWidth !== null) aside.style.flexBasis = `${parsed.paneWidth}px`;
  const host = createHost();

  let root: Root | null = createRoot(main);
  let version = 0;
  let pane: MountedTaskpane | null = null;
  const render = (sync: boolean) => {
    if (!root) return;
    const r = root;
    const draw = () =>
      r.render(
        <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
          <WorkbookView host={host} version={++version} />
        </FluentProvider>,
      );
    if (sync) flushSync(draw);
    else draw();
  };

  const redraw = () => {
    try {
      render(true);
    } catch (error) {
      // A drawing bug must not fail the pane's operation (the workbook changed all the same).
      console.error("The playground could not draw the workbook", error);
    }
  };
  const run = observedRun(host.run, { slowMs: parsed.slowMs, after: redraw });

  const ready = (async () => {
    if (!parsed.empty) await loadSampleWorkbook(host, options.sample);
    render(true);
    pane = mountTaskpane(aside, {
      run,
      isSetSupported: () => true,
      displayLanguage: parsed.displayLanguage,
      dark: parsed.dark,
    });
    await until(() => aside.querySelector("h1") !== null && main.querySelector("table.grid") !== null, 30_000);
  })();

  return {
    host,
    ready,
    options: parsed,
    run,
    refresh: redraw,
    unmount: () => {
      pane?.unmount();
      root?.unmount();
      root = null;
    },
  };
}
