/**
 * The Key Projects sheet plan (DOMAIN.md §11) on the hand-checkable fixture: which deals, in what order,
 * with what weighted amounts, the threshold options, and the words in both languages.
 */
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { planReport, SheetPlan } from "../../src/reports";
import { buildKeyProjects, keyProjectOptionsOf } from "../../src/reports/key-projects-sheet";
import { OPPS, PROBABILITY } from "../core/report-set.fixture";
import { block } from "./plan-lookup";
import { data, request } from "./report-set-request";

const rowsOf = (plan: SheetPlan) => block(plan, "keyProjects").cells;

describe("Key Projects sheet", () => {
  it("lists open deals meeting a rule, largest weighted first, with amount × probability (thresholds by hand)", () => {
    const plan = buildKeyProjects({ request: request(false), options: { tiers: [], minAmount: 1000 } });
    const rows = rowsOf(plan);
    // By hand: class A/B (O2 Beta, O3 Gamma) or amount ≥ 1000 (O1, O4, O6), open only.
    const want = OPPS.filter((o) => o.status === "Open")
      .filter((o) => ["a", "b"].includes(o.projectClass.toLowerCase()) || o.amount >= 1000)
      .map((o) => ({ account: o.account, amount: o.amount, weighted: o.amount * PROBABILITY[o.stage] }))
      .sort((a, b) => b.weighted - a.weighted);
    expect(want.map((w) => w.weighted)).toEqual([1875, 1000, 750, 120, 40]);
    expect(rows.slice(1, -1).map((r) => [r[0], r[5], r[7]])).toEqual(
      want.map((w) => [w.account, w.amount, w.weighted]),
    );
    const total = rows[rows.length - 1];
    expect([total[2], total[5], total[7]]).toEqual([5, 400 + 300 + 1000 + 5000 + 2500, 1875 + 1000 + 750 + 120 + 40]);
    expect(rows[1][12]).toBe("Amount"); // O6 on Zeta (no tier, class blank): key by amount only
  });

  it("live: weighted is amount × probability of its row, and the totals row is SUBTOTAL of the rows above", () => {
    const plan = buildKeyProjects({ request: request(true), options: { tiers: [], minAmount: 1000 } });
    const b = block(plan, "keyProjects");
    expect(b.at).toBe("B6");
    expect(b.cells[1][7]).toEqual({ formula: "=G7*H7" });
    expect(b.cells[6][5]).toEqual({ formula: "=SUBTOTAL(109,G7:G11)" });
    expect(b.cells[6][7]).toEqual({ formula: "=SUBTOTAL(109,I7:I11)" });
    expect(b.cells[6][2]).toEqual({ formula: "=SUBTOTAL(103,B7:B11)" });
  });

  it("maps the pane's threshold choices to the core's options", () => {
    expect(keyProjectOptionsOf({ keyProjectTiers: "ABC", keyProjectMinAmount: "500000" })).toMatchObject({
      tiers: ["A", "B", "C"],
      minAmount: 500000,
    });
    expect(keyProjectOptionsOf({ keyProjectTiers: "none", keyProjectMinAmount: "none" })).toMatchObject({
      tiers: [],
      minAmount: null,
    });
  });

  it("the default build keeps deals on tier A/B accounts (tiers as the nine-grid gives them)", () => {
    const plan = planReport({ kind: "keyProjects", ...request(false) });
    const t = tierAccounts(data.accounts, defaultModel());
    const tierOf = (name: string) => t.tiers[data.accounts.findIndex((a) => a.name === name)] ?? null;
    const want = OPPS.filter(
      (o) =>
        o.status === "Open" &&
        (["A", "B"].includes(tierOf(o.account) ?? "") || ["a", "b"].includes(o.projectClass.toLowerCase())),
    ).map((o) => o.account);
    expect(
      rowsOf(plan)
        .slice(1, -1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...want].sort());
  });

  it("writes Chinese words on a Chinese sheet, and an empty list says so", () => {
    const plan = buildKeyProjects({
      request: request(false, "zh"),
      options: { tiers: [], classes: [], minAmount: null },
    });
    expect(plan.sheetName).toBe("重点项目");
    expect(rowsOf(plan)[0].slice(0, 3)).toEqual(["客户", "级别", "商机"]);
    expect(block(plan, "empty").cells[0][0]).toBe("没有满足条件的在手商机。");
    expect(plan.summaryData).toMatchObject({ kind: "keyProjects", projects: 0 });
  });
});
