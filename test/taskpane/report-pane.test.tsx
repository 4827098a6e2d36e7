/** Report panes: Build calls the operation with the pane's options, shows the summary and the sheet; Cancel. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BuildCancelled } from "../../src/excel/apply-plan";
import { BuildOptions, BuildResult } from "../../src/excel/build-report";
import { CellEditModeError } from "../../src/excel/run";
import { columnLetter } from "../../src/core/a1";
import { ReportKind } from "../../src/reports/plan";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
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

  it("a live build over numbers stored as text says which column, where, and that its sums are values", async () => {
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
        `Column "Contribution" holds numbers stored as text (first at ${at("Contribution")}), which Excel's ` +
          "formulas cannot read as Ninegrid does, so its amounts, sums and cuts are written as values as of this " +
          "build; counts that do not depend on it stay live formulas.",
      ),
    ).toBeTruthy();
    expect(
      within(pane).getByText(
        new RegExp(`^Column "Potential" holds numbers stored as text \\(first at ${at("Potential")}\\)`),
      ),
    ).toBeTruthy();

    // Static values: the same data, nothing to warn about.
    await user.click(within(pane).getByRole("switch", { name: /Live formulas/ }));
    await user.click(within(pane).getByRole("button", { name: "Refresh" }));
    expect(await within(pane).findByText("Report ready", undefined, { timeout: 20_000 })).toBeTruthy();
    expect(within(pane).queryByText(/stored as text/)).toBeNull();
  });

  it("shows the values-instead-of-formulas note in Chinese", async () => {
    const user = userEvent.setup();
    const warning = {
      code: "liveStaticColumn",
      table: "quotas",
      sheet: "指标",
      column: "销售目标",
      reason: "text",
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
      within(pane).getByText(
        "“销售目标”列有以文本形式存储的数字（第一个在 指标!B2），Excel 公式无法像 Ninegrid 那样读取，因此该列的金额、" +
          "合计和分界值按本次生成时的数值写入；不依赖该列的计数仍为实时公式。",
      ),
    ).toBeTruthy();
  });
});

describe("Report summaries in Chinese", () => {
  async function readyZh() {
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "客户表格" })).toHaveProperty("value", "Accounts"),
      {
        timeout: 10_000,
      },
    );
  }

  it("words a real Nine-Grid build's summary in Chinese, with the numbers of the English one", async () => {
    const user = userEvent.setup();
    let built: BuildResult | undefined;
    const { host } = renderPane({
      workbook: "sample",
      displayLanguage: "zh-CN",
      services: {
        buildReport: async (kind, options) => {
          const { buildReport } = await import("../../src/excel/build-report");
          built = await buildReport(host.run, kind, options);
          return built;
        },
      },
    });
    await readyZh();
    await user.click(screen.getByRole("tab", { name: "九宫格" }));
    const pane = screen.getByRole("tabpanel", { name: "九宫格" });
    await user.click(within(pane).getByRole("button", { name: "生成" }));
    expect(await within(pane).findByText("报表已生成", undefined, { timeout: 20_000 })).toBeTruthy();
    // The English line (kept for logs) has the numbers the user must see.
    const m =
      /^Nine-grid of (\d+) accounts: A (\d+), B (\d+), C (\d+), D (\d+)(?:; (\d+) overrides? pending approval)?\.$/.exec(
        built?.summary ?? "",
      );
    expect(m).not.toBeNull();
    const [, accounts, a, b, c, d, pending] = m as RegExpExecArray;
    expect(Number(a) + Number(b) + Number(c) + Number(d)).toBe(Number(accounts));
    expect(Number(pending)).toBeGreaterThan(0); // the sample has manual tiers without an approver
    // The scatter's notes follow, in Chinese: the sample spans over 1,000×, so the chart went logarithmic.
    const summary = built?.summaryData;
    const notes = summary?.kind === "nineGrid" ? summary.chartNotes.map(zhCN.scatterNote).join("") : "";
    expect(notes).toMatch(/对数刻度/);
    expect(
      within(pane).getByText(
        `九宫格共 ${accounts} 个客户：A ${a}、B ${b}、C ${c}、D ${d}；${pending} 个手动调级待审批。${notes}`,
      ),
    ).toBeTruthy();
    expect(within(pane).queryByText(/Nine-grid of/)).toBeNull();
  });

  it.each([
    [
      "coverage",
      "客户覆盖",
      {
        kind: "coverage",
        accounts: 1200,
        uncovered: 12,
        conflicts: 3,
        unnamedKeyAccounts: 5,
        overServed: 2,
        repLoadViolations: 4,
      },
      "客户覆盖共 1,200 个客户：未覆盖 12 个，冲突 3 个，未指名重点客户 5 个，过度覆盖 2 个；4 位销售违反客户负荷规则。",
    ],
    [
      "pipeline",
      "商机阶段",
      { kind: "pipeline", openCount: 321, openAmount: 12345678.4, weighted: 4567890.6, winRate: 0.354, stalled: 17 },
      "在手商机 321 个（金额 12,345,678，加权 4,567,891）；赢率 35%；停滞 17 个。",
    ],
    [
      "pipeline",
      "商机阶段",
      { kind: "pipeline", openCount: 0, openAmount: 0, weighted: 0, winRate: null, stalled: 0 },
      "在手商机 0 个（金额 0，加权 0）；赢率 无；停滞 0 个。",
    ],
    ["quotas", "指标", { kind: "quotas", reps: 20, met: 8 }, "指标完成情况：共 20 位销售，8 位达到或超过指标。"],
  ] as const)("words the %s summary in Chinese", async (kind, tab, summaryData, text) => {
    const user = userEvent.setup();
    const buildReport = jest.fn(
      async () => ({ ...fakeResult("Report", "English summary"), summaryData, warnings: [] }) as BuildResult,
    );
    renderPane({ workbook: "sample", displayLanguage: "zh-CN", services: { buildReport } });
    await readyZh();
    await user.click(screen.getByRole("tab", { name: tab }));
    const pane = screen.getByRole("tabpanel", { name: tab });
    await user.click(within(pane).getByRole("button", { name: "生成" }));
    expect(await within(pane).findByText(text)).toBeTruthy();
    expect(within(pane).queryByText("English summary")).toBeNull();
    expect(buildReport.mock.calls[0]).toEqual([kind, expect.anything()]);
  });

  it("follows a language switch after the build, and words Excel's cell-edit mode in Chinese", async () => {
    const user = userEvent.setup();
    const summaryData = { kind: "quotas", reps: 20, met: 8 } as const;
    const buildReport = jest
      .fn()
      .mockResolvedValueOnce({
        ...fakeResult("Quota Review", "Quota review of 20 reps: 8 at or above quota."),
        summaryData,
      })
      .mockRejectedValueOnce(new CellEditModeError(new Error("InvalidOperationInCellEditMode")));
    renderPane({ workbook: "sample", services: { buildReport } });
    await ready();
    await user.click(screen.getByRole("tab", { name: "Quotas" }));
    let pane = screen.getByRole("tabpanel", { name: "Quotas" });
    await user.click(within(pane).getByRole("button", { name: "Build" }));
    expect(await within(pane).findByText("Quota review of 20 reps: 8 at or above quota.")).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "中文");
    pane = screen.getByRole("tabpanel", { name: "指标" });
    expect(within(pane).getByText("指标完成情况：共 20 位销售，8 位达到或超过指标。")).toBeTruthy();
    await user.click(within(pane).getByRole("button", { name: "刷新" }));
    expect(
      await within(pane).findByText("Excel 正处于单元格编辑模式：请在工作表中按 Enter 或 Esc，然后重试。"),
    ).toBeTruthy();
  });
});
