/**
 * Builders read the rules the core applied (issue 11): which stage a lost row counts at, which
 * probability weighted the amounts, whose opportunities a rep's won sum covers, who met quota and which
 * rep-load rules apply. Each answer below is worked out by hand from the small tables here.
 */
import { CellValue } from "../../src/core/cells";
import { coverageMatrix } from "../../src/core/coverage-matrix";
import { COVERAGE_STATUSES } from "../../src/core/coverage";
import { buildDataset } from "../../src/core/dataset";
import { ListKind, TableKind } from "../../src/core/fields";
import { parseTable } from "../../src/core/parse-table";
import { pipelineReport } from "../../src/core/pipeline-report";
import { quotaReviews } from "../../src/core/quota-review";
import { defaultModel, Model } from "../../src/core/schemas";
import { columnRefs, planReport, ReportKind, SourceLocation } from "../../src/reports";
import { AS_OF, smallDataset } from "../core/fixtures";
import { block } from "./plan-lookup";

const OPPORTUNITIES: CellValue[][] = [
  ["Opportunity ID", "Account", "Owner", "Stage", "Status", "Amount", "Probability"],
  ["O1", "A1", "Wang", "Verify", "Lost", 100, ""],
  ["O2", "A1", "wang", "投标", "Lost", 200, ""], // the Chinese name of Bid
  ["O3", "A2", "Smith", "5", "输单", 300, ""], // Bid by number, Lost in Chinese
  ["O4", "A1", "WANG ", "Bid", "Won", 1000, ""],
  ["O5", "A2", "Smith", "Negotiate & sign", "Won", 500, ""],
  ["O6", "A2", "Smith", "Verify", "Open", 400, 0.5], // row probability 50% against Verify's 10%
  ["O7", "A1", "Lee", "Bid", "Won", 50, ""],
];
const TABLES: Record<ListKind, CellValue[][]> = {
  accounts: [
    ["Account ID", "Account Name", "Contribution", "Potential"],
    ["A1", "Alpha", 900, 900],
    ["A2", "Beta", 100, 100],
  ],
  opportunities: OPPORTUNITIES,
  assignments: [
    ["Account", "Rep", "Team Type", "Role"],
    ["A1", "Wang", "KeyAccount", ""],
    ["A2", "Smith", "KeyAccount", ""],
  ],
  quotas: [
    ["Rep", "Quota"],
    ["Wang", 2000],
    ["SMITH", 500], // met exactly: 500 won
    ["Lee", 0], // no quota: never "met"
  ],
};

/** The tables above, parsed as the adapter would, each an Excel table named after its kind. */
function sources(model: Model) {
  const locations: Partial<Record<TableKind, SourceLocation>> = {};
  for (const [kind, values] of Object.entries(TABLES) as [ListKind, CellValue[][]][]) {
    const parsed = parseTable(kind, { sheet: kind, values }, { stages: model.stages });
    locations[kind] = { table: kind, parsed, headerRow: 1, rowCount: values.length - 1 };
  }
  const parsed = Object.fromEntries(Object.entries(locations).map(([k, l]) => [k, l.parsed]));
  return { data: buildDataset(parsed), refs: columnRefs(locations) };
}

function plan(kind: ReportKind, live: boolean, model = defaultModel()) {
  const { data, refs } = sources(model);
  return planReport({ kind, data, model, asOf: AS_OF, live, refs });
}

describe("the Pipeline sheet reads the core's stage and weight decisions", () => {
  const model = defaultModel();
  const { data } = sources(model);

  it("counts each lost row at the stage the core resolved, by name, alias or number", () => {
    const report = pipelineReport(data, model.stages, { asOf: AS_OF, period: "quarter", splitBy: "owner" });
    // Verify 1 (O1); Bid 2 (O2 as 投标, O3 as stage 5); no other stage has a lost row.
    expect(report.overall.stages.map((s) => s.lost)).toEqual([1, 0, 0, 0, 2, 0]);
    expect(report.split.groups.map((g) => [g.label, g.stats.stages.map((s) => s.lost)])).toEqual([
      ["Lee", [0, 0, 0, 0, 0, 0]],
      ["Smith", [0, 0, 0, 0, 1, 0]],
      ["Wang", [1, 0, 0, 0, 1, 0]],
    ]);
    const lostHere = block(plan("pipeline", false), "stages")
      .cells.slice(1, 7)
      .map((r) => r[9]);
    expect(lostHere).toEqual([1, 0, 0, 0, 2, 0]);
  });

  it("says which probability weighted the amounts, and writes row-weighted amounts as values", () => {
    const byRow = { ...model, reports: { ...model.reports, weightBy: "row" as const } };
    expect(pipelineReport(data, model.stages, { asOf: AS_OF, period: "quarter", splitBy: "none" }).weightBy).toBe(
      "stage",
    );
    const report = pipelineReport(data, model.stages, {
      asOf: AS_OF,
      period: "quarter",
      splitBy: "none",
      weightBy: "row",
    });
    expect(report.weightBy).toBe("row");
    expect(report.overall.stages[0].weighted).toBe(200); // O6: 400 × its own 50%
    const verifyWeighted = (m: Model) => block(plan("pipeline", true, m), "stages").cells[1][4];
    expect(verifyWeighted(byRow)).toBe(200);
    expect(verifyWeighted(model)).toEqual({ formula: "=E5*C5" }); // open amount × stage probability
  });
});

describe("the Quota Review reads whose opportunities and who met quota from the core", () => {
  const model = defaultModel();
  const { data } = sources(model);
  const reviews = quotaReviews(data, model.stages);

  it("lists the opportunities the core matched to each rep, whatever the owner's case or spacing", () => {
    expect(reviews.map((q) => [q.rep, q.opportunities])).toEqual([
      ["Wang", [0, 1, 3]],
      ["SMITH", [2, 4, 5]],
      ["Lee", [6]],
    ]);
    // The live Won formula sums over exactly the owner spellings of those rows; "wang" is "Wang" to
    // COUNTIFS (case-insensitive), so it is written once. Lee's "Lee" is not among them.
    const wang = block(plan("quotas", true), "quotas").cells[1][2] as { formula: string };
    const owners = [...wang.formula.matchAll(/opportunities\[Owner\],("[^"]*")/g)].map((m) => m[1]);
    expect(new Set(owners)).toEqual(new Set(['"Wang"', '"WANG "']));
  });

  it("counts a rep as met at 100% attainment, never without a quota", () => {
    expect(reviews.map((q) => [q.rep, q.won, q.met])).toEqual([
      ["Wang", 1000, false],
      ["SMITH", 500, true],
      ["Lee", 50, false],
    ]);
    expect(plan("quotas", false).summaryData).toEqual({ kind: "quotas", reps: 3, met: 1 });
  });
});

describe("the Coverage sheet reads statuses and rep-load rules from the core", () => {
  const data = smallDataset();
  const tiers = ["A", "A", "B", "D"] as const;

  it("drops the dedicated tier-A rule when the model turns it off, and counts reps with violations", () => {
    const strict = coverageMatrix(data, [...tiers]);
    expect(strict.totals.repLoadViolations).toBe(2); // Smith: 1 named account; Wang: two tier-A accounts
    const relaxed = coverageMatrix(data, [...tiers], { minNamed: 2, maxNamed: 10, dedicatedTierA: false });
    expect(relaxed.repLoads.map((l) => [l.rep, l.violations])).toEqual([
      ["Smith", ["owns 1 named account, fewer than 2"]],
      ["Wang", []],
    ]);
    expect(relaxed.totals.repLoadViolations).toBe(1);
  });

  it("counts the core's statuses, most severe first, in the flags block", () => {
    const flags = block(plan("coverage", false), "flags").cells.slice(1);
    expect(flags.map((r) => r[0])).toEqual([...COVERAGE_STATUSES]);
    expect(COVERAGE_STATUSES).toEqual(["Uncovered", "Conflict", "Unnamed key account", "Over-served", "Covered"]);
  });
});
