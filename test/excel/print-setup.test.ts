/**
 * Print setup of every report sheet, read back from the in-memory host: landscape, one page wide and as many
 * pages down as needed, the title rows repeated, and a footer with the report date, the sources read and the
 * page. It goes in the commit request (no extra round trip), is skipped cleanly where Excel lacks ExcelApi 1.9,
 * and a footer stays within Excel's 255 characters whatever the source names.
 */
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { createHost } from "../host";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec } from "./sample-workbook";

const { spec, wb } = sampleWorkbookSpec();
const KINDS: ReportKind[] = ["nineGrid", "coverage", "pipeline", "quotas"];
/** The report date of the sample, as the footer must print it. */
const ASOF_TEXT = "2026-11-23";

describe.each([true, false])("print setup of every sample report sheet, live %p", (live) => {
  it.each(KINDS)(
    "%s: landscape, one page wide, title rows repeated, footer with date, sources and page",
    async (kind) => {
      expect(wb.asOf).toBe(46349); // 2026-11-23, fixed by the sample (serial 1 is 1900-01-01)
      const host = createHost({ workbook: spec });
      const model = defaultModel();
      const result = await buildReport(host.run, kind, { model, selections: SAMPLE_SELECTIONS, live, asOf: wb.asOf });
      expect(result.printSetup).toBe(true);
      const layout = host.pageLayout(result.sheetName);
      expect(layout.orientation).toBe("Landscape");
      expect(layout.zoom).toEqual({ scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 });
      // The repeated rows are the frozen ones: the title, the subtitle and (Quota Review) the header row.
      const frozen = host.frozen(result.sheetName)?.rows ?? 0;
      expect(frozen).toBeGreaterThanOrEqual(3);
      expect(layout.printTitleRows).toBe(`$1:$${frozen}`);
      expect(host.values(result.sheetName, "A1")[0][0]).not.toBe("");
      expect(layout.footer).toEqual({
        left: `Report date ${ASOF_TEXT}`,
        center: "Sources: Accounts, Opportunities, Assignments, Quotas",
        right: "Page &P of &N",
      });
      expect(layout.header).toEqual({ left: "", center: "", right: "" });
    },
  );
});

describe("print setup is part of the commit", () => {
  it("goes in the request that makes the report visible and records it, with no round trip of its own", async () => {
    const host = createHost({ workbook: spec });
    const model = defaultModel();
    await buildReport(host.run, "coverage", { model, selections: SAMPLE_SELECTIONS, live: true, asOf: wb.asOf });
    const withLayout = host.stats.requests.filter((r) => r.actions.some((a) => a.startsWith("PageLayout.")));
    expect(withLayout).toHaveLength(1);
    const [commit] = withLayout;
    expect(commit).toBe(host.stats.requests[host.stats.requests.length - 1]);
    expect(commit.actions).toEqual(
      expect.arrayContaining([
        "PageLayout.orientation=",
        "PageLayout.zoom=",
        "PageLayout.setPrintTitleRows",
        "HeaderFooter.leftFooter=",
        "HeaderFooter.centerFooter=",
        "HeaderFooter.rightFooter=",
        "WorksheetCustomProperty.value=",
      ]),
    );

    // The same build without print setup (an Excel without ExcelApi 1.9) makes as many round trips.
    const old = createHost({ workbook: spec, apiSets: { ExcelApi: "1.8" } });
    await buildReport(old.run, "coverage", {
      model,
      selections: SAMPLE_SELECTIONS,
      live: true,
      asOf: wb.asOf,
      isSetSupported: old.isSetSupported,
    });
    expect(old.stats.syncs).toBe(host.stats.syncs);
  });
});

describe("an Excel without ExcelApi 1.9", () => {
  it("gets the report without print setup when the adapter is told what the host supports", async () => {
    const host = createHost({ workbook: spec, apiSets: { ExcelApi: "1.8" } });
    expect(host.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(host.isSetSupported("ExcelApi", "1.8")).toBe(true);
    const result = await buildReport(host.run, "nineGrid", {
      model: defaultModel(),
      selections: SAMPLE_SELECTIONS,
      live: true,
      asOf: wb.asOf,
      isSetSupported: host.isSetSupported,
    });
    expect(result.printSetup).toBe(false);
    expect(host.values(result.sheetName, "B4")[0][0]).toBe("Cuts");
    expect(host.pageLayout(result.sheetName)).toMatchObject({ orientation: "Portrait", printTitleRows: null });
    expect(host.stats.requests.some((r) => r.actions.some((a) => a.startsWith("PageLayout.")))).toBe(false);
  });

  it("asked for page layout anyway, rejects the commit with ApiNotFound and leaves the workbook as it was", async () => {
    const host = createHost({ workbook: spec, apiSets: { ExcelApi: "1.8" } });
    const before = host.workbookSnapshot();
    await expect(
      buildReport(host.run, "nineGrid", {
        model: defaultModel(),
        selections: SAMPLE_SELECTIONS,
        live: false,
        asOf: wb.asOf,
        isSetSupported: () => true,
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(host.workbookSnapshot()).toBe(before);
  });

  it("uses Office's own check when the caller gives none", async () => {
    const host = createHost({ workbook: spec, apiSets: { ExcelApi: "1.8" } });
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { requirements: { isSetSupported: host.isSetSupported } } };
    try {
      const result = await buildReport(host.run, "pipeline", {
        model: defaultModel(),
        selections: SAMPLE_SELECTIONS,
        live: false,
        asOf: wb.asOf,
      });
      expect(result.printSetup).toBe(false);
    } finally {
      delete g.Office;
    }
  });
});

describe("footer text from hostile source names", () => {
  /** The sample's accounts copied to a sheet whose name has an ampersand, read as a range. */
  function rangeWorkbook(sheetName: string) {
    const accounts = spec.sheets[0];
    return {
      sheets: [{ ...accounts, name: sheetName, tables: [] }, ...spec.sheets.slice(1)],
    };
  }

  it("doubles an ampersand, so Excel prints it instead of reading a code", async () => {
    const host = createHost({ workbook: rangeWorkbook("R&D accounts") });
    const rows = spec.sheets[0].cells?.length ?? 0;
    const width = spec.sheets[0].cells?.[0].length ?? 0;
    const address = `A1:${String.fromCharCode(64 + width)}${rows}`;
    const result = await buildReport(host.run, "nineGrid", {
      model: defaultModel(),
      selections: { accounts: { sheet: "R&D accounts", address } },
      live: false,
      asOf: wb.asOf,
    });
    expect(host.pageLayout(result.sheetName).footer.center).toBe(`Sources: R&&D accounts!${address}`);
  });

  it("names as many long sources as fit in 255 characters and counts the rest", async () => {
    const long = "Opportunities exported from the CRM on the first Monday of the quarter";
    const host = createHost({
      workbook: {
        sheets: spec.sheets.map((s, i) => ({
          ...s,
          name: i === 0 ? s.name : `Export ${i}`,
          tables: (s.tables ?? []).map((t) => ({ ...t, name: i === 0 ? t.name : `${long.replace(/ /g, "_")}_${i}` })),
        })),
      },
    });
    const names = [1, 2, 3].map((i) => `${long.replace(/ /g, "_")}_${i}`);
    const result = await buildReport(host.run, "quotas", {
      model: defaultModel(),
      selections: {
        accounts: { table: "Accounts" },
        opportunities: { table: names[0] },
        assignments: { table: names[1] },
        quotas: { table: names[2] },
      },
      live: false,
      asOf: wb.asOf,
    });
    const { footer } = host.pageLayout(result.sheetName);
    const stored = `&L${footer.left}&C${footer.center}&R${footer.right}`;
    expect(stored.length).toBeLessThanOrEqual(255);
    expect(footer.center).toBe(`Sources: Accounts, ${names[0]}, ${names[1]}, +1 more`);
  });
});
