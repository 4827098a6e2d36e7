/**
 * The Movement sheet's plan (DOMAIN.md §9) on the sample workbook and the hand-checkable fixture: layout
 * without overlaps, live formulas where Excel can express them, words from the language's table, the summary,
 * and the sheet that says why when the history cannot be compared.
 */
import { isoFromSerial } from "../../src/core/dates";
import { movement } from "../../src/core/movement";
import { defaultModel } from "../../src/core/schemas";
import { isFormula, planReport, SheetPlan } from "../../src/reports";
import { REPORTS, summaryText } from "../../src/reports/registry";
import { stringsFor } from "../../src/taskpane/i18n";
import { block, overlappingBlocks } from "./plan-lookup";
import { HISTORY, movementSources, refsOf, T1 } from "./movement-fixture";
import { MOVEMENT_KINDS, samplePlan as samplePlanOf, sampleSources } from "./sample-sources";

const fixturePlan = (language?: "zh", history = HISTORY): SheetPlan => {
  const s = movementSources(true, history);
  return planReport({ kind: "movement", data: s.data, model: s.model, asOf: T1, live: true, refs: refsOf(s), language }); // prettier-ignore
};

/** The sample's History, Leads and Opportunities parsed as the adapter would, each an Excel table. */
function samplePlan(live: boolean) {
  const sources = sampleSources({}, MOVEMENT_KINDS);
  return { wb: sources.wb, data: sources.data, plan: samplePlanOf(sources, "movement", live) };
}

describe("the Movement sheet's plan", () => {
  it("lays the sample's sections out without overlaps, live start and end per stage, and a believable week", () => {
    const { wb, data, plan } = samplePlan(true);
    expect(plan.sheetName).toBe("Movement");
    expect(overlappingBlocks(plan)).toEqual([]);
    expect(data.errors).toEqual([]);
    const ids = plan.blocks.map((b) => b.id);
    for (const id of [
      "labels",
      "bridge",
      "flowCounts",
      "flowAmounts",
      "buckets",
      "dropped",
      "slipped",
      "rep",
      "leads-owner",
      "leads-source",
      "reclaim",
    ])
      // prettier-ignore
      expect(ids).toContain(id);
    const counts = block(plan, "flowCounts").cells;
    for (const row of counts.slice(1, -1)) {
      expect(isFormula(row[1]) && row[1].formula).toMatch(/^=COUNTIFS\(OpportunityHistory\[Snapshot Date\],/);
      expect(isFormula(row[11]) && row[11].formula).toMatch(/^=COUNTIFS\(OpportunityHistory\[Snapshot Date\],/);
    }
    // The last two snapshots of the sample: deals really moved that week.
    const m = movement(data.history!.model, {});
    if ("code" in m) throw new Error(m.code);
    expect(isoFromSerial(m.t1)).toBe(isoFromSerial(wb.asOf));
    expect(m.totals.Advanced.count).toBeGreaterThan(0);
    expect(m.totals.Won.count + m.totals.Lost.count).toBeGreaterThan(0);
    expect(m.totals.Unchanged.count).toBeGreaterThan(m.totals.Advanced.count);
    expect(plan.summary).toBe(summaryText(plan.summaryData));
    expect(plan.summary).toMatch(/^Movement \d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d: \d+ new, \d+ advanced/);
    expect(plan.charts.map((c) => [c.id, c.type])).toEqual([
      ["MovementBridge", "ColumnClustered"],
      ["MovementStages", "ColumnClustered"],
    ]);
  });

  it("charts the six changes of the open pipeline (not its two totals) and the open deals per stage", () => {
    const plan = fixturePlan();
    expect(block(plan, "bridge").at).toBe("F5"); // header F5, start F6, changes F7:F12, end F13
    expect(plan.charts.map((c) => c.series.map((x) => [x.name, x.values, x.xValues]))).toEqual([
      [["Amount", "G7:G12", "F7:F12"]],
      [
        ["Start", "C26:C31", "B26:B31"],
        ["End", "M26:M31", "B26:B31"],
      ],
    ]);
    expect(block(plan, "flowCounts").at).toBe("B25");
  });

  it("writes its words from the Chinese table on a Chinese sheet", () => {
    const plan = fixturePlan("zh");
    expect(plan.sheetName).toBe("商机变动");
    expect(block(plan, "flowCounts").cells[0]).toEqual([
      "阶段", "期初", "新增", "推进转入", "倒退转入", "重新打开", "推进转出", "倒退转出", "赢单", "丢单", "收回", "期末", "校验",
    ]); // prettier-ignore
    expect(block(plan, "labels").cells.map((r) => r[0])).toEqual([
      "变动", "新增", "推进", "倒退", "未变", "赢单", "丢单", "收回", "重新打开", "已关闭",
    ]); // prettier-ignore
    expect(block(plan, "reclaim").cells.map((r) => r[4])).toEqual(["状态", "跟进", "跟进"]);
    // Every text the sheet writes in Chinese has Chinese in it, except names, stages and dates from the data.
    const data = new Set(["Wang", "Li", "Zhao", "Web", "Event", "Referral", "Golf", "Bolt", "O8", "O3", "L1", "L6"]);
    const stageNames = new Set(defaultModel().stages.map((s) => s.name));
    const latin = plan.blocks
      .flatMap((b) => b.cells.flat())
      .filter((c): c is string => typeof c === "string" && /[A-Za-z]/.test(c) && !/[\u4e00-\u9fff]/.test(c))
      .filter((c) => !data.has(c) && !stageNames.has(c));
    expect(latin).toEqual([]);
  });

  it("says why on the sheet and in the summary when the history has one snapshot", () => {
    const one = HISTORY.filter((r, i) => i === 0 || r[0] === T1);
    const plan = fixturePlan(undefined, one);
    expect(block(plan, "title").cells).toEqual([
      ["Movement between snapshots (机会升迁状况表)"],
      ["Movement needs two snapshot dates; the history has 1."],
    ]);
    expect(plan.summary).toBe("Movement not compared: movement needs two snapshot dates; the history has 1.");
    const zh = stringsFor("zh-CN");
    expect(zh.reports.movement.summary(plan.summaryData as never)).toBe(
      "未能对比：升迁对比需要两个快照日期，历史表只有 1 个。",
    );
  });

  it("is a registered report: history required, leads optional, its controls worded in both languages", () => {
    const def = REPORTS.movement;
    expect(def.sources).toEqual({ required: ["history"], optional: ["leads", "opportunities", "rates"] });
    for (const lang of ["en-US", "zh-CN"] as const) {
      const s = stringsFor(lang);
      for (const control of def.controls)
        if (control.type === "select")
          for (const v of control.values)
            expect((s.options[control.option] as { choices: Record<string, string> }).choices[v]).toBeTruthy();
      expect(s.tabs.movement).toBeTruthy();
    }
    const summary = fixturePlan().summaryData;
    expect(stringsFor("zh-CN").reports.movement.summary(summary as never)).toBe(
      "2026-03-13 → 2026-03-20：新增 1、推进 1、倒退 1、赢单 2、丢单 1、收回 1；未结管道 3,090 → 1,720。",
    );
  });
});
