/**
 * The host's `worksheet.pageLayout` (ExcelApi 1.9) is at least as strict as Excel: documented validation
 * (zoom set as one object, scale 10–400, title rows spanning whole rows), Excel's 255-character header/footer
 * limit, and ApiNotFound on a host without ExcelApi 1.9 (test/host/README.md [page-layout], [api-sets]).
 */
import { createHost } from "../host";

const host = () => createHost();

async function fails(h: ReturnType<typeof createHost>, act: (ws: Excel.Worksheet) => void): Promise<string> {
  try {
    await h.run(async (context) => {
      act(context.workbook.worksheets.getItem("Sheet1"));
      await context.sync();
    });
  } catch (e) {
    return (e as { code: string }).code;
  }
  return "no error";
}

describe("pageLayout", () => {
  it("starts as Excel's default and reads back what was set, in one round trip", async () => {
    const h = host();
    expect(h.pageLayout("Sheet1")).toEqual({
      orientation: "Portrait",
      zoom: { scale: 100, horizontalFitToPages: null, verticalFitToPages: null },
      printTitleRows: null,
      header: { left: "", center: "", right: "" },
      footer: { left: "", center: "", right: "" },
    });
    const read = await h.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$3");
      layout.headersFooters.defaultForAllPages.centerFooter = "Page &P of &N";
      const titles = layout.getPrintTitleRowsOrNullObject();
      titles.load("address");
      layout.load("orientation,zoom");
      const footer = layout.headersFooters.defaultForAllPages.load("centerFooter");
      await context.sync();
      return { o: layout.orientation, z: layout.zoom, t: titles.address, f: footer.centerFooter };
    });
    expect(read).toEqual({
      o: "Landscape",
      z: { scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 },
      t: "Sheet1!1:3",
      f: "Page &P of &N",
    });
    expect(h.stats.syncs).toBe(1);
  });

  it("has no title rows until they are set (a null object)", async () => {
    const h = host();
    const isNull = await h.run(async (context) => {
      const titles = context.workbook.worksheets.getItem("Sheet1").pageLayout.getPrintTitleRowsOrNullObject();
      await context.sync();
      return titles.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("refuses an orientation Excel does not have", async () => {
    expect(await fails(host(), (ws) => (ws.pageLayout.orientation = "Sideways" as never))).toBe("InvalidArgument");
  });

  it.each([
    ["a scale below 10", { scale: 5 }],
    ["a scale above 400", { scale: 401 }],
    ["a scale with pages to fit", { scale: 80, horizontalFitToPages: 1 }],
    ["a fraction of a page", { horizontalFitToPages: 1.5 }],
    ["negative pages", { verticalFitToPages: -1 }],
    ["an empty zoom", {}],
    ["an unknown member", { fitWidth: 1 }],
  ])("refuses a zoom with %s", async (_why, zoom) => {
    expect(await fails(host(), (ws) => (ws.pageLayout.zoom = zoom as never))).toBe("InvalidArgument");
  });

  it("keeps zoom as one object: changing a member of it in place throws (the docs say set x.zoom = {...})", async () => {
    const h = host();
    await expect(
      h.run(async (context) => {
        const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
        layout.zoom = { scale: 90 };
        (layout.zoom as { scale: number }).scale = 50;
        await context.sync();
      }),
    ).rejects.toThrow(TypeError);
  });

  it.each(["A1:C3", "B1:B2", "A:A"])("refuses title rows %s that are not whole rows", async (address) => {
    expect(await fails(host(), (ws) => ws.pageLayout.setPrintTitleRows(address))).toBe("InvalidArgument");
  });

  it("takes whole rows given as a range", async () => {
    const h = host();
    await h.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.pageLayout.setPrintTitleRows(ws.getRange("2:4"));
      await context.sync();
    });
    expect(h.pageLayout("Sheet1").printTitleRows).toBe("$2:$4");
  });

  it("refuses a footer whose three sections and their codes pass 255 characters, and keeps the one before", async () => {
    const h = host();
    const ok = await fails(h, (ws) => {
      const f = ws.pageLayout.headersFooters.defaultForAllPages;
      f.leftFooter = "x".repeat(120);
      f.rightFooter = "y".repeat(131); // &L + 120 + &R + 131 = 255
    });
    expect(ok).toBe("no error");
    const code = await fails(h, (ws) => (ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = "z"));
    expect(code).toBe("InvalidArgument");
    expect(h.pageLayout("Sheet1").footer.center).toBe("");
    expect(await fails(h, (ws) => (ws.pageLayout.headersFooters.defaultForAllPages.leftHeader = 5 as never))).toBe(
      "InvalidArgument",
    );
  });

  it("fails with ApiNotFound on a host without ExcelApi 1.9, changing nothing", async () => {
    const h = createHost({ apiSets: { ExcelApi: "1.8" } });
    expect(h.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(h.isSetSupported("ExcelApi", "1.12")).toBe(false);
    expect(createHost().isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(await fails(h, (ws) => (ws.pageLayout.orientation = "Landscape"))).toBe("ApiNotFound");
    expect(await fails(h, (ws) => ws.pageLayout.setPrintTitleRows("$1:$1"))).toBe("ApiNotFound");
    expect(await fails(h, (ws) => (ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = "x"))).toBe(
      "ApiNotFound",
    );
    expect(await fails(h, (ws) => ws.pageLayout.load("zoom"))).toBe("ApiNotFound");
    expect(h.pageLayout("Sheet1").orientation).toBe("Portrait");
  });

  it("appears in the workbook snapshot only once changed", async () => {
    const h = host();
    expect(h.workbookSnapshot()).not.toContain("pageLayout");
    await fails(h, (ws) => (ws.pageLayout.orientation = "Landscape"));
    expect(JSON.parse(h.workbookSnapshot()).sheets[0].pageLayout.orientation).toBe("Landscape");
  });
});
