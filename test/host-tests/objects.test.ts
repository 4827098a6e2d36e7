/** Tables, conditional formats, charts, named items and settings through the proxy API. */
import { createHost, WorkbookSpec } from "../host";

const data: WorkbookSpec = {
  sheets: [
    {
      name: "Data",
      cells: [
        ["Account", "Contribution", "Potential"],
        ["Acme", 100, 300],
        ["Beta", 200, 100],
        ["Coda", 300, 200],
      ],
    },
  ],
};

describe("tables", () => {
  it("adds a table with default and custom names, style, ranges and columns", async () => {
    const host = createHost({ workbook: data });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const t = ws.tables.add("A1:C4", true);
      t.style = "TableStyleLight9";
      t.load("name");
      await context.sync();
      expect(t.name).toBe("Table1");
      t.name = "Accounts";
      const body = t.getDataBodyRange();
      const header = t.getHeaderRowRange();
      const col = t.columns.getItem("Potential").getDataBodyRange();
      body.load("address");
      header.load("values");
      col.load("values,address");
      t.columns.load("items/name");
      await context.sync();
      expect(body.address).toBe("Data!A2:C4");
      expect(header.values).toEqual([["Account", "Contribution", "Potential"]]);
      expect([col.address, col.values]).toEqual(["Data!C2:C4", [[300], [100], [200]]]);
      expect(t.columns.items.map((c) => c.name)).toEqual(["Account", "Contribution", "Potential"]);
    });
    expect(host.tables()).toEqual([
      {
        name: "Accounts",
        sheet: "Data",
        address: "Data!A1:C4",
        dataAddress: "Data!A2:C4",
        columns: ["Account", "Contribution", "Potential"],
        rows: 3,
        style: "TableStyleLight9",
        showTotals: false,
      },
    ]);
  });

  it("lists workbook tables with their worksheet, and finds them by name", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          { ...data.sheets[0], tables: [{ name: "Accounts", range: "A1:C4" }] },
          { name: "Other", cells: [["x"], [1]], tables: [{ name: "Small", range: "A1:A2" }] },
        ],
      },
    });
    await host.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      const missing = tables.getItemOrNullObject("Nope");
      const small = tables.getItem("small");
      small.load("name,worksheet/name");
      const range = small.getRange();
      range.load("address");
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([
        ["Accounts", "Data"],
        ["Small", "Other"],
      ]);
      expect(missing.isNullObject).toBe(true);
      expect([small.name, small.worksheet.name, range.address]).toEqual(["Small", "Other", "Other!A1:A2"]);
    });
  });

  it("rejects overlapping tables and duplicate names", async () => {
    const host = createHost({ workbook: data });
    await expect(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        ws.tables.add("A1:C4", true);
        ws.tables.add("B2:C3", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.add("Two");
        ws.getRange("A1:A2").values = [["h"], [1]];
        ws.tables.add("A1:A2", true).name = "Table1";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("shows a totals row and deletes the table with its cells", async () => {
    const host = createHost({ workbook: { sheets: [{ ...data.sheets[0], tables: [{ name: "T", range: "A1:C4" }] }] } });
    await host.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.showTotals = true;
      await context.sync();
      expect(host.tables()[0]).toMatchObject({ address: "Data!A1:C5", rows: 3, showTotals: true });
      t.delete();
      await context.sync();
    });
    expect(host.tables()).toEqual([]);
    expect(host.usedRange("Data")).toBeNull();
  });
});

describe("conditional formats", () => {
  it("adds a colour scale and a custom formula rule, lists and clears them", async () => {
    const host = createHost({ workbook: data });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const scale = ws.getRange("B2:B4").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { formula: null as unknown as string, type: "LowestValue", color: "#F8696B" },
        midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
        maximum: { formula: null as unknown as string, type: "HighestValue", color: "#63BE7B" },
      };
      const rule = ws.getRange("A2:C4").conditionalFormats.add("Custom");
      rule.custom.rule.formula = "=$C2>$B2";
      rule.custom.format.fill.color = "#FFC7CE";
      rule.custom.format.font.color = "#9C0006";
      await context.sync();
      const b3 = ws.getRange("B3");
      b3.load("conditionalFormats/items/type");
      const criteria = scale.colorScale;
      criteria.load("criteria,threeColorScale");
      await context.sync();
      expect(b3.conditionalFormats.items.map((c) => c.type).sort()).toEqual(["ColorScale", "Custom"]);
      expect(criteria.threeColorScale).toBe(true);
      expect(criteria.criteria.maximum).toMatchObject({ type: "HighestValue", color: "#63BE7B" });
    });
    const cfs = host.conditionalFormats("Data");
    expect(cfs.map((c) => [c.type, c.address])).toEqual([
      ["Custom", "Data!A2:C4"],
      ["ColorScale", "Data!B2:B4"],
    ]);
    expect(cfs[0].custom).toMatchObject({ formula: "=$C2>$B2", fill: "#FFC7CE", fontColor: "#9C0006" });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:C4").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(host.conditionalFormats("Data")).toEqual([]);
  });

  it("rejects a colour-scale criterion of an unknown type, or a Number criterion without its value", async () => {
    const host = createHost({ workbook: data });
    const scale = (minimum: { type: string; formula?: string; color: string }) =>
      host.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Data").getRange("B2:B4").conditionalFormats.add("ColorScale");
        cf.colorScale.criteria = {
          minimum: minimum as Excel.ConditionalColorScaleCriterion,
          maximum: { type: "HighestValue", color: "#FFFFFF" },
        };
        await context.sync();
      });
    await expect(scale({ type: "Number", color: "#000000" })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(scale({ type: "Lowest", color: "#000000" })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(scale({ type: "Number", formula: "0", color: "#000000" })).resolves.toBeUndefined();
  });

  it("fails the sync when a rule's part does not match its type", async () => {
    const host = createHost({ workbook: data });
    await expect(
      host.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Data").getRange("B2:B4").conditionalFormats.add("Custom");
        cf.colorScale.criteria = {
          minimum: { type: "LowestValue", color: "#000000" },
          maximum: { type: "HighestValue", color: "#FFFFFF" },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("charts", () => {
  it("creates a scatter chart with series from the source range, then custom series, axes and position", async () => {
    const host = createHost({ workbook: data });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("XYScatter", ws.getRange("B1:C4"), "Columns");
      chart.title.text = "Contribution × potential";
      chart.setPosition("E2", "L20");
      chart.legend.position = "Bottom";
      chart.axes.categoryAxis.title.text = "Contribution";
      chart.axes.valueAxis.scaleType = "Logarithmic";
      chart.axes.getItem("Value").minimum = 10;
      const cut = chart.series.add("Cut");
      cut.setValues(ws.getRange("C2:C3"));
      cut.setXAxisValues(ws.getRange("B2:B3"));
      cut.format.line.color = "#888888";
      cut.markerStyle = "None";
      chart.series.getItemAt(0).format.fill.setSolidColor("#1F77B4");
      chart.load("name");
      chart.series.load("items/name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      expect(chart.series.items.map((s) => s.name)).toEqual(["Potential", "Cut"]);
    });
    const [c] = host.charts("Data");
    expect(c).toMatchObject({
      type: "XYScatter",
      title: "Contribution × potential",
      sourceAddress: "Data!B1:C4",
      legend: { position: "Bottom" },
      position: { startCell: "Data!E2", endCell: "Data!L20", left: 4 * 48, top: 15, width: 8 * 48, height: 19 * 15 },
    });
    expect(c.series).toEqual([
      expect.objectContaining({
        name: "Potential",
        valuesAddress: "Data!C2:C4",
        xValuesAddress: "Data!B2:B4",
        values: [300, 100, 200],
        xValues: [100, 200, 300],
        color: "#1F77B4",
      }),
      expect.objectContaining({
        name: "Cut",
        valuesAddress: "Data!C2:C3",
        xValuesAddress: "Data!B2:B3",
        lineColor: "#888888",
        markerStyle: "None",
      }),
    ]);
    expect(c.axes.find((a) => a.type === "Value")).toMatchObject({ scaleType: "Logarithmic", minimum: 10 });
    expect(c.axes.find((a) => a.type === "Category")?.title).toEqual({ text: "Contribution", visible: true });
  });

  it("creates a bar chart with category names from a text column, and deletes charts and series", async () => {
    const host = createHost({ workbook: data });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const bar = ws.charts.add("BarClustered", ws.getRange("A1:C4"));
      bar.axes.categoryAxis.reversePlotOrder = true;
      bar.series.getItemAt(1).delete();
      const gone = ws.charts.add("Line", ws.getRange("B2:B4"));
      await context.sync();
      gone.delete();
      await context.sync();
    });
    const charts = host.charts("Data");
    expect(charts).toHaveLength(1);
    expect(charts[0].series.map((s) => [s.name, s.valuesAddress, s.xValuesAddress])).toEqual([
      ["Contribution", "Data!B2:B4", "Data!A2:A4"],
    ]);
    expect(charts[0].axes[0].reversePlotOrder).toBe(true);
  });

  it("rejects an unknown chart type", async () => {
    const host = createHost({ workbook: data });
    await expect(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        ws.charts.add("Scatter" as Excel.ChartType, ws.getRange("B1:C4"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("named items and settings", () => {
  it("adds names from a Range or a formula and reads them back", async () => {
    const host = createHost({ workbook: data });
    await host.run(async (context) => {
      const names = context.workbook.names;
      names.add("Contribution", context.workbook.worksheets.getItem("Data").getRange("B2:B4"), "for charts");
      names.add("Cut_low", "=0.5");
      await context.sync();
      const item = names.getItemOrNullObject("contribution");
      const none = names.getItemOrNullObject("Nope");
      item.load("name,formula,type,value,comment");
      const range = item.getRange();
      range.load("values");
      names.load("items/name");
      await context.sync();
      expect([item.name, item.formula, item.type, item.value, item.comment]).toEqual([
        "Contribution",
        "=Data!$B$2:$B$4",
        "Range",
        "Data!$B$2:$B$4",
        "for charts",
      ]);
      expect(none.isNullObject).toBe(true);
      expect(range.values).toEqual([[100], [200], [300]]);
      expect(names.items.map((n) => n.name)).toEqual(["Contribution", "Cut_low"]);
    });
    expect(host.names().map((n) => [n.name, n.type, n.value])).toEqual([
      ["Contribution", "Range", "Data!$B$2:$B$4"],
      ["Cut_low", "Double", 0.5],
    ]);
  });

  it("stores settings as JSON, replaces on add, deletes, and reports missing keys", async () => {
    const host = createHost();
    await host.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("ninegrid.weights", { contribution: 40, potential: 30 });
      settings.add("ninegrid.locale", "en-US");
      settings.add("ninegrid.locale", "zh-CN");
      settings.add("ninegrid.tmp", 1);
      await context.sync();
      settings.getItem("ninegrid.tmp").delete();
      const locale = settings.getItemOrNullObject("ninegrid.locale");
      const missing = settings.getItemOrNullObject("nope");
      locale.load("value");
      await context.sync();
      expect([locale.value, missing.isNullObject]).toEqual(["zh-CN", true]);
      settings.getItem("nope").load("value");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(host.settings()).toEqual({
      "ninegrid.weights": { contribution: 40, potential: 30 },
      "ninegrid.locale": "zh-CN",
    });
  });
});
