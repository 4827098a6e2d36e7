/**
 * Insert sample workbook: generate the sample, write it, then the ESP plan tables. A part of its own (see
 * lazy-part.ts): the generator and the sample writers are only downloaded when the user inserts a sample.
 */
import { generateSalesforceSample, generateSample } from "../sample";
import { insertSampleWorkbook, InsertSampleResult, SampleLanguage } from "../excel/insert-sample";
import { insertSamplePlanTables } from "../excel/plan-tables-sample";
import { ExcelRun } from "../excel/run";

/** Which sample workbook to insert (DOMAIN.md §2.1: a Salesforce export works as exported). */
export type SampleVariant = "standard" | "salesforce";

export async function insertSample(
  run: ExcelRun,
  language: SampleLanguage,
  variant: SampleVariant,
  signal?: AbortSignal,
): Promise<InsertSampleResult & { asOf: number }> {
  const wb = variant === "salesforce" ? generateSalesforceSample() : generateSample({});
  const result = await insertSampleWorkbook(run, wb, { language, signal });
  // The standard sample comes with partly filled ESP plan tables (DOMAIN.md §10) for the Key accounts pane.
  if (variant === "standard") await insertSamplePlanTables(run, wb, result, language, { signal });
  return { ...result, asOf: wb.asOf };
}
