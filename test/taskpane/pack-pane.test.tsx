/**
 * The Monthly pack pane: renderPackPane with hand-built state (choices, blockers, one progress bar and one
 * Cancel, the summary, in both languages), then the real pane against the in-memory host: build a pack,
 * and cancel one mid-way with nothing written.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildPack, PackOptions, PackResult } from "../../src/excel/apply-pack";
import { REPORT_KINDS, ReportKind } from "../../src/reports/registry";
import { renderPackPane } from "../../src/taskpane/components/PackPane/renderPackPane";
import { contentsSummary, PackPaneState } from "../../src/taskpane/components/PackPane/usePackPane";
import { Strings } from "../../src/taskpane/i18n";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { Host } from "../host";
import { renderPane } from "./render";
import { FOUR_ACCOUNT_GRID } from "./nine-grid-summary";

const classes = { section: "s", options: "o", choices: "c", row: "r", progress: "p", list: "l" };

function paneState(over: Partial<PackPaneState> = {}): PackPaneState {
  return {
    values: { asOf: "2026-11-30", output: "static" },
    setReports: jest.fn(),
    available: ["nineGrid", "pipeline", "quotas"],
    unavailable: [{ kind: "coverage", missing: ["assignments"] }],
    chosen: ["nineGrid", "quotas"],
    toggle: jest.fn(),
    modelInvalid: false,
    canBuild: true,
    status: { kind: "idle" },
    build: jest.fn(async () => undefined),
    cancel: jest.fn(),
    goToSheet: jest.fn(),
    ...over,
  };
}

const show = (state: PackPaneState, s: Strings = enUS) => render(renderPackPane(state, s, classes));

const RESULT: PackResult = {
  reports: [
    {
      kind: "quotas",
      sheetName: "Quota Review (2)",
      replaced: false,
      summary: "Quotas: 4 reps, 1 met.",
      summaryData: { kind: "quotas", reps: 4, met: 1 },
      warnings: [],
    },
  ],
  contents: { kind: "contents", sheetName: "Contents", replaced: true, printSetup: true },
  roundTrips: 9,
  chunks: 5,
  requestBytes: 1000,
  read: { syncs: 4, chunks: 4 },
  stagePick: null,
  printSetup: true,
};

describe("renderPackPane", () => {
  it("offers a checkbox per available report, ticked as chosen, and says which wait for lists", () => {
    const state = paneState();
    show(state);
    expect(screen.getByRole("heading", { name: "Monthly pack" })).toBeTruthy();
    const boxes = screen.getAllByRole("checkbox");
    expect(boxes).toHaveLength(3);
    expect(screen.getByRole("checkbox", { name: "Nine-grid" })).toHaveProperty("checked", true);
    expect(screen.getByRole("checkbox", { name: "Pipeline" })).toHaveProperty("checked", false);
    expect(screen.queryByRole("checkbox", { name: "Coverage" })).toBeNull();
    expect(screen.getByText("Not offered until Assignments are picked in the Data pane: Coverage.")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Pipeline" }));
    expect(state.toggle).toHaveBeenCalledWith("pipeline", true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Nine-grid" }));
    expect(state.toggle).toHaveBeenCalledWith("nineGrid", false);
    fireEvent.click(screen.getByRole("button", { name: "Build pack" }));
    expect(state.build).toHaveBeenCalled();
  });

  it("disables Build pack and says so when no report is chosen", () => {
    show(paneState({ chosen: [], canBuild: false, unavailable: [] }));
    expect(screen.getByRole("button", { name: "Build pack" })).toHaveProperty("disabled", true);
    expect(screen.getByText("Choose at least one report.")).toBeTruthy();
  });

  it("shows one progress bar and one Cancel for the whole pack", () => {
    const state = paneState({ status: { kind: "building", progress: 0.4, reports: 2 }, canBuild: false });
    show(state);
    expect(screen.getAllByRole("progressbar")).toHaveLength(1);
    expect(screen.getByRole("progressbar", { name: "Building the pack (2 reports)…" })).toBeTruthy();
    for (const box of screen.getAllByRole("checkbox")) expect(box).toHaveProperty("disabled", true);
    const cancels = screen.getAllByRole("button", { name: "Cancel" });
    expect(cancels).toHaveLength(1);
    fireEvent.click(cancels[0]);
    expect(state.cancel).toHaveBeenCalled();
  });

  it("summarises the pack: the contents sheet and each report's sheet and summary, in Chinese too", () => {
    const state = paneState({ status: { kind: "done", result: RESULT } });
    const { unmount } = show(state);
    expect(screen.getByText("Pack ready")).toBeTruthy();
    expect(screen.getByText(/Contents on sheet Contents\./)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Rebuild pack" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Named-account quotas (sheet Quota Review (2)):" }));
    expect(state.goToSheet).toHaveBeenCalledWith("Quota Review (2)");
    fireEvent.click(screen.getByRole("button", { name: "Open contents" }));
    expect(state.goToSheet).toHaveBeenCalledWith("Contents");
    unmount();

    show(state, zhCN);
    expect(screen.getByText("报告包已生成")).toBeTruthy();
    expect(screen.getByText(/目录位于工作表 Contents。/)).toBeTruthy();
    expect(
      screen.getByRole("button", { name: `${zhCN.reports.quotas.title}（工作表 Quota Review (2)）：` }),
    ).toBeTruthy();
    expect(screen.getByText(zhCN.reportSummary(RESULT.reports[0].summaryData), { exact: false })).toBeTruthy();
  });

  it("says a cancelled pack wrote nothing, in both languages", () => {
    const { unmount } = show(paneState({ status: { kind: "cancelled" } }));
    expect(screen.getByText(enUS.pack.cancelled)).toBeTruthy();
    unmount();
    show(paneState({ status: { kind: "cancelled" } }), zhCN);
    expect(screen.getByText("已取消生成报告包，未写入任何内容，之前的报告保持原样。")).toBeTruthy();
  });
});

/** Waits for the sample's tables to be picked, then opens the Monthly pack tab. */
async function openPack(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(
    () => expect(screen.getByRole("combobox", { name: "Quotas table" })).toHaveProperty("value", "Quotas"),
    { timeout: 10_000 },
  );
  await user.click(screen.getByRole("tab", { name: "Monthly pack" }));
  return screen.getByRole("tabpanel", { name: "Monthly pack" });
}

describe("the contents sheet's summary lines", () => {
  it.each([
    ["en-US", enUS],
    ["zh-CN", zhCN],
  ])("leave the Nine-Grid's chart notes on its own sheet (%s), other reports as the pane words them", (_, s) => {
    const grid = FOUR_ACCOUNT_GRID;
    const note = { code: "scatterNotPlotted", count: 26 } as const;
    const line = contentsSummary(s.reportSummary)({ ...grid, chartNotes: [note] });
    expect(line).toBe(s.reportSummary({ ...grid, chartNotes: [] }));
    expect(line).not.toContain(s.scatterNote(note));
    const quotas = RESULT.reports[0].summaryData;
    expect(contentsSummary(s.reportSummary)(quotas)).toBe(s.reportSummary(quotas));
  });
});

describe("the Monthly pack pane in the task pane", () => {
  it("builds every report with a contents sheet by default, and lists them", async () => {
    const user = userEvent.setup();
    const calls: { kinds: readonly ReportKind[]; options: PackOptions }[] = [];
    let host: Host | null = null;
    const rendered = renderPane({
      workbook: "sample",
      services: {
        buildPack: (kinds, options) => {
          calls.push({ kinds, options });
          return buildPack((host as Host).run, kinds, options);
        },
      },
    });
    host = rendered.host;
    const pane = await openPack(user);
    // Every report whose tables are picked is offered and ticked; Movement waits for a history table.
    const offered = REPORT_KINDS.filter((k) => k !== "movement");
    for (const kind of offered)
      expect(within(pane).getByRole("checkbox", { name: enUS.reports[kind].title })).toHaveProperty("checked", true);
    expect(within(pane).queryByRole("checkbox", { name: enUS.reports.movement.title })).toBeNull();
    await user.click(within(pane).getByRole("checkbox", { name: enUS.reports.coverage.title }));
    await user.click(within(pane).getByRole("button", { name: "Build pack" }));
    expect(await within(pane).findByText("Pack ready", {}, { timeout: 20_000 })).toBeTruthy();
    expect(calls[0].kinds).toEqual(offered.filter((k) => k !== "coverage"));
    expect(calls[0].options.reportLanguage).toBe("en");
    expect(host.sheetNames()).toContain("Contents");
    expect(host.activeSheet()).toBe("Contents");
    expect(host.sheetNames()).not.toContain("Coverage");
    expect(within(pane).getByText(/Contents on sheet Contents\./)).toBeTruthy();
  }, 30_000);

  it("Cancel mid-pack leaves the workbook as it was", async () => {
    const user = userEvent.setup();
    let host: Host | null = null;
    // Starts the real pack only once Cancel is pressed, so the cancel lands mid-write.
    const rendered = renderPane({
      workbook: "sample",
      services: {
        buildPack: (kinds, options) =>
          new Promise((resolve, reject) =>
            options.signal?.addEventListener("abort", () =>
              buildPack((host as Host).run, kinds, options).then(resolve, reject),
            ),
          ),
      },
    });
    host = rendered.host;
    const pane = await openPack(user);
    const before = host.workbookSnapshot();
    await user.click(within(pane).getByRole("button", { name: "Build pack" }));
    expect(within(pane).getAllByRole("progressbar")).toHaveLength(1);
    await user.click(within(pane).getByRole("button", { name: "Cancel" }));
    expect(await within(pane).findByText(enUS.pack.cancelled)).toBeTruthy();
    expect(host.workbookSnapshot()).toBe(before);
  }, 30_000);
});
