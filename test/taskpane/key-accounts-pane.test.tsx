/**
 * The Key accounts pane (issue 13): the plan tables section that every report reading plan tables gets,
 * creating the tables on the in-memory host, jumping to a plan row, and the review built after; in Chinese too.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./render";

async function ready(label = "Accounts table") {
  await waitFor(() => expect(screen.getByRole("combobox", { name: label })).toHaveProperty("value", "Accounts"), {
    timeout: 10_000,
  });
}

describe("Key accounts pane", () => {
  it("creates the plan tables, jumps to an account's plan row and builds the review", async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: "sample" });
    await ready();
    await user.click(screen.getByRole("tab", { name: "Key accounts" }));
    const pane = screen.getByRole("tabpanel", { name: "Key accounts" });
    await user.click(within(pane).getByRole("button", { name: "Create or update plan tables" }));
    expect(await within(pane).findByText(/Plan tables ready for \d+ key accounts: \d+ rows added\./, {}, { timeout: 20_000 })).toBeTruthy(); // prettier-ignore
    expect(within(pane).getByText("On sheets Account Plans, Account Status, Action Plan.")).toBeTruthy();
    expect(host.sheetNames()).toEqual(expect.arrayContaining(["Account Plans", "Account Status", "Action Plan"]));

    // Go to plan row: the third account's row of the Account Plans table is selected.
    const picker = await within(pane).findByRole("combobox", { name: "Key account" });
    const third = host.values("Account Plans", "A4")[0][0] as string;
    await user.selectOptions(picker, third);
    await user.click(within(pane).getByRole("button", { name: "Go to plan row" }));
    await waitFor(() => expect(host.selection()).toBe("'Account Plans'!A4:L4"));
    expect(host.activeSheet()).toBe("Account Plans");

    await user.click(within(pane).getByRole("button", { name: "Build" }));
    expect(await within(pane).findByText(/Key-account review of \d+ key accounts/, {}, { timeout: 20_000 })).toBeTruthy(); // prettier-ignore
    expect(host.sheetNames()).toContain("Key Accounts");
  }, 60_000);

  it("words the section in Chinese", async () => {
    renderPane({ workbook: "sample", displayLanguage: "zh-CN" });
    await ready("客户表格");
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "重点客户" }));
    const pane = screen.getByRole("tabpanel", { name: "重点客户" });
    expect(within(pane).getByRole("button", { name: "创建或更新规划表" })).toBeTruthy();
    expect(within(pane).getByText("规划表")).toBeTruthy();
  }, 60_000);

  it.each([
    [
      "en-US",
      "Accounts table",
      "Key accounts",
      "Create or update plan tables",
      "Build",
      /^1 row of sheet Account Status \(first: row 3\) could not be used \(see Check data\)/,
      "Left out of this review (see Check data): sheet Account Status, row 3. Fix and build again.",
    ],
    [
      "zh-CN",
      "客户表格",
      "重点客户",
      "创建或更新规划表",
      "生成",
      /^工作表 客户状态评估 中有 1 行无法使用（见“检查数据”，第一行为第 3 行）/,
      "未计入本评审（见“检查数据”）：工作表 客户状态评估 第 3 行。请修正后重新生成。",
    ],
  ])(
    "%s: a second answer to one question is left out, named in the pane and on the sheet",
    async (language, accounts, tab, create, build, warning, note) => {
      const user = userEvent.setup();
      const { host } = renderPane({ workbook: "sample", displayLanguage: language });
      await ready(accounts);
      await user.click(screen.getByRole("tab", { name: tab }));
      const pane = screen.getByRole("tabpanel", { name: tab });
      await user.click(within(pane).getByRole("button", { name: create }));
      await within(pane).findByRole("combobox", {}, { timeout: 20_000 });
      const status = host.sheetNames().find((n) => n === "Account Status" || n === "客户状态评估") as string;
      // Row 3 answers row 2's question again (the same key account): the core keeps row 2 only.
      host.setCell(status, "B3", host.values(status, "B2")[0][0]);
      await user.click(within(pane).getByRole("button", { name: build }));
      expect(await within(pane).findByText(warning, {}, { timeout: 20_000 })).toBeTruthy();
      const review = host.sheetNames().find((n) => n === "Key Accounts" || n === "重点客户") as string;
      const notes = host.values(review, "B1:B60").map((r) => r[0]);
      expect(notes).toContain(note);
    },
    60_000,
  );
});
