/**
 * The "Salesforce export" sample workbook (DOMAIN.md §2.1): inserted through the adapter, every report
 * builds from it with default settings and no mapping changes; the stages are read with the Salesforce
 * preset, and won, lost and win rate equal a count of the Stage column's outcome words.
 */
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { insertSampleWorkbook } from "../../src/excel/insert-sample";
import { ReportKind } from "../../src/reports";
import { generateSalesforceSample } from "../../src/sample";
import { createHost } from "../host";

const wb = generateSalesforceSample();
const selections = {
  accounts: { table: "Accounts" },
  opportunities: { table: "Opportunities" },
  assignments: { table: "Assignments" },
  quotas: { table: "Quotas" },
};

describe("Salesforce export sample", () => {
  it("has Salesforce's own column layout and stage words", () => {
    expect(wb.accounts.headers.slice(0, 3)).toEqual(["Account ID", "Account Name", "Account Owner"]);
    expect(wb.opportunities.headers).toContain("Stage");
    expect(wb.opportunities.headers).not.toContain("Status");
    const stage = wb.opportunities.headers.indexOf("Stage");
    expect(new Set(wb.opportunities.rows.map((r) => r[stage]))).toContain("Closed Won");
  });

  it.each(["pipeline", "nineGrid", "coverage", "quotas"] as const)(
    "builds %s after Insert sample with no mapping changes and no skipped rows",
    async (kind: ReportKind) => {
      const host = createHost();
      await insertSampleWorkbook(host.run, wb);
      const r = await buildReport(host.run, kind, { model: defaultModel(), selections, live: false, asOf: wb.asOf });
      expect(r.dataset.errors).toEqual([]);
      expect(r.dataset.accounts).toHaveLength(wb.accounts.rows.length);
      expect(r.dataset.opportunities).toHaveLength(wb.opportunities.rows.length);
      expect(r.stagePick?.preset).toBe("Salesforce");
      if (kind !== "pipeline") return;
      const stage = wb.opportunities.headers.indexOf("Stage");
      const won = wb.opportunities.rows.filter((row) => row[stage] === "Closed Won").length;
      const lost = wb.opportunities.rows.filter((row) => row[stage] === "Closed Lost").length;
      expect(r.summaryData).toMatchObject({ kind: "pipeline", winRate: won / (won + lost) });
    },
  );
});
