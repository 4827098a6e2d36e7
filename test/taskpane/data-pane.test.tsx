/** Data pane: tables listed and suggested, mapping dropdowns, Check data and selecting a bad cell. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./render";

const accountsGroup = () => screen.getByRole("group", { name: "Accounts columns" });

describe("Data pane", () => {
  it("suggests each sample table as its source and shows the detected columns", async () => {
    renderPane({ workbook: "sample" });
    const accounts = await screen.findByRole("combobox", { name: "Accounts table" }, { timeout: 10_000 });
    await waitFor(() => expect(accounts).toHaveProperty("value", "Accounts"));
    expect(screen.getByRole("combobox", { name: "Opportunities table" })).toHaveProperty("value", "Opportunities");
    expect(screen.getByRole("combobox", { name: "Quotas table" })).toHaveProperty("value", "Quotas");

    const group = accountsGroup();
    const contribution = within(group).getByRole("combobox", { name: /^Contribution/ }) as HTMLSelectElement;
    expect(contribution.selectedOptions[0].textContent).toBe("Contribution");
    const name = within(group).getByRole("combobox", { name: /^Account name/ }) as HTMLSelectElement;
    expect(name.selectedOptions[0].textContent).toBe("Account Name");
    expect(name).toHaveProperty("required", true);
    const approver = within(group).getByRole("combobox", { name: /^Approver/ }) as HTMLSelectElement;
    expect(approver.required).toBe(false);
  });

  it("lets the user fix a mapping, and warns about a required field with no column", async () => {
    const user = userEvent.setup();
    renderPane({ workbook: "sample" });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "Accounts"),
      { timeout: 10_000 }, // the first load can exceed the 1 s default on a busy CI machine
    );
    const potential = within(accountsGroup()).getByRole("combobox", { name: /^Potential/ }) as HTMLSelectElement;
    await user.selectOptions(potential, "(not used)");
    expect(potential.selectedOptions[0].textContent).toBe("(not used)");
    expect(screen.getByText(/Required columns not found: Potential/)).toBeTruthy();
    await user.selectOptions(potential, "Reference Value");
    expect(potential.selectedOptions[0].textContent).toBe("Reference Value");
    expect(screen.queryByText(/Required columns not found/)).toBeNull();
    // The column moved to potential, so reference lost it.
    const reference = within(accountsGroup()).getByRole("combobox", { name: /^Reference value/ }) as HTMLSelectElement;
    expect(reference.selectedOptions[0].textContent).toBe("(not used)");
  });

  it("checks the data, lists the first problems with sheet, row and reason, and selects the cell clicked", async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: "dirty" });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "Accounts"),
      { timeout: 10_000 }, // the first load can exceed the 1 s default on a busy CI machine
    );
    await user.click(screen.getByRole("button", { name: "Check data" }));
    const read = await screen.findByText(/^Accounts: 60 rows read, \d+ skipped$/);
    expect(Number(/(\d+) skipped/.exec(read.textContent ?? "")?.[1])).toBeGreaterThan(0);
    expect(screen.getByText(/^Opportunities: 120 rows read/)).toBeTruthy();
    const problems = screen.getAllByRole("button", { name: /row \d+/ });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(10);
    const first = problems[0];
    const m = /^(.+) row (\d+)(?:, ([^:]+))?: (.+)$/.exec(first.textContent ?? "");
    expect(m).not.toBeNull();
    await user.click(first);
    await waitFor(() => expect(host.selection()).toMatch(new RegExp(`^'?${m?.[1]}'?!\\$?[A-Z]+\\$?${m?.[2]}$`)));
  });

  it("says so when the workbook has no tables, and the sample button fills it", async () => {
    const user = userEvent.setup();
    const { host } = renderPane();
    expect(await screen.findByText(/This workbook has no Excel tables yet/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Insert sample workbook" }));
    expect(
      await screen.findByText(/Sample workbook inserted on sheets Accounts, Opportunities, Assignments, Quotas/),
    ).toBeTruthy();
    expect(host.tables().map((t) => t.name)).toEqual([
      "Accounts",
      "Opportunities",
      "Assignments",
      "Quotas",
      "Contracts",
      "OpportunityHistory",
      "Leads",
      // The sample's partly filled ESP plan tables (issue 13).
      "AccountPlans",
      "AccountStatus",
      "ActionPlan",
    ]);
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Assignments table" })).toHaveProperty("value", "Assignments"),
    );
    expect(screen.getByText(/The report date is set to 2026-11-23/)).toBeTruthy();
  });

  it("marks the last check out of date when a mapping or a table changes, until the data is checked again", async () => {
    const user = userEvent.setup();
    renderPane({ workbook: "sample" });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "Accounts"),
      { timeout: 10_000 },
    );
    const stale = /changed after this check: these results may be out of date/;
    await user.click(screen.getByRole("button", { name: "Check data" }));
    const validation = await screen.findByRole("region", { name: "Validation" });
    expect(await within(validation).findByText("Every row can be used.")).toBeTruthy();
    expect(within(validation).queryByText(stale)).toBeNull();

    // A mapping change: the old results stay, marked as out of date.
    const potential = within(accountsGroup()).getByRole("combobox", { name: /^Potential/ });
    await user.selectOptions(potential, "Reference Value");
    expect(within(validation).getByText(stale)).toBeTruthy();
    expect(within(validation).getByText("Every row can be used.")).toBeTruthy();
    // Undoing the change makes them current again.
    await user.selectOptions(potential, "Potential");
    expect(within(validation).queryByText(stale)).toBeNull();

    // Unpicking a table, then checking again from the note: the new results are current.
    await user.selectOptions(screen.getByRole("combobox", { name: "Quotas table" }), "(none)");
    expect(within(validation).getByText(stale)).toBeTruthy();
    expect(within(validation).getByText(/^Quotas: \d+ rows read/)).toBeTruthy();
    await user.click(within(validation).getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(within(validation).queryByText(/^Quotas: /)).toBeNull());
    expect(within(validation).queryByText(stale)).toBeNull();
    expect(within(validation).getByText(/^Accounts: 60 rows read, 0 skipped$/)).toBeTruthy();

    // A broken mapping, checked: its errors are current until the mapping is fixed.
    await user.selectOptions(potential, "(not used)");
    expect(within(validation).getByText(stale)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Check data" }));
    expect(await within(validation).findByText(/^Accounts: 60 rows read, 60 skipped$/)).toBeTruthy();
    expect(within(validation).queryByText(stale)).toBeNull();
    await user.selectOptions(potential, "Potential");
    expect(within(validation).getByText(stale)).toBeTruthy();
  });

  it("says a check is out of date in Chinese", async () => {
    const user = userEvent.setup();
    renderPane({ workbook: "sample", displayLanguage: "zh-CN" });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "客户表格" })).toHaveProperty("value", "Accounts"),
      {
        timeout: 10_000,
      },
    );
    await user.click(screen.getByRole("button", { name: "检查数据" }));
    const validation = await screen.findByRole("region", { name: "数据校验" });
    await within(validation).findByText("所有行均可使用。");
    await user.selectOptions(screen.getByRole("combobox", { name: "指标表格" }), "（无）");
    expect(within(validation).getByText("检查之后表格、列对应关系或商机阶段已更改，以下结果可能已过时。")).toBeTruthy();
    expect(within(validation).getByRole("button", { name: "重新检查" })).toBeTruthy();
  });

  it("lists the plan tables the sample inserts, and Check data reads them and locates their bad rows", async () => {
    const user = userEvent.setup();
    const { host } = renderPane();
    await user.click(await screen.findByRole("button", { name: "Insert sample workbook" }));
    const plans = await screen.findByRole("group", { name: "Plan tables" }, { timeout: 10_000 });
    const rows = (name: string) => host.tables().find((t) => t.name === name)?.rows as number;
    await waitFor(() =>
      expect(
        within(plans)
          .getAllByRole("listitem")
          .map((li) => li.textContent),
      ).toEqual([
        `Account Plans: table AccountPlans on sheet Account Plans, ${rows("AccountPlans").toLocaleString("en-US")} rows`,
        `Account Status: table AccountStatus on sheet Account Status, ${rows("AccountStatus").toLocaleString("en-US")} rows`,
        `Action Plan: table ActionPlan on sheet Action Plan, ${rows("ActionPlan").toLocaleString("en-US")} rows`,
      ]),
    );
    // A score of 7 in Account Status (its Score column is F): the check counts the row skipped and locates it.
    host.setCell("Account Status", "F2", 7);
    await user.click(screen.getByRole("button", { name: "Check data" }));
    const validation = await screen.findByRole("region", { name: "Validation" });
    const n = rows("AccountStatus");
    expect(
      await within(validation).findByText(`Account Status: ${n.toLocaleString("en-US")} rows read, 1 skipped`),
    ).toBeTruthy();
    expect(within(validation).getByText(/^Action Plan: \d+ rows read, 0 skipped$/)).toBeTruthy();
    const problem = within(validation).getByRole("button", { name: /^Account Status row 2, Score/ });
    await user.click(problem);
    await waitFor(() => expect(host.selection()).toMatch(/^'?Account Status'?!\$?F\$?2$/));
  });

  it("lists the plan tables in Chinese, and says when the workbook has none", async () => {
    renderPane({ workbook: "sample", displayLanguage: "zh-CN" });
    const plans = await screen.findByRole("group", { name: "规划表" }, { timeout: 10_000 });
    expect(
      within(plans)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["客户规划：本工作簿中尚无此表", "客户状态评估：本工作簿中尚无此表", "行动计划：本工作簿中尚无此表"]);
  });
});
