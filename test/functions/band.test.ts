import { band } from "../../src/functions/functions";
import { col, expectCellError, firstColumn, rng, row } from "./helpers";

// KAM.BAND(values, [cut1], [cut2], [segments]) — DOMAIN.md §4.
describe("KAM.BAND", () => {
  describe("happy path", () => {
    it("bands by the default P50 / P80 cuts: x < c1 → L, c1 ≤ x < c2 → M, x ≥ c2 → H", () => {
      // 1..10: P50 = 5.5, P80 = 8.2
      expect(firstColumn(band(col(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))).toEqual([
        "L",
        "L",
        "L",
        "L",
        "L",
        "M",
        "M",
        "M",
        "H",
        "H",
      ]);
    });
    it("takes absolute cuts with the lower cut inclusive in M and the upper inclusive in H", () => {
      expect(firstColumn(band(col(99, 100, 199, 200), 100, 200))).toEqual(["L", "M", "M", "H"]);
    });
    it("accepts percentile text in any case and a row of values, spilling a row back", () => {
      expect(band(row(10, 20, 30, 40, 50), "p20", "P 60")).toEqual([["L", "M", "M", "H", "H"]]);
    });
  });

  describe("wrong argument types", () => {
    it("rejects a cut that is neither a number nor a percentile", () => {
      expectCellError(band(col(1, 2), "high")[0][0], "#VALUE!", /cut "high" is neither a number nor a percentile/);
    });
    it("rejects cuts in the wrong order and percentiles above P100", () => {
      expectCellError(band(col(1, 2), 300, 200)[0][0], "#VALUE!", /cut1 \(300\) must not exceed cut2 \(200\)/);
      expectCellError(band(col(1, 2), "P120")[0][0], "#VALUE!", /above P100/);
    });
    it("rejects a 2-D values range", () => {
      expectCellError(
        band([
          [1, 2],
          [3, 4],
        ])[0][0],
        "#VALUE!",
        /values must be a single column or row, not 2×2/,
      );
    });
  });

  describe("blanks and error values in ranges", () => {
    it("leaves a blank value's band blank and out of the population", () => {
      // population 10, 20, 30: P50 = 20, P80 = 26
      expect(firstColumn(band(col(10, "", 20, 30)))).toEqual(["L", "", "M", "H"]);
    });
    it("gives a non-numeric value #VALUE! without failing the other rows", () => {
      const out = firstColumn(band(col(10, "about 2000", "#DIV/0!", 30), 15, 25));
      expectCellError(out[1], "#VALUE!", /"about 2000" is not a number/);
      expectCellError(out[2], "#VALUE!", /Excel error #DIV\/0!/);
      expect([out[0], out[3]]).toEqual(["L", "H"]);
    });
  });

  describe("segments", () => {
    it("computes percentile cuts within each segment", () => {
      const out = firstColumn(band(col(1, 2, 3, 100, 200, 300), "P50", "P80", col("a", "a", "a", "b", "b", "b")));
      expect(out).toEqual(["L", "M", "H", "L", "M", "H"]);
    });
    it("applies absolute cuts the same in every segment", () => {
      expect(firstColumn(band(col(1, 150, 250), 100, 200, col("x", "y", "x")))).toEqual(["L", "M", "H"]);
    });
  });

  describe("large input", () => {
    it("bands 150,000 rows so that the share in each band matches the percentile cuts", () => {
      const r = rng(3);
      const values = Array.from({ length: 150_000 }, () => r() * 1000);
      const out = firstColumn(band(values.map((v) => [v])));
      const share = (b: string) => out.filter((x) => x === b).length / values.length;
      expect(share("L")).toBeCloseTo(0.5, 4);
      expect(share("M")).toBeCloseTo(0.3, 4);
      expect(share("H")).toBeCloseTo(0.2, 4);
    });
  });
});
