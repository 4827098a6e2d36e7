import { coverageMatrix } from "../../src/core/coverage-matrix";
import { pipelineReport } from "../../src/core/pipeline-report";
import { quotaReviews } from "../../src/core/quota-review";
import { defaultModel, parseModel, Model } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { AS_OF, smallDataset } from "./fixtures";

const model = (patch: object): Model => {
  const r = parseModel(patch);
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.model;
};

describe("dataset linking", () => {
  const data = smallDataset();
  it("skips a duplicate account key and an assignment to an unknown account, and reports both", () => {
    expect(data.accounts.map((a) => a.key)).toEqual(["A1", "A2", "A3", "A4"]);
    expect(data.errors.map((e) => `${e.sheet}!${e.address}: ${e.reason}`)).toEqual([
      'Accounts!A6: duplicate account key "A1" (first on row 2)',
      'Cover!A8: account "Nobody" is not in the accounts table',
      'Quotas!A4: rep "wang" already has a quota on row 2',
    ]);
    expect(data.counts.accounts).toEqual({ rowsRead: 5, rowsSkipped: 1 });
  });
  it("links opportunities by ID or name, keeps an unknown account's opportunity with a warning", () => {
    expect(data.opportunities.map((o) => o.account)).toEqual([0, 1, 2, 0, -1, 3]);
    expect(data.warnings.map((w) => `${w.address}: ${w.reason}`)).toEqual([
      'B6: account "Zeta" is not in the accounts table',
    ]);
  });
});

describe("tiering (DOMAIN.md §3–§4)", () => {
  const data = smallDataset();
  it("bands by absolute cuts, applies approved overrides and lists pending ones", () => {
    const t = tierAccounts(data.accounts, model({ cuts: { contribution: [100, 600], potential: [100, 600] } }));
    expect(t.computed).toEqual(["A", "C", "B", "D"]); // Alpha H/H, Beta M/M, Gamma M/H, Delta L/L
    expect(t.tiers).toEqual(["A", "A", "B", "D"]); // Beta's approved manual A applies
    expect(t.overridden).toEqual([false, true, false, false]);
    expect(t.pending).toEqual([{ account: 2, manual: "B" }]); // Gamma's B has no approver
  });
  it("scores with the default weights and flags the top 20% (ceil(0.8) = 1 account)", () => {
    const t = tierAccounts(data.accounts, defaultModel());
    // contribution ranks 100, 200/3, 100/3, 0; potential 100, 100/3, 200/3, 0; reference and winnability blank
    expect(Array.from(t.score)).toEqual([70, 0.4 * (200 / 3) + 0.3 * (100 / 3), 0.4 * (100 / 3) + 0.3 * (200 / 3), 0]);
    expect(Array.from(t.keyAccount)).toEqual([1, 0, 0, 0]);
  });
  it("segments by industry with per-segment cut and top-X% overrides", () => {
    const t = tierAccounts(
      data.accounts,
      model({
        segmentBy: "industry",
        cuts: { bySegment: { retail: { contribution: [0, 60] } } },
        topPercent: { default: 0.5, bySegment: { RETAIL: 1 } },
      }),
    );
    expect(t.segments.labels).toEqual(["Energy", "Retail"]);
    expect(t.cuts.contribution).toEqual([
      [700, 820],
      [0, 60],
    ]); // Energy P50/P80 of {900, 500}; Retail absolute
    expect(Array.from(t.contributionBand)).toEqual([2, 0, 2, 1]);
    expect(Array.from(t.keyAccount)).toEqual([1, 0, 1, 1]);
  });
});

describe("per-segment overrides that name no segment", () => {
  const data = smallDataset();
  const overrides = {
    cuts: {
      contribution: [100, 600],
      potential: [100, 600],
      bySegment: { " ": { contribution: [0, 1] }, Energy: { contribution: [0, 1] } },
    },
    topPercent: { default: 0.25, bySegment: { "": 1, "　": 1, Energy: 1 } },
  };
  it("unsegmented, no override applies, not even one whose key folds to the unnamed segment", () => {
    const t = tierAccounts(data.accounts, model({ segmentBy: "none", ...overrides }));
    expect(t.segments.labels).toEqual([""]);
    expect(t.rules).toEqual([
      {
        cuts: {
          contribution: [
            { kind: "abs", value: 100 },
            { kind: "abs", value: 600 },
          ],
          potential: [
            { kind: "abs", value: 100 },
            { kind: "abs", value: 600 },
          ],
        },
        cutOverride: { contribution: null, potential: null },
        topPercent: 0.25,
        topPercentOverride: null,
      },
    ]);
    expect(t.computed).toEqual(["A", "C", "B", "D"]); // as with the default cuts above
    expect(Array.from(t.keyAccount)).toEqual([1, 0, 0, 0]);
  });
  it("segmented, a blank key still applies to no segment while a real one does", () => {
    const t = tierAccounts(data.accounts, model({ segmentBy: "industry", ...overrides }));
    expect(t.rules.map((r) => [r.cutOverride.contribution, r.topPercentOverride])).toEqual([
      ["Energy", "Energy"],
      [null, null],
    ]);
  });
});

describe("coverage matrix (DOMAIN.md §5)", () => {
  const data = smallDataset();
  const tiers = ["A", "A", "B", "D"] as const;
  const m = coverageMatrix(data, [...tiers]);
  it("flags conflict, unnamed key account and over-served accounts", () => {
    expect(m.accounts.map((a) => a.status)).toEqual(["Covered", "Conflict", "Unnamed key account", "Over-served"]);
    expect(m.totals).toEqual({ uncovered: 0, conflict: 1, unnamedKeyAccount: 1, overServed: 1, repLoadViolations: 2 });
  });
  it("names the reps per team type and orders accounts by tier then industry", () => {
    expect(m.repsByTeamType[2]).toEqual({ Territory: ["Zhao"], KeyAccount: [], Solution: ["Lee"], Partner: [] });
    expect(m.order).toEqual([0, 1, 2, 3]);
    expect(m.tierByTeamType.A).toEqual({ Territory: 1, KeyAccount: 2, Solution: 0, Partner: 0 });
  });
  it("lists rep-load violations: fewer than 2 named accounts, and two tier-A accounts on one rep", () => {
    expect(m.repLoads).toEqual([
      { rep: "Smith", named: 1, tierA: 0, violations: ["owns 1 named account, fewer than 2"] },
      { rep: "Wang", named: 2, tierA: 2, violations: ["owns 2 tier-A accounts; each needs a dedicated rep"] },
    ]);
  });
});

describe("pipeline report (DOMAIN.md §6)", () => {
  const data = smallDataset();
  const r = pipelineReport(data, defaultModel().stages, { asOf: AS_OF, period: "quarter", splitBy: "owner" });
  it("computes ages from the stage date, else the created date, and counts stalled ones", () => {
    expect(r.overall.stages[4]).toMatchObject({
      name: "Bid",
      openCount: 1,
      openAmount: 1000,
      weighted: 750,
      avgAge: 53,
      stalled: 1,
    });
    expect(r.overall.stages[0]).toMatchObject({ name: "Verify", openCount: 1, avgAge: 13, stalled: 0 });
    expect(r.stalled).toEqual([{ opportunity: 0, stage: "Bid", ageDays: 53, limitDays: 30 }]);
  });
  it("reports won, lost, win rate and reached", () => {
    expect(r.overall.won).toEqual({ count: 2, amount: 2700 });
    expect(r.overall.lost).toEqual({ count: 1, amount: 300 });
    expect(r.overall.winRate).toBeCloseTo(2 / 3, 12);
    expect(r.overall.stages.map((s) => s.reached)).toEqual([6, 5, 4, 3, 3, 2]);
  });
  it("buckets open opportunities by the expected close's quarter", () => {
    expect(r.buckets).toEqual({
      current: { count: 1, amount: 1000, weighted: 750 },
      next: { count: 1, amount: 400, weighted: 40 },
      incubating: { count: 1, amount: 100, weighted: 20 },
    });
  });
  it("splits by owner", () => {
    expect(r.split.groups.map((g) => [g.label, g.stats.openAmount, g.stats.won.amount])).toEqual([
      ["Smith", 100, 700],
      ["Wang", 1400, 2000],
    ]);
  });
});

describe("quota review (DOMAIN.md §7)", () => {
  it("computes attainment, named attainment, uplift and pipeline coverage", () => {
    const [wang, smith] = quotaReviews(smallDataset(), defaultModel().stages);
    // Wang owns O1 (open Bid 1000 → 750), O2 (open Verify 400 → 40) and O4 (won 2000 on A1, a named account)
    expect(wang).toMatchObject({
      rep: "Wang",
      quota: 4000,
      won: 2000,
      namedWon: 2000,
      openWeighted: 790,
      attainment: 0.5,
      namedAttainment: 2000 / 3000,
      namedUplift: 1,
    });
    expect(wang.pipelineCoverage).toBeCloseTo(790 / 2000, 12);
    // Smith won 700 on A4 (named) against a quota of 500: met
    expect(smith).toMatchObject({
      won: 700,
      namedWon: 700,
      attainment: 1.4,
      namedAttainment: null,
      namedUplift: null,
      pipelineCoverage: "met",
    });
  });
});
