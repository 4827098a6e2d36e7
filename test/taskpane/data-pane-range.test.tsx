/** Data pane on a workbook with no tables: "Use a range" below title lines, and "Convert to table" with consent. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { crmWorkbook, titledExport } from "../excel/crm-workbook";
import { renderPane } from "./render";

const SHEET = "Opportunities export";
const { spec, headerRow, rows } = titledExport(SHEET);
const RANGE = `'${SHEET}'!A${headerRow}:H${headerRow + rows}`;

async function selectCell(host: ReturnType<typeof renderPane>["host"], address: string) {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(address).select();
    await context.sync();
  });
}

describe("Data pane with a plain range", () => {
  it("counts a table's data rows only: its Total Row is not a row", async () => {
    renderPane({ workbook: crmWorkbook().spec });
    const accounts = (await screen.findByRole(
      "combobox",
      { name: "Accounts table" },
      { timeout: 10_000 },
    )) as HTMLSelectElement;
    await waitFor(() => expect(accounts.value).toBe("Accounts"));
    // 36 accounts and 3 bad rows between the header (row 1) and the total row (row 41).
    expect(accounts.selectedOptions[0].textContent).toBe("Accounts — Accounts, 39 rows");
    const quotas = screen.getByRole("combobox", { name: "Quotas table" }) as HTMLSelectElement;
    expect([...quotas.options].map((o) => o.textContent)).toContain("Quotas — Quotas, 4 rows");
  });

  it("uses the range for the list it suits, checks it, and converts it only after the user agrees", async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: spec });
    expect(
      await screen.findByText(/This workbook has no Excel tables yet/, undefined, { timeout: 10_000 }),
    ).toBeTruthy();
    await selectCell(host, "C9");
    await user.click(screen.getByRole("button", { name: "Use a range" }));
    expect(await screen.findByText(`Range ${RANGE} is now the Opportunities source.`)).toBeTruthy();
    const opportunities = screen.getByRole("combobox", { name: "Opportunities table" }) as HTMLSelectElement;
    expect(opportunities.value).toBe(RANGE);
    expect(opportunities.selectedOptions[0].textContent).toBe(`${RANGE} — range, ${rows} rows`);
    expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "");

    // Read from the header on row 5: 93 rows, the three planted ones skipped.
    await user.click(screen.getByRole("button", { name: "Check data" }));
    expect(await screen.findByText(/^Opportunities: 93 rows read, 3 skipped$/)).toBeTruthy();

    // Convert asks first; Cancel changes nothing.
    expect(screen.getByText(/live formulas over it do not take in rows added below it/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Convert to table…" }));
    expect(
      screen.getByText(
        new RegExp(`^Make ${RANGE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} an Excel table named Opportunities\\?`),
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(host.tables()).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Convert to table…" }));
    await user.click(screen.getByRole("button", { name: "Convert" }));
    expect(
      await screen.findByText("Converted to the table Opportunities; it is now the source of this list."),
    ).toBeTruthy();
    expect(host.tables()).toEqual([expect.objectContaining({ name: "Opportunities", address: RANGE, rows })]);
    expect(host.values(SHEET, "A1:A3")).toEqual([
      ["Opportunities by Stage"],
      ["Filtered by: All opportunities · Created by Admin"],
      ["As of 2026-03-31 09:00"],
    ]);
    await waitFor(() => expect(opportunities.value).toBe("Opportunities"));
    expect(screen.queryByRole("button", { name: "Convert to table…" })).toBeNull();
  });

  it("does the same in Chinese", async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: spec, displayLanguage: "zh-CN" });
    expect(await screen.findByText(/此工作簿还没有 Excel 表格/, undefined, { timeout: 10_000 })).toBeTruthy();
    await selectCell(host, "B20");
    await user.click(screen.getByRole("button", { name: "使用区域" }));
    expect(await screen.findByText(`区域 ${RANGE} 已设为商机的数据源。`)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "转换为表格…" }));
    expect(screen.getByText(/只有标题行和数据行会成为表格，上方的说明行保持不变/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "转换" }));
    expect(await screen.findByText("已转换为表格 Opportunities，并设为此清单的数据源。")).toBeTruthy();
    expect(host.tables().map((t) => t.name)).toEqual(["Opportunities"]);
  });
});
