/**
 * The nine-grid shows the rules the core applied (issue 11): per-segment overrides match segment labels
 * by folded text (NFKC, case, spaces and dashes ignored), and the sheet reads the match from the core's
 * result instead of comparing labels itself, so the two cannot disagree.
 */
import { foldText } from "../../src/core/cells";
import { Model } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { planReport } from "../../src/reports";
import { block } from "./plan-lookup";
import { refsOf, sampleSources } from "./sample-sources";

const s = sampleSources();
const withCuts = (segmentBy: Model["segmentBy"], bySegment: Model["cuts"]["bySegment"]): Model => ({
  ...s.model,
  segmentBy,
  cuts: { ...s.model.cuts, bySegment },
});
const plan = (model: Model, accounts = s.data.accounts, live = false) =>
  planReport({ kind: "nineGrid", data: { ...s.data, accounts }, model, asOf: s.wb.asOf, live, refs: refsOf(s) });
/** The cuts block's row for a segment label: [label, c1, c2, p1, p2, rule]. */
const cutsRow = (p: ReturnType<typeof plan>, label: string) => {
  const row = block(p, "cuts").cells.find((r) => r[0] === label);
  if (!row) throw new Error(`no cuts row ${label}`);
  return row;
};

// Keys that fold to a sample industry but differ from it after toLowerCase alone.
const FULL_WIDTH_ENERGY = "ＥＮＥＲＧＹ"; // NFKC turns full-width letters into ASCII
const SPACED_RETAIL = " retail  "; // folding drops spaces; lower-casing keeps them
const DASHED_TELECOM = "Tele-com";

describe("Nine-grid rule column reads the core's applied overrides", () => {
  it.each([FULL_WIDTH_ENERGY, SPACED_RETAIL, DASHED_TELECOM])("matches override key %j as the core does", (key) => {
    expect(key.toLowerCase()).not.toBe(foldText(key)); // the case the old label comparison missed
    const model = withCuts("industry", { [key]: { contribution: ["P10", "P30"] } });
    const t = tierAccounts(s.data.accounts, model);
    const code = t.segments.labels.findIndex((l) => foldText(l) === foldText(key));
    expect(code).toBeGreaterThanOrEqual(0);
    expect(t.rules[code].cutOverride).toEqual({ contribution: key, potential: null });
    const label = t.segments.labels[code];
    const p = plan(model);
    const row = cutsRow(p, label);
    expect(row[5]).toBe("P10 / P30 · P50 / P80");
    expect(row.slice(1, 3)).toEqual(t.cuts.contribution[code]);
    // Every other segment keeps the model's cuts, and says so.
    for (const other of t.segments.labels.filter((l) => l !== label))
      expect(cutsRow(p, other)[5]).toBe("P50 / P80 · P50 / P80");
  });

  it("shows a one-segment population's override, and cuts it live at the override's percentile", () => {
    // Every account in one industry: the sheet has one "All" row, cut by that industry's override.
    const energy = s.data.accounts.map((a) => ({ ...a, industry: "Energy" }));
    const model = withCuts("industry", { "energy ": { contribution: [1000, "P90"], potential: ["P20", "P60"] } });
    const t = tierAccounts(energy, model);
    expect(t.rules[0].cutOverride).toEqual({ contribution: "energy ", potential: "energy " });
    const staticRow = cutsRow(plan(model, energy), "All");
    expect(staticRow).toEqual([
      "All",
      1000,
      t.cuts.contribution[0][1],
      ...t.cuts.potential[0],
      "1000 / P90 · P20 / P60",
    ]);
    const liveRow = cutsRow(plan(model, energy, true), "All");
    expect(liveRow.slice(1, 5)).toEqual([
      1000, // an absolute cut stays a value
      { formula: "=PERCENTILE.INC(Accounts[Contribution],0.9)" },
      { formula: "=PERCENTILE.INC(Accounts[Potential],0.2)" },
      { formula: "=PERCENTILE.INC(Accounts[Potential],0.6)" },
    ]);
  });

  it("reports the top-X% fraction each segment was flagged with, and the tier summary names them", () => {
    const model: Model = {
      ...s.model,
      segmentBy: "industry",
      topPercent: { default: 0.2, bySegment: { ＦＩＮＡＮＣＥ: 0.5 } },
    };
    const t = tierAccounts(s.data.accounts, model);
    const finance = t.segments.labels.indexOf("Finance");
    expect(t.rules.map((r) => r.topPercent)).toEqual(t.segments.labels.map((_, i) => (i === finance ? 0.5 : 0.2)));
    expect(t.rules[finance].topPercentOverride).toBe("ＦＩＮＡＮＣＥ");
    const inFinance = s.data.accounts.filter((_, i) => t.segments.codes[i] === finance).length;
    const flagged = s.data.accounts.filter((_, i) => t.segments.codes[i] === finance && t.keyAccount[i] === 1).length;
    expect(flagged).toBeGreaterThanOrEqual(Math.ceil(0.5 * inFinance));
    // The tier summary's header names the fractions applied, not just the model's default.
    expect(block(plan(model), "tierSummary").cells[0][5]).toBe("Key accounts (top 20–50% by segment)");
    expect(block(plan({ ...model, segmentBy: "none" }), "tierSummary").cells[0][5]).toBe("Key accounts (top 20%)");
  });
});
