/**
 * The speed paths for a million rows must give exactly what the plain definitions give: counting ranks
 * for integer data, the second percentile cut searched above the first, pooled scratch buffers, and
 * spill rows shared between equal results.
 */
import fc from "fast-check";
import { bandValues, Cut } from "../../src/core/bands";
import { normalizeDimension } from "../../src/core/score";
import { ScratchPool } from "../../src/core/scratch";
import { encodeSegments } from "../../src/core/segments";
import { percentileIncUnsorted, excelPrecision } from "../../src/core/stats";
import { spillFew, spillLike, toVector } from "../../src/functions/args";
import { band, tier } from "../../src/functions/functions";

/** PERCENTRANK.INC × 100 straight from the definition: values strictly below x over n − 1. */
function naiveRanks(xs: number[]): number[] {
  const present = xs.filter((x) => !Number.isNaN(x));
  const n = present.length;
  return xs.map((x) => (Number.isNaN(x) ? NaN : n <= 1 ? 100 : (100 * present.filter((y) => y < x).length) / (n - 1)));
}

const ranksOf = (xs: number[]) =>
  Array.from(normalizeDimension(Float64Array.from(xs), "rank", encodeSegments(null, xs.length)));

describe("percent ranks by counting equal the definition", () => {
  it.each([
    ["1–10 scores", fc.integer({ min: 1, max: 10 })],
    ["integers with negatives over a span of 60,000", fc.integer({ min: -30_000, max: 30_000 })],
    ["integers beyond the counting span (sorted instead)", fc.integer({ min: 0, max: 5_000_000 })],
    ["decimals (sorted)", fc.double({ min: -1e6, max: 1e6, noNaN: true })],
  ] as const)("%s, with blanks", (_label, cell) => {
    fc.assert(
      fc.property(fc.array(fc.option(cell, { nil: NaN, freq: 6 }), { minLength: 1, maxLength: 80 }), (xs) => {
        const got = ranksOf(xs);
        naiveRanks(xs).forEach((want, i) =>
          Number.isNaN(want) ? expect(got[i]).toBeNaN() : expect(got[i]).toBeCloseTo(want, 9),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("within segments (the radix sort's segment pass), with ties across and within segments", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.double({ min: -50, max: 50, noNaN: true })), {
          minLength: 1,
          maxLength: 80,
        }),
        (rows) => {
          // Decimals force the sorting path; rounding to one decimal makes ties common.
          const xs = rows.map(([, x]) => Math.round(x * 10) / 10);
          const keys = rows.map(([s]) => `S${s}`);
          const got = normalizeDimension(Float64Array.from(xs), "rank", encodeSegments(keys, xs.length));
          xs.forEach((x, i) => {
            const peers = xs.filter((_, j) => keys[j] === keys[i]);
            const want = peers.length <= 1 ? 100 : (100 * peers.filter((y) => y < x).length) / (peers.length - 1);
            expect(got[i]).toBeCloseTo(want, 9);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("treats -0 and 0 as one value", () => {
    expect(ranksOf([-0, 0, 1])).toEqual([0, 0, 100]);
    expect(ranksOf([0.5, -0, 0, -0.5])).toEqual([100, 100 / 3, 100 / 3, 0]); // sorting path
  });

  it("tells apart values that differ only in their lowest bits, on both the counting and the sorting path", () => {
    const close = [1 + 2 ** -45, 1, 1 + 2 ** -40, 1];
    expect(ranksOf(close)).toEqual([200 / 3, 0, 100, 0]);
    // Over 1,024 distinct values a dimension is sorted (radix) instead of counted.
    const filler = Array.from({ length: 1500 }, (_, i) => 10 + i / 7);
    const xs = [...close, ...filler];
    expect(ranksOf(xs)).toEqual(naiveRanks(xs));
  });

  it("sorting path: thousands of distinct values with ties, blanks and negatives equal the definition", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -2_000_000, max: 2_000_000 }), { nil: null, freq: 8 }), {
          minLength: 1100,
          maxLength: 1600,
        }),
        (ints) => {
          const xs = ints.map((v, i) => (v === null ? NaN : i % 5 === 0 ? 0.5 : v / 7)); // full mantissas; ties at 0.5
          const got = ranksOf(xs);
          const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
          xs.forEach((x, i) => {
            if (Number.isNaN(x)) return expect(got[i]).toBeNaN();
            let lo = 0;
            let hi = sorted.length;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if (sorted[mid] < x) lo = mid + 1;
              else hi = mid;
            }
            expect(got[i]).toBe(sorted.length <= 1 ? 100 : (100 * lo) / (sorted.length - 1));
          });
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe("two percentile cuts of one population", () => {
  it("equal PERCENTILE.INC computed separately, whichever order the selection left the data in", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, a, b) => {
          const [p1, p2] = a <= b ? [a, b] : [b, a];
          const cuts: [Cut, Cut] = [
            { kind: "pct", p: p1 },
            { kind: "pct", p: p2 },
          ];
          const { cutsBySegment } = bandValues(Float64Array.from(xs), cuts, encodeSegments(null, xs.length));
          // At Excel's 15-digit precision, as a live criterion states the cut (">="&cut).
          expect(cutsBySegment[0][0]).toBe(excelPrecision(percentileIncUnsorted(Float64Array.from(xs), p1)));
          expect(cutsBySegment[0][1]).toBe(excelPrecision(percentileIncUnsorted(Float64Array.from(xs), p2)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("ScratchPool", () => {
  it("hands the same memory back for a slot, zeroes it on request, and keeps slots apart", () => {
    const pool = new ScratchPool();
    const a = pool.float64("a", 4);
    a.set([1, 2, 3, 4]);
    expect(Array.from(pool.float64("a", 3))).toEqual([1, 2, 3]); // same buffer, shorter view
    expect(Array.from(pool.get(Float64Array, "a", 3, true))).toEqual([0, 0, 0]);
    expect(Array.from(pool.float64("b", 2))).toEqual([0, 0]);
    expect(Array.from(pool.get(Int8Array, "a", 2))).toEqual([0, 0]); // another type is another slot
    expect(pool.float64("a", 8)).toHaveLength(8); // grows
    pool.release();
    expect(Array.from(pool.float64("a", 2))).toEqual([0, 0]);
    pool.release();
  });
});

describe("spills with few distinct values", () => {
  it("share one row array per value and read exactly like one array per row", () => {
    const v = toVector(
      Array.from({ length: 9 }, (_, i) => [i]),
      "values",
    );
    const f = (i: number) => (i % 3 === 0 ? "A" : i % 3 === 1 ? "B" : "");
    const few = spillFew(v, f);
    expect(few).toEqual(spillLike(v, f));
    expect(few[0]).toBe(few[3]);
    expect(few[0]).not.toBe(few[1]);
  });

  it("keep one error object per bad row, with its own message", () => {
    const out = band([[1], ["x"], [3], ["y"]]);
    expect(out[1][0]).not.toBe(out[3][0]);
    expect(JSON.stringify(out[1][0])).toContain("x");
  });

  it("give the same tiers on repeated calls of different sizes (pooled buffers are not stale)", () => {
    const big = Array.from({ length: 50 }, (_, i) => [i]);
    const first = tier(big, big);
    tier([[1], [2], [3]], [[3], [2], [1]]);
    expect(tier(big, big)).toEqual(first);
    expect(first.map((r) => r[0])).toEqual(expect.arrayContaining(["A", "D"]));
  });
});
