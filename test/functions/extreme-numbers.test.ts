/**
 * DOMAIN.md §12: every finite number up to ±1.79e308 is valid input and results stay finite and exact
 * where the definition is. Expected values are worked out by hand from the definitions in §3–§4.
 */
import { band, score, tier, toppct } from "../../src/functions/functions";
import { col, firstColumn } from "./helpers";

describe("numbers at the ends of the double range", () => {
  it("KAM.BAND({-1E308;1E308}) bands L and H: P50 is 0 and P80 is 6E307, not an overflow", () => {
    expect(firstColumn(band(col(-1e308, 1e308)))).toEqual(["L", "H"]);
    expect(firstColumn(band(col(-Number.MAX_VALUE, Number.MAX_VALUE)))).toEqual(["L", "H"]);
  });

  it('KAM.SCORE({1;1E307},,"minmax") is {0;100}, and minmax across the whole range is finite', () => {
    expect(firstColumn(score(col(1, 1e307), undefined, "minmax"))).toEqual([0, 100]);
    // (x − min) / (max − min) with min = −1.79e308, max = 1.79e308: the middle value 0 is exactly 50.
    expect(firstColumn(score(col(-Number.MAX_VALUE, 0, Number.MAX_VALUE), undefined, "minmax"))).toEqual([0, 50, 100]);
    expect(firstColumn(score(col(-1e308, 5e307, 1e308), undefined, "minmax"))).toEqual([0, 75, 100]);
  });

  it("KAM.TIER and KAM.TOPPCT stay finite and ordered on huge and tiny values", () => {
    // Both axes band {-1E308; 1E308} into L and H (as KAM.BAND above): tier map L×L → D, H×H → A.
    expect(firstColumn(tier(col(-1e308, 1e308), col(-1e308, 1e308)))).toEqual(["D", "A"]);
    // {-1E308, 1E-300, 1E308}: P50 = 1E-300 exactly, so the middle row is M on both axes → C.
    expect(firstColumn(tier(col(-1e308, 1e-300, 1e308), col(-1e308, 1e-300, 1e308)))).toEqual(["D", "C", "A"]);
    expect(firstColumn(toppct(col(-1e308, 1e308, 5e-324, 0, 1), [[0.2]]))).toEqual([false, true, false, false, false]);
  });
});

describe("arguments Excel would never pass do not throw", () => {
  it("band([[1]], [null]) treats the bare [null] cut as omitted", () => {
    expect(() => band([[1]], [null])).not.toThrow();
    expect(band([[1]], [null])).toEqual([["H"]]);
    expect(band([[1], [2]], [null], [5])).toEqual([["L"], ["M"]]); // P50 of {1;2} is 1.5
  });

  it("a ragged range is one #VALUE! naming the problem, not a TypeError", () => {
    const out = band([[1], [2, 3], [4]] as unknown[][]);
    expect(out).toHaveLength(1);
    expect((out[0][0] as { code: string; message: string }).message).toMatch(/rectangular/);
  });
});
