import { pipeline } from "../../src/functions/functions";
import { pipelineSpill } from "../../src/functions/spills";
import { col, expectCellError, rng } from "./helpers";

// KAM.PIPELINE(stages, amounts, [statuses], [stageTable]) — DOMAIN.md §6, layout of §8.
const HEADER = ["Stage", "Open count", "Open amount", "Weighted amount", "Reached", "Conversion to next"];

describe("KAM.PIPELINE", () => {
  describe("happy path", () => {
    it("spills the header, one row per stage, Won, Lost and Win rate", () => {
      const out = pipeline(
        col("Verify", "Verify", "Needs analysis", "Bid", "Bid", "Approve", "Negotiate & sign"),
        col(100, 200, 300, 400, 500, 600, 700),
        col("Open", "Open", "Open", "Lost", "Won", "Lost", "Open"),
      );
      expect(out).toEqual([
        HEADER,
        // reached: furthest stage ≥ this one (open and lost at their stage, won at every stage)
        ["Verify", 2, 300, 30, 7, 5 / 7],
        ["Approve", 0, 0, 0, 5, 4 / 5],
        ["Needs analysis", 1, 300, 120, 4, 3 / 4],
        ["Value presentation", 0, 0, 0, 3, 1],
        ["Bid", 0, 0, 0, 3, 2 / 3],
        ["Negotiate & sign", 1, 700, 630, 2, 1 / 2],
        ["Won", 1, 500, "", "", ""],
        ["Lost", 2, 1000, "", "", ""],
        ["Win rate", 1 / 3, "", "", "", ""],
      ]);
    });
    it("uses the stage names of a custom stage table, in its order", () => {
      const out = pipeline(col("B", "A"), col(10, 20), null as never, [
        ["A", 0.3],
        ["B", 0.6],
      ]);
      expect(out.slice(1, 3)).toEqual([
        ["A", 1, 20, 6, 2, 0.5],
        ["B", 1, 10, 6, 1, 0],
      ]);
    });
  });

  describe("CRM stage columns (DOMAIN.md §2.1, §6)", () => {
    it('reads a Salesforce report with =KAM.PIPELINE(stages, amounts, , "Salesforce")', () => {
      const out = pipeline(
        col(
          "Prospecting",
          "Closed Won",
          "Closed Lost",
          "Negotiation/Review",
          "Closed Won",
          "Closed Lost",
          "Closed Lost",
        ),
        col(100, 200, 300, 400, 500, 600, 700),
        null as never,
        [["Salesforce"]],
      );
      expect(out.map((r) => r[0])).toEqual([
        "Stage",
        "Prospecting",
        "Qualification",
        "Needs Analysis",
        "Value Proposition",
        "Id. Decision Makers",
        "Perception Analysis",
        "Proposal/Price Quote",
        "Negotiation/Review",
        "Won",
        "Lost",
        "Win rate",
      ]);
      // 2 won, 3 lost whose stage is the outcome word: they reach only the first stage.
      expect(out[1]).toEqual(["Prospecting", 1, 100, 10, 7, 3 / 7]);
      expect(out[2]).toEqual(["Qualification", 0, 0, 0, 3, 1]);
      expect(out[8]).toEqual(["Negotiation/Review", 1, 400, 360, 3, 2 / 3]);
      expect(out[9]).toEqual(["Won", 2, 700, "", "", ""]);
      expect(out[10]).toEqual(["Lost", 3, 1600, "", "", ""]);
      expect(out[11]).toEqual(["Win rate", 2 / 5, "", "", "", ""]);
    });
    it("counts a lost deal with a blank stage in Lost and the win rate; a status contradicting the stage skips the row", () => {
      const out = pipeline(col("", "赢单", "输单", "赢单"), col(10, 20, 30, 40), col("丢单", "", "", "Lost"));
      expect(out[8]).toEqual(["Lost", 2, 40, "", "", ""]);
      expect(out[7]).toEqual(["Won", 1, 20, "", "", ""]);
      expect(out[1][4]).toBe(3); // the two lost and the won reach Verify
      expect(out[out.length - 1]).toEqual([
        "Skipped rows",
        1,
        'row 4: stage "赢单" contradicts status "Lost"',
        "",
        "",
        "",
      ]);
    });
  });

  describe("wrong argument types", () => {
    it("rejects ranges of different lengths", () => {
      expectCellError(pipeline(col("Bid", "Bid"), col(1))[0][0], "#VALUE!", /amounts has 1 cells but stages has 2/);
    });
    it("rejects a stage table that is not name | probability", () => {
      expectCellError(
        pipeline(col("Bid"), col(1), null as never, col("Bid"))[0][0],
        "#VALUE!",
        /stageTable needs rows of stage name \| probability/,
      );
    });
  });

  describe("blanks and error values in ranges", () => {
    it("skips bad rows, counts them in a last row naming the first, and ignores blank rows", () => {
      const out = pipeline(
        col("Bid", "Nope", "", "Bid", "Bid"),
        col(100, 5, "", "#N/A", 50),
        col("Open", "Open", "", "Open", "Won"),
      );
      expect(out[5]).toEqual(["Bid", 1, 100, 75, 2, 0.5]);
      expect(out[out.length - 1]).toEqual(["Skipped rows", 2, 'row 2: unknown stage "Nope"', "", "", ""]);
    });
    it("leaves conversion and win rate blank when nothing reached the stage or closed", () => {
      const out = pipeline(col("Verify"), col(10));
      expect(out[2]).toEqual(["Approve", 0, 0, 0, 0, ""]);
      expect(out[9]).toEqual(["Win rate", "", "", "", "", ""]);
    });
  });

  describe("segments", () => {
    it("has no segments argument; filtering is done by the ranges passed (e.g. FILTER)", () => {
      const all = pipeline(col("Bid", "Bid"), col(10, 30));
      expect(all[5]).toEqual(["Bid", 2, 40, 30, 2, 0]);
    });
  });

  describe("large input", () => {
    it("summarises 1,048,576 rows; reached never increases along the stages", () => {
      const r = rng(1);
      const n = 1_048_576;
      const stages = new Array(n);
      const amounts = new Array(n);
      const statuses = new Array(n);
      let won = 0;
      for (let i = 0; i < n; i++) {
        stages[i] = [1 + Math.floor(r() * 6)];
        amounts[i] = [Math.floor(r() * 1000)];
        const s = r();
        statuses[i] = [s < 0.1 ? "Won" : s < 0.25 ? "Lost" : "Open"];
        if (s < 0.1) won++;
      }
      // The body computes it (desktop-scale data, the benchmark's path)...
      const out = pipelineSpill(stages, amounts, statuses);
      const reached = out.slice(1, 7).map((row) => row[4] as number);
      expect(reached[0]).toBe(n);
      for (let s = 1; s < 6; s++) expect(reached[s]).toBeLessThanOrEqual(reached[s - 1]);
      expect(out[7][1]).toBe(won);
      // ...but well over 10 MB of arguments cannot reach a custom function on Excel on the web: one clear #VALUE!.
      const refused = pipeline(stages, amounts, statuses);
      expect(refused).toHaveLength(1);
      expectCellError(
        refused[0][0],
        "#VALUE!",
        /KAM.PIPELINE: its ranges are (about|over) 1\d\.\d\d MB, more than the 4\.75 MB a custom function can safely pass.*build the report from the task pane/,
      );
    });
  });
});
