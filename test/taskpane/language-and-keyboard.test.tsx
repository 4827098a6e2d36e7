/** Language (from Office's display language, and the header switch) and keyboard-only use. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pickLanguage } from "../../src/taskpane/i18n";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { renderPane } from "./render";

describe("language", () => {
  it("follows Office's display language", () => {
    expect(pickLanguage("zh-CN")).toBe("zh-CN");
    expect(pickLanguage("zh-TW")).toBe("zh-CN");
    expect(pickLanguage("en-GB")).toBe("en-US");
    expect(pickLanguage(undefined)).toBe("en-US");
  });

  it("starts in Chinese for a Chinese Office", async () => {
    renderPane({ displayLanguage: "zh-CN" });
    expect(screen.getByRole("tab", { name: "九宫格" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "插入示例工作簿" })).toBeTruthy();
    expect(await screen.findByText(/此工作簿还没有 Excel 表格/)).toBeTruthy();
  });

  it("switches to zh-CN strings from the header", async () => {
    const user = userEvent.setup();
    renderPane({ workbook: "sample" });
    expect(screen.getByRole("button", { name: "Check data" })).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "中文");
    expect(screen.getByRole("button", { name: "检查数据" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Check data" })).toBeNull();
    expect(screen.getByRole("tab", { name: "客户覆盖" })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("combobox", { name: "客户表格" })).toHaveProperty("value", "Accounts"));
    await user.selectOptions(screen.getByRole("combobox", { name: "语言" }), "English");
    expect(screen.getByRole("button", { name: "Check data" })).toBeTruthy();
  });

  it("has a Chinese string for every English one", () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(zhCN).sort()).toEqual(keys(enUS).sort());
  });
});

describe("keyboard", () => {
  it("selects a pane from the keyboard and tabs into it", async () => {
    const user = userEvent.setup();
    renderPane({ workbook: "sample" });
    // Arrow keys between tabs are tabster's (Fluent's focus manager), which needs real layout: jsdom has
    // none, so the test focuses the tab itself and uses the keys a user presses on it.
    const modelTab = screen.getByRole("tab", { name: "Model" });
    modelTab.focus();
    await user.keyboard("{Enter}");
    expect(modelTab.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel", { name: "Model" })).toBeTruthy();
    expect(screen.queryByRole("tabpanel", { name: "Data" })).toBeNull();
    const pipelineTab = screen.getByRole("tab", { name: "Pipeline" });
    pipelineTab.focus();
    await user.keyboard(" ");
    expect(pipelineTab.getAttribute("aria-selected")).toBe("true");
    // Tab order itself is tabster's too (it moves focus out of the tab list), so it is not simulated here:
    // what it relies on is checked instead. Hidden panes are out of the tab order, the shown one's controls in it.
    for (const hidden of document.querySelectorAll("[role=tabpanel][hidden]"))
      expect(getComputedStyle(hidden).display).toBe("none");
    const panel = screen.getByRole("tabpanel", { name: "Pipeline" });
    const date = screen.getByLabelText("Report date", { selector: `#${panel.id} input` });
    expect(date.tabIndex).toBe(0);
  });
});
