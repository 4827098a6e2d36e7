/**
 * The Contract Execution sheet plan (DOMAIN.md §11) on the hand-checkable fixture: per-contract figures,
 * the per-owner and per-region totals, the split and overdue-days options, and both languages.
 */
import { defaultModel } from "../../src/core/schemas";
import { planReport, SheetPlan } from "../../src/reports";
import { buildContractExecution } from "../../src/reports/contract-execution-sheet";
import { expectedGroups, expectedLines } from "./report-set-expected";
import { block } from "./plan-lookup";
import { data, request } from "./report-set-request";

const build = (live: boolean, overdueDays = 90, split: "both" | "owner" | "region" = "both", language?: "en" | "zh") =>
  buildContractExecution({ request: request(live, language), overdueDays, split });

const groupRows = (plan: SheetPlan, id: string) =>
  block(plan, id)
    .cells.slice(1)
    .map((r) => r.slice(0, 8));

describe("Contract Execution sheet", () => {
  it("totals per owner and per region equal the hand computation (blank owner and region as (none))", () => {
    const plan = build(false);
    expect(groupRows(plan, "byOwner")).toEqual(expectedGroups(90, "owner"));
    expect(groupRows(plan, "byRegion")).toEqual(expectedGroups(90, "region"));
    expect(expectedGroups(90, "owner").map((g) => g[0])).toEqual(["Smith", "Wang", "(none)", "Lee"]);
    const list = block(plan, "contracts").cells;
    expect(list.slice(1, -1).map((r) => [r[0], r[10], r[13]])).toEqual(
      expectedLines(90).map((l) => [l.id, l.outstanding, l.overdue ? "Overdue" : ""]),
    );
    expect(list[list.length - 1][13]).toBe(2); // C1 and C5
  });

  it("the overdue-days option moves the line: at 30 days the 60-day-old unpaid contract is overdue too", () => {
    const list = block(build(false, 30), "contracts").cells;
    expect(list[list.length - 1][13]).toBe(expectedLines(30).filter((l) => l.overdue).length);
    expect(
      expectedLines(30)
        .filter((l) => l.overdue)
        .map((l) => l.id),
    ).toEqual(["C1", "C3", "C5"]);
    const model = defaultModel();
    model.reports.overdueDays = "30";
    const viaModel = planReport({ kind: "contractExecution", ...request(false), model });
    expect(block(viaModel, "parameters").cells[1][1]).toBe(30);
  });

  it("live rows read the parameter cells, and group totals are SUMIFS/COUNTIFS over the list's columns", () => {
    const plan = build(true);
    const list = block(plan, "contracts");
    expect(list.at).toBe("B24");
    expect(list.cells[1][10]).toEqual({ formula: "=MAX(G25-I25,0)" });
    expect(list.cells[1][13]).toEqual({
      formula: '=IF(AND(ISNUMBER(F25),I25<G25),IF($C$4-F25>$C$5,"Overdue",""),"")',
    });
    const owner = block(plan, "byOwner");
    expect(owner.cells[1][2]).toEqual({ formula: "=SUMIFS($G$25:$G$30,$D$25:$D$30,B9)" });
    expect(owner.cells[1][7]).toEqual({ formula: '=SUMIFS($L$25:$L$30,$D$25:$D$30,B9,$O$25:$O$30,"Overdue")' });
    expect(plan.charts[0]).toMatchObject({ type: "BarClustered", series: [{ values: "G9:G12", xValues: "B9:B12" }] });
  });

  it("the split option leaves out the other table; Chinese words on a Chinese sheet", () => {
    const plan = build(false, 90, "owner", "zh");
    expect(plan.blocks.map((b) => b.id)).not.toContain("byRegion");
    expect(plan.sheetName).toBe("合同执行");
    expect(block(plan, "byOwner").cells[0][0]).toBe("负责人");
    expect(block(plan, "byOwner").cells.map((r) => r[0])).toContain("（空）");
    expect(plan.charts[0].title).toBe("各负责人应收余额");
    const region = build(false, 90, "region");
    expect(region.blocks.map((b) => b.id)).not.toContain("byOwner");
  });

  it("without a Contracts table the sheet says to pick one (the table is optional, so a pack still builds)", () => {
    const { contracts, ...rest } = data;
    expect(contracts).toHaveLength(6);
    const req = { ...request(false), data: rest };
    const plan = buildContractExecution({ request: req, overdueDays: 90, split: "both" });
    expect(block(plan, "empty").cells[0][0]).toBe(
      "No Contracts table is picked: pick one in the Data pane to list contracts here.",
    );
    expect(plan.summaryData).toMatchObject({ contracts: 0, outstanding: 0 });
    expect(plan.charts).toEqual([]);
  });
});
