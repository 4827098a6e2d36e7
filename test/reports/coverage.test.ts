import { coverageMatrix } from "../../src/core/coverage-matrix";
import { tierAccounts } from "../../src/core/tiering";
import { block, overlappingBlocks } from "./plan-lookup";
import { samplePlan, sampleSources } from "./sample-sources";

const s = sampleSources();
const tiers = tierAccounts(s.data.accounts, s.model).tiers;
const m = coverageMatrix(s.data, tiers, s.model.coverage);
const plan = samplePlan(s, "coverage", true);
const n = s.data.accounts.length;

describe("Coverage plan on the sample workbook", () => {
  it("places summaries above a matrix of every account, grouped by tier then industry", () => {
    expect(overlappingBlocks(plan)).toEqual([]);
    expect(Object.fromEntries(plan.blocks.map((b) => [b.id, b.at]))).toMatchObject({
      tierByTeamType: "B5",
      flags: "I5",
      matrix: "B13",
    });
    const rows = block(plan, "matrix").cells;
    expect(rows[0]).toEqual([
      "Tier",
      "Industry",
      "Account",
      "Region",
      "Territory",
      "Key account",
      "Solution",
      "Partner",
      "Status",
    ]);
    expect(rows).toHaveLength(n + 1);
    const tierOrder = rows.slice(1).map((r) => String(r[0] || "Z"));
    expect(tierOrder).toEqual([...tierOrder].sort());
  });

  it("names the reps per team type and the status of each account, as the core computes them", () => {
    const rows = block(plan, "matrix").cells;
    m.order.forEach((i, k) => {
      expect(rows[1 + k][2]).toBe(s.data.accounts[i].name);
      expect(rows[1 + k][5]).toBe(m.repsByTeamType[i].KeyAccount.join(", "));
      expect(rows[1 + k][8]).toBe(m.accounts[i].status);
    });
    // the sample plants uncovered and conflicting accounts
    expect(m.totals.uncovered).toBeGreaterThan(0);
    expect(m.totals.conflict).toBeGreaterThan(0);
  });

  it("counts flags and tier × team type with formulas over exactly the matrix body", () => {
    const body = `$J$14:$J$${13 + n}`;
    expect(block(plan, "flags").cells[1]).toEqual(["Uncovered", { formula: `=COUNTIF(${body},"Uncovered")` }]);
    expect(block(plan, "tierByTeamType").cells[1][2]).toEqual({
      formula: `=COUNTIFS($B$14:$B$${13 + n},"A",$G$14:$G$${13 + n},"<>")`,
    });
  });

  it("highlights flagged rows with conditional formats anchored at the first account row", () => {
    const flagged = plan.conditionalFormats.filter((c) => c.kind === "formula" && c.range === `B14:J${13 + n}`);
    expect(flagged.map((c) => (c.kind === "formula" ? c.formula : ""))).toEqual([
      '=$J14="Uncovered"',
      '=$J14="Conflict"',
      '=$J14="Unnamed key account"',
      '=$J14="Over-served"',
    ]);
  });

  it("gives one status per account, and the pane summary counts the statuses the sheet shows (DOMAIN.md §12)", () => {
    const statuses = block(plan, "matrix")
      .cells.slice(1)
      .map((r) => r[8]);
    const shown = (status: string) => statuses.filter((x) => x === status).length;
    expect(plan.summaryData).toMatchObject({
      kind: "coverage",
      accounts: n,
      uncovered: shown("Uncovered"),
      conflicts: shown("Conflict"),
      unnamedKeyAccounts: shown("Unnamed key account"),
      overServed: shown("Over-served"),
    });
    // The sample has accounts with two flags (a conflict on a tier-A account), so this is not trivially true.
    const both = m.accounts.filter((a) => a.conflict && (a.unnamedKeyAccount || a.overServed)).length;
    expect(both).toBeGreaterThan(0);
    expect(plan.summary).toContain(`${shown("Unnamed key account")} unnamed key accounts`);
  });

  it("lists rep-load violations", () => {
    const rows = block(plan, "repLoad").cells;
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(
      m.repLoads.map((l) => [l.rep, l.named, l.violations.join("; ")]),
    );
  });
});
