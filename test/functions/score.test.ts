import { score } from "../../src/functions/functions";
import { MAX_SPILL_ROWS } from "../../src/functions/args";
import { col, expectCellError, firstColumn, rng } from "./helpers";

// KAM.SCORE(dimensions, [weights], [method], [segments]) — DOMAIN.md §3.
describe("KAM.SCORE", () => {
  describe("happy path", () => {
    it("uses the 40/30/15/15 default weights on four columns with percent-rank normalisation", () => {
      const dims = [
        [100, 10, 1, 1],
        [200, 30, 3, 2],
        [300, 20, 2, 3],
      ];
      // ranks: contribution 0/50/100, potential 0/100/50, reference 0/100/50, winnability 0/50/100
      expect(firstColumn(score(dims))).toEqual([
        0,
        0.4 * 50 + 0.3 * 100 + 0.15 * 100 + 0.15 * 50,
        0.4 * 100 + 0.3 * 50 + 0.15 * 50 + 0.15 * 100,
      ]);
    });

    it("weights equally when there are not four columns and no weights are given", () => {
      expect(
        firstColumn(
          score([
            [1, 9],
            [2, 8],
            [3, 7],
          ]),
        ),
      ).toEqual([50, 50, 50]);
    });

    it("normalises explicit weights to sum to 1 (row or column) and supports minmax and none", () => {
      const dims = [
        [0, 10],
        [50, 20],
        [100, 30],
      ];
      expect(firstColumn(score(dims, [[3, 1]], "minmax"))).toEqual([0, 50, 100]);
      expect(firstColumn(score(dims, col(1, 1), "none"))).toEqual([5, 35, 65]);
    });

    it("scores a single row as 100 per dimension (n = 1) and ties share the lower rank", () => {
      expect(firstColumn(score([[5, 5, 5, 5]]))).toEqual([100]);
      expect(firstColumn(score([[1], [1], [2]], [[1]]))).toEqual([0, 0, 100]);
    });
  });

  describe("wrong argument types", () => {
    it("rejects an unknown method with a message", () => {
      expectCellError(
        score([[1], [2]], null as never, "zscore")[0][0],
        "#VALUE!",
        /method must be "rank", "minmax", "none"/,
      );
    });
    it("rejects negative, all-zero and non-numeric weights, and a weight count that does not match", () => {
      expectCellError(score([[1, 2]], [[1, -1]])[0][0], "#VALUE!", /negative/);
      expectCellError(score([[1, 2]], [[0, 0]])[0][0], "#VALUE!", /not all be zero/);
      expectCellError(score([[1, 2]], [[1, "x"]])[0][0], "#VALUE!", /weight 2 is not a number/);
      expectCellError(
        score([[1, 2]], [[1, 2, 3]])[0][0],
        "#VALUE!",
        /weights has 3 values but dimensions has 2 columns/,
      );
    });
    it("rejects a segments range whose length differs", () => {
      expectCellError(
        score([[1], [2], [3]], null as never, null, col("a", "b"))[0][0],
        "#VALUE!",
        /segments has 2 cells but dimensions has 3/,
      );
    });
  });

  describe("blanks and error values in ranges", () => {
    it("gives a blank dimension 0 and leaves it out of the population", () => {
      const out = firstColumn(
        score(
          [
            [1, ""],
            [2, 5],
            [3, 10],
          ],
          [[1, 1]],
        ),
      );
      expect(out).toEqual([0, 25, 100]); // row 1: 0 + blank; row 2: 50/2 + 0/2; row 3: 100/2 + 100/2
    });
    it("marks only the bad row with #VALUE! and keeps it out of that dimension's population", () => {
      const out = firstColumn(score([[1], ["#N/A"], ["3.5M"], [3], ["1,000"]], [[1]]));
      expectCellError(out[1], "#VALUE!", /Excel error #N\/A/);
      expectCellError(out[2], "#VALUE!", /"3.5M" is not a number/);
      expect([out[0], out[3], out[4]]).toEqual([0, 50, 100]);
    });
    it("returns blank for an all-blank row (a range selected past the data)", () => {
      expect(firstColumn(score([[1], [""], [2]], [[1]]))).toEqual([0, "", 100]);
    });
    it("reads currency text as numbers", () => {
      expect(firstColumn(score([["¥2,000"], ["$ 3,500.50"], [100]], [[1]], "none"))).toEqual([2000, 3500.5, 100]);
    });
  });

  describe("segments", () => {
    it("normalises within each segment", () => {
      const out = firstColumn(
        score([[1], [2], [100], [200], [300]], [[1]], "rank", col("Energy", "Energy", "Retail", "retail", "RETAIL")),
      );
      expect(out).toEqual([0, 100, 0, 50, 100]);
    });
  });

  describe("large input", () => {
    it("scores 200,000 rows, matches a brute-force rank on a sample, and refuses spills above the limit", () => {
      const r = rng(7);
      const n = MAX_SPILL_ROWS;
      const dims = Array.from({ length: n }, () => [
        Math.round(r() * 1e6),
        Math.round(r() * 1e3),
        Math.round(r() * 10),
        Math.round(r() * 10),
      ]);
      const out = firstColumn(score(dims)) as number[];
      expect(out).toHaveLength(n);
      for (const i of [0, 17, 99_999]) {
        const below = (c: number) => dims.filter((d) => d[c] < dims[i][c]).length;
        const expected = (100 * (0.4 * below(0) + 0.3 * below(1) + 0.15 * below(2) + 0.15 * below(3))) / (n - 1);
        expect(out[i]).toBeCloseTo(expected, 9);
      }
      const tooBig = score([...dims, [1, 1, 1, 1]]);
      expect(tooBig).toHaveLength(1);
      expectCellError(tooBig[0][0], "#VALUE!", /200,001 rows is above the 200,000-row spill limit; use the task pane/);
    });
  });
});
