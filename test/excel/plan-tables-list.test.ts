/**
 * The Data pane's list of the ESP plan tables (issue 13): listTables says which table is which plan table,
 * by the rule the Key Accounts review reads them by (resolvePlanTables): a sheet tagged "ready" gives its
 * table, else a table with the plan table's own name, never one on a sheet a dead run left "building".
 */
import { PLAN_TAG, resolvePlanTables } from "../../src/excel/plan-tables-find";
import { listTables } from "../../src/excel/read-source";
import { createHost } from "../host";

const sheet = (name: string, table: string) => ({
  name,
  cells: [
    ["Account", "Question ID"],
    ["Acme", "R1"],
  ],
  tables: [{ name: table, range: "A1:B2" }],
});

describe("plan tables in the table list", () => {
  it("marks a tagged table, a table by its plan name, and not one on a half-written sheet", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          sheet("Plans 2026", "Plans2026"),
          sheet("Mine", "accountstatus"),
          sheet("Half", "ActionPlan"),
          sheet("Other", "Accounts"),
        ],
      },
    });
    await host.run(async (context) => {
      const tag = (ws: string, value: object) =>
        context.workbook.worksheets.getItem(ws).customProperties.add(PLAN_TAG, JSON.stringify(value));
      tag("Plans 2026", { kind: "accountPlans", state: "ready", table: "Plans2026" });
      tag("Half", { kind: "actionPlan", state: "building", table: "ActionPlan" });
      await context.sync();
    });
    const before = host.stats.syncs;
    const tables = await listTables(host.run);
    expect(host.stats.syncs - before).toBe(2); // the tags ride along with the headers
    expect(tables.map((t) => [t.name, t.plan ?? null])).toEqual([
      ["Plans2026", "accountPlans"],
      ["accountstatus", "accountStatus"],
      ["ActionPlan", null],
      ["Accounts", null],
    ]);
  });

  it("resolves tags before names, the first table on a tagged sheet when the tagged name is gone", () => {
    const tables = [
      { name: "AccountPlans", sheet: "Copy" },
      { name: "Renamed", sheet: "Account Plans" },
    ];
    const sheets = [
      { name: "Copy", tag: {} },
      { name: "Account Plans", tag: { kind: "accountPlans", state: "ready", table: "AccountPlans" } },
    ];
    expect(resolvePlanTables(sheets, tables)).toEqual({ found: { accountPlans: "Renamed" }, stale: [] });
    expect(resolvePlanTables([{ name: "Copy", tag: { kind: "nonsense" } }], tables)).toEqual({
      found: { accountPlans: "AccountPlans" },
      stale: [],
    });
  });
});
