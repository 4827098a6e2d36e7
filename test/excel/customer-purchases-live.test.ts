/**
 * The Customer Purchases sheet built through the adapter into the in-memory host: live SUMIFS over the sheet's
 * deal list equal static and the hand computation, follow a corrected deal, hostile account names still sum
 * right, the clustered column chart is written, and the build stays within the round-trip budget.
 */
import { buildSet, expectSameValues, formulaCount, hostileRename, namesAsText } from "../reports/report-set-host";
import { PURCHASES } from "../reports/report-set-expected";

const SHEET = "Customer Purchases";
const table = (values: unknown[][]) => {
  const top = values.findIndex((r) => r[1] === "Account");
  return values.slice(top + 1, top + 1 + PURCHASES.length).map((r) => [r[1], ...r.slice(3, 10)]);
};
const expectRows = (got: unknown[][], want: unknown[][]) =>
  got.forEach((row, r) =>
    want[r].forEach((x, c) => (typeof x === "number" ? expect(row[c]).toBeCloseTo(x, 12) : expect(row[c]).toBe(x))),
  );

describe("Customer Purchases in the host", () => {
  it("live equals static; the table equals the hand computation; the chart has a series per year", async () => {
    const live = await buildSet("customerPurchases", true);
    const fixed = await buildSet("customerPurchases", false);
    expectSameValues(live.values, fixed.values);
    expectRows(table(live.values), PURCHASES);
    expect(formulaCount(live.formulas)).toBeGreaterThan(5 * 6);
    const [chart] = live.host.charts(SHEET);
    expect(chart).toMatchObject({ type: "ColumnClustered" });
    expect(chart.series.map((s) => s.name)).toEqual(["2024", "2025", "2026"]);
    expect(live.result.roundTrips - live.result.chunks).toBeLessThanOrEqual(10);
  });

  it("the live table follows a deal amount corrected on the sheet", async () => {
    const live = await buildSet("customerPurchases", true);
    const values = live.host.values(SHEET, live.local);
    const list = values.findIndex((r) => r[1] === "Won deals counted");
    const row = values.findIndex((r, i) => i > list && r[1] === "Zeta") + 1; // Zeta's deal in the list
    live.host.setCell(SHEET, `E${row}`, 1350);
    const zeta = table(live.host.values(SHEET, live.local)).find((r) => r[0] === "Zeta");
    expect(zeta?.slice(1, 5)).toEqual([0, 0, 1350, 1350]);
  });

  it.each([true, false])("hostile account names: sums still right, names as text, live %p", async (isLive) => {
    const rename = hostileRename();
    const built = await buildSet("customerPurchases", isLive, { rename });
    const want = PURCHASES.map((r) => [r[0] === "Total" ? r[0] : rename(r[0] as string), ...r.slice(1)]);
    expectRows(table(built.values), want);
    expect(
      namesAsText(
        built.host,
        SHEET,
        want.slice(0, -1).map((r) => r[0] as string),
      ),
    ).toBeGreaterThanOrEqual(2 * 5);
  });
});
