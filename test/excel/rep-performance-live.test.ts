/**
 * The Rep Performance sheet built through the adapter into the in-memory host: live quota and won (SUMIFS over
 * the Quotas and Opportunities tables) equal static and the hand computation, follow an edit to a source
 * amount, hostile rep names still sum right, and the build stays within the round-trip budget.
 */
import { buildSet, expectSameValues, formulaCount, hostileRename, namesAsText } from "../reports/report-set-host";
import { REP_ROWS } from "../reports/report-set-expected";
import { OPPS } from "../core/report-set.fixture";

const SHEET = "Rep Performance";
const repRows = (values: unknown[][]) => {
  const top = values.findIndex((r) => r[1] === "Rep");
  return values.slice(top + 1, top + 1 + REP_ROWS.length).map((r) => [r[1], r[2], r[3], ...r.slice(5, 11)]);
};

describe("Rep Performance in the host", () => {
  it("live equals static; quota, won and extra-credit wins equal the hand computation", async () => {
    const live = await buildSet("repPerformance", true);
    const fixed = await buildSet("repPerformance", false);
    expectSameValues(live.values, fixed.values);
    expect(repRows(live.values)).toEqual(REP_ROWS);
    expect(formulaCount(live.formulas)).toBeGreaterThanOrEqual(3 * 4 + 4);
    expect(live.host.formulas(SHEET, "D7")[0][0]).toMatch(/^=SUMIFS\(Opportunities\[Amount\]/);
    expect(live.host.formulas(SHEET, "C7")[0][0]).toMatch(/^=SUMIFS\(Quotas\[Quota\],Quotas\[Rep\]/);
    expect(live.host.values(SHEET, "E7:E9").map((r) => r[0])).toEqual([0.75, 1.25, 0]);
    expect(live.result.roundTrips - live.result.chunks).toBeLessThanOrEqual(10);
  });

  it("live won follows an edit to a won amount in the source", async () => {
    const live = await buildSet("repPerformance", true);
    const row = OPPS.findIndex((o) => o.id === "O9") + 2; // Wang's 800 win
    live.host.setCell("Opportunities", `G${row}`, 1800);
    expect(live.host.values(SHEET, "D7:E7")[0]).toEqual([4750, 0.95]);
  });

  it.each([true, false])("hostile rep names: quota and won still right, names as text, live %p", async (isLive) => {
    const rename = hostileRename();
    const built = await buildSet("repPerformance", isLive, { rename });
    const want = REP_ROWS.map((r) => [rename(r[0] as string), ...r.slice(1)]);
    expect(repRows(built.values)).toEqual(want);
    expect(
      namesAsText(
        built.host,
        SHEET,
        want.map((r) => r[0] as string),
      ),
    ).toBe(4);
  });
});
