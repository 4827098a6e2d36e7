/**
 * DOMAIN.md §12, one describe per edge rule, through the custom functions (and the table parser where the
 * rule is about tables). Expected values are worked out by hand from the rule.
 */
import { parseTable } from "../../src/core/parse-table";
import { coverage, pipeline, score, toppct, weighted, band, tier } from "../../src/functions/functions";
import { col, expectCellError, firstColumn, row } from "./helpers";

describe("§12 every finite number is valid input, results stay finite", () => {
  it("weights ±1E308 amounts and bands the extremes of the double range", () => {
    expect(firstColumn(weighted(col(1e308, -1e308), col("Bid", "Bid")))).toEqual([7.5e307, -7.5e307]);
    expect(firstColumn(band(col(-Number.MAX_VALUE, 0, Number.MAX_VALUE), 0, 1))).toEqual(["L", "M", "H"]);
    const s = firstColumn(
      score(
        [
          [1e308, -1e308],
          [-1e308, 1e308],
        ],
        undefined,
        "minmax",
      ),
    ) as number[];
    expect(s).toEqual([50, 50]);
  });
});

describe("§12 negative numbers: bad cells in a table, any number in a function", () => {
  it("a negative contribution is a located bad cell in the Accounts table", () => {
    const t = parseTable("accounts", {
      sheet: "Accounts",
      values: [
        ["Account", "Contribution", "Potential"],
        ["Acme", -5, 10],
        ["Beta", 5, 10],
      ],
    });
    expect(t.rows.map((r) => r.name)).toEqual(["Beta"]);
    expect(t.errors).toEqual([expect.objectContaining({ sheet: "Accounts", row: 2, column: "Contribution" })]);
  });
  it("KAM.WEIGHTED, KAM.PIPELINE, KAM.BAND and KAM.TIER take negative numbers", () => {
    expect(firstColumn(weighted(col(-100), col("Bid")))).toEqual([-75]);
    const p = pipeline(col("Bid", "Bid"), col(-100, 300));
    expect(p[5].slice(0, 4)).toEqual(["Bid", 2, 200, 150]);
    expect(firstColumn(band(col(-3, -2, -1), -2, -1))).toEqual(["L", "M", "H"]);
    expect(firstColumn(tier(col(-3, -1), col(-3, -1), row(-2, -1), row(-2, -1)))).toEqual(["D", "A"]);
  });
});

describe("§12 text numbers", () => {
  it('"(1,200)" and "-1,200" are −1200; "1,2345" is bad', () => {
    expect(firstColumn(weighted(col("(1,200)", "-1,200"), col("Bid", "Bid")))).toEqual([-900, -900]);
    expectCellError(weighted(col("1,2345"), col("Bid"))[0][0], "#VALUE!", /1,2345/);
  });
  it('"12%" is 0.12 as a percentage (TOPPCT percent) and bad as an amount', () => {
    expect(firstColumn(toppct(col(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), [["12%"]]))).toEqual([
      ...new Array(8).fill(false),
      true,
      true,
    ]); // ceil(12% × 10) = 2
    expectCellError(weighted(col("12%"), col("Bid"))[0][0], "#VALUE!", /12%/);
  });
});

describe("§12 percentile cuts", () => {
  it("accepts P50, p50 and P12.5; refuses above P100 and a first cut above the second", () => {
    const values = col(1, 2, 3, 4, 5, 6, 7, 8, 9);
    expect(band(values, "P50", "P90")).toEqual(band(values, "p50", "P90"));
    // P12.5 of 1..9 = 2: 1 is L, 2 and up are M or H.
    expect(firstColumn(band(values, "P12.5", 100))).toEqual(["L", ...new Array(8).fill("M")]);
    expectCellError(band(values, "P101")[0][0], "#VALUE!", /above P100/);
    expectCellError(band(values, "P90", "P50")[0][0], "#VALUE!", /cut1 \(P90\) must not exceed cut2 \(P50\)/);
  });
});

describe("§12 stage probabilities and weights", () => {
  it("a probability above 1 and at most 100 is a percentage; anything else outside 0–1 is bad", () => {
    expect(
      firstColumn(
        weighted(col(100, 100), col("A", "B"), null as never, [
          ["A", 40],
          ["B", 0.4],
        ]),
      ),
    ).toEqual([40, 40]);
    expectCellError(weighted(col(100), col("A"), null as never, [["A", 140]])[0][0], "#VALUE!", /140/);
    expectCellError(weighted(col(100), col("A"), null as never, [["A", -0.1]])[0][0], "#VALUE!", /-0\.1/);
  });
  it("all-zero weights are a #VALUE!", () => {
    expectCellError(score([[1, 2]], [[0, 0]])[0][0], "#VALUE!", /weights must not all be zero/);
  });
});

describe("§12 coverage: one status per account, Uncovered > Conflict > Unnamed key account > Over-served > Covered", () => {
  it("gives the first status that applies when several flags do", () => {
    const accounts = col("U", "C", "N", "O", "K");
    const assign = col("C", "C", "N", "O", "K");
    const types = col("Territory", "KeyAccount", "Territory", "KeyAccount", "KeyAccount");
    // U: tier A and uncovered; C: tier A, two primaries, one of them Key-Account; N: tier B with a territory
    // primary only; O: tier D with a Key-Account primary; K: tier A with its Key-Account rep.
    const out = firstColumn(coverage(accounts, assign, types, null as never, col("A", "A", "B", "D", "A")));
    expect(out).toEqual(["Uncovered", "Conflict", "Unnamed key account", "Over-served", "Covered"]);
  });
});

describe('§12 TOPPCT: blank or bad scores are not counted in n and return ""', () => {
  it("takes ceil(20% × 5) = 1 of the five readable scores, not of all eight rows", () => {
    const out = firstColumn(toppct(col(10, "", 50, "n/a", 30, 20, null, 40), [[0.2]]));
    expect(out[0]).toBe(false);
    expect(out[1]).toBe("");
    expect(out[2]).toBe(true);
    expectCellError(out[3], "#VALUE!", /n\/a/);
    expect(out.slice(4)).toEqual([false, false, "", false]);
  });
});

describe("§12 pipeline rates", () => {
  it('the last stage\'s conversion is won / reached(last); a rate with a zero denominator is ""', () => {
    const stages = [
      ["A", 0.5],
      ["B", 0.9],
    ];
    // Two opportunities open at B, one won: reached(B) = 3, won = 1 → 1/3. Nothing lost or won at A: its conversion is reached(B)/reached(A).
    const p = pipeline(col("B", "B", "B"), col(1, 1, 1), col("Open", "Open", "Won"), stages as never);
    expect(p[2][0]).toBe("B");
    expect(p[2][5]).toBeCloseTo(1 / 3, 12);
    const empty = pipeline(col(""), col(""), null as never, stages as never);
    expect(empty[1][5]).toBe(""); // reached(A) = 0
    expect(empty[empty.length - 1]).toEqual(["Win rate", "", "", "", "", ""]); // won + lost = 0
  });
});
