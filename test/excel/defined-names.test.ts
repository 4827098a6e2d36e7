/**
 * Table names and defined names share one namespace in Excel (test/host/README.md [names]): the host
 * refuses a clash, and the product picks a free table name that avoids both.
 */
import { insertSampleWorkbook } from "../../src/excel/insert-sample";
import { freeTableName } from "../../src/excel/names";
import { generateSample } from "../../src/sample";
import { createHost } from "../host";

describe("defined names and table names", () => {
  it("the host refuses a table named like a defined name, and a name like a table, either case", async () => {
    const host = createHost({
      workbook: {
        sheets: [{ name: "Data", cells: [["A"], [1]], tables: [{ name: "Deals", range: "A1:A2" }] }],
        names: [{ name: "Accounts", formula: "=Data!$A$2" }],
      },
    });
    await expect(
      host.run(async (context) => {
        context.workbook.tables.getItem("Deals").name = "ACCOUNTS";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      host.run(async (context) => {
        context.workbook.names.add("deals", "=Data!$A$1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("inserting the sample next to defined names Accounts and Quotas2 gives tables Accounts2 and Quotas3", async () => {
    const host = createHost({
      workbook: {
        sheets: [{ name: "Sheet1", cells: [[1]] }],
        names: [
          { name: "Accounts", formula: "=Sheet1!$A$1" },
          { name: "Quotas", formula: "=Sheet1!$A$1" },
          { name: "Quotas2", formula: "=Sheet1!$A$1" },
        ],
      },
    });
    const result = await insertSampleWorkbook(host.run, generateSample({ accounts: 20, opportunities: 30 }));
    expect(result.tables).toEqual([
      "Accounts2", "Opportunities", "Assignments", "Quotas3", "Contracts", "OpportunityHistory", "Leads",
    ]); // prettier-ignore
    expect(host.names().map((n) => n.name)).toEqual(["Accounts", "Quotas", "Quotas2"]);
    expect(freeTableName("Accounts", new Set(["accounts", "accounts2"]))).toBe("Accounts3");
  });
});
