/**
 * The sample's ESP plan tables (DOMAIN.md §10, src/sample/esp.ts): partly filled plans, answers and actions
 * written as the plan tables "Create or update plan tables" finds again, so a new user's Key accounts review
 * shows every kind of highlight right after Insert sample workbook.
 */
import { defaultModel } from "../core/schemas";
import { SampleTable, SampleWorkbook } from "../sample";
import { generateEspSample } from "../sample/esp";
import { InsertSampleResult, SampleLanguage } from "./insert-sample";
import { PlanTablesResult, writePlanTables } from "./plan-tables";
import { ExcelRun } from "./run";
import { WriteOptions } from "./write-executor";

const state = (t: SampleTable) => ({ headers: t.headers, rows: t.rows });

/** Writes the sample's plan tables next to the sample `inserted` wrote (tables already there are merged, not rewritten). */
export async function insertSamplePlanTables(
  run: ExcelRun,
  wb: SampleWorkbook,
  inserted: Pick<InsertSampleResult, "kinds" | "tables">,
  language: SampleLanguage,
  options: WriteOptions = {},
): Promise<PlanTablesResult> {
  const lang = language === "zh-CN" ? "zh" : "en";
  const esp = generateEspSample(wb, { language: lang });
  const table = (kind: "accounts" | "assignments") => inserted.tables[inserted.kinds.indexOf(kind)];
  return writePlanTables(run, {
    ...options,
    model: defaultModel(),
    selections: { accounts: { table: table("accounts") }, assignments: { table: table("assignments") } },
    asOf: wb.asOf,
    language: lang,
    seed: {
      accountPlans: state(esp.accountPlans),
      accountStatus: state(esp.accountStatus),
      actionPlan: state(esp.actionPlan),
    },
  });
}
