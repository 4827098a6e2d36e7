/**
 * A small workbook for the DOMAIN.md §11 reports, written as plain truth rows: the tests compute what each
 * report should show from these rows with their own loops, never with the code under test.
 */
import { buildDataset, Dataset } from "../../src/core/dataset";
import { serialFromYmd } from "../../src/core/dates";
import { parseTable } from "../../src/core/parse-table";

export const REPORT_AS_OF = serialFromYmd(2026, 6, 30);
type Ymd = [number, number, number] | null;
export const serial = (d: Ymd): number | null => (d ? serialFromYmd(d[0], d[1], d[2]) : null);
const cell = (d: Ymd) => serial(d) ?? "";

export interface TruthAccount {
  id: string;
  name: string;
  industry: string;
  region: string;
  owner: string;
}

export const ACCOUNTS: TruthAccount[] = [
  { id: "A1", name: "Alpha", industry: "Energy", region: "East", owner: "Wang" },
  { id: "A2", name: "Beta", industry: "Energy", region: "West", owner: "" },
  { id: "A3", name: "Gamma", industry: "Retail", region: "East", owner: "Smith" },
  { id: "A4", name: "Delta", industry: "Retail", region: "West", owner: "" },
  { id: "A5", name: "Epsilon", industry: "Finance", region: "", owner: "" },
];

export interface TruthOpp {
  id: string;
  account: string;
  owner: string;
  region: string;
  stage: string;
  status: "Open" | "Won" | "Lost";
  amount: number;
  created: Ymd;
  entered: Ymd;
  close: Ymd;
  projectClass: string;
  nextStep: string;
}

const opp = (
  id: string,
  account: string,
  owner: string,
  region: string,
  stage: string,
  status: TruthOpp["status"],
  amount: number,
  created: Ymd,
  entered: Ymd,
  close: Ymd,
  projectClass = "",
  nextStep = "",
): TruthOpp => ({ id, account, owner, region, stage, status, amount, created, entered, close, projectClass, nextStep });

// prettier-ignore
export const OPPS: TruthOpp[] = [
  opp("O1", "Alpha", "Wang", "East", "Bid", "Open", 1000, [2026, 1, 10], [2026, 5, 1], [2026, 9, 30], "C", "Demo"),
  opp("O2", "Beta", "Wang", "", "Verify", "Open", 400, [2026, 6, 1], null, [2026, 12, 1], "A"),
  opp("O3", "Gamma", "Smith", "East", "Needs analysis", "Open", 300, [2026, 2, 1], [2026, 3, 1], null, "b"),
  opp("O4", "Delta", "Smith", "West", "Approve", "Open", 5000, [2026, 6, 20], [2026, 6, 25], [2026, 8, 1], "D"),
  opp("O5", "Epsilon", "Lee", "", "Negotiate & sign", "Open", 200, null, null, null),
  opp("O6", "Zeta", "Lee", "North", "Bid", "Open", 2500, [2026, 1, 1], null, null),
  opp("O7", "Alpha", "Wang", "East", "", "Won", 2000, null, null, [2024, 3, 1]),
  opp("O8", "Alpha", "Smith", "East", "", "Won", 1500, null, null, [2025, 5, 10]),
  opp("O9", "Alpha", "Wang", "East", "", "Won", 800, null, null, [2026, 2, 1]),
  opp("O10", "Beta", "Wang", "West", "", "Won", 600, null, null, [2025, 7, 1]),
  opp("O11", "Beta", "Lee", "West", "", "Won", 700, [2025, 11, 1], [2026, 3, 3], null),
  opp("O12", "Gamma", "Smith", "East", "", "Won", 900, null, null, [2026, 4, 1]),
  opp("O13", "Gamma", "Smith", "East", "", "Won", 100, null, null, [2026, 4, 1]),
  opp("O14", "Delta", "Lee", "West", "", "Won", 400, null, null, null),
  opp("O15", "Epsilon", "Lee", "", "", "Won", 300, null, null, [2025, 1, 15]),
  opp("O16", "Epsilon", "Lee", "", "", "Won", 250, null, null, null),
  opp("O17", "Gamma", "Smith", "East", "Bid", "Lost", 1000, null, null, [2026, 3, 1]),
  opp("O18", "Zeta", "Wang", "North", "", "Won", 350, null, null, [2026, 5, 5]),
  opp("O19", "Alpha", "", "East", "", "Won", 120, null, null, [2026, 1, 20]),
];

export interface TruthContract {
  id: string;
  account: string;
  opportunityId: string;
  owner: string;
  region: string;
  signed: Ymd;
  amount: number;
  invoiced: number | "";
  received: number | "";
  /** What the report should use, worked out by hand (own cell, else opportunity's, else account's). */
  expectOwner: string | null;
  expectRegion: string | null;
}

// prettier-ignore
export const CONTRACTS: TruthContract[] = [
  { id: "C1", account: "Alpha", opportunityId: "O9", owner: "", region: "", signed: [2026, 2, 5], amount: 800, invoiced: 400, received: 200, expectOwner: "Wang", expectRegion: "East" },
  { id: "C2", account: "Beta", opportunityId: "O10", owner: "Lee", region: "", signed: [2025, 7, 10], amount: 600, invoiced: 600, received: 600, expectOwner: "Lee", expectRegion: "West" },
  { id: "C3", account: "Gamma", opportunityId: "", owner: "", region: "", signed: [2026, 5, 1], amount: 1000, invoiced: "", received: "", expectOwner: "Smith", expectRegion: "East" },
  { id: "C4", account: "Zeta", opportunityId: "O18", owner: "", region: "", signed: null, amount: 350, invoiced: 350, received: 100, expectOwner: "Wang", expectRegion: "North" },
  { id: "C5", account: "Epsilon", opportunityId: "O404", owner: "", region: "", signed: [2025, 1, 20], amount: 300, invoiced: 100, received: 0, expectOwner: null, expectRegion: null },
  { id: "C6", account: "Alpha", opportunityId: "", owner: "wang ", region: "east", signed: [2026, 6, 29], amount: 0, invoiced: 0, received: 0, expectOwner: "wang", expectRegion: "east" },
];

/** Test-side stage probabilities (DOMAIN.md §6 defaults), so expected weights do not come from the core. */
export const PROBABILITY: Record<string, number> = {
  Verify: 0.1, Approve: 0.2, "Needs analysis": 0.4, "Value presentation": 0.6, Bid: 0.75, "Negotiate & sign": 0.9,
}; // prettier-ignore

/** The truth rows as parsed tables, linked into one dataset. */
export function reportSetDataset(): Dataset {
  return buildDataset({
    accounts: parseTable("accounts", {
      sheet: "Accounts",
      values: [
        ["Account ID", "Account Name", "Industry", "Region", "Contribution", "Potential", "Account Owner"],
        ...ACCOUNTS.map((a, i) => [a.id, a.name, a.industry, a.region, 100 * (i + 1), 100, a.owner]),
      ],
    }),
    opportunities: parseTable("opportunities", {
      sheet: "Opps",
      values: [
        ["Opportunity ID", "Account", "Owner", "Region", "Stage", "Status", "Amount", "Created", "Stage Entered"]
          .concat(["Expected Close", "Project Class", "Next Step"]),
        ...OPPS.map((o) => [o.id, o.account, o.owner, o.region, o.stage, o.status, o.amount, cell(o.created),
          cell(o.entered), cell(o.close), o.projectClass, o.nextStep]),
      ],
    }), // prettier-ignore
    contracts: parseTable("contracts", {
      sheet: "Contracts",
      values: [
        ["Contract ID", "Account", "Opportunity ID", "Owner", "Region", "Signed", "Contract amount", "Invoiced", "Received"],
        ...CONTRACTS.map((c) => [c.id, c.account, c.opportunityId, c.owner, c.region, cell(c.signed), c.amount, c.invoiced, c.received]),
      ],
    }), // prettier-ignore
    quotas: parseTable("quotas", {
      sheet: "Quotas",
      values: [
        ["Rep", "Quota"],
        ["Wang", 5000],
        ["Smith", 2000],
        ["Kim", 1000],
      ],
    }),
  });
}
