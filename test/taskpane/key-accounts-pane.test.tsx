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
});
