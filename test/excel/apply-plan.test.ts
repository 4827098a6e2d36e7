/**
 * The adapter against the in-memory Excel host: round trips, chunking under the payload budget,
 * retries, sheet tagging and naming, and text that must stay text.
 */
import { applyPlan, BuildCancelled, REPORT_TAG } from "../../src/excel/apply-plan";
import { SheetPlan } from "../../src/reports";
import { createHost } from "../host";
import { sheetPlan } from "./sheet-plan";

const plan = (rows: number, extra: Partial<SheetPlan> = {}): SheetPlan =>
  sheetPlan({
    blocks: [
      {
        id: "data",
        at: "B2",
        cells: Array.from({ length: rows }, (_, i) => [`Account ${i}`, i, { formula: `=C${i + 2}*2` }]),
        numberFormat: ["General", "#,##0", "#,##0"],
      },
    ],
    formats: [{ range: "B2:D2", bold: true, fill: "#1F3864" }],
    conditionalFormats: [{ kind: "colorScale", range: `C2:C${rows + 1}`, colors: ["#FFFFFF", "#2E75B6"] }],
    charts: [
      {
        id: "c",
        type: "ColumnClustered",
        title: "Values",
        from: "F2",
        to: "L15",
        series: [{ name: "Value", values: `C2:C${Math.min(rows, 20) + 1}`, xValues: `B2:B${Math.min(rows, 20) + 1}` }],
      },
    ],
    columnWidths: [{ column: "B", width: 24 }],
    freeze: { rows: 1, columns: 0 },
    ...extra,
  });

describe("applyPlan", () => {
  it("writes values, formulas, formats, conditional formats and charts into a new tagged sheet", async () => {
    const host = createHost();
    const result = await applyPlan(host.run, plan(10));
    expect(result).toMatchObject({ sheetName: "Nine-Grid", replaced: false });
    expect(host.values("Nine-Grid", "B2:D3")).toEqual([
      ["Account 0", 0, 0],
      ["Account 1", 1, 2],
    ]);
    expect(host.formulas("Nine-Grid", "D3")).toEqual([["=C3*2"]]);
    expect(host.numberFormats("Nine-Grid", "C2:D2")).toEqual([["#,##0", "#,##0"]]);
    expect(host.cell("Nine-Grid", "B2")).toMatchObject({ bold: true, fill: "#1F3864" });
    expect(host.conditionalFormats("Nine-Grid").map((c) => [c.type, c.address])).toEqual([
      ["ColorScale", expect.stringMatching(/C2:C11$/)],
    ]);
    const [chart] = host.charts("Nine-Grid");
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "Values" });
    expect(chart.series.map((s) => s.valuesAddress)).toEqual([expect.stringMatching(/C2:C11$/)]);
    expect(host.frozen("Nine-Grid")).toEqual({ rows: 1, columns: 0 });
    // 24 characters wide, as Excel's Column Width dialog would show: (24 × 7 + 5) px × 0.75 pt/px.
    expect(host.sheetInfo("Nine-Grid").columnWidths.B).toBe(129.75);
    expect(JSON.parse(host.customProperties("Nine-Grid")[REPORT_TAG])).toEqual({ kind: "nineGrid", state: "ready" });
    expect(host.activeSheet()).toBe("Nine-Grid");
  });

  it("uses a fixed number of round trips and keeps every request under the budget", async () => {
    const host = createHost();
    const small = await applyPlan(host.run, plan(10));
    host.resetStats();
    const big = await applyPlan(host.run, plan(60_000), { budgetBytes: 1024 * 1024 });
    expect(big.chunks).toBeGreaterThan(2);
    expect(big.roundTrips - big.chunks).toBe(small.roundTrips - small.chunks);
    expect(host.stats.syncs).toBe(big.roundTrips);
    expect(host.stats.maxRequestBytes).toBeLessThan(1.5 * 1024 * 1024);
    expect(host.stats.requests.some((r) => r.suspendedCalculation)).toBe(true);
  });

  it("shrinks the block and retries when Excel rejects a request as too large", async () => {
    const host = createHost({ requestLimitBytes: 600 * 1024 });
    const result = await applyPlan(host.run, plan(20_000), { budgetBytes: 4 * 1024 * 1024 });
    expect(host.values("Nine-Grid", "B20001:C20001")).toEqual([["Account 19999", 19999]]);
    expect(result.chunks).toBeGreaterThan(1);
  });

  it("retries while Excel is in cell-edit mode", async () => {
    const host = createHost();
    host.failNextSyncs(2, "InvalidOperationInCellEditMode");
    await expect(applyPlan(host.run, plan(5))).resolves.toMatchObject({ sheetName: "Nine-Grid" });
  });

  it("never touches a user's sheet of the same name, and replaces only its own sheet on rerun", async () => {
    const host = createHost({ workbook: { sheets: [{ name: "Nine-Grid", cells: [["my notes", 42]] }] } });
    const before = host.snapshot("Nine-Grid");
    const first = await applyPlan(host.run, plan(5));
    expect(first.sheetName).toBe("Nine-Grid (2)");
    const second = await applyPlan(host.run, plan(3));
    expect(second).toMatchObject({ sheetName: "Nine-Grid (2)", replaced: true });
    expect(host.snapshot("Nine-Grid")).toBe(before);
    expect(host.sheetNames().filter((n) => n.startsWith("Nine-Grid"))).toEqual(["Nine-Grid", "Nine-Grid (2)"]);
    expect(host.values("Nine-Grid (2)", "B5")).toEqual([[""]]); // the rerun's 3 rows replaced the first run's 5
  });

  it("keeps a rerun idempotent: the same plan twice gives the same sheet", async () => {
    const host = createHost();
    await applyPlan(host.run, plan(50));
    const once = host.snapshot("Nine-Grid");
    await applyPlan(host.run, plan(50));
    expect(host.snapshot("Nine-Grid")).toBe(once);
  });

  it("writes hostile text as text", async () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      "+1",
      "-1",
      "@SUM(A1)",
      "'quoted",
      "1,234",
      "2026-01-05",
      "TRUE",
      "x".repeat(5000),
      "🚀 客户",
      "شركة الاتصالات",
      "#N/A",
    ];
    const host = createHost();
    await applyPlan(host.run, {
      ...plan(1),
      blocks: [{ id: "names", at: "A1", cells: hostile.map((h) => [h]) }],
      charts: [],
      conditionalFormats: [],
    });
    expect(host.values("Nine-Grid", `A1:A${hostile.length}`).map((r) => r[0])).toEqual(hostile);
    expect(host.formulas("Nine-Grid", "A1")).toEqual([['=HYPERLINK("http://x","y")']]);
    expect(host.cell("Nine-Grid", "A1").formula ?? null).toBeNull();
  });

  it("cancelling deletes the half-built sheet and leaves the previous report in place", async () => {
    const host = createHost();
    await applyPlan(host.run, plan(5));
    const before = host.snapshot("Nine-Grid");
    const controller = new AbortController();
    const pending = applyPlan(host.run, plan(40_000), {
      budgetBytes: 256 * 1024,
      signal: controller.signal,
      onProgress: (f) => f > 0.3 && controller.abort(),
    });
    await expect(pending).rejects.toBeInstanceOf(BuildCancelled);
    expect(host.sheetNames()).toEqual(["Sheet1", "Nine-Grid"]);
    expect(host.snapshot("Nine-Grid")).toBe(before);
  });
});
