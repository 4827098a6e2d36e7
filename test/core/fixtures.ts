import { buildDataset, Dataset } from "../../src/core/dataset";
import { serialFromYmd } from "../../src/core/dates";
import { parseTable } from "../../src/core/parse-table";

export const AS_OF = serialFromYmd(2026, 11, 23);

/** A small workbook whose every number is worked out by hand in the tests. */
export function smallDataset(): Dataset {
  const d = (m: number, day: number, y = 2026) => serialFromYmd(y, m, day);
  return buildDataset({
    accounts: parseTable("accounts", {
      sheet: "Accounts",
      values: [
        ["Account ID", "Account Name", "Industry", "Region", "Contribution", "Potential", "Manual Tier", "Approver"],
        ["A1", "Alpha", "Energy", "East", 900, 900, "", ""],
        ["A2", "Beta", "Energy", "East", 500, 100, "A", "Li Na"],
        ["A3", "Gamma", "Retail", "West", 100, 800, "B", ""],
        ["A4", "Delta", "Retail", "West", 50, 50, "", ""],
        ["A1", "Alpha again", "Energy", "East", 1, 1, "", ""],
      ],
    }),
    opportunities: parseTable("opportunities", {
      sheet: "Opps",
      values: [
        [
          "Opportunity ID",
          "Account",
          "Owner",
          "Stage",
          "Status",
          "Amount",
          "Created",
          "Stage Entered",
          "Expected Close",
        ],
        ["O1", "A1", "Wang", "Bid", "Open", 1000, d(9, 1), d(10, 1), d(12, 15)],
        ["O2", "Beta", "Wang", "Verify", "Open", 400, d(11, 10), "", d(2, 1, 2027)],
        ["O3", "A3", "Smith", "Needs analysis", "Lost", 300, d(6, 1), d(7, 1), ""],
        ["O4", "A1", "Wang", "", "Won", 2000, d(1, 5), "", d(3, 1)],
        ["O5", "Zeta", "Smith", "Approve", "Open", 100, d(11, 20), "", d(8, 1, 2027)],
        ["O6", "A4", "Smith", "Negotiate & sign", "Won", 700, d(2, 1), "", ""],
      ],
    }),
    assignments: parseTable("assignments", {
      sheet: "Cover",
      values: [
        ["Account", "Rep", "Team Type", "Role"],
        ["A1", "Wang", "KeyAccount", ""],
        ["A2", "Wang", "KeyAccount", ""],
        ["A2", "Zhao", "Territory", ""],
        ["A3", "Zhao", "Territory", ""],
        ["A3", "Lee", "Solution", ""],
        ["A4", "Smith", "KeyAccount", ""],
        ["Nobody", "Zhao", "Territory", ""],
      ],
    }),
    quotas: parseTable("quotas", {
      sheet: "Quotas",
      values: [
        ["Rep", "Quota", "Named Quota", "Last Year Named"],
        ["Wang", 4000, 3000, 1000],
        ["Smith", 500, "", ""],
        ["wang", 1, 1, 1],
      ],
    }),
  });
}
