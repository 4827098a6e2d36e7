import { weighted } from "../../src/functions/functions";
import { col, expectCellError, firstColumn, rng, row } from "./helpers";

// KAM.WEIGHTED(amounts, stages, [statuses], [stageTable]) — DOMAIN.md §6.
describe("KAM.WEIGHTED", () => {
  describe("happy path", () => {
    it("weights open amounts by the default stage probabilities, by English name, Chinese name or number", () => {
      expect(
        firstColumn(
          weighted(
            col(1000, 1000, 1000, 1000, 1000, 1000),
            col("Verify", "商机立项", 3, "value presentation", "组织投标", "6"),
          ),
        ),
      ).toEqual([100, 200, 400, 600, 750, 900]);
    });
    it("weighs Won at 100% and Lost at 0%, in either language, whatever the stage", () => {
      expect(
        firstColumn(
          weighted(col(500, 500, 500, 500), col("Bid", "Bid", "Verify", "Bid"), col("Won", "丢单", "赢单", "Open")),
        ),
      ).toEqual([500, 0, 500, 375]);
    });
    it("uses a custom stage table and spills a row for a row", () => {
      const table = [
        ["Qualify", 0.25],
        ["Propose", "50%"],
        ["Close", 90],
      ];
      expect(weighted(row(100, 100, 100), row("Qualify", "propose", 3), null as never, table)).toEqual([[25, 50, 90]]);
    });
  });

  describe("wrong argument types", () => {
    it("rejects mismatched lengths and a malformed stage table", () => {
      expectCellError(weighted(col(1, 2), col("Bid"))[0][0], "#VALUE!", /stages has 1 cells but amounts has 2/);
      expectCellError(
        weighted(col(1), col("Bid"), null as never, [["Bid", "high"]])[0][0],
        "#VALUE!",
        /stageTable row 1 \(Bid\): probability "high" is not a number/,
      );
      expectCellError(
        weighted(col(1), col("Bid"), null as never, [
          ["Bid", 0.5],
          ["bid", 0.6],
        ])[0][0],
        "#VALUE!",
        /names stage "bid" twice/,
      );
    });
  });

  describe("blanks and error values in ranges", () => {
    it("marks an unknown stage or status #N/A (a name not found), a bad amount #VALUE!, and leaves blank rows blank", () => {
      const out = firstColumn(
        weighted(
          col(100, 100, -5, "3.5M", 100, ""),
          col("Bid", "Pitch", "Bid", "Bid", "Bid", ""),
          col("", "", "", "", "Maybe", ""),
        ),
      );
      expect(out[0]).toBe(75);
      expectCellError(out[1], "#N/A", /unknown stage "Pitch"/);
      expect(out[2]).toBe(-3.75); // DOMAIN.md §12: a KAM.* function takes any number
      expectCellError(out[3], "#VALUE!", /"3.5M" is not a number/);
      expectCellError(out[4], "#N/A", /status "Maybe" is not Open, Won or Lost/);
      expect(out[5]).toBe("");
    });
    it("never reads object-prototype words as a status or stage (DOMAIN.md §8)", () => {
      expectCellError(weighted([[1000]], [["Bid"]], [["constructor"]])[0][0], "#N/A", /status "constructor"/);
      for (const word of ["toString", "__proto__", "constructor", "hasOwnProperty"]) {
        expectCellError(weighted([[1000]], [[word]])[0][0], "#N/A", /unknown stage/);
        expectCellError(weighted([[1000]], [["Bid"]], [[word]])[0][0], "#N/A", /is not Open, Won or Lost/);
      }
    });
  });

  describe("CRM stage columns (DOMAIN.md §2.1, §6)", () => {
    it("reads outcome words in the stage column as the status, with no status column", () => {
      expect(
        firstColumn(weighted(col(100, 100, 100, 100, 100), col("Closed Won", "closedlost", "赢单", "输单", "成交"))),
      ).toEqual([100, 0, 100, 0, 100]);
    });
    it("makes a row whose status contradicts the outcome in its stage a #VALUE!", () => {
      const out = firstColumn(weighted(col(100, 100), col("Closed Won", "Closed Won"), col("Lost", "Won")));
      expectCellError(out[0], "#VALUE!", /stage "Closed Won" contradicts status "Lost"/);
      expect(out[1]).toBe(100);
    });
    it("accepts a preset name as the stage table, and its CRM ids", () => {
      expect(
        firstColumn(
          weighted(col(1000, 1000, 1000), col("Prospecting", "Negotiation/Review", "Closed Won"), null as never, [
            ["Salesforce"],
          ]),
        ),
      ).toEqual([100, 900, 1000]);
      expect(
        firstColumn(weighted(col(1000, 1000), col("qualifiedtobuy", "Contract Sent"), null as never, [["hubspot"]])),
      ).toEqual([400, 900]);
      expect(firstColumn(weighted(col(1000), col("方案呈现"), null as never, [["TAS"]]))).toEqual([600]);
      expectCellError(
        weighted(col(1000), col("Bid"), null as never, [["Pipedrive"]])[0][0],
        "#VALUE!",
        /"Pipedrive" is not a preset \(TAS, Salesforce, HubSpot\)/,
      );
    });
  });

  describe("segments", () => {
    it("has no segments argument: the same stage weighs the same in every row", () => {
      const out = firstColumn(weighted(col(10, 20, 30), col("Bid", "Bid", "Bid")));
      expect(out).toEqual([7.5, 15, 22.5]);
    });
  });

  describe("large input", () => {
    it("weights 200,000 rows and the total equals Σ amount × probability", () => {
      const r = rng(9);
      const probs = [0.1, 0.2, 0.4, 0.6, 0.75, 0.9];
      const amounts = Array.from({ length: 200_000 }, () => [Math.round(r() * 1e5)]);
      const stages = amounts.map(() => [1 + Math.floor(r() * 6)]);
      const out = firstColumn(weighted(amounts, stages)) as number[];
      const expected = amounts.reduce((s, a, i) => s + a[0] * probs[stages[i][0] - 1], 0);
      expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(expected, 2);
    });
  });
});
