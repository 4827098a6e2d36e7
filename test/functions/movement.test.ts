import { movement } from "../../src/functions/functions";
import { col, expectCellError, firstColumn, rng, row } from "./helpers";

// KAM.MOVEMENT(previousStages, currentStages, [previousStatuses], [currentStatuses], [stageTable]) — DOMAIN.md §9.
describe("KAM.MOVEMENT", () => {
  describe("happy path", () => {
    it("labels every row of the §9 table", () => {
      // prettier-ignore
      const rows: [unknown, unknown, unknown, unknown, string][] = [
        ["", "", "Verify", "", "New"],
        ["Approve", "", "Bid", "", "Advanced"],
        ["Bid", "", "需求分析", "", "Slipped"],
        [3, "", "Needs analysis", "", "Unchanged"],
        ["Bid", "", "Bid", "Won", "Won"],
        ["", "", "", "赢单", "Won"],
        ["Bid", "", "Bid", "Lost", "Lost"],
        ["", "", "Closed Lost", "", "Lost"],
        ["Approve", "Open", "", "", "Dropped"],
        ["Approve", "丢单", "Approve", "", "Reopened"],
        ["", "Won", "Closed Won", "", "Closed"],
        ["Bid", "Lost", "", "", "Closed"],
        ["", "", "", "", ""],
      ];
      const out = movement(
        rows.map((r) => [r[0]]),
        rows.map((r) => [r[2]]),
        rows.map((r) => [r[1]]),
        rows.map((r) => [r[3]]),
      );
      expect(firstColumn(out)).toEqual(rows.map((r) => r[4]));
    });
    it("reads outcome words in the stage columns with no status columns, and spills a row for a row", () => {
      expect(movement(row("Verify", "Negotiate & sign", "Closed Won"), row("Approve", "Closed Won", ""))).toEqual([
        ["Advanced", "Won", "Closed"],
      ]);
    });
    it("uses a preset or a custom stage table for the stage order", () => {
      expect(
        firstColumn(
          movement(
            col("Qualification", "qualifiedtobuy"),
            col("Prospecting", "Contract Sent"),
            null as never,
            null as never,
            [["HubSpot"]],
          ),
        ),
      ).toEqual([expect.objectContaining({ code: "#N/A" }), "Advanced"]);
      const table = [
        ["Propose", 0.5],
        ["Qualify", 0.25],
      ]; // the table's order, not the probabilities, orders stages
      expect(firstColumn(movement(col("Qualify"), col("Propose"), null as never, null as never, table))).toEqual([
        "Slipped",
      ]);
    });
  });

  describe("wrong argument types", () => {
    it("rejects columns of different lengths, a 2-D range and a bad stage table with one #VALUE!", () => {
      expectCellError(
        movement(col("Bid", "Bid"), col("Bid"))[0][0],
        "#VALUE!",
        /currentStages has 1 cells but previousStages has 2/,
      );
      expectCellError(
        movement(col("Bid"), col("Bid"), col("Open", "Open"))[0][0],
        "#VALUE!",
        /previousStatuses has 2 cells/,
      );
      expectCellError(
        movement(
          [
            ["Bid", "Bid"],
            ["Bid", "Bid"],
          ],
          col("Bid", "Bid"),
        )[0][0],
        "#VALUE!",
        /single column or row/,
      );
      expectCellError(
        movement(col("Bid"), col("Bid"), null as never, null as never, [["Pipedrive"]])[0][0],
        "#VALUE!",
        /not a preset/,
      );
    });
  });

  describe("blanks and error values in ranges", () => {
    it("gives an unknown stage or status #N/A, a contradiction or an open row with no stage #VALUE!, and leaves other rows alone", () => {
      const out = firstColumn(
        movement(
          col("Pitch", "Bid", "Bid", "Closed Won", "", "#N/A", "Bid"),
          col("Bid", "Pitch", "Bid", "Bid", "", "Bid", "Bid"),
          col("", "", "Maybe", "Lost", "Open", "", ""),
        ),
      );
      expectCellError(out[0], "#N/A", /unknown previous stage "Pitch"/);
      expectCellError(out[1], "#N/A", /unknown current stage "Pitch"/);
      expectCellError(out[2], "#N/A", /previous status "Maybe" is not Open, Won or Lost/);
      expectCellError(out[3], "#VALUE!", /previous stage "Closed Won" contradicts status "Lost"/);
      expectCellError(out[4], "#VALUE!", /previous stage is blank for an open opportunity/);
      expectCellError(out[5], "#N/A", /unknown previous stage "#N\/A"/);
      expect(out[6]).toBe("Unchanged");
    });
    it("never reads object-prototype words as a stage or status (DOMAIN.md §8)", () => {
      for (const word of ["toString", "__proto__", "constructor"]) {
        expectCellError(movement([[word]], [["Bid"]])[0][0], "#N/A", /unknown previous stage/);
        expectCellError(movement([["Bid"]], [["Bid"]], [["Open"]], [[word]])[0][0], "#N/A", /current status/);
      }
    });
  });

  describe("segments", () => {
    it("has no segments argument: each row's label depends on that row alone", () => {
      const one = firstColumn(movement(col("Verify"), col("Bid")));
      const many = firstColumn(movement(col("Bid", "Verify", "", "Bid"), col("Bid", "Bid", "Bid", "")));
      expect(many[1]).toBe(one[0]);
      expect(many).toEqual(["Unchanged", "Advanced", "New", "Dropped"]);
    });
  });

  describe("large input", () => {
    it("labels 200,000 rows, and the counts match the stage moves drawn", () => {
      const r = rng(12);
      const n = 200_000;
      const prev = Array.from({ length: n }, () => [1 + Math.floor(r() * 6)]);
      const cur = prev.map(([s]) => [Math.min(6, Math.max(1, s + Math.floor(r() * 3) - 1))]);
      const out = firstColumn(movement(prev, cur)) as string[];
      const count = (label: string) => out.filter((x) => x === label).length;
      expect(count("Advanced")).toBe(prev.filter(([s], i) => cur[i][0] > s).length);
      expect(count("Slipped")).toBe(prev.filter(([s], i) => cur[i][0] < s).length);
      expect(count("Advanced") + count("Slipped") + count("Unchanged")).toBe(n);
    });
    it("refuses more rows than a spill can carry, pointing to the task pane", () => {
      const big = Array.from({ length: 200_001 }, () => ["Bid"]);
      expectCellError(
        movement(big, big)[0][0],
        "#VALUE!",
        /200,001 rows is above the 200,000-row spill limit; build the report/,
      );
    });
  });
});
