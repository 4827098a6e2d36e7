/** The direct helpers: seeding (literal cells), user edits (typed input), cell details and sheet info. */
import { createHost } from "../host";

describe("loadWorkbook", () => {
  it("stores fixture text as text (a '1,234' stays a string), formulas as formulas and '#N/A' as an error", () => {
    const host = createHost();
    host.loadWorkbook({
      sheets: [
        {
          name: "Accounts",
          at: "B2",
          cells: [
            ["Account", "Contribution", "Check"],
            ["Acme", "1,234", "=ISTEXT(C3)"],
            ["Beta", "#N/A", "=ISNA(C4)"],
            ["Coda", 500],
          ],
          numberFormats: [
            [null, null, null],
            [null, "#,##0", null],
            [null, null, null],
            [null, "#,##0", null],
          ],
        },
        { name: "Empty" },
      ],
      activeSheet: "Empty",
    });
    expect(host.sheetNames()).toEqual(["Accounts", "Empty"]);
    expect(host.activeSheet()).toBe("Empty");
    expect(host.values("Accounts", "C3:D5")).toEqual([
      ["1,234", true],
      ["#N/A", true],
      [500, ""],
    ]);
    expect(host.cell("Accounts", "C5")).toMatchObject({
      value: 500,
      text: "500",
      numberFormat: "#,##0",
      formula: null,
    });
    expect(host.usedRange("Accounts")).toBe("Accounts!B2:D5");
    expect(host.stats.syncs).toBe(0);
  });
});

describe("setCell", () => {
  it("is a user typing: '1,234' becomes a number, and dependents recalculate", () => {
    const host = createHost({ workbook: { sheets: [{ name: "S", cells: [[1, 2, "=A1+B1"]] }] } });
    host.setCell("S", "A1", "1,234");
    expect(host.cell("S", "A1")).toMatchObject({ value: 1234, numberFormat: "#,##0", text: "1,234" });
    expect(host.values("S", "C1")).toEqual([[1236]]);
    host.setCell("S", "B1", "'2");
    expect(host.values("S", "B1:C1")).toEqual([["2", 1236]]);
  });
});

describe("names", () => {
  it("rejects a name that is also a cell reference (CUT1 is column CUT, row 1)", async () => {
    const host = createHost();
    await expect(
      host.run(async (context) => {
        context.workbook.names.add("Cut1", "=0.5");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("sheetInfo", () => {
  it("reports position, visibility, tab colour, gridlines and non-default sizes", async () => {
    const host = createHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.add("Report");
      ws.tabColor = "#00B050";
      ws.showGridlines = false;
      ws.getRange("B:C").format.columnWidth = 120;
      ws.getRange("2:2").format.rowHeight = 30;
      await context.sync();
    });
    expect(host.sheetInfo("Report")).toEqual({
      name: "Report",
      position: 1,
      visibility: "Visible",
      tabColor: "#00B050",
      showGridlines: false,
      columnWidths: { B: 120, C: 120 },
      rowHeights: { 2: 30 },
    });
  });
});
