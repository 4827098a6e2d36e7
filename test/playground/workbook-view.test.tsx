/** The playground's workbook view against hand-made host workbooks: what a user sees in the grid, tabs and charts. */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createHost, Host, WorkbookSpec } from "../host";
import { WorkbookView } from "./WorkbookView";

function show(host: Host) {
  let version = 1;
  const ui = () => (
    <FluentProvider theme={webLightTheme}>
      <WorkbookView host={host} version={version} />
    </FluentProvider>
  );
  const result = render(ui());
  return {
    ...result,
    /** Re-reads the workbook, as the playground does after each task-pane batch. */
    update: () => {
      version++;
      result.rerender(ui());
    },
  };
}

const td = (address: string): HTMLTableCellElement => {
  const cell = document.querySelector<HTMLTableCellElement>(`table.grid td[data-address="${address}"]`);
  if (!cell) throw new Error(`cell ${address} is not rendered`);
  return cell;
};

const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: "Data",
      cells: [
        ["Name", "Amount", "Share", "Date"],
        ["North", 1234567.891, 0.256, 45000],
        ["South", 98765, 0.5, 45031],
        ["East", "=B2+B3", "=C2+C3", null],
      ],
      numberFormats: [
        [null, null, null, null],
        [null, "#,##0.00", "0.0%", "yyyy-mm-dd"],
        [null, "#,##0.00", "0.0%", "yyyy-mm-dd"],
        [null, "#,##0", "0%", null],
      ],
    },
    { name: "Secret", cells: [["x"]] },
    { name: "Other", cells: [["other sheet"]] },
  ],
};

describe("grid", () => {
  test("shows each cell's formatted text, recalculated formulas, row and column headers", () => {
    const host = createHost({ workbook: SPEC });
    show(host);
    const grid = document.querySelector("table.grid");
    expect(grid?.getAttribute("data-sheet")).toBe("Data");
    expect(td("A1").textContent).toBe("Name");
    expect(td("B2").textContent).toBe("1,234,567.89");
    expect(td("C2").textContent).toBe("25.6%");
    expect(td("D2").textContent).toBe("2023-03-15");
    // Formulas show their computed value through the cell's format.
    expect(td("B4").textContent).toBe("1,333,333");
    expect(td("C4").textContent).toBe("76%");
    expect(td("B4").textContent).toBe(host.text("Data", "B4")[0][0]);
    // Numbers right, text left (General alignment).
    expect((td("B2").firstChild as HTMLElement).style.textAlign).toBe("right");
    expect((td("A2").firstChild as HTMLElement).style.textAlign).toBe("left");
    const headers = within(grid as HTMLElement).getAllByRole("columnheader");
    expect(headers.slice(1, 5).map((h) => h.textContent)).toEqual(["A", "B", "C", "D"]);
    expect(within(grid as HTMLElement).getAllByRole("rowheader")[0].textContent).toBe("1");
  });

  test("shows fills, fonts, alignment and column widths written through the Excel API", async () => {
    const host = createHost({ workbook: SPEC });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const header = ws.getRange("A1:D1");
      header.format.fill.color = "#1F3864";
      header.format.font.color = "#FFFFFF";
      header.format.font.bold = true;
      ws.getRange("A2").format.font.italic = true;
      ws.getRange("A2").format.font.size = 16;
      ws.getRange("A3").format.horizontalAlignment = "Center";
      ws.getRange("B1").format.columnWidth = 150;
      await context.sync();
    });
    show(host);
    const a1 = td("A1");
    expect(a1.style.backgroundColor).toBe("rgb(31, 56, 100)");
    expect(a1.style.color).toBe("rgb(255, 255, 255)");
    expect(a1.style.fontWeight).toBe("bold");
    expect(td("A2").style.fontStyle).toBe("italic");
    expect(td("A2").style.fontSize).toBe("16pt");
    expect((td("A3").firstChild as HTMLElement).style.textAlign).toBe("center");
    // Excel's points × 4/3: 150 pt = 200 px; the default 48 pt = 64 px.
    const cols = document.querySelectorAll("table.grid col");
    expect((cols[2] as HTMLElement).style.width).toBe("200px");
    expect((cols[1] as HTMLElement).style.width).toBe("64px");
  });

  test("table styles: a coloured header row and banded rows, under the cells' own formats", () => {
    const host = createHost({
      workbook: { sheets: [{ ...SPEC.sheets[0], tables: [{ name: "T", range: "A1:D4" }] }] },
    });
    show(host);
    expect(td("A1").style.backgroundColor).toBe("rgb(68, 114, 196)"); // TableStyleMedium2 header
    expect(td("A1").style.fontWeight).toBe("bold");
    expect(td("A2").style.backgroundColor).not.toBe("");
    expect(td("A3").style.backgroundColor).toBe("");
  });

  test("conditional formats: colour scales and custom rules that compare a cell", async () => {
    const host = createHost({ workbook: SPEC });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const scale = ws.getRange("B2:B4").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#FFFFFF" },
        maximum: { type: "HighestValue", color: "#000000" },
      };
      const rule = ws.getRange("A2:A4").conditionalFormats.add("Custom");
      rule.custom.rule.formula = '=$A2="South"';
      rule.custom.format.fill.color = "#FFE699";
      await context.sync();
    });
    show(host);
    expect(td("B3").style.backgroundColor).toBe("rgb(255, 255, 255)"); // the lowest
    expect(td("B4").style.backgroundColor).toBe("rgb(0, 0, 0)"); // the highest
    // In between, 92% of the way from the lowest (98,765) to the highest (1,333,333): 255 × 8% ≈ 20.
    expect(td("B2").style.backgroundColor).toBe("rgb(20, 20, 20)");
    expect(td("A3").style.backgroundColor).toBe("rgb(255, 230, 153)");
    expect(td("A2").style.backgroundColor).toBe("");
  });

  test("frozen panes stay in place: their cells are sticky", async () => {
    const host = createHost({ workbook: SPEC });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").freezePanes.freezeRows(1);
      await context.sync();
    });
    show(host);
    expect(td("A1").style.position).toBe("sticky");
    expect(td("A2").style.position).toBe("");
  });

  test("a long sheet renders only the rows in view, and follows scrolling", () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`row ${i + 1}`, i + 1]);
    const host = createHost({ workbook: { sheets: [{ name: "Long", cells: rows }] } });
    show(host);
    const rendered = () => document.querySelectorAll("table.grid tbody tr:not([aria-hidden])").length;
    expect(rendered()).toBeLessThan(120);
    expect(document.querySelector('td[data-address="A1"]')).not.toBeNull();
    expect(document.querySelector('td[data-address="A1200"]')).toBeNull();
    const scroller = screen.getByRole("tabpanel");
    act(() => {
      scroller.scrollTop = 20 * 1199; // rows are 20 px
      fireEvent.scroll(scroller);
    });
    expect(td("A1200").textContent).toBe("row 1200");
    expect(document.querySelector('td[data-address="A1"]')).toBeNull();
    expect(rendered()).toBeLessThan(120);
    // The table keeps the whole sheet's height, so the scrollbar is right.
    const spacers = [...document.querySelectorAll<HTMLElement>("table.grid tbody tr[aria-hidden]")];
    const height = spacers.reduce((a, s) => a + parseFloat(s.style.height), 0) + rendered() * 20;
    expect(height).toBe((1500 + 30) * 20);
  });
});

describe("sheet tabs", () => {
  test("lists the visible sheets, follows the active sheet, and a click shows another sheet", async () => {
    const host = createHost({ workbook: SPEC });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Secret").visibility = "Hidden";
      await context.sync();
    });
    const view = show(host);
    const tabs = within(screen.getByRole("tablist", { name: "Sheets" })).getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["Data", "Other"]);
    expect(screen.getByRole("tab", { name: "Data" }).getAttribute("aria-selected")).toBe("true");

    fireEvent.click(screen.getByRole("tab", { name: "Other" }));
    expect(screen.getByRole("tab", { name: "Other" }).getAttribute("aria-selected")).toBe("true");
    expect(document.querySelector("table.grid")?.getAttribute("data-sheet")).toBe("Other");
    expect(td("A1").textContent).toBe("other sheet");
    expect(host.activeSheet()).toBe("Other"); // as clicking a tab in Excel

    // A task-pane operation activates a sheet: the view follows after the batch.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").activate();
      await context.sync();
    });
    view.update();
    expect(document.querySelector("table.grid")?.getAttribute("data-sheet")).toBe("Data");

    // Keyboard: arrows move between tabs.
    fireEvent.keyDown(screen.getByRole("tab", { name: "Data" }), { key: "ArrowRight" });
    expect(host.activeSheet()).toBe("Other");
  });

  test("re-reads the workbook after an edit: new values, new sheets", async () => {
    const host = createHost({ workbook: SPEC });
    const view = show(host);
    host.setCell("Data", "B2", 5);
    await host.run(async (context) => {
      context.workbook.worksheets.add("Added");
      await context.sync();
    });
    expect(td("B4").textContent).toBe("1,333,333"); // not re-read yet
    view.update();
    expect(td("B2").textContent).toBe("5.00");
    expect(td("B4").textContent).toBe("98,770"); // recalculated
    expect(screen.getByRole("tab", { name: "Added" })).toBeTruthy();
  });

  test("shows and follows the selection in the name box and formula bar", async () => {
    const host = createHost({ workbook: SPEC });
    const view = show(host);
    fireEvent.mouseDown(td("B4"));
    expect((screen.getByLabelText("Name box") as HTMLInputElement).value).toBe("B4");
    expect((screen.getByLabelText("Formula bar") as HTMLInputElement).value).toBe("=B2+B3");
    expect(host.selection()).toBe("Data!B4");
    expect(td("B4").getAttribute("aria-selected")).toBe("true");
    // The pane selects a cell (e.g. a validation error): the view shows it.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C3").select();
      await context.sync();
    });
    view.update();
    expect((screen.getByLabelText("Name box") as HTMLInputElement).value).toBe("C3");
    expect((screen.getByLabelText("Formula bar") as HTMLInputElement).value).toBe("50%");
  });
});

describe("charts", () => {
  const chartSpec: WorkbookSpec = {
    sheets: [
      {
        name: "Report",
        cells: [
          ["x", "a", "b", "stage", "reached"],
          [1, 10, 5, "Lead", 120],
          [10, 100, 50, "Qualify", 80],
          [100, 1000, 500, "Propose", 30],
          [1000, 10000, 0, "Close", 10],
        ],
      },
    ],
  };

  async function withCharts(): Promise<Host> {
    const host = createHost({ workbook: chartSpec });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Report");
      const scatter = ws.charts.add("XYScatter", ws.getRange("B2:B5"), "Columns");
      scatter.name = "Scatter";
      scatter.title.text = "Accounts by size";
      const first = scatter.series.getItemAt(0);
      first.name = "Tier A";
      first.setXAxisValues(ws.getRange("A2:A5"));
      const second = scatter.series.add("Tier B");
      second.setValues(ws.getRange("C2:C5"));
      second.setXAxisValues(ws.getRange("A2:A5"));
      scatter.axes.valueAxis.scaleType = "Logarithmic";
      scatter.axes.valueAxis.logBase = 10;
      scatter.axes.valueAxis.title.text = "Potential";
      scatter.setPosition("G2", "N20");

      const bars = ws.charts.add("BarClustered", ws.getRange("E2:E5"), "Columns");
      bars.name = "Funnel";
      bars.title.text = "Reaching each stage";
      bars.series.getItemAt(0).setXAxisValues(ws.getRange("D2:D5"));
      bars.axes.categoryAxis.reversePlotOrder = true;
      bars.setPosition("G22", "N40");
      await context.sync();
    });
    return host;
  }

  test("draws each chart as SVG with its title, one group per series and one mark per point", async () => {
    const host = await withCharts();
    show(host);
    const scatter = screen.getByRole("img", { name: "Accounts by size" });
    expect(scatter.getAttribute("data-chart")).toBe("Scatter");
    const series = scatter.querySelectorAll("g[data-series]");
    expect([...series].map((g) => g.getAttribute("data-series"))).toEqual(["Tier A", "Tier B"]);
    expect(series[0].querySelectorAll("[data-point]")).toHaveLength(4);
    // Zero cannot sit on a log axis: Excel leaves that point out.
    expect(series[1].querySelectorAll("[data-point]")).toHaveLength(3);
    expect(series[1].getAttribute("data-points")).toBe("3");

    const bars = screen.getByRole("img", { name: "Reaching each stage" });
    expect(bars.querySelectorAll("g[data-series] rect[data-point]")).toHaveLength(4);
  });

  test("a logarithmic axis has a tick per power of ten around the data, and points are spaced by their logarithm", async () => {
    const host = await withCharts();
    show(host);
    const scatter = screen.getByRole("img", { name: "Accounts by size" });
    const axis = scatter.querySelector('g[data-axis="vertical"]');
    expect(axis?.getAttribute("data-scale")).toBe("log");
    // The data run from 5 to 10,000.
    expect([...(axis?.querySelectorAll("[data-tick]") ?? [])].map((t) => t.textContent)).toEqual([
      "1",
      "10",
      "100",
      "1,000",
      "10,000",
    ]);
    const ys = [...scatter.querySelectorAll('g[data-series="Tier A"] circle')].map((c) => Number(c.getAttribute("cy")));
    const steps = ys.slice(1).map((y, i) => ys[i] - y);
    for (const s of steps) expect(s).toBeCloseTo(steps[0], 5); // 10, 100, 1000, 10000: equal steps
    expect(scatter.querySelector('g[data-axis="horizontal"]')?.getAttribute("data-scale")).toBe("linear");
  });

  test("bars: categories top-down when the category axis is reversed, lengths by value", async () => {
    const host = await withCharts();
    show(host);
    const bars = [...screen.getByRole("img", { name: "Reaching each stage" }).querySelectorAll("rect[data-point]")];
    const ys = bars.map((b) => Number(b.getAttribute("y")));
    expect(ys).toEqual([...ys].sort((a, b) => a - b)); // Lead on top
    const widths = bars.map((b) => Number(b.getAttribute("width")));
    expect(widths[0] / widths[2]).toBeCloseTo(120 / 30, 5);
  });

  test("a chart covers the cells it was placed on, and its series follow the cells", async () => {
    const host = await withCharts();
    const view = show(host);
    const box = screen.getByRole("img", { name: "Accounts by size" }).parentElement as HTMLElement;
    // G2:N20 → left of G (46 + 6 × 64), top of row 2 (22 + 20); 8 columns × 64, 19 rows × 20.
    expect([box.style.left, box.style.top, box.style.width, box.style.height]).toEqual([
      "430px",
      "42px",
      "512px",
      "380px",
    ]);
    host.setCell("Report", "B3", "");
    view.update();
    const scatter = screen.getByRole("img", { name: "Accounts by size" });
    expect(scatter.querySelectorAll('g[data-series="Tier A"] [data-point]')).toHaveLength(3);
  });
});
