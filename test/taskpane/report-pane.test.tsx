/** Report panes: Build calls the operation with the pane's options, shows the summary and the sheet; Cancel. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BuildCancelled } from "../../src/excel/apply-plan";
import { BuildOptions, BuildResult } from "../../src/excel/build-report";
import { columnLetter } from "../../src/core/headers";
import { ReportKind } from "../../src/reports/plan";
import { sampleWorkbookSpec } from "../excel/sample-workbook";
import { renderPane } from "./render";

const fakeResult = (sheetName: string, summary: string): BuildResult =>
  ({
    sheetName,
    summary,
    roundTrips: 4,
    chunks: 1,
    requestBytes: 100,
    replaced: false,
    read: { syncs: 2, chunks: 1 },
  }) as unknown as BuildResult;

async function ready() {
  // The first load reads the in-memory workbook; on a busy 2-core CI machine that can exceed the 1 s default.
  await waitFor(
    () => expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "Accounts"),
    { timeout: 10_000 },
  );
}

describe("Report panes", () => {
  it("Build calls the injected operation with the options and shows the summary and a link to the sheet", async () => {
    const user = userEvent.setup();
    const buildReport = jest.fn(async (_kind: ReportKind, options: BuildOptions) => {
      options.onProgress?.(0.5);
      return fakeResult("Pipeline", "Pipeline as of 2026-11-23 · 120 opportunities");
    });
    const selectCell = jest.fn(async () => undefined);
    renderPane({ workbook: "sample", services: { buildReport, selectCell } });
    await ready();
    await user.click(screen.getByRole("tab", { name: "Pipeline" }));
    const pane = screen.getByRole("tabpanel", { name: "Pipeline" });
    await user.selectOptions(within(pane).getByRole("combobox", { name: "Split by" }), "owner");
    await user.selectOptions(within(pane).getByRole("combobox", { name: "Period" }), "month");
    await user.click(within(pane).getByRole("switch", { name: /Live formulas/ }));
    await user.click(within(pane).getByRole("button", { name: "Build" }));

    expect(await within(pane).findByText("Pipeline as of 2026-11-23 · 120 opportunities")).toBeTruthy();
    expect(within(pane).getByText(/Written to sheet Pipeline\./)).toBeTruthy();
    expect(buildReport).toHaveBeenCalledTimes(1);
    const [kind, options] = buildReport.mock.calls[0];
    expect(kind).toBe("pipeline");
    expect(options.live).toBe(false);
    expect(options.model.reports).toMatchObject({ splitBy: "owner", period: "month", output: "static" });
    expect(Object.keys(options.selections).sort()).toEqual(["accounts", "opportunities"]);
    expect(options.signal).toBeInstanceOf(AbortSignal);

    await user.click(within(pane).getByRole("button", { name: "Go to sheet" }));
    expect(selectCell).toHaveBeenCalledWith("Pipeline", "A1");
    expect(within(pane).getByRole("button", { name: "Refresh" })).toBeTruthy();
  });

  it("shows progress with a Cancel button, and the cancelled message after cancelling", async () => {
    const user = userEvent.setup();
    let progressed!: () => void;
    const started = new Promise<void>((resolve) => (progressed = resolve));
    const buildReport = jest.fn(
      (_kind: ReportKind, options: BuildOptions) =>
        new Promise<BuildResult>((_, reject) => {
          options.onProgress?.(0.25);
          progressed();
          options.signal?.addEventListener("abort", () => reject(new BuildCancelled()));
        }),
    );
    renderPane({ workbook: "sample", services: { buildReport } });
    await ready();
    await user.click(screen.getByRole("tab", { name: "Nine-Grid" }));
    const pane = screen.getByRole("tabpanel", { name: "Nine-Grid" });
    await user.click(within(pane).getByRole("button", { name: "Build" }));
    await started;
    const bar = await within(pane).findByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.25");
    expect(within(pane).getByRole("button", { name: "Build" })).toHaveProperty("disabled", true);
    await user.click(within(pane).getByRole("button", { name: "Cancel" }));
    expect(await within(pane).findByText("Build cancelled; nothing was written.")).toBeTruthy();
    expect(within(pane).queryByRole("progressbar")).toBeNull();
  });

  it("builds a real nine-grid report into the in-memory workbook", async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: "sample" });
    await ready();
    await user.click(screen.getByRole("tab", { name: "Nine-Grid" }));
    const pane = screen.getByRole("tabpanel", { name: "Nine-Grid" });
    await user.type(within(pane).getByLabelText("Report date"), "2026-11-23");
    await user.click(within(pane).getByRole("button", { name: "Build" }));
    expect(await within(pane).findByText(/Written to sheet Nine-Grid\./, undefined, { timeout: 20_000 })).toBeTruthy();
    expect(host.sheetNames()).toContain("Nine-Grid");
    await user.click(within(pane).getByRole("button", { name: "Go to sheet" }));
    await waitFor(() => expect(host.activeSheet()).toBe("Nine-Grid"));
  });

  it("asks for the lists a report needs, and an invalid model blocks building", async () => {
    const user = userEvent.setup();
    renderPane({ workbook: "sample" });
    await ready();
    await user.selectOptions(screen.getByRole("combobox", { name: "Assignments table" }), "(none)");
    await user.click(screen.getByRole("tab", { name: "Coverage" }));
    const pane = screen.getByRole("tabpanel", { name: "Coverage" });
    expect(within(pane).getByText("Pick these tables in the Data pane first: Assignments.")).toBeTruthy();
    expect(within(pane).getByRole("button", { name: "Build" })).toHaveProperty("disabled", true);

    await user.click(screen.getByRole("tab", { name: "Model" }));
    const cut = screen.getByRole("textbox", { name: "Potential cut 2" });
    await user.clear(cut);
    await user.click(screen.getByRole("tab", { name: "Nine-Grid" }));
    const grid = screen.getByRole("tabpanel", { name: "Nine-Grid" });
    expect(within(grid).getByText(/The model has errors/)).toBeTruthy();
    expect(within(grid).getByRole("button", { name: "Build" })).toHaveProperty("disabled", true);
  });

  it("disables building on an Excel without the required API, saying why", async () => {
    renderPane({ workbook: "sample", supported: false });
    expect(screen.getByText("Unsupported Excel version")).toBeTruthy();
    expect(screen.getByText(/does not support ExcelApi 1\.12/)).toBeTruthy();
    await ready();
    await userEvent.setup().click(screen.getByRole("tab", { name: "Nine-Grid" }));
    const pane = screen.getByRole("tabpanel", { name: "Nine-Grid" });
    expect(within(pane).getByRole("button", { name: "Build" })).toHaveProperty("disabled", true);
  });

  it("a live build over numbers stored as text says which column, how many, where, and how to fix it", async () => {
    const user = userEvent.setup();
    const { wb } = sampleWorkbookSpec({ accounts: 60, opportunities: 120, dirty: true }); // what "dirty" renders
    const at = (column: string) => {
      const cell = wb.dirtyCells.find((c) => c.table === "Accounts" && c.column === column && c.expect === "accept");
      return `Accounts!${columnLetter(wb.accounts.headers.indexOf(column))}${(cell?.row ?? NaN) + 2}`;
    };
    renderPane({ workbook: "dirty" });
    await ready();
    await user.click(screen.getByRole("tab", { name: "Nine-Grid" }));
    const pane = screen.getByRole("tabpanel", { name: "Nine-Grid" });
    expect(within(pane).getByRole("switch", { name: /Live formulas/ })).toHaveProperty("checked", true);
    await user.click(within(pane).getByRole("button", { name: "Build" }));
    expect(
      await within(pane).findByText("Report ready — check these numbers", undefined, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(
      within(pane).getByText(
        `Column "Contribution" has 1 number stored as text (first at ${at("Contribution")}). Live formulas leave ` +
          "them out, so live totals and counts are lower than your data. Convert them to numbers (select the " +
          "cells, then the warning sign › Convert to Number), or turn Live formulas off to build static values.",
      ),
    ).toBeTruthy();
    expect(
      within(pane).getByText(
        new RegExp(`^Column "Potential" has 1 number stored as text \\(first at ${at("Potential")}\\)`),
      ),
    ).toBeTruthy();

    // Static values: the same data, nothing to warn about.
    await user.click(within(pane).getByRole("switch", { name: /Live formulas/ }));
    await user.click(within(pane).getByRole("button", { name: "Refresh" }));
    expect(await within(pane).findByText("Report ready", undefined, { timeout: 20_000 })).toBeTruthy();
    expect(within(pane).queryByText(/stored as text/)).toBeNull();
  });

  it("shows the text-number warning in Chinese", async () => {
    const user = userEvent.setup();
    const warning = {
      code: "liveTextNumbers",
      table: "quotas",
      sheet: "指标",
      column: "销售目标",
      count: 3,
      first: "指标!B2",
    };
    const buildReport = jest.fn(
      async () => ({ ...fakeResult("指名客户指标", "summary"), warnings: [warning] }) as BuildResult,
    );
    renderPane({ workbook: "sample", displayLanguage: "zh-CN", services: { buildReport } });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "客户表格" })).toHaveProperty("value", "Accounts"),
      {
        timeout: 10_000,
      },
    );
    await user.click(screen.getByRole("tab", { name: "九宫格" }));
    const pane = screen.getByRole("tabpanel", { name: "九宫格" });
    await user.click(within(pane).getByRole("button", { name: "生成" }));
    expect(await within(pane).findByText("报表已生成，请核对以下数字")).toBeTruthy();
    expect(
      within(pane).getByText(/^“销售目标”列有 3 个以文本形式存储的数字（第一个在 指标!B2）。实时公式不计入这些单元格/),
    ).toBeTruthy();
  });
});
