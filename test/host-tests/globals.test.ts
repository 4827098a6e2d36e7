/** installGlobals: code that calls Excel.run and uses Excel enums / OfficeExtension.Error directly. */
import { createHost, EXCEL_ENUMS, HostError, installGlobals } from "../host";

describe("installGlobals", () => {
  it("provides Excel.run, the enums and OfficeExtension.Error, and restores what was there", async () => {
    const host = createHost();
    const restore = installGlobals(host);
    try {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1:B2").values = [
          [1, 2],
          [3, 4],
        ];
        const chart = ws.charts.add(Excel.ChartType.columnClustered, ws.getRange("A1:B2"), Excel.ChartSeriesBy.columns);
        chart.legend.position = Excel.ChartLegendPosition.bottom;
        ws.getRange("A1:B1").format.borders.getItem(Excel.BorderIndex.edgeBottom).style =
          Excel.BorderLineStyle.continuous;
        await context.sync();
      });
      expect(host.charts("Sheet1")[0]).toMatchObject({ type: "ColumnClustered", legend: { position: "Bottom" } });
      let caught: unknown;
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Nope").load("name");
          await context.sync();
        });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(OfficeExtension.Error);
      expect((caught as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
      expect(OfficeExtension.Error).toBe(HostError);
    } finally {
      restore();
    }
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
  });

  it("enum values are Excel's strings", () => {
    expect(EXCEL_ENUMS.ChartType.xyscatter).toBe("XYScatter");
    expect(EXCEL_ENUMS.ErrorCodes.invalidOperationInCellEditMode).toBe("InvalidOperationInCellEditMode");
    expect(EXCEL_ENUMS.ConditionalFormatType.colorScale).toBe("ColorScale");
  });
});
