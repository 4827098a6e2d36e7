/**
 * The Key Projects sheet built through the adapter into the in-memory host: live (SUBTOTAL totals, weighted
 * formulas) equals static after recalculation, the totals follow an edited amount, hostile names stay text,
 * and the build stays within the per-report round-trip budget.
 */
import { OPPS, PROBABILITY } from "../core/report-set.fixture";
import {
  buildSet,
  expectSameValues,
  formulaCount,
  hostileRename,
  modelWith,
  namesAsText,
} from "../reports/report-set-host";

const model = modelWith({ keyProjectTiers: "none", keyProjectMinAmount: "none" });
/** Class A/B open deals by hand: O3 Gamma (300 × 0.4) above O2 Beta (400 × 0.1). */
const WANT = OPPS.filter((o) => o.status === "Open" && ["a", "b"].includes(o.projectClass.toLowerCase()));

describe("Key Projects in the host", () => {
  it("live equals static cell by cell, with the hand-computed rows and totals", async () => {
    const live = await buildSet("keyProjects", true, { model });
    const fixed = await buildSet("keyProjects", false, { model });
    expectSameValues(live.values, fixed.values);
    expect(formulaCount(live.formulas)).toBe(WANT.length + 4);
    expect(live.host.values("Key Projects", "B7:I8").map((r) => [r[0], r[5], r[7]])).toEqual([
      ["Gamma", 300, 120],
      ["Beta", 400, 40],
    ]);
    expect(live.host.values("Key Projects", "B9:I9")[0]).toEqual([
      "Total (visible rows)", "", 2, "", "", 700, "", 160,
    ]); // prettier-ignore
    expect(WANT.reduce((s, o) => s + o.amount * PROBABILITY[o.stage], 0)).toBe(160);
    expect(live.result.roundTrips - live.result.chunks).toBeLessThanOrEqual(10);
  });

  it("live totals follow an edit to an amount on the sheet", async () => {
    const live = await buildSet("keyProjects", true, { model });
    live.host.setCell("Key Projects", "G7", 1000);
    expect(live.host.values("Key Projects", "I7")[0][0]).toBe(400);
    expect(live.host.values("Key Projects", "G9:I9")[0]).toEqual([1400, "", 440]);
  });

  it.each([true, false])("hostile account and owner names read back as text, live %p", async (isLive) => {
    const rename = hostileRename();
    const built = await buildSet("keyProjects", isLive, { model, rename });
    const rows = built.host.values("Key Projects", "B7:E8");
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      [rename("Gamma"), rename("Smith")],
      [rename("Beta"), rename("Wang")],
    ]);
    expect(namesAsText(built.host, "Key Projects", ["Gamma", "Smith", "Beta", "Wang"].map(rename))).toBe(4);
    expect(built.host.values("Key Projects", "G9:I9")[0]).toEqual([700, "", 160]);
  });
});
