import { toppct } from "../../src/functions/functions";
import { col, expectCellError, firstColumn, rng } from "./helpers";

// KAM.TOPPCT(scores, [percent], [segments]) — DOMAIN.md §3.
describe("KAM.TOPPCT", () => {
  describe("happy path", () => {
    it("flags the top 20% by default: ceil(0.2 × 10) = 2 rows", () => {
      expect(firstColumn(toppct(col(5, 1, 9, 3, 7, 2, 8, 4, 6, 10)))).toEqual([
        false,
        false,
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        true,
      ]);
    });
    it("rounds the count up and reads 20 as 20% and 0.7 × 10 as exactly 7", () => {
      expect(firstColumn(toppct(col(1, 2, 3, 4, 5, 6), [[20]])).filter(Boolean)).toHaveLength(2); // ceil(1.2)
      expect(firstColumn(toppct(col(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), [[0.7]])).filter(Boolean)).toHaveLength(7);
    });
    it("takes every row tied with the last one taken", () => {
      expect(firstColumn(toppct(col(10, 9, 9, 9, 1), [[0.2]]))).toEqual([true, false, false, false, false]);
      expect(firstColumn(toppct(col(10, 9, 9, 9, 1), [[0.4]]))).toEqual([true, true, true, true, false]);
    });
  });

  describe("wrong argument types", () => {
    it("rejects a percentage outside 0–100% or not a number", () => {
      expectCellError(toppct(col(1, 2), [[150]])[0][0], "#VALUE!", /outside 0–100%/);
      expectCellError(toppct(col(1, 2), [["lots"]])[0][0], "#VALUE!", /"lots" is not a number/);
    });
    it("rejects a segment | percent table without segments", () => {
      expectCellError(toppct(col(1, 2), [["a", 0.5]])[0][0], "#VALUE!", /needs the segments argument/);
    });
  });

  describe("blanks and error values in ranges", () => {
    it("leaves blank scores blank and out of n", () => {
      // n = 5 scored rows → ceil(1) = 1
      expect(firstColumn(toppct(col(1, "", 2, 3, "", 4, 5)))).toEqual([false, "", false, false, "", false, true]);
    });
    it("gives an error score #VALUE! and keeps the others", () => {
      const out = firstColumn(toppct(col(1, "#N/A", 3)));
      expectCellError(out[1], "#VALUE!", /#N\/A/);
      expect([out[0], out[2]]).toEqual([false, true]);
    });
  });

  describe("segments", () => {
    it("cuts within each segment, with a per-segment percent table", () => {
      const scores = col(1, 2, 3, 4, 5, 10, 20, 30, 40, 50);
      const seg = col("a", "a", "a", "a", "a", "b", "b", "b", "b", "b");
      expect(firstColumn(toppct(scores, null as never, seg))).toEqual([
        false,
        false,
        false,
        false,
        true,
        false,
        false,
        false,
        false,
        true,
      ]);
      expect(
        firstColumn(
          toppct(
            scores,
            [
              ["B", "60%"],
              ["a", 0.2],
            ],
            seg,
          ),
        ),
      ).toEqual([false, false, false, false, true, false, false, true, true, true]);
    });
  });

  describe("large input", () => {
    it("flags exactly ceil(X·n) of 200,000 distinct scores", () => {
      const r = rng(5);
      const scores = Array.from({ length: 200_000 }, (_, i) => [r() * 100 + i * 1e-9]);
      expect(firstColumn(toppct(scores, [[0.15]])).filter((x) => x === true)).toHaveLength(30_000);
    });
  });
});
