/**
 * The Contract Execution sheet built through the adapter into the in-memory host: live equals static after
 * recalculation, the numbers equal the hand computation, the overdue-days cell drives the live flags,
 * hostile owner and region names still total right (SUMIFS criteria), the chart points at the owner totals,
 * and the build stays within the round-trip budget.
 */
import { buildSet, expectSameValues, formulaCount, hostileRename, namesAsText } from "../reports/report-set-host";
import { expectedGroups } from "../reports/report-set-expected";

const SHEET = "Contract Execution";
/** Rows of the used range (from A1) whose column B is the table's header `first`, and the rows below it. */
function tableAt(values: unknown[][], first: string, rows: number) {
  const top = values.findIndex((r) => r[1] === first);
  if (top < 0) throw new Error(`no table headed ${first}`);
  return values.slice(top + 1, top + 1 + rows).map((r) => r.slice(1));
}

describe("Contract Execution in the host", () => {
  it("live equals static cell by cell; owner and region totals equal the hand computation", async () => {
    const live = await buildSet("contractExecution", true);
    const fixed = await buildSet("contractExecution", false);
    expectSameValues(live.values, fixed.values);
    expect(formulaCount(live.formulas)).toBeGreaterThan(40);
    const owners = expectedGroups(90, "owner");
    expect(tableAt(live.values, "Owner", owners.length).map((r) => r.slice(0, 8))).toEqual(owners);
    const regions = expectedGroups(90, "region");
    expect(tableAt(live.values, "Region", regions.length).map((r) => r.slice(0, 8))).toEqual(regions);
    expect(live.result.roundTrips - live.result.chunks).toBeLessThanOrEqual(10);
    const [chart] = live.host.charts(SHEET);
    expect(chart).toMatchObject({ type: "BarClustered", title: "Outstanding receivables by owner" });
    expect(chart.series[0].valuesAddress).toMatch(/G9:G12$/);
  });

  it("the overdue-days cell drives the live flags and the overdue totals", async () => {
    const live = await buildSet("contractExecution", true);
    expect(live.host.values(SHEET, "C5")[0][0]).toBe(90);
    live.host.setCell(SHEET, "C5", 30);
    const owners = expectedGroups(30, "owner");
    expect(tableAt(live.host.values(SHEET, "A1:Q40"), "Owner", owners.length).map((r) => r.slice(0, 8))).toEqual(
      owners,
    );
    expect(live.host.values(SHEET, "O31")[0][0]).toBe(3);
  });

  it.each([true, false])(
    "hostile names and a header with punctuation: totals still right, names as text, live %p",
    async (isLive) => {
      const rename = hostileRename();
      const built = await buildSet("contractExecution", isLive, {
        rename,
        headers: { Contracts: { "Contract ID": "Contract #", Received: "已回款" } },
      });
      const owners = expectedGroups(90, "owner").map((g) => [
        g[0] === "(none)" ? g[0] : rename(g[0] as string),
        ...g.slice(1),
      ]);
      const got = tableAt(built.values, "Owner", owners.length).map((r) => r.slice(0, 8));
      expect(got).toEqual(owners);
      const regions = expectedGroups(90, "region").map((g) => [
        g[0] === "(none)" ? g[0] : rename(g[0] as string),
        ...g.slice(1),
      ]);
      expect(tableAt(built.values, "Region", regions.length).map((r) => r.slice(0, 8))).toEqual(regions);
      const names = [...owners, ...regions].map((g) => g[0] as string).filter((x) => x !== "(none)");
      expect(namesAsText(built.host, SHEET, names)).toBeGreaterThanOrEqual(2 * names.length);
    },
  );
});
