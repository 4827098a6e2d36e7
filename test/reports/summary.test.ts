/** Report summaries: the numbers each plan carries for the task pane, and the English line made from them. */
import { tierAccounts } from "../../src/core/tiering";
import { ReportKind, summaryText } from "../../src/reports";
import { samplePlan, sampleSources } from "./sample-sources";

const s = sampleSources();
const plan = (kind: ReportKind) => samplePlan(s, kind, false);

describe("report summaries", () => {
  it("carry the numbers of the plan, and the English line is made from them", () => {
    const t = tierAccounts(s.data.accounts, s.model);
    const grid = plan("nineGrid");
    expect(grid.summaryData).toEqual({
      kind: "nineGrid",
      accounts: t.tiers.filter((x) => x !== null).length,
      tiers: {
        A: t.tiers.filter((x) => x === "A").length,
        B: t.tiers.filter((x) => x === "B").length,
        C: t.tiers.filter((x) => x === "C").length,
        D: t.tiers.filter((x) => x === "D").length,
      },
      unbanded: s.data.accounts.length - t.tiers.filter((x) => x !== null).length,
      pendingOverrides: t.pending.length,
      // Both axes span over 1,000×, so the scatter made them logarithmic, and a log axis cannot show a zero.
      chartNotes: [
        { code: "scatterAutoLog", axes: ["contribution", "potential"] },
        {
          code: "scatterNotPlotted",
          count: s.data.accounts.filter((a, i) => t.tiers[i] !== null && !(a.contribution > 0 && a.potential > 0))
            .length,
        },
      ],
    });
    const note = (id: string) => grid.blocks.find((b) => b.id === id)?.cells[0][0];
    expect(note("scaleNote")).toMatch(/^Log scale on contribution and potential/);
    expect(note("chartNote")).toMatch(/^\d+ accounts with zero contribution or potential are not plotted/);
    for (const kind of ["nineGrid", "coverage", "pipeline", "quotas"] as const) {
      const p = plan(kind);
      expect(p.summaryData.kind).toBe(kind);
      expect(p.summary).toBe(summaryText(p.summaryData));
    }
    expect(plan("quotas").summaryData).toMatchObject({ kind: "quotas", reps: s.data.quotas.length });
    // Plain JSON, like the rest of the plan.
    expect(JSON.parse(JSON.stringify(grid.summaryData))).toEqual(grid.summaryData);
  });

  it("words each report in English, singular and plural", () => {
    expect(
      summaryText({
        kind: "nineGrid",
        accounts: 1200,
        tiers: { A: 100, B: 200, C: 300, D: 600 },
        unbanded: 3,
        pendingOverrides: 1,
        chartNotes: [],
      }),
    ).toBe(
      "Nine-grid of 1,200 accounts: A 100, B 200, C 300, D 600; 3 without contribution or potential; 1 override pending approval.",
    );
    expect(
      summaryText({
        kind: "nineGrid",
        accounts: 4,
        tiers: { A: 1, B: 1, C: 1, D: 1 },
        unbanded: 0,
        pendingOverrides: 0,
        chartNotes: [{ code: "scatterNotPlotted", count: 2 }],
      }),
    ).toBe("Nine-grid of 4 accounts: A 1, B 1, C 1, D 1.");
    expect(
      summaryText({
        kind: "coverage",
        accounts: 400,
        uncovered: 12,
        conflicts: 3,
        unnamedKeyAccounts: 5,
        overServed: 2,
        repLoadViolations: 1,
      }),
    ).toBe(
      "Coverage of 400 accounts: 12 uncovered, 3 conflicts, 5 unnamed key accounts, 2 over-served; 1 rep-load violation.",
    );
    expect(
      summaryText({
        kind: "pipeline",
        openCount: 321,
        openAmount: 1234567.5,
        weighted: 45678.2,
        winRate: 0.354,
        stalled: 7,
      }),
    ).toBe("Pipeline of 321 open opportunities (1,234,568, weighted 45,678); win rate 35%; 7 stalled.");
    expect(summaryText({ kind: "pipeline", openCount: 0, openAmount: 0, weighted: 0, winRate: null, stalled: 0 })).toBe(
      "Pipeline of 0 open opportunities (0, weighted 0); win rate n/a; 0 stalled.",
    );
    expect(summaryText({ kind: "quotas", reps: 20, met: 8 })).toBe("Quota review of 20 reps: 8 at or above quota.");
  });
});
