/**
 * The Regional Composition sheet built through the adapter into the in-memory host: live SUMIFS over the
 * sheet's deal list equal static and the hand computation, follow a corrected deal, hostile region names
 * still sum right, the stacked bar chart is written, and the build stays within the round-trip budget.
 */
import { buildSet, expectSameValues, formulaCount, hostileRename, namesAsText } from "../reports/report-set-host";
import { REGIONAL } from "../reports/report-set-expected";

const SHEET = "Regional Composition";
const matrix = (values: unknown[][]) => {
  const top = values.findIndex((r) => r[1] === "Region");
  return values.slice(top, top + 6).map((r) => r.slice(1, 7));
};

describe("Regional Composition in the host", () => {
  it("live equals static; the matrix equals the hand computation; the stacked chart has a series per industry", async () => {
    const live = await buildSet("regionalComposition", true);
    const fixed = await buildSet("regionalComposition", false);
    expectSameValues(live.values, fixed.values);
    expect(matrix(live.values)).toEqual([["Region", ...REGIONAL.columns, "Total"], ...REGIONAL.rows]);
    expect(formulaCount(live.formulas)).toBeGreaterThan(60);
    const [chart] = live.host.charts(SHEET);
    expect(chart).toMatchObject({ type: "BarStacked" });
    expect(chart.series.map((s) => s.name)).toEqual(REGIONAL.columns);
    expect(live.result.roundTrips - live.result.chunks).toBeLessThanOrEqual(10);
  });

  it("the live matrix follows a deal moved to another region on the sheet", async () => {
    const live = await buildSet("regionalComposition", true);
    const values = live.host.values(SHEET, live.local);
    const row = values.findIndex((r) => r[1] === "Zeta") + 1; // North's only deal
    live.host.setCell(SHEET, `D${row}`, "West");
    const m = matrix(live.host.values(SHEET, live.local));
    expect(m[2]).toEqual(["West", 700, 0, 350, 0, 1050]);
    expect(m[3]).toEqual(["North", 0, 0, 0, 0, 0]);
  });

  it.each([true, false])("hostile region names: sums still right, names as text, live %p", async (isLive) => {
    const rename = hostileRename();
    const built = await buildSet("regionalComposition", isLive, { rename });
    const want = REGIONAL.rows.map((r) => [
      ["East", "West", "North"].includes(r[0] as string) ? rename(r[0] as string) : r[0],
      ...r.slice(1),
    ]);
    expect(matrix(built.values).slice(1)).toEqual(want);
    expect(namesAsText(built.host, SHEET, ["East", "West", "North"].map(rename))).toBeGreaterThanOrEqual(3 * 4);
  });
});
