/**
 * A CRM-shaped workbook for the reading and live-equals-static tests: Excel tables with a Total Row that
 * sums the list, stage and status spellings as exports write them (mixed case, padded, full-width,
 * numbers, Chinese), blank contributions, a duplicate account name, bad amounts and a duplicate quota
 * row. Deterministic; the truth of each row is kept beside it so tests count it without the parser.
 */
import { columnLetter } from "../../src/core/a1";
import { SeedCell, WorkbookSpec } from "../host";

/** Park–Miller: the same rows on every run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

export const REPS = ["Ana Li", "Bo Chen", "Chen Wei"];
/** Industries as a CRM's free-text field holds them: one segment may be spelled several ways. */
const INDUSTRIES = ["Retail", " retail", "RETAIL ", "Energy", "Ｅｎｅｒｇｙ", "Finance"];
/** Spellings per stage index (DOMAIN.md §6 default stages), as a CRM export might hold them. */
const STAGE_SPELLINGS: SeedCell[][] = [
  ["Verify", "verify", "验证商机"],
  ["Approve", " Approve ", "商机立项"],
  ["Needs analysis", "NEEDS ANALYSIS", 3],
  ["Value presentation", "价值呈现"],
  ["Bid", "Ｂｉｄ", 5],
  ["Negotiate & sign", "谈判签约"],
];
const STATUS_SPELLINGS: Record<"Open" | "Won" | "Lost", SeedCell[]> = {
  Open: ["Open", "", "open ", "进行中"],
  Won: ["Won", "closed won", "赢单", "Closed Won"],
  Lost: ["Lost", " LOST", "丢单"],
};

export interface CrmTruth {
  /** Accounts the core should keep: name, contribution, potential. */
  accounts: { name: string; contribution: number; potential: number }[];
  opportunities: { stage: number; status: "Open" | "Won" | "Lost"; amount: number; owner: string }[];
}

const subtotal = (table: string, column: string) => `=SUBTOTAL(109,${table}[${column}])`;

/** Outcome words as Salesforce, HubSpot and Chinese CRMs write them in the stage column (DOMAIN.md §2.1). */
const OUTCOME_IN_STAGE: Record<"Won" | "Lost", SeedCell[]> = {
  Won: ["Closed Won", "closed won ", "赢单"],
  Lost: ["Closed Lost", "CLOSED LOST", "输单"],
};

/**
 * The workbook, its truth, and the rows planted to be skipped. With `outcomeInStage` the opportunities
 * have no Status column: won and lost deals say so in the Stage column, as CRM exports do.
 */
export function crmWorkbook(
  seed = 7,
  options: { outcomeInStage?: boolean } = {},
): { spec: WorkbookSpec; truth: CrmTruth } {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const truth: CrmTruth = { accounts: [], opportunities: [] };

  const accounts: SeedCell[][] = [["Account Name", "Industry", "Region", "Revenue", "Potential"]];
  for (let i = 1; i <= 36; i++) {
    const a = {
      name: `Company ${i}`,
      contribution: Math.round(rnd() * 900) * 1000,
      potential: Math.round(rnd() * 1500) * 1000,
    };
    truth.accounts.push(a);
    accounts.push([a.name, pick(INDUSTRIES), pick(["East", "West"]), a.contribution, a.potential]);
  }
  // Skipped by the core, still numbers to COUNTIFS and PERCENTILE.INC: a duplicate name, a blank contribution, a negative one.
  accounts.splice(6, 0, ["Company 3", "Retail", "East", 880_000, 1_400_000]);
  accounts.splice(12, 0, ["Blank Revenue Ltd", "Energy", "West", null, 1_450_000]);
  accounts.splice(20, 0, ["Negative Co", "Finance", "East", -5_000, 1_300_000]);
  accounts.push(["Total", "", "", subtotal("Accounts", "Revenue"), subtotal("Accounts", "Potential")]);

  const opportunities: SeedCell[][] = [
    ["Opportunity ID", "Account Name", "Owner", "Stage", "Status", "Amount", "Created", "Close Date"],
  ];
  for (let i = 1; i <= 90; i++) {
    const status = pick(["Open", "Open", "Won", "Lost"] as const);
    const stage = Math.floor(rnd() * 6);
    const o = { stage, status, amount: Math.round(rnd() * 500) * 100, owner: pick(REPS) };
    truth.opportunities.push(o);
    const owner = i % 7 === 0 ? ` ${o.owner.toUpperCase()} ` : o.owner; // owners typed loosely, matched folded
    const stageCell = pick(STAGE_SPELLINGS[stage]);
    const statusCell = pick(STATUS_SPELLINGS[status]);
    opportunities.push([
      `OPP-${i}`,
      `Company ${1 + (i % 36)}`,
      owner,
      options.outcomeInStage && status !== "Open" ? pick(OUTCOME_IN_STAGE[status]) : stageCell,
      statusCell,
      o.amount,
      46000 + i,
      46100 + i,
    ]);
  }
  // Skipped: a text amount, a blank account, an unknown stage; live criteria match the first two.
  // They copy the stage and status cells of a kept row, so their spellings are among those the live criteria list.
  const like = (status: string) => opportunities[1 + truth.opportunities.findIndex((o) => o.status === status)];
  const open = like("Open");
  const won = like("Won");
  opportunities.push(["OPP-X1", "Company 2", "Ana Li", open[3], open[4], "about 2000", 46000, 46100]);
  opportunities.push(["OPP-X2", null, "Bo Chen", won[3], won[4], 7000, 46000, 46100]);
  opportunities.push(["OPP-X3", "Company 4", "Bo Chen", "Prospecting", "Open", 9000, 46000, 46100]);
  opportunities.push(["Total", "", "", "", "", subtotal("Opportunities", "Amount"), null, null]);
  if (options.outcomeInStage) for (const r of opportunities) r.splice(4, 1); // no Status column

  const assignments: SeedCell[][] = [["Account", "Rep", "Team Type"]];
  truth.accounts.forEach((a, i) => assignments.push([a.name, REPS[i % 3], i % 4 === 0 ? "KeyAccount" : "Territory"]));

  const quotas: SeedCell[][] = [
    ["Rep", "Quota"],
    ["Ana Li", 900_000],
    ["Bo Chen", 700_000],
    ["Chen Wei", 500_000],
    ["ana li", 999], // a duplicate rep: skipped by the core, matched by SUMIFS (case-insensitive)
    ["Total", subtotal("Quotas", "Quota")],
  ];

  const dateFormats = (rows: SeedCell[][]) =>
    rows.map((r, i) => r.map((_, c) => (i > 0 && c >= 6 ? "yyyy-mm-dd" : null)));
  const table = (name: string, cells: SeedCell[][], showTotals = true) => ({
    name,
    cells,
    tables: [{ name, range: `A1:${columnLetter(cells[0].length - 1)}${cells.length}`, showTotals }],
  });
  return {
    spec: {
      sheets: [
        table("Accounts", accounts),
        { ...table("Opportunities", opportunities), numberFormats: dateFormats(opportunities) },
        table("Assignments", assignments, false),
        table("Quotas", quotas),
      ],
    },
    truth,
  };
}

export const CRM_SELECTIONS = {
  accounts: { table: "Accounts" },
  opportunities: { table: "Opportunities" },
  assignments: { table: "Assignments" },
  quotas: { table: "Quotas" },
} as const;

/**
 * A "formatted" CRM export pasted as a plain range (no table): three title lines and a blank line above
 * the header (row 5), the opportunities of crmWorkbook below it, on a sheet named like a download.
 */
export function titledExport(sheet = "Opportunities export"): { spec: WorkbookSpec; headerRow: number; rows: number } {
  const opportunities = (crmWorkbook().spec.sheets[1].cells as SeedCell[][]).slice(0, -1); // no total row
  const cells: SeedCell[][] = [
    ["Opportunities by Stage"],
    ["Filtered by: All opportunities · Created by Admin"],
    ["As of 2026-03-31 09:00"],
    [],
    ...opportunities,
  ];
  return { spec: { sheets: [{ name: sheet, cells }] }, headerRow: 5, rows: opportunities.length - 1 };
}
