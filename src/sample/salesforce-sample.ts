/**
 * The "Salesforce export" sample workbook (DOMAIN.md §2.1): the accounts and opportunities exactly as a
 * Salesforce export lays them out (Account Name, Annual Revenue as "USD 5,000,000.00", Stage holding
 * Closed Won / Closed Lost, m/d/yyyy text dates, blank amounts), with Assignments and Quotas for the
 * same accounts and owners, so every report builds with no mapping changes.
 */
import { ExportCell, salesforceAccounts, salesforceOpportunities } from "./crm-exports";
import type { SampleCell, SampleTable, SampleWorkbook } from "./generate";
import { mulberry32 } from "./random";

/** Report date of the Salesforce sample: the day of the export (2026-12-01). */
export const SALESFORCE_SAMPLE_AS_OF = 46357;

const body = (lines: ExportCell[][], from: number, rows: number): SampleCell[][] =>
  lines.slice(from, from + rows).map((line) => line.map((c) => c));

/** The Salesforce-export variant of the sample workbook, seeded. */
export function generateSalesforceSample(seed = 8): SampleWorkbook {
  const acc = salesforceAccounts(seed);
  const opp = salesforceOpportunities(seed);
  const accounts: SampleTable = {
    name: "Accounts",
    headers: acc.lines[acc.headerLine].map(String),
    rows: body(acc.lines, acc.headerLine + 1, acc.bodyRows),
  };
  const opportunities: SampleTable = {
    name: "Opportunities",
    headers: opp.lines[opp.headerLine].map(String),
    rows: body(opp.lines, opp.headerLine + 1, opp.bodyRows),
  };
  // Each account's owner covers it as its territory rep; a few accounts get a solution overlay too.
  const rng = mulberry32(seed + 10);
  const name = accounts.headers.indexOf("Account Name");
  const owner = accounts.headers.indexOf("Account Owner");
  const assignments: SampleTable = {
    name: "Assignments",
    headers: ["Account", "Rep", "Team Type", "Role"],
    rows: accounts.rows.flatMap((r) => {
      const own: SampleCell[] = [r[name], r[owner], "Territory", "Primary"];
      return rng.chance(0.15) ? [own, [r[name], "Solutions Team", "Solution", "Overlay"]] : [own];
    }),
  };
  const ownerCol = opportunities.headers.indexOf("Opportunity Owner");
  const reps = [...new Set(opportunities.rows.map((r) => String(r[ownerCol])))].sort();
  const quotas: SampleTable = {
    name: "Quotas",
    headers: ["Rep", "Quota"],
    rows: reps.map((rep) => [rep, 100_000 * rng.range(3, 12)]),
  };
  return { accounts, opportunities, assignments, quotas, asOf: SALESFORCE_SAMPLE_AS_OF, dirtyCells: [] };
}
