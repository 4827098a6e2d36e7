/** renderDataPane with hand-built state: loading, no tables, a picked range, and a check's results. */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { LoadedSources } from "../../src/excel/build-report";
import { renderDataPane } from "../../src/taskpane/components/DataPane/renderDataPane";
import { DataPaneState } from "../../src/taskpane/components/DataPane/useDataPane";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { emptyPicks } from "../../src/taskpane/sources";

const classes = new Proxy({} as Record<string, string>, { get: (_, key) => String(key) });

function paneState(over: Partial<DataPaneState> = {}): DataPaneState {
  return {
    tables: [],
    tablesError: null,
    refreshTables: jest.fn(async () => undefined),
    addRange: jest.fn(async () => undefined),
    picks: emptyPicks(),
    pickTable: jest.fn(),
    setOverride: jest.fn(),
    mappings: {},
    checking: false,
    checked: null,
    stale: false,
    checkError: null,
    confirming: null,
    askConvert: jest.fn(),
    convert: jest.fn(async () => undefined),
    check: jest.fn(async () => undefined),
    select: jest.fn(),
    ...over,
  };
}

const show = (state: DataPaneState, s = enUS) => render(renderDataPane(state, s, classes as never));

const RANGE = "'Sheet 1'!A4:C9";

describe("renderDataPane", () => {
  it("shows loading, then the hint for a workbook without tables; Check data needs a pick", () => {
    const { rerender } = show(paneState({ tables: null }));
    expect(screen.getByText("Reading the workbook's tables…")).toBeTruthy();
    rerender(renderDataPane(paneState(), enUS, classes as never));
    expect(screen.getByText(/This workbook has no Excel tables yet/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check data" })).toHaveProperty("disabled", true);
  });

  it("says what a picked range means for live reports, and asks before converting it", () => {
    const picks = { ...emptyPicks(), accounts: { table: RANGE, overrides: {} } };
    const tables = [{ name: RANGE, sheet: "Sheet 1", address: "A4:C9", rows: 5, headers: ["ID", "Name"], range: true }];
    const state = paneState({ tables, picks });
    const { rerender } = show(state);
    expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", RANGE);
    fireEvent.click(screen.getByRole("button", { name: "Convert to table…" }));
    expect(state.askConvert).toHaveBeenCalledWith("accounts");
    rerender(renderDataPane({ ...state, confirming: "accounts" }, zhCN, classes as never));
    expect(screen.getByText(/^将 'Sheet 1'!A4:C9 转换为名为 Accounts 的 Excel 表格？/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "转换" }));
    expect(state.convert).toHaveBeenCalled();
  });

  it("lists a check's first problems, each selecting its cell, and marks stale results", () => {
    const error = {
      sheet: "Accounts",
      row: 7,
      column: "Potential",
      address: "F7",
      code: "notANumber",
      params: { text: "n/a" },
      reason: '"n/a" is not a number',
    };
    const checked = {
      dataset: { counts: { accounts: { rowsRead: 60, rowsSkipped: 1 } }, errors: [error], warnings: [] },
      parsed: {},
    } as unknown as LoadedSources;
    const state = paneState({ checked, stale: true });
    show(state);
    expect(screen.getByText("Accounts: 60 rows read, 1 skipped")).toBeTruthy();
    expect(screen.getByText(/results may be out of date/)).toBeTruthy();
    const list = screen.getByRole("list");
    fireEvent.click(within(list).getByRole("button", { name: 'Accounts row 7, Potential: "n/a" is not a number' }));
    expect(state.select).toHaveBeenCalledWith(error);
  });
});
