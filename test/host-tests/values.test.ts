/** Range writes with Excel's rules, range arithmetic, formats, text rendering and the snapshot helper. */
import { createHost } from "../host";

/** Writes `values` to Sheet1!A1 (sized to the array) and returns what values and formulas read back. */
async function roundTrip(values: unknown[][] | unknown, address = "A1", numberFormat?: unknown) {
  const host = createHost();
  return host.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (numberFormat !== undefined) r.numberFormat = numberFormat as string[][];
    r.values = values as unknown[][];
    r.load("values,formulas,text,numberFormat,valueTypes");
    await context.sync();
    return { values: r.values, formulas: r.formulas, text: r.text, numberFormat: r.numberFormat, host };
  });
}

describe("writing values", () => {
  it("turns '=…' into a formula and keeps an apostrophe-prefixed '=…' as text", async () => {
    const r = await roundTrip([["=1+1", "'=1+1", '\'=HYPERLINK("http://x","x")']], "A1:C1");
    expect(r.values).toEqual([[2, "=1+1", '=HYPERLINK("http://x","x")']]);
    expect(r.formulas).toEqual([["=1+1", "=1+1", '=HYPERLINK("http://x","x")']]);
    expect(r.host.cell("Sheet1", "B1").formula).toBeNull();
  });

  it("keeps numbers and booleans, parses typed text like Excel, and keeps text in '@' cells", async () => {
    const r = await roundTrip([[42, true, "00123", "1,234", "50%", "TRUE", "2024-03-05", "#N/A", "abc"]], "A1:I1");
    expect(r.values).toEqual([[42, true, 123, 1234, 0.5, true, 45356, "#N/A", "abc"]]);
    expect(r.text).toEqual([["42", "TRUE", "123", "1,234", "50%", "TRUE", "2024-03-05", "#N/A", "abc"]]);
    const asText = await roundTrip([["00123", "1,234"]], "A1:B1", "@");
    expect(asText.values).toEqual([["00123", "1,234"]]);
  });

  it("broadcasts a single value to every cell", async () => {
    const r = await roundTrip(7, "A1:B2", "0.0");
    expect(r.values).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(r.numberFormat).toEqual([
      ["0.0", "0.0"],
      ["0.0", "0.0"],
    ]);
    expect(r.text).toEqual([
      ["7.0", "7.0"],
      ["7.0", "7.0"],
    ]);
  });

  it("leaves a cell unchanged for null and empties it for an empty string", async () => {
    const host = createHost();
    host.setCells("Sheet1", "A1", [["keep", "drop"]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(host.values("Sheet1", "A1:B1")).toEqual([["keep", ""]]);
    expect(host.usedRange("Sheet1")).toBe("Sheet1!A1");
  });

  it("rejects an array whose shape differs from the range with InvalidArgument", async () => {
    await expect(roundTrip([[1, 2]], "A1:C1")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(roundTrip([[1], [2]], "A1")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("writes formulas through `formulas`, and reads a formula's value through `values`", async () => {
    const host = createHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A3").formulas = [[2], [3], ["=A1*A2"]];
      await context.sync();
    });
    expect(host.cell("Sheet1", "A3")).toMatchObject({ value: 6, formula: "=A1*A2" });
  });
});

describe("range arithmetic", () => {
  it("derives ranges like Excel and reports their geometry", async () => {
    const host = createHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const base = ws.getRange("B4:E9");
      const derived = [
        base,
        base.getCell(1, 2),
        base.getResizedRange(1, -2),
        base.getOffsetRange(-1, 1),
        base.getRow(2),
        base.getColumn(3),
        base.getLastRow(),
        base.getLastColumn(),
        base.getLastCell(),
        base.getBoundingRect("A1"),
        base.getIntersection("D8:H20"),
        base.getEntireColumn(),
        ws.getRangeByIndexes(3, 1, 6, 4),
        ws.getCell(0, 27),
        ws.getRange("'Sheet1'!$C$3"),
      ];
      derived.forEach((r) => r.load("address"));
      base.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      expect(derived.map((r) => r.address)).toEqual([
        "Sheet1!B4:E9",
        "Sheet1!D5",
        "Sheet1!B4:C10",
        "Sheet1!C3:F8",
        "Sheet1!B6:E6",
        "Sheet1!E4:E9",
        "Sheet1!B9:E9",
        "Sheet1!E4:E9",
        "Sheet1!E9",
        "Sheet1!A1:E9",
        "Sheet1!D8:E9",
        "Sheet1!B:E",
        "Sheet1!B4:E9",
        "Sheet1!AB1",
        "Sheet1!C3",
      ]);
      expect([base.rowIndex, base.columnIndex, base.rowCount, base.columnCount]).toEqual([3, 1, 6, 4]);
    });
  });

  it("rejects a range that leaves the grid", async () => {
    const host = createHost();
    await expect(
      host.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0);
        r.load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("quotes sheet names in addresses when Excel does", async () => {
    const host = createHost({ workbook: { sheets: [{ name: "Nine grid" }] } });
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Nine grid").getRange("A1:B2");
      r.load("address");
      await context.sync();
      expect(r.address).toBe("'Nine grid'!A1:B2");
    });
  });
});

describe("formats", () => {
  it("sets fill, font, alignment, wrap, borders, widths and reads them back (null when mixed)", async () => {
    const host = createHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const header = ws.getRange("A1:C1");
      header.format.fill.color = "#1F4E78";
      header.format.font.color = "#ffffff";
      header.format.font.bold = true;
      header.format.horizontalAlignment = "Center";
      header.format.wrapText = true;
      header.format.columnWidth = 90;
      header.format.borders.getItem("EdgeBottom").style = "Continuous";
      header.format.borders.getItem("EdgeBottom").color = "#000000";
      ws.getRange("A2").format.fill.color = "#FFFF00";
      await context.sync();
      const mixed = ws.getRange("A1:A2");
      mixed.load("format/fill/color,format/font/bold");
      header.load("format/fill/color,format/columnWidth");
      const edge = header.format.borders.getItem("EdgeBottom");
      edge.load("style,color");
      await context.sync();
      expect([mixed.format.fill.color, mixed.format.font.bold]).toEqual([null, null]);
      expect([header.format.fill.color, header.format.columnWidth]).toEqual(["#1F4E78", 90]);
      expect([edge.style, edge.color]).toEqual(["Continuous", "#000000"]);
      header.format.fill.clear();
      await context.sync();
    });
    expect(host.cell("Sheet1", "B1")).toMatchObject({
      fill: null,
      fontColor: "#FFFFFF",
      bold: true,
      horizontalAlignment: "Center",
      wrapText: true,
      borders: { bottom: { style: "Continuous", color: "#000000" } },
    });
    expect(host.sheetInfo("Sheet1").columnWidths).toEqual({ A: 90, B: 90, C: 90 });
  });

  it("rejects an invalid colour", async () => {
    const host = createHost();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "not a colour";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("autofits columns to the longest text", async () => {
    const host = createHost();
    host.setCells("Sheet1", "A1", [["a"], ["a much longer account name"]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:B").format.autofitColumns();
      await context.sync();
    });
    expect(host.sheetInfo("Sheet1").columnWidths.A).toBeGreaterThan(120);
  });

  it("renders number formats in `text`", async () => {
    const host = createHost();
    host.setCells("Sheet1", "A1", [[1234.5, 0.256, 0.256, 45356, -1234.5, 3, 1234567.891]]);
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:G1");
      r.numberFormat = [["#,##0", "0%", "0.0%", "yyyy-mm-dd", "#,##0.00", "0", "General"]];
      r.load("text");
      await context.sync();
      expect(r.text).toEqual([["1,235", "26%", "25.6%", "2024-03-05", "-1,234.50", "3", "1234567.891"]]);
    });
  });

  it("clear() removes contents and formats; clear('Contents') keeps formats", async () => {
    const host = createHost();
    host.setCells("Sheet1", "A1", [[1, 2]]);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").format.fill.color = "#FF0000";
      await context.sync();
      ws.getRange("A1").clear();
      ws.getRange("B1").clear("Contents");
      await context.sync();
    });
    expect(host.cell("Sheet1", "A1")).toMatchObject({ value: "", fill: null });
    expect(host.cell("Sheet1", "B1")).toMatchObject({ value: "", fill: "#FF0000" });
  });
});

describe("snapshot", () => {
  it("is stable for an untouched sheet and changes with any cell, format or pane", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          {
            name: "User",
            cells: [
              ["Account", "Amount"],
              ["Acme", 10],
            ],
          },
          { name: "Other" },
        ],
      },
    });
    const before = host.snapshot("User");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["report"]];
      const user = context.workbook.worksheets.getItem("User").getRange("A1:B2");
      user.load("values");
      await context.sync();
    });
    expect(host.snapshot("User")).toBe(before);
    host.setCell("User", "B2", 11);
    expect(host.snapshot("User")).not.toBe(before);
  });
});

describe("selection", () => {
  it("tracks Range.select and getSelectedRange", async () => {
    const host = createHost();
    await host.run(async (context) => {
      context.workbook.worksheets.add("Report").getRange("B4").select();
      await context.sync();
      const sel = context.workbook.getSelectedRange();
      sel.load("address");
      await context.sync();
      expect(sel.address).toBe("Report!B4");
    });
    expect(host.selection()).toBe("Report!B4");
    expect(host.activeSheet()).toBe("Report");
  });
});

describe("whole-column formats", () => {
  it("apply to every cell of the columns, stored once per column", async () => {
    const host = createHost();
    host.setCells("Sheet1", "B1", [[0.25], [0.5]]);
    // Stored per cell, 1.8 M cells would exhaust Jest's time limit; no wall-clock bound (flaky on a loaded CI).
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B:C").numberFormat = "0%" as unknown as string[][];
      ws.getRange("B:C").format.fill.color = "#DDEBF7";
      ws.getRange("C5").format.font.bold = true;
      await context.sync();
      const probe = ws.getRange("B2:C900000");
      probe.load("format/fill/color");
      await context.sync();
      expect(probe.format.fill.color).toBe("#DDEBF7");
    });
    expect(host.cell("Sheet1", "B2")).toMatchObject({ text: "50%", fill: "#DDEBF7" });
    expect(host.cell("Sheet1", "C900000")).toMatchObject({ numberFormat: "0%", fill: "#DDEBF7", bold: false });
    expect(host.cell("Sheet1", "C5")).toMatchObject({ fill: "#DDEBF7", bold: true });
    host.setCell("Sheet1", "C7", "42%");
    expect(host.cell("Sheet1", "C7")).toMatchObject({ value: 0.42, numberFormat: "0%" });
  });
});
