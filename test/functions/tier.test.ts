import { tier } from "../../src/functions/functions";
import { col, expectCellError, firstColumn, rng } from "./helpers";

// KAM.TIER(contribution, potential, [contributionCuts], [potentialCuts], [tierMap], [segments]) — DOMAIN.md §4.
describe("KAM.TIER", () => {
  const cuts = [[100, 200]];
  describe("happy path", () => {
    it("maps every cell of the nine-grid with the default tier map", () => {
      const c = col(250, 250, 250, 150, 150, 150, 50, 50, 50);
      const p = col(250, 150, 50, 250, 150, 50, 250, 150, 50);
      expect(firstColumn(tier(c, p, cuts, cuts))).toEqual(["A", "B", "C", "B", "C", "D", "C", "D", "D"]);
    });
    it("uses the default P50 / P80 cuts", () => {
      // 1..10 on both axes: bands L×5, M×3, H×2
      const v = col(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      expect(firstColumn(tier(v, v))).toEqual(["D", "D", "D", "D", "D", "C", "C", "C", "A", "A"]);
    });
    it("accepts cuts as a column, percentile text, and a custom 3×3 tier map", () => {
      const map = [
        ["A", "A", "B"],
        ["B", "b", "C"],
        ["C", "D", "D"],
      ];
      expect(firstColumn(tier(col(250, 150), col(50, 150), col(100, 200), [["P0", "P100"]], map))).toEqual(["A", "B"]); // potential 50 = P0 is M, 150 = P100 is H
    });
  });

  describe("wrong argument types", () => {
    it("rejects contribution and potential of different lengths with both counts", () => {
      expectCellError(tier(col(1, 2, 3), col(1, 2))[0][0], "#VALUE!", /potential has 2 cells but contribution has 3/);
    });
    it("rejects a cuts range that is not two cells, and a bad tier map", () => {
      expectCellError(tier(col(1), col(1), [[1, 2, 3]])[0][0], "#VALUE!", /contributionCuts must be two cells/);
      expectCellError(
        tier(col(1), col(1), null as never, null as never, [["A", "B"]])[0][0],
        "#VALUE!",
        /tierMap must be a 3×3 range/,
      );
      expectCellError(
        tier(col(1), col(1), null as never, null as never, [
          ["A", "B", "C"],
          ["B", "C", "D"],
          ["C", "D", "E"],
        ])[0][0],
        "#VALUE!",
        /cell \(3,3\) "E" is not A, B, C or D/,
      );
    });
  });

  describe("blanks and error values in ranges", () => {
    it("gives a blank tier when either value is blank", () => {
      expect(firstColumn(tier(col(250, "", 250), col(250, 250, ""), cuts, cuts))).toEqual(["A", "", ""]);
    });
    it("gives #VALUE! to a non-numeric value and keeps the rest", () => {
      const out = firstColumn(tier(col(250, "n/a", 50), col(250, 250, 50), cuts, cuts));
      expectCellError(out[1], "#VALUE!", /contribution: "n\/a" is not a number/);
      expect([out[0], out[2]]).toEqual(["A", "D"]);
    });
  });

  describe("segments", () => {
    it("computes percentile cuts within each segment", () => {
      const c = col(1, 2, 3, 4, 5, 1000, 2000, 3000, 4000, 5000);
      const seg = col("s", "s", "s", "s", "s", "b", "b", "b", "b", "b");
      const out = firstColumn(tier(c, c, null as never, null as never, null as never, seg));
      expect(out.slice(0, 5)).toEqual(out.slice(5));
      expect(out.slice(0, 5)).toEqual(["D", "D", "C", "C", "A"]); // P50 = 3 is itself M
    });
  });

  describe("large input", () => {
    it("tiers 200,000 rows consistently with the cut semantics", () => {
      const r = rng(11);
      const n = 200_000;
      const c = Array.from({ length: n }, () => [Math.floor(r() * 300)]);
      const p = Array.from({ length: n }, () => [Math.floor(r() * 300)]);
      const out = firstColumn(tier(c, p, cuts, cuts));
      const bandOf = (x: number) => (x < 100 ? 2 : x < 200 ? 1 : 0);
      const map = [
        ["A", "B", "C"],
        ["B", "C", "D"],
        ["C", "D", "D"],
      ];
      for (let i = 0; i < n; i += 997) expect(out[i]).toBe(map[bandOf(c[i][0])][bandOf(p[i][0])]);
      expect(out).toHaveLength(n);
    });
  });
});
