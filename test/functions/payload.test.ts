/**
 * DOMAIN.md §8 and ARCHITECTURE.md: a custom function's arguments and result travel as ~5 MB payloads on
 * Excel on the web, and rows alone do not decide the size. The guard measures bytes and returns one
 * clear #VALUE! where Excel would hang at #BUSY!.
 */
import { band, score, tier } from "../../src/functions/functions";
import { payloadBytes } from "../../src/functions/payload";
import { expectCellError, rng } from "./helpers";

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

describe("custom-function payload guard", () => {
  it("estimates JSON bytes of mixed cells to within 1%", () => {
    const r = rng(3);
    const grid = Array.from({ length: 5000 }, (_, i) => [
      r() * 1e6,
      Math.round(r() * 1e9) - 5e8,
      i % 3 === 0 ? "客户名称 " + i : `Acme ${i}`,
      i % 2 === 0,
      "",
      -r() * 1e-7,
    ]);
    const estimate = payloadBytes([grid, null, "rank"]);
    const actual = json([grid, null, "rank"]);
    expect(Math.abs(estimate - actual) / actual).toBeLessThan(0.01);
  });

  it("refuses KAM.SCORE on 72,000 rows of four decimal columns (about 5.3 MB), far below the 200,000-row guard", () => {
    const r = rng(11);
    const dims = Array.from({ length: 72_000 }, () => [r() * 1e6, r() * 1e6, r() * 10, r() * 10]);
    expect(json([dims])).toBeGreaterThan(5 * 1024 * 1024);
    const out = score(dims);
    expect(out).toHaveLength(1);
    expectCellError(
      out[0][0],
      "#VALUE!",
      /^KAM\.SCORE: its ranges are about 5\.\d\d MB, more than the 4\.75 MB .*"Write score and tier columns"/,
    );
  });

  it("refuses KAM.BAND when a long segments column pushes 20,000 rows past the limit", () => {
    const values = Array.from({ length: 20_000 }, (_, i) => [i]);
    const segments = values.map((_, i) => [`${"Industrial automation and controls ".repeat(8)}${i % 7}`]);
    expect(band(values, null, null, segments.slice(0, 5000).concat(values.slice(5000).map(() => ["x"])))).toHaveLength(
      20_000,
    );
    expectCellError(band(values, null, null, segments)[0][0], "#VALUE!", /^KAM\.BAND: its ranges are about 5\.\d\d MB/);
  });

  it("still computes the 200,000-row integer case the row guard allows (about 4 MB in, 4.5 MB out)", () => {
    const n = 200_000;
    const c = Array.from({ length: n }, (_, i) => [i * 7]);
    const p = Array.from({ length: n }, (_, i) => [(i * 13) % 1000]);
    const out = tier(c, p);
    expect(out).toHaveLength(n);
  });
});
