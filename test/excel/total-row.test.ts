/**
 * DOMAIN.md §2: only a table's data body is data. A Total Row that sums the list is neither read as an
 * account nor counted in the Data pane's table list (crm-workbook.ts: every table but Assignments shows
 * its totals, with SUBTOTAL formulas as Excel writes them).
 */
import { defaultModel } from "../../src/core/schemas";
import { loadSources } from "../../src/excel/build-report";
import { listTables, readTable } from "../../src/excel/read-source";
import { createHost } from "../host";
import { CRM_SELECTIONS, crmWorkbook } from "./crm-workbook";

const { spec, truth } = crmWorkbook();

describe("a table's total row", () => {
  it("is not counted in the table list, whose address ends at the data body", async () => {
    const host = createHost({ workbook: spec });
    const tables = await listTables(host.run);
    const accounts = tables.find((t) => t.name === "Accounts");
    // 36 accounts and 3 planted bad rows below the header; the sheet's last row (41) is the total row.
    expect(host.values("Accounts", "A41")[0][0]).toBe("Total");
    expect(accounts).toMatchObject({ rows: 39, address: "A1:E40" });
    expect(tables.find((t) => t.name === "Assignments")).toMatchObject({ rows: truth.accounts.length });
  });

  it("is never read: the source ends at the data body and no 'Total' account exists", async () => {
    const host = createHost({ workbook: spec });
    const before = host.snapshot("Accounts");
    const source = await readTable(host.run, "Accounts");
    expect(source.values).toHaveLength(40); // header + 39 data rows
    expect(source.values.some((r) => r[0] === "Total")).toBe(false);
    const { dataset, parsed } = await loadSources(host.run, CRM_SELECTIONS, defaultModel());
    expect(dataset.accounts.map((a) => a.name)).toEqual(truth.accounts.map((a) => a.name));
    expect(parsed.accounts?.rowsRead).toBe(39);
    expect(dataset.quotas.map((q) => q.rep)).toEqual(["Ana Li", "Bo Chen", "Chen Wei"]);
    expect(dataset.opportunities.some((o) => o.id === "Total")).toBe(false);
    expect(host.snapshot("Accounts")).toBe(before);
  });
});
