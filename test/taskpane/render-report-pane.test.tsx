/** renderReportPane with hand-built state: the definition's controls, worded per option, and each build status. */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { BuildResult } from "../../src/excel/build-report";
import { REPORT_KINDS, reportOf, ReportKind } from "../../src/reports/registry";
import { renderReportPane } from "../../src/taskpane/components/ReportPane/renderReportPane";
import { ReportPaneState } from "../../src/taskpane/components/ReportPane/useReportPane";
import { stringsFor, Strings } from "../../src/taskpane/i18n";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";

const classes = { section: "section", options: "options", row: "row", progress: "progress" };

function paneState(kind: ReportKind, over: Partial<ReportPaneState> = {}): ReportPaneState {
  return {
    kind,
    values: {
      asOf: "2026-11-23",
      output: "live",
      period: "quarter",
      splitBy: "region",
      logScale: false,
      perSegmentMatrices: true,
      topNames: 3,
      weightBy: "stage",
      movementCompare: "previous",
      movementSplitBy: "none",
      language: "pane",
      segmentBy: "industry",
      keyProjectTiers: "AB",
      keyProjectMinAmount: "none",
      contractSplit: "both",
      overdueDays: "90",
      historyWeeks: "13",
      regionalColumns: "industry",
      regionalPeriod: "thisYear",
      purchaseYears: "3",
      movementFrom: "2026-08-01",
      movementTo: "",
    },
    setReports: jest.fn(),
    setOption: jest.fn(),
    missing: [],
    modelInvalid: false,
    status: { kind: "idle" },
    last: undefined,
    canBuild: true,
    build: jest.fn(async () => undefined),
    cancel: jest.fn(),
    goToSheet: jest.fn(),
    ...over,
  };
}

const show = (state: ReportPaneState, s: Strings = enUS) => render(renderReportPane(state, s, classes));

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole("option")
    .map((o) => o.textContent);

describe("renderReportPane", () => {
  it("renders the nine-grid's declared controls with their words and current values", () => {
    const state = paneState("nineGrid");
    show(state);
    expect(screen.getByRole("heading", { name: "Nine-grid" })).toBeTruthy();
    const segment = screen.getByRole("combobox", { name: "Segment by" });
    expect(optionTexts(segment)).toEqual(["No segments", "Industry", "Region"]);
    expect(segment).toHaveProperty("value", "industry");
    expect(screen.getByRole("switch", { name: "One matrix per segment" })).toHaveProperty("checked", true);
    expect(screen.getByRole("switch", { name: "Logarithmic axes" })).toHaveProperty("checked", false);
    expect(screen.getByRole("switch", { name: /Live formulas/ })).toHaveProperty("checked", true);
    expect(screen.queryByRole("combobox", { name: "Split by" })).toBeNull();

    fireEvent.change(segment, { target: { value: "region" } });
    expect(state.setOption).toHaveBeenCalledWith("segmentBy", "region");
    fireEvent.click(screen.getByRole("switch", { name: "Logarithmic axes" }));
    expect(state.setOption).toHaveBeenCalledWith("logScale", true);
    fireEvent.click(screen.getByRole("switch", { name: /Live formulas/ }));
    expect(state.setReports).toHaveBeenCalledWith({ output: "static" });
  });

  it("renders the pipeline's split and period in Chinese, and no nine-grid controls", () => {
    const state = paneState("pipeline");
    show(state, zhCN);
    expect(screen.getByRole("heading", { name: "商机阶段" })).toBeTruthy();
    expect(optionTexts(screen.getByRole("combobox", { name: "拆分依据" }))).toEqual([
      "不拆分",
      "区域",
      "级别",
      "负责人",
      "项目等级",
    ]);
    const period = screen.getByRole("combobox", { name: "期间" });
    expect(period).toHaveProperty("value", "quarter");
    fireEvent.change(period, { target: { value: "half" } });
    expect(state.setOption).toHaveBeenCalledWith("period", "half");
    expect(screen.queryByRole("combobox", { name: "分组依据" })).toBeNull();
    expect(screen.queryByRole("switch", { name: "对数坐标轴" })).toBeNull();
  });

  it("words every declared control and each of its values in both languages", () => {
    for (const s of [enUS, zhCN])
      for (const kind of REPORT_KINDS) {
        const { unmount } = show(paneState(kind), s);
        for (const control of reportOf(kind).controls) {
          const label = s.options[control.option].label;
          if (control.type === "switch") expect(screen.getByRole("switch", { name: label })).toBeTruthy();
          else if (control.type === "date") {
            // A date input with its value, and the hint saying what blank means, in the pane's language.
            const input = screen.getByLabelText(label) as HTMLInputElement;
            expect(input.type).toBe("date");
            expect(input.value).toBe(control.option === "movementFrom" ? "2026-08-01" : "");
            const hint = (s.options[control.option] as { choices: Record<string, string> }).choices[""];
            expect(hint.length).toBeGreaterThan(10);
            expect(screen.getByText(hint)).toBeTruthy();
          } else {
            const texts = optionTexts(screen.getByRole("combobox", { name: label }));
            expect(texts).toHaveLength(control.values.length);
            // A value without words would show as itself ("projectClass").
            texts.forEach((t, i) => expect(t).not.toBe(control.values[i]));
          }
        }
        unmount();
      }
  });

  it("says what blocks a build and disables Build", () => {
    show(paneState("coverage", { missing: ["assignments"], modelInvalid: true, canBuild: false }));
    expect(screen.getByText("Pick these tables in the Data pane first: Assignments.")).toBeTruthy();
    expect(screen.getByText("The model has errors; fix them in the Model pane first.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Build" })).toHaveProperty("disabled", true);
  });

  it("shows progress with Cancel while building, then the error or the cancelled message", () => {
    const state = paneState("quotas", { status: { kind: "building", progress: 0.4 }, canBuild: false });
    const { rerender } = show(state);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.4");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(state.cancel).toHaveBeenCalled();
    rerender(renderReportPane({ ...state, status: { kind: "error", message: "Disk on fire" } }, enUS, classes));
    expect(screen.getByText("Something went wrong")).toBeTruthy();
    expect(screen.getByText("Disk on fire")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    rerender(renderReportPane({ ...state, status: { kind: "cancelled" } }, enUS, classes));
    expect(screen.getByText("Build cancelled; nothing was written.")).toBeTruthy();
  });

  it("shows the last result's summary in the pane's language, its warnings and a link to its sheet", () => {
    const last = {
      sheetName: "Quotas",
      replaced: true,
      summary: "English summary",
      summaryData: { kind: "quotas", reps: 20, met: 8 },
      warnings: [{ code: "liveSkippedRows", table: "Quotas", sheet: "Quotas", count: 2, rows: [7, 9], excluded: true }],
    } as unknown as BuildResult;
    const state = paneState("quotas", { last });
    show(state, stringsFor("zh-CN"));
    expect(screen.getByText("报表已生成，请核对以下数字")).toBeTruthy();
    expect(screen.getByText("指标完成情况：共 20 位销售，8 位达到或超过指标。")).toBeTruthy();
    expect(screen.getByText(/^工作表 Quotas 中有 2 行无法使用/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "刷新" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "转到工作表" }));
    expect(state.goToSheet).toHaveBeenCalledWith("Quotas");
  });

  it("offers the history's snapshot dates for Movement's date options once read, latest first", () => {
    const dates = ["2026-07-31", "2026-08-07", "2026-08-14"];
    const state = paneState("movement", { snapshotDates: dates });
    state.values.movementFrom = "2026-08-01"; // saved before: no snapshot that day
    const { unmount } = show(state);
    const from = screen.getByRole("combobox", { name: "From snapshot" });
    expect(optionTexts(from)).toEqual([
      "As Compare with says",
      "2026-08-01 (no snapshot that day: the one before it is taken)",
      "2026-08-14",
      "2026-08-07",
      "2026-07-31",
    ]);
    expect((from as HTMLSelectElement).value).toBe("2026-08-01");
    expect(optionTexts(screen.getByRole("combobox", { name: "To snapshot" }))[0]).toBe(
      "Latest on or before the report date",
    );
    expect(screen.getAllByText("3 snapshots in the history, 2026-07-31 to 2026-08-14.")).toHaveLength(2);
    fireEvent.change(from, { target: { value: "2026-07-31" } });
    expect(state.setOption).toHaveBeenCalledWith("movementFrom", "2026-07-31");
    unmount();
    show(paneState("movement", { snapshotDates: dates }), zhCN);
    expect(optionTexts(screen.getByRole("combobox", { name: "截止快照" }))).toEqual([
      "报告日期当天或之前最近的快照",
      "2026-08-14",
      "2026-08-07",
      "2026-07-31",
    ]);
    expect(screen.getAllByText("历史表共有 3 个快照，2026-07-31 至 2026-08-14。")).toHaveLength(2);
  });

  it("says in both languages which snapshot stood for a From or To date that was no snapshot", () => {
    const counts = {
      New: 3,
      Advanced: 2,
      Slipped: 1,
      Unchanged: 0,
      Won: 2,
      Lost: 2,
      Dropped: 1,
      Reopened: 0,
      Closed: 1,
    };
    const d = { kind: "movement" as const, t0: "2026-03-06", t1: "2026-03-20", asked0: "2026-03-08", counts, startAmount: 1340, endAmount: 1720 }; // prettier-ignore
    expect(enUS.reports.movement.summary(d)).toBe(
      "Movement 2026-03-06 (for 2026-03-08) → 2026-03-20: 3 new, 2 advanced, 1 slipped, 2 won, 2 lost, 1 dropped; " +
        "open pipeline 1,340 → 1,720.",
    );
    expect(zhCN.reports.movement.summary({ ...d, asked1: "2026-03-22" })).toMatch(
      /^2026-03-06（对应 2026-03-08） → 2026-03-20（对应 2026-03-22）：新增 3、/,
    );
    const problem = { code: "movementDatesReversed", params: { from: "2026-03-20", to: "2026-03-13" } } as const;
    const failed = { ...d, t0: null, t1: null, problem };
    expect(enUS.reports.movement.summary(failed)).toBe(
      "Movement not compared: From snapshot 2026-03-20 must be before To snapshot 2026-03-13.",
    );
    expect(zhCN.reports.movement.summary(failed)).toBe("未能对比：起始快照 2026-03-20 必须早于截止快照 2026-03-13。");
  });
});
