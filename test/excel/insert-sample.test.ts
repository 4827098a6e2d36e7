/** insertSampleWorkbook against the in-memory Excel host: tables, formats, names in use, hostile text. */
import { columnLetter } from "../../src/core/a1";
import { insertSampleWorkbook, SAMPLE_KINDS } from "../../src/excel/insert-sample";
import { listTables } from "../../src/excel/read-source";
import { FORMULA_NAMES, generateSample } from "../../src/sample";
import { createHost } from "../host";

const small = () => generateSample({ accounts: 60, opportunities: 150 });

describe("insertSampleWorkbook", () => {
  it("writes the seven tables as Excel tables, each on its own new sheet, with dates formatted", async () => {
    const host = createHost();
    const wb = small();
    const result = await insertSampleWorkbook(host.run, wb);
    const five = ["Accounts", "Opportunities", "Assignments", "Quotas", "Contracts"];
    // Excel reserves the sheet name "History": the history table's sheet is "Opportunity History".
    expect(result.sheets).toEqual([...five, "Opportunity History", "Leads"]);
    expect(result.tables).toEqual([...five, "OpportunityHistory", "Leads"]);
    expect(result.kinds).toEqual([...SAMPLE_KINDS]);
    expect(host.sheetNames()).toEqual(["Sheet1", ...five, "Opportunity History", "Leads"]);
    const tables = host.tables();
    expect(tables.map((t) => [t.name, t.sheet, t.rows])).toEqual([
      ["Accounts", "Accounts", wb.accounts.rows.length],
      ["Opportunities", "Opportunities", wb.opportunities.rows.length],
      ["Assignments", "Assignments", wb.assignments.rows.length],
      ["Quotas", "Quotas", wb.quotas.rows.length],
      ["Contracts", "Contracts", wb.contracts?.rows.length],
      ["OpportunityHistory", "Opportunity History", wb.history?.rows.length],
      ["Leads", "Leads", wb.leads?.rows.length],
    ]);
    expect(host.numberFormats("Opportunity History", "A2")).toEqual([["yyyy-mm-dd"]]); // Snapshot Date
    expect(host.numberFormats("Contracts", "E2")).toEqual([["yyyy-mm-dd"]]); // Signed
    expect(tables[0].columns).toEqual(wb.accounts.headers);
    expect(host.values("Accounts", "A2:B2")).toEqual([wb.accounts.rows[0].slice(0, 2)]);

    const created = wb.opportunities.headers.indexOf("Created");
    const cell = `${columnLetter(created)}2`;
    expect(host.numberFormats("Opportunities", cell)).toEqual([["yyyy-mm-dd"]]);
    expect(host.cell("Opportunities", cell).text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(host.activeSheet()).toBe("Accounts");

    // What the Data pane lists afterwards.
    const listed = await listTables(host.run);
    expect(listed.find((t) => t.name === "Accounts")?.headers).toEqual(wb.accounts.headers);
  });

  it("uses a fixed number of round trips and keeps each request under the budget", async () => {
    const host = createHost();
    const result = await insertSampleWorkbook(host.run, small());
    // Names in use, sample tags, hidden sheets, one payload chunk, then tables shown and tagged ready.
    expect(result.roundTrips).toBe(5);
    expect(host.stats.syncs).toBe(5);

    const big = createHost();
    const many = await insertSampleWorkbook(big.run, generateSample({ accounts: 2000, opportunities: 6000 }), {
      budgetBytes: 256 * 1024,
    });
    expect(many.roundTrips).toBeGreaterThan(3);
    expect(big.stats.maxRequestBytes).toBeLessThan(400 * 1024);
    expect(big.tables().find((t) => t.name === "Opportunities")?.rows).toBe(6000);
  });

  it("never overwrites a user's sheet or table: names in use get (2) or 2", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          {
            name: "Accounts",
            cells: [
              ["mine", "keep"],
              ["a", 1],
            ],
            tables: [{ name: "Accounts", range: "A1:B2" }],
          },
          { name: "Quotas", cells: [["my quota notes"]] },
        ],
      },
    });
    const result = await insertSampleWorkbook(host.run, small());
    expect(result.sheets).toEqual([
      "Accounts (2)", "Opportunities", "Assignments", "Quotas (2)", "Contracts", "Opportunity History", "Leads",
    ]); // prettier-ignore
    expect(result.tables).toEqual([
      "Accounts2", "Opportunities", "Assignments", "Quotas", "Contracts", "OpportunityHistory", "Leads",
    ]); // prettier-ignore
    expect(host.values("Accounts", "A1:B2")).toEqual([
      ["mine", "keep"],
      ["a", 1],
    ]);
    expect(host.values("Quotas", "A1")).toEqual([["my quota notes"]]);
    expect(host.tables().find((t) => t.name === "Accounts")?.sheet).toBe("Accounts");
  });

  it("a second insert adds nothing and names the sample tables already there", async () => {
    const host = createHost();
    const first = await insertSampleWorkbook(host.run, small());
    const once = host.workbookSnapshot();
    const again = await insertSampleWorkbook(host.run, small());
    expect(again).toMatchObject({ sheets: first.sheets, tables: first.tables, inserted: 0 });
    expect(host.workbookSnapshot()).toBe(once);
  });

  it("keeps hostile sample names as text", async () => {
    const host = createHost();
    const wb = small();
    wb.accounts.rows[0][1] = FORMULA_NAMES[0];
    wb.accounts.rows[1][1] = "=1+1";
    wb.accounts.rows[2][1] = "+44 20";
    await insertSampleWorkbook(host.run, wb);
    expect(host.values("Accounts", "B2:B4")).toEqual([[FORMULA_NAMES[0]], ["=1+1"], ["+44 20"]]);
    for (const cell of ["B2", "B3", "B4"]) expect(host.cell("Accounts", cell).formula).toBeNull();
  });

  it("writes Chinese headers and sheet names for zh-CN", async () => {
    const host = createHost();
    const result = await insertSampleWorkbook(host.run, small(), { language: "zh-CN" });
    expect(result.sheets).toEqual(["客户", "商机", "客户覆盖", "指标", "合同", "商机历史", "线索"]);
    expect(host.tables()[5].columns).toEqual([
      "快照日期", "商机编号", "客户", "负责人", "区域", "阶段", "状态", "金额", "预计签约日期",
    ]); // prettier-ignore
    expect(host.tables()[6].columns).toEqual([
      "线索编号", "线索来源", "负责人", "创建日期", "线索状态", "转化商机编号", "转化日期",
    ]); // prettier-ignore
    expect(host.tables()[0].columns).toContain("上期分级");
    expect(host.tables()[4].columns).toEqual([
      "合同编号",
      "客户",
      "商机编号",
      "负责人",
      "签订日期",
      "合同金额",
      "已开票",
      "已回款",
      "交付状态",
    ]);
    expect(host.tables()[0].columns).toContain("客户名称");
  });
});
