/**
 * The sample's plan tables (issue 13): Insert sample workbook's partly filled plans, answers and actions
 * make a Key Accounts review with every kind of highlight, and "Create or update plan tables" afterwards
 * finds them (no second table) and changes nothing.
 */
import { buildReport } from "../../src/excel/build-report";
import { insertSampleWorkbook } from "../../src/excel/insert-sample";
import { writePlanTables } from "../../src/excel/plan-tables";
import { insertSamplePlanTables } from "../../src/excel/plan-tables-sample";
import { generateEspSample } from "../../src/sample/esp";
import { createHost } from "../host";
import { SAMPLE_SELECTIONS } from "./sample-workbook";
import { model, SAMPLE } from "./write-operations";

describe("sample plan tables", () => {
  it.each(["en-US", "zh-CN"] as const)("fill every highlight of the review (%s)", async (language) => {
    const host = createHost();
    const inserted = await insertSampleWorkbook(host.run, SAMPLE, { language });
    const result = await insertSamplePlanTables(host.run, SAMPLE, inserted, language);
    const esp = generateEspSample(SAMPLE, { language: language === "zh-CN" ? "zh" : "en" });
    expect(result.tables.accountPlans.created).toBe(true);
    // The seeded rows exactly: the sample was made with the same key accounts.
    const plans = host.tables().find((t) => t.name === "AccountPlans");
    expect(plans?.rows).toBe(esp.accountPlans.rows.length);
    expect(host.tables().find((t) => t.name === "AccountStatus")?.rows).toBe(esp.accountStatus.rows.length);
    expect(host.tables().find((t) => t.name === "ActionPlan")?.rows).toBe(esp.actionPlan.rows.length);
    if (language === "zh-CN") expect(plans?.sheet).toBe("客户规划");

    const built = await buildReport(host.run, "keyAccounts", {
      model,
      selections: SAMPLE_SELECTIONS,
      live: true,
      asOf: SAMPLE.asOf,
    });
    const s = built.summaryData;
    if (s.kind !== "keyAccounts") throw new Error("summary kind");
    expect([s.noPlan, s.noAssessment, s.stale, s.overdue].every((n) => n > 0)).toBe(true);
    expect(s.noPlan).toBeLessThan(s.accounts);

    // Create or update afterwards: found by tag, nothing to add or mark, the workbook unchanged.
    const snapshot = host.workbookSnapshot();
    const again = await writePlanTables(host.run, {
      model,
      selections: SAMPLE_SELECTIONS,
      asOf: SAMPLE.asOf,
      language: language === "zh-CN" ? "zh" : "en",
    });
    expect(Object.values(again.tables).map((t) => [t.created, t.added, t.marked])).toEqual([
      [false, 0, 0],
      [false, 0, 0],
      [false, 0, 0],
    ]);
    expect(host.workbookSnapshot()).toBe(snapshot);
  });
});
